"""The API's edges: the Cognito user pool, the authorizer that trusts it, throttling, gateway answers."""

from __future__ import annotations

import json
from typing import Any

from handlers.core.errors import BankError, NotFoundError
from handlers.edge.cors import Cors
from handlers.edge.problems import (
    PayloadTooLargeError,
    RateLimitedError,
    UnauthorizedError,
    problem,
    status_of,
)
from handlers.edge.responses import SECURITY_HEADERS
from infra.aws.naming import Stage, arn, ref
from infra.resources import USER_POOL

AUTHORIZER = "cognito"  # the name infra/chalice/app.py gives its CognitoUserPoolAuthorizer
REST_API, USER_POOL_ID, CLIENT_ID = "RestAPI", "UserPool", "UserPoolClient"
THROTTLE_RATE = 100  # requests per second, steady, across the stage; beyond it API Gateway answers 429
THROTTLE_BURST = 200


def user_pool(stage: Stage) -> dict[str, Any]:
    """The pool users sign in to; only an administrator creates users."""
    kept = "Retain" if stage.protected else "Delete"
    return {
        "Type": "AWS::Cognito::UserPool",
        "DeletionPolicy": kept,
        "UpdateReplacePolicy": kept,
        "Properties": {
            "UserPoolName": stage.physical(USER_POOL.name),
            "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True},
            "UsernameConfiguration": {"CaseSensitive": False},
            "MfaConfiguration": "OPTIONAL",
            "EnabledMfas": ["SOFTWARE_TOKEN_MFA"],
            "DeletionProtection": "ACTIVE" if stage.protected else "INACTIVE",
            "Policies": {
                "PasswordPolicy": {"MinimumLength": 12, "RequireLowercase": True, "RequireNumbers": True}
            },
        },
    }


def user_pool_client() -> dict[str, Any]:
    """The app client tokens are issued to (no secret: it is used from browsers and command lines)."""
    minutes = USER_POOL.id_token_minutes
    return {
        "Type": "AWS::Cognito::UserPoolClient",
        "Properties": {
            "UserPoolId": ref(USER_POOL_ID),
            "ClientName": USER_POOL.client_name,
            "ExplicitAuthFlows": list(USER_POOL.auth_flows),
            "GenerateSecret": False,
            "IdTokenValidity": minutes,
            "AccessTokenValidity": minutes,
            "TokenValidityUnits": {"IdToken": "minutes", "AccessToken": "minutes"},
            "PreventUserExistenceErrors": "ENABLED",
            "EnableTokenRevocation": True,
        },
    }


def gateway_answer(error: BankError, origins: tuple[str, ...]) -> dict[str, Any]:
    """A refusal API Gateway makes itself (no token, throttled, no route), as a problem document."""
    answer = problem(error)
    body = answer.body
    # API Gateway cannot format an ISO 8601 time: the contract's EdgeTimestamp is its own format
    body["timestamp"] = "$context.requestTime"
    # A gateway response's headers are fixed values: it cannot echo whichever listed origin asked,
    # so it names the first one (docs/deployment.md); the others cannot read these refusals.
    first = origins[:1]
    cors = Cors(first).headers(first[0]) if first else {}
    # the problem's own headers too: WWW-Authenticate on a 401, Retry-After on a 429
    fixed = {**SECURITY_HEADERS, **cors, **answer.headers}
    headers = {k: f"'{v}'" for k, v in fixed.items() if "'" not in v}
    headers["Content-Type"] = "'application/problem+json'"
    return {
        "StatusCode": str(status_of(error)),
        "ResponseParameters": {"Headers": headers},
        "ResponseTemplates": {"application/json": json.dumps(body)},
    }


def rest_api(origins: tuple[str, ...] = ()) -> dict[str, Any]:
    """What the merge adds to Chalice's API: the pool behind the authorizer, throttling, refusals
    (with the CORS headers of the stage's first allowed origin)."""
    authorizer = {"x-amazon-apigateway-authorizer": {"providerARNs": [arn(USER_POOL_ID)]}}
    throttle = {"ThrottlingRateLimit": THROTTLE_RATE, "ThrottlingBurstLimit": THROTTLE_BURST}
    return {
        "Properties": {
            "DefinitionBody": {"securityDefinitions": {AUTHORIZER: authorizer}},
            "MethodSettings": [{"ResourcePath": "/*", "HttpMethod": "*", **throttle}],
            "TracingEnabled": True,
            "GatewayResponses": {
                "UNAUTHORIZED": gateway_answer(
                    UnauthorizedError("A valid bearer token is required"), origins
                ),
                "THROTTLED": gateway_answer(RateLimitedError("Too many requests; retry later"), origins),
                "MISSING_AUTHENTICATION_TOKEN": gateway_answer(NotFoundError("No such resource"), origins),
                "REQUEST_TOO_LARGE": gateway_answer(
                    PayloadTooLargeError("The request body is too large"), origins
                ),
                "DEFAULT_5XX": gateway_answer(BankError("An unexpected error occurred"), origins),
            },
        }
    }


def resources(stage: Stage) -> dict[str, Any]:
    """The user pool, its client and the API's additions."""
    return {
        USER_POOL_ID: user_pool(stage),
        CLIENT_ID: user_pool_client(),
        REST_API: rest_api(stage.cors_origins),
    }


def outputs() -> dict[str, Any]:
    """What a client needs besides the endpoint (Chalice adds EndpointURL)."""
    return {
        "UserPoolId": {"Value": ref(USER_POOL_ID)},
        "UserPoolClientId": {"Value": ref(CLIENT_ID)},
        "AlarmTopicArn": {"Value": ref("AlarmTopic")},
    }
