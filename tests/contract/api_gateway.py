"""The Chalice app behind a stand-in for API Gateway, so the contract campaign can judge it.

`chalice local` alone would not do: it decodes tokens without checking their signature and answers
refusals in its own words. This stand-in keeps Chalice's event building and routing and adds what
API Gateway does in front of the function as infra/aws/api.py configures it: the Cognito
authorizer checks the token (signature, issuer, client, expiry) on every route but OPTIONS, a
method or path the API does not have is MISSING_AUTHENTICATION_TOKEN (the app declares a 405 for
every other method a path can take), and every refusal API Gateway makes itself is the configured
GatewayResponse, with `$context.requestTime` in API Gateway's own format.

Run against the running local platform (its engine, tables, relays and user pool):
`BANK_STATE_DIR=… python -m tests.contract.api_gateway PORT [--leaky]` (--leaky: a broken variant
that lets anyone read any account, which the campaign must catch).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from datetime import UTC, datetime
from typing import Any

from chalice import local
from chalice.config import Config

from infra.auth import CognitoVerifier
from infra.local.settings import STATE_FILE, engine_environment
from infra.local.users import PlatformState

GATEWAY_ERRORS = {403: "MISSING_AUTHENTICATION_TOKEN", 401: "UNAUTHORIZED", 500: "DEFAULT_5XX"}
METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "QUERY")


def gateway_response(kind: str) -> tuple[int, dict[str, str], str]:
    """A GatewayResponse of infra/aws/api.py as API Gateway renders it."""
    from infra.aws.api import rest_api

    answer = rest_api()["Properties"]["GatewayResponses"][kind]
    headers = {k: v.strip("'") for k, v in answer["ResponseParameters"]["Headers"].items()}
    request_time = datetime.now(UTC).strftime("%d/%b/%Y:%H:%M:%S +0000")  # API Gateway's CLF time
    body = answer["ResponseTemplates"]["application/json"].replace("$context.requestTime", request_time)
    return int(answer["StatusCode"]), headers, body


class CognitoAuthorizer(local.LocalGatewayAuthorizer):  # type: ignore[misc]
    """API Gateway's Cognito user pool authorizer: a valid token of the pool, or 401."""

    verifier: CognitoVerifier

    def authorize(self, raw_path: str, event: dict[str, Any], context: Any) -> Any:
        route = self._route_for_event(event)
        if route is None or route.authorizer is None:  # OPTIONS: API Gateway calls no authorizer
            return event, context
        headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
        scheme, _, token = headers.get("authorization", "").partition(" ")
        user = self.verifier.user(token) if scheme.lower() == "bearer" else None
        if user is None:
            raise local.NotAuthorizedError({}, b"")
        event["requestContext"]["authorizer"] = {"claims": {"sub": user}}
        return event, context


class Gateway(local.LocalGateway):  # type: ignore[misc]
    """Routing as API Gateway does it: a method the resource lacks is a missing route too."""

    def handle_request(self, method: str, path: str, headers: Any, body: bytes | None) -> Any:
        try:
            route = self.event_converter._route_matcher.match_route(path).route
        except ValueError:
            route = None
        if route is None or method not in self._app_object.routes[route]:
            raise local.ForbiddenError({}, b"")
        return super().handle_request(method, path, headers, body)


class Handler(local.ChaliceRequestHandler):  # type: ignore[misc]
    """One HTTP request through the gateway; the gateway's own refusals as configured."""

    disable_nagle_algorithm = True  # headers and body go out in separate writes: no 40 ms stall

    def _send_error_response(self, error: Any) -> None:
        status, headers, body = gateway_response(GATEWAY_ERRORS.get(error.CODE, "DEFAULT_5XX"))
        self._send_http_response(status, headers, body)

    for _method in METHODS:
        locals()[f"do_{_method}"] = local.ChaliceRequestHandler._generic_handle


def leak_accounts() -> None:
    """A deliberately broken variant, to prove the campaign catches it: anyone reads any account."""
    from handlers.accounts.api import OPERATIONS

    owners: dict[str, str] = {}
    table: Any = OPERATIONS  # wired into the API on its first request, after this
    create, read = table["createAccount"], table["getAccount"]

    def created(call: Any, store: Any) -> Any:
        account = create(call, store)
        owners[account.account_id] = call.user_id
        return account

    def leaked(call: Any, store: Any) -> Any:
        return read(
            dataclasses.replace(call, user_id=owners.get(call.params.account_id, call.user_id)), store
        )

    table.update(createAccount=created, getAccount=leaked)


def serve(port: int, leaky: bool = False) -> None:
    """Serve the Chalice app on the platform's engine and pool until killed."""
    state = PlatformState.load(STATE_FILE)
    os.environ.update(engine_environment(state.endpoint, state.region))
    verifier = CognitoVerifier.of_pool(state.region, state.user_pool_id, state.client_id, state.endpoint)
    CognitoAuthorizer.verifier = verifier
    from infra.chalice.app import app

    if leaky:
        leak_accounts()
    config = Config.create(lambda_timeout=30, lambda_memory_size=256)

    class Bound(Handler):
        def __init__(self, request: Any, address: Any, server: Any) -> None:
            self.local_gateway = Gateway(app, config)
            self.local_gateway._authorizer = CognitoAuthorizer(app)
            local.BaseHTTPRequestHandler.__init__(self, request, address, server)

    print(f"API Gateway stand-in on http://127.0.0.1:{port}", flush=True)
    local.ThreadedHTTPServer(("127.0.0.1", port), Bound).serve_forever()


if __name__ == "__main__":
    serve(int(sys.argv[1]), leaky="--leaky" in sys.argv)
