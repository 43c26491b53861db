"""The platform on AWS, as Chalice packages it: the API function, one consumer function per queue,
the pending-operation watchdog (on an EventBridge schedule) and the redrive (invoked by an operator).

Routes come from the generated operation table, never a hand-written list, and every one answers
through the dispatcher the local server uses too. API Gateway's Cognito authorizer checks the
token; the caller is the `sub` claim it hands over. The consumers live in infra.functions.consumers
(a blueprint named after that module makes it their Lambda handler module), so a consumer's cold
start loads neither Chalice nor the routes, and the API function's none of the consumers' code.
"""

from __future__ import annotations

from infra.functions import init_phase  # first: no garbage collection while the rest loads

# isort: split

import importlib
import os
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from chalice.app import (
    Blueprint,
    Chalice,
    CognitoUserPoolAuthorizer,
    ConvertToMiddleware,
    Rate,
    Request,
    Response,
)

from generated.messages import QUEUES
from generated.operations import OPERATIONS, Operation
from handlers.core.errors import BankError
from handlers.edge import cors
from handlers.edge.dispatch import dispatch
from handlers.edge.problems import MethodNotAllowedError, UnauthorizedError, problem
from handlers.edge.responses import ApiRequest, ApiResponse
from infra.bootstrap import api as _wiring  # noqa: F401  refuses to start if an operation has no handler
from infra.functions import runtime
from infra.functions.telemetry import ACCEPTED, count, invocation, logger, metrics, tracer

AUTHORIZER = "cognito"
# the methods an API Gateway REST resource can declare (it routes nothing else)
GATEWAY_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")
# The packaged template puts the ARN of the user pool it creates in its place (infra/aws/api.py).
USER_POOL_ARN = "arn:aws:cognito-idp:us-east-1:000000000000:userpool/set-by-the-template"

# Powertools owns the "bank" logger (infra/functions/telemetry.py): Chalice must not add its own handler
# to it and set it to ERROR, which it does when it finds no handler on the stdout of the moment
app = Chalice(app_name="bank", configure_logs=False)
authorizer = CognitoUserPoolAuthorizer(AUTHORIZER, provider_arns=[USER_POOL_ARN])


def chalice_response(response: ApiResponse) -> Response:
    """A dispatcher response as Chalice sends it."""
    headers: dict[str, str | list[str]] = dict(response.headers)
    if response.body is not None:
        headers["Content-Type"] = response.content_type
    return Response(body=response.text(), status_code=response.status, headers=headers)


def cors_policy() -> cors.Cors:
    """The stage's allowed origins, from its environment (chalice.test sets it per request)."""
    return cors.Cors.parse(os.environ.get(cors.SETTING, ""))


def failed() -> Response:
    """The answer to a failure outside the dispatcher: a 500 problem document that discloses nothing."""
    return chalice_response(problem(BankError("An unexpected error occurred")))


@app.middleware("http")  # registered first, so it wraps the other middlewares too
def edge(request: Request, get_response: Callable[[Request], Response]) -> Response:
    """Every answer of the function: a problem document whatever failed, the CORS headers of the
    configured origins, and for HEAD no body."""
    try:
        response = get_response(request)
        if not isinstance(response.body, str):  # Chalice's own JSON: a view raised (Chalice logged it)
            response = failed()
        response.headers.update(cors_policy().headers(request.headers.get("origin")))
    except Exception:
        logger.exception("failed outside the dispatcher")
        response = failed()
    if getattr(request, "method", None) == "HEAD":  # no request: an event API Gateway did not send
        response.body = ""
    return response


app.register_middleware(
    ConvertToMiddleware(invocation(correlation_id_path=correlation_paths.API_GATEWAY_REST)),
    "http",
)
app.register_middleware(ConvertToMiddleware(tracer.capture_lambda_handler(capture_response=False)), "http")
app.register_middleware(ConvertToMiddleware(metrics.log_metrics), "http")


def caller(request: Request) -> str | None:
    """The user API Gateway's authorizer vouched for: the token's `sub` claim, or None."""
    claims = (request.context.get("authorizer") or {}).get("claims") or {}
    sub = claims.get("sub")
    return sub if isinstance(sub, str) and sub else None


def api_request(operation: Operation, request: Request, user: str, path: dict[str, str]) -> ApiRequest:
    """The Chalice request as the dispatcher takes it."""
    raw = request.raw_body
    return ApiRequest(
        operation_id=operation.operation_id,
        user_id=user,
        path_params=path,
        query=dict(request.query_params or {}),
        headers={k.lower(): v for k, v in request.headers.items()},
        body=raw if isinstance(raw, bytes) else raw.encode(),
    )


def answer(request: Request, operation: Operation, path: dict[str, str]) -> ApiResponse:
    """Dispatch, or refuse a request that reached the function without authorizer claims."""
    user = caller(request)
    if user is None:  # only a misconfigured route could get here: refuse rather than guess
        return problem(UnauthorizedError("A valid bearer token is required"))
    response = dispatch(api_request(operation, request, user, path), runtime.api())
    body = response.body if isinstance(response.body, dict) else {}
    # the id the messages this request caused carry as their correlationid (else: API Gateway's request id)
    correlation = body.get("operationId") or body.get("accountId")
    if correlation:
        logger.thread_safe_append_keys(correlation_id=correlation)
    if response.status == 202 and "Idempotent-Replayed" not in response.headers:
        count(ACCEPTED)
    request_id = request.context.get("requestId")
    logger.info(
        "answered",
        extra={"operation": operation.operation_id, "status": response.status, "request_id": request_id},
    )
    return response


def view(operation: Operation) -> Callable[..., Response]:
    """The Chalice view of one operation; path parameters arrive as keyword arguments."""

    def respond(**path: str) -> Response:
        request = app.current_request
        assert request is not None  # Chalice sets it before calling a view
        return chalice_response(answer(request, operation, path))

    respond.__name__ = operation.operation_id
    return respond


def not_allowed(allowed: list[str]) -> Callable[..., Response]:
    """A method the contract does not give a path: 405 naming those it does (RFC 9110)."""

    def respond(**_path: str) -> Response:
        refused = problem(MethodNotAllowedError("This path does not take that method"))
        refused.headers["Allow"] = ", ".join(allowed)
        return chalice_response(refused)

    return respond


def options(allowed: list[str]) -> Callable[..., Response]:
    """OPTIONS, a browser's preflight among them: answered without a token (see handlers/edge/cors.py)."""

    def respond(**_path: str) -> Response:
        request = app.current_request
        assert request is not None  # Chalice sets it before calling a view
        return chalice_response(cors_policy().options(allowed, request.headers.get("origin")))

    return respond


# "*/*": the dispatcher, not Chalice, answers an unsupported media type (415, problem+json)
ROUTE = {"authorizer": authorizer, "content_types": ["*/*"]}
for _operation in OPERATIONS.values():
    _methods = [_operation.method, "HEAD"] if _operation.method == "GET" else [_operation.method]
    app.route(_operation.path, methods=_methods, name=_operation.operation_id, **ROUTE)(view(_operation))
for _path in sorted({op.path for op in OPERATIONS.values()}):
    _allowed = cors.path_methods(_path)
    _name = "".join(part.strip("{}").title() for part in _path.split("/") if part)
    # API Gateway must not put the authorizer in front of a preflight: browsers send it without a token
    app.route(_path, methods=["OPTIONS"], name="options" + _name, content_types=["*/*"])(options(_allowed))
    # Without these, API Gateway answers a method a resource lacks as if the path did not exist.
    _others = [method for method in GATEWAY_METHODS if method not in _allowed]
    app.route(_path, methods=_others, name="methodNotAllowed" + _name, **ROUTE)(not_allowed(_allowed))

CONSUMERS_MODULE = "infra.functions.consumers"


def consumer_entry(service: str) -> Callable[[dict[str, Any], Any], dict[str, Any]]:
    """A consumer as Chalice registers it. On AWS, Lambda imports CONSUMERS_MODULE.<service> itself
    (the blueprint's module is the handler module); in-process (chalice.test) this forwards to it."""

    def entry(event: dict[str, Any], context: Any) -> dict[str, Any]:
        from infra.functions import consumers  # not at import: the API function never loads it

        return consumers.BY_SERVICE[service](event, context)

    entry.__name__ = service
    return entry


consumer_functions = Blueprint(CONSUMERS_MODULE)
for _service in QUEUES:
    consumer_functions.lambda_function(name=f"{_service}-consumer")(consumer_entry(_service))
app.register_blueprint(consumer_functions)

WATCHDOG_MODULE, REDRIVE_MODULE = "infra.functions.watchdog", "infra.functions.redrive"
RECONCILE_MODULE = "infra.functions.reconcile"
WATCHDOG_RATE = Rate(1, unit=Rate.MINUTES)  # the finest an EventBridge schedule runs
RECONCILE_RATE = Rate(1, unit=Rate.HOURS)  # it reads every account: cheap hourly, costly every minute


def handler_in(module: str) -> Callable[[dict[str, Any], Any], Any]:
    """A function whose code is `module.handler` (what Lambda calls); in-process it forwards to it."""

    def handler(event: dict[str, Any], context: Any) -> Any:
        return importlib.import_module(module).handler(event, context)

    return handler


watchdog_function = Blueprint(WATCHDOG_MODULE)
watchdog_function.schedule(WATCHDOG_RATE, name="watchdog")(handler_in(WATCHDOG_MODULE))
app.register_blueprint(watchdog_function)
WEBHOOKS_MODULE = "infra.functions.webhooks"
webhooks_function = Blueprint(WEBHOOKS_MODULE)  # the webhook delivery worker: one pass a minute
webhooks_function.schedule(WATCHDOG_RATE, name="webhooks")(handler_in(WEBHOOKS_MODULE))
app.register_blueprint(webhooks_function)
reconcile_function = Blueprint(RECONCILE_MODULE)
reconcile_function.schedule(RECONCILE_RATE, name="reconcile")(handler_in(RECONCILE_MODULE))
app.register_blueprint(reconcile_function)
redrive_function = Blueprint(REDRIVE_MODULE)
redrive_function.lambda_function(name="redrive")(handler_in(REDRIVE_MODULE))
app.register_blueprint(redrive_function)

if init_phase.ON_LAMBDA:
    runtime.api()  # in Lambda, wire the services during init, not on the first request

init_phase.finished()
