"""/openapi.json (and Swagger UI) with `servers` naming the address that serves it.

connexion replaces the contract's `servers` with the request's path prefix, an empty URL when the
API is at the root, so Swagger UI lists no server; and the contract's own entry names the default
port. The address the request reached is the one serving, whatever port `make run` was given.
"""

from __future__ import annotations

from typing import Any

from connexion.middleware.swagger_ui import SwaggerUIAPI, SwaggerUIMiddleware
from starlette.requests import Request


class ServedSpecAPI(SwaggerUIAPI):  # type: ignore[misc]
    """connexion's spec and Swagger UI routes, with absolute `servers`."""

    def _spec_for_prefix(self, request: Request) -> dict[str, Any]:
        spec: dict[str, Any] = super()._spec_for_prefix(request)
        origin = f"{request.url.scheme}://{request.url.netloc}"
        return {**spec, "servers": [{**server, "url": origin + server["url"]} for server in spec["servers"]]}


class ServedSpecMiddleware(SwaggerUIMiddleware):  # type: ignore[misc]
    """connexion's Swagger UI middleware, serving ServedSpecAPI."""

    def add_api(self, specification: Any, base_path: str | None = None, **kwargs: Any) -> None:
        """Mount the API's spec and UI routes, as connexion does."""
        api = ServedSpecAPI(specification, base_path=base_path, default=self.default_fn, **kwargs)
        self.router.mount(api.base_path, app=api.router)
