"""The local HTTP adapter: connexion routes specs/openapi.yaml (with Swagger UI) to the dispatcher.

It also serves the message catalog's page (generated/asyncapi/, `make catalog`) at /asyncapi/.

Connexion routes, authenticates (a Cognito JWT checked against the pool's keys) and serves the
contract; validation is left to the dispatcher, as in the Chalice adapter, so both adapters answer
every request the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import connexion
from connexion import ConnexionMiddleware
from connexion.context import context, request
from connexion.exceptions import ProblemException
from connexion.http_facts import FORM_CONTENT_TYPES
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from connexion.middleware import main as connexion_middleware
from connexion.middleware.main import MiddlewarePosition
from connexion.middleware.swagger_ui import SwaggerUIMiddleware
from connexion.options import SwaggerUIOptions
from connexion.resolver import Resolver
from connexion.security import BearerSecurityHandler
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.routing import Mount, Router
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from handlers.core.errors import BankError, NotFoundError
from handlers.edge.cors import Cors, path_methods
from handlers.edge.dispatch import dispatch
from handlers.edge.problems import MethodNotAllowedError, UnauthorizedError, problem
from handlers.edge.responses import ApiRequest
from infra.auth import CognitoVerifier
from infra.bootstrap import api as _wiring  # noqa: F401  refuses to start if an operation has no handler
from infra.functions import runtime
from infra.functions.telemetry import logger
from infra.local.served_spec import ServedSpecMiddleware

SPECS = Path(__file__).resolve().parents[2] / "specs"
CATALOG_PAGE = Path(__file__).resolve().parents[2] / "generated" / "asyncapi"
CATALOG_PATH = "/asyncapi"
# connexion's own request and response validation is left out: the dispatcher validates.
MIDDLEWARES = [
    m
    for m in ConnexionMiddleware.default_middlewares
    if m
    not in (
        connexion_middleware.RequestValidationMiddleware,
        connexion_middleware.ResponseValidationMiddleware,
    )
]
MIDDLEWARES[MIDDLEWARES.index(SwaggerUIMiddleware)] = ServedSpecMiddleware  # `servers`: the served address


def bearer_handler(verifier: CognitoVerifier) -> type[BearerSecurityHandler]:
    """A connexion bearer handler that accepts the pool's valid tokens and names the user."""

    class CognitoBearer(BearerSecurityHandler):  # type: ignore[misc]
        def _resolve_func(self, security_scheme: dict[str, Any]) -> Any:
            def token_info(token: str) -> dict[str, str] | None:
                user = verifier.user(token)
                return None if user is None else {"sub": user}

            return token_info

    return CognitoBearer


def answer(response: Any) -> ConnexionResponse:
    """A dispatcher response as an HTTP response."""
    return ConnexionResponse(
        status_code=response.status,
        body=response.text(),
        headers=response.headers,
        content_type=response.content_type,
    )


async def endpoint(
    account_id: object = None,
    operation_id: object = None,
    endpoint_id: object = None,
    event_id: object = None,
) -> ConnexionResponse:
    """Every operation: hand the raw request to the dispatcher.

    connexion passes path parameters by name; they are read raw from the request instead, and the
    body is read raw too (a signature without `body` keeps connexion from consuming it)."""
    incoming: ConnexionRequest = request
    # connexion has already read a form body (looking for files) and reading it again would wait
    # for the client forever: the contract takes JSON only, so the dispatcher answers 415 unread
    form = incoming.mimetype in FORM_CONTENT_TYPES
    api_request = ApiRequest(
        operation_id=incoming.scope["extensions"]["connexion_routing"]["operation_id"],
        user_id=context["token_info"]["sub"],
        path_params=dict(incoming.path_params),
        query=dict(incoming.query_params),
        headers={k.lower(): v for k, v in incoming.headers.items()},
        body=b"" if form else await incoming.body(),
    )
    # the handlers are synchronous (boto3): run them off the event loop so requests overlap
    response = await run_in_threadpool(dispatch, api_request, runtime.api())
    accepted(api_request.operation_id, response.status, response.body)
    return answer(response)


def accepted(operation: str, status: int, body: object) -> None:
    """Log an answer that starts an operation or an account's life under its id, as the Chalice
    adapter does: the first hop `make timeline` shows."""
    correlation = body.get("operationId") or body.get("accountId") if isinstance(body, dict) else None
    if correlation and status in (201, 202):
        logger.info(
            "answered",
            # the name of the function that answers on AWS (infra/aws/functions.py)
            extra={
                "correlation_id": correlation,
                "operation": operation,
                "status": status,
                "function_name": "api",
            },
        )


def problem_handler(incoming: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    """connexion's own refusals (no route, wrong method, no or bad token) as our problem documents."""
    status = int(getattr(exc, "status", 0) or getattr(exc, "status_code", 500))
    error: BankError = {
        401: UnauthorizedError("A valid bearer token is required"),
        403: UnauthorizedError("A valid bearer token is required"),
        404: NotFoundError("No such resource"),
        405: MethodNotAllowedError("This path does not take that method"),
    }.get(status, BankError("An unexpected error occurred"))
    response = problem(error)
    if status == 405:  # RFC 9110: a 405 names the methods the path does take
        response.headers["Allow"] = ", ".join(path_methods(incoming.url.path))
    return answer(response)


class CorsMiddleware:
    """Ahead of connexion's error handling, routing and security: answers OPTIONS on the contract's
    paths without a token (a browser's preflight has none) and gives every answer, refusals
    included, the CORS headers of the request's origin."""

    def __init__(self, app: ASGIApp, policy: Cors) -> None:
        self.app, self.policy = app, policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        origin = Headers(scope=scope).get("origin")
        allowed = path_methods(scope["path"]) if scope["method"] == "OPTIONS" else []
        if allowed:
            answered = self.policy.options(allowed, origin)
            return await Response(status_code=answered.status, headers=answered.headers)(scope, receive, send)
        added = self.policy.headers(origin)

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in added.items():
                    if name == "Vary":
                        headers.add_vary_header(value)
                    else:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_cors)


class CatalogPageMiddleware:
    """Ahead of connexion's routing and security, after its error handling (a missing file is the
    usual 404 problem document): the message catalog's page, a static site open to all as Swagger
    UI is, at /asyncapi/ (/asyncapi redirects there)."""

    def __init__(self, app: ASGIApp, directory: Path) -> None:
        self.app = app
        self.page = Router(routes=[Mount(CATALOG_PATH, app=StaticFiles(directory=directory, html=True))])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and (path == CATALOG_PATH or path.startswith(CATALOG_PATH + "/")):
            return await self.page(scope, receive, send)
        await self.app(scope, receive, send)


def create_app(verifier: CognitoVerifier, cors: Cors | None = None) -> connexion.AsyncApp:
    """The ASGI app: the contract's operations, /openapi.json, Swagger UI at /ui/ and the message
    catalog at /asyncapi/, callable from the browser origins `cors` allows (by default none)."""
    # a copy: connexion inserts added middlewares into the list it is given
    app = connexion.AsyncApp(__name__, specification_dir=SPECS, middlewares=list(MIDDLEWARES))
    app.add_middleware(CorsMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION, policy=cors or Cors())
    app.add_middleware(
        CatalogPageMiddleware, position=MiddlewarePosition.BEFORE_ROUTING, directory=CATALOG_PAGE
    )
    app.add_api(
        "openapi.yaml",
        resolver=Resolver(function_resolver=lambda _operation_id: endpoint),
        security_map={"bearer": bearer_handler(verifier)},
        swagger_ui_options=SwaggerUIOptions(swagger_ui_path="/ui"),
    )
    for status in (401, 403, 404, 405, 500):
        app.add_error_handler(status, problem_handler)
    app.add_error_handler(ProblemException, problem_handler)
    return app
