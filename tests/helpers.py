"""Helpers the tests share: calling the dispatcher as an adapter would."""

from __future__ import annotations

from typing import Any

from handlers import jsonio
from handlers.api import ApiRequest, ApiResponse, dispatch
from handlers.routes import API_HANDLERS


def call(
    operation: str,
    user: str,
    stores: Any,
    body: Any = None,
    headers: dict[str, str] | None = None,
    /,
    **params: str,
) -> ApiResponse:
    """Dispatch one request: path and query parameters by keyword, body as data or raw bytes."""
    raw = body if isinstance(body, bytes) or body is None else jsonio.dumps(body).encode()
    all_headers = {"content-type": "application/json"} if raw is not None else {}
    all_headers |= {k.lower(): v for k, v in (headers or {}).items()}
    request = ApiRequest(operation, user, path_params=params, query=params, headers=all_headers, body=raw)
    return dispatch(request, API_HANDLERS, stores)
