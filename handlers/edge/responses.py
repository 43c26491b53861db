"""An HTTP request and response as both adapters (Chalice on AWS, connexion locally) hand them over."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from handlers.core import jsonio

SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True)
class ApiRequest:
    """An authenticated HTTP request, as either adapter sees it."""

    operation_id: str
    user_id: str
    path_params: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | None = None


@dataclass
class ApiResponse:
    """What goes back: status, JSON-ready body, headers (the security headers always among them)."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.headers = {**SECURITY_HEADERS, **self.headers}

    @property
    def content_type(self) -> str:
        """application/problem+json for failures, else application/json."""
        return "application/problem+json" if self.status >= 400 else "application/json"

    def text(self) -> str:
        """The body as JSON text; empty when there is none (204)."""
        return "" if self.body is None else jsonio.dumps(self.body)
