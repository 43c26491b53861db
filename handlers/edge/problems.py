"""The one table from an error's code to its HTTP status, and the problem document that carries it.

The domain raises named errors with stable codes (handlers/core/errors.py); the errors below are
the edge's own, which only HTTP can cause.
"""

from __future__ import annotations

from typing import Any

from handlers.core import jsonio
from handlers.core.errors import BankError
from handlers.edge.responses import ApiResponse

PROBLEM_TYPE = "https://docs.bank.example/errors/"
# code -> (HTTP status, title)
PROBLEMS: dict[str, tuple[int, str]] = {
    "VALIDATION_ERROR": (400, "Validation error"),
    "UNAUTHORIZED": (401, "Unauthorized"),
    "NOT_FOUND": (404, "Not found"),
    "METHOD_NOT_ALLOWED": (405, "Method not allowed"),
    "ACCOUNT_CLOSED": (409, "Account closed"),
    "ACCOUNT_NOT_EMPTY": (409, "Account not empty"),
    "IDEMPOTENCY_KEY_REUSED": (409, "Idempotency key reused"),
    "PAYLOAD_TOO_LARGE": (413, "Payload too large"),
    "UNSUPPORTED_MEDIA_TYPE": (415, "Unsupported media type"),
    "INVALID_AMOUNT": (422, "Invalid amount"),
    "INVALID_CURSOR": (422, "Invalid cursor"),
    "INVALID_WEBHOOK_URL": (422, "Invalid webhook URL"),
    "RATE_LIMITED": (429, "Too many requests"),
    "INTERNAL_ERROR": (500, "Internal error"),
}


class UnauthorizedError(BankError):
    """No valid bearer token."""

    code = "UNAUTHORIZED"


class MethodNotAllowedError(BankError):
    """The path exists but not with this method."""

    code = "METHOD_NOT_ALLOWED"


class PayloadTooLargeError(BankError):
    """The body is too large."""

    code = "PAYLOAD_TOO_LARGE"


class UnsupportedMediaTypeError(BankError):
    """The body is not JSON."""

    code = "UNSUPPORTED_MEDIA_TYPE"


class RateLimitedError(BankError):
    """Too many requests."""

    code = "RATE_LIMITED"


def status_of(error: BankError) -> int:
    """The HTTP status an error answers with."""
    return PROBLEMS[error.code][0]


def problem(error: BankError) -> ApiResponse:
    """An RFC 9457 problem document carrying the seed's message, code and timestamp."""
    status, title = PROBLEMS[error.code]
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE + error.code.lower().replace("_", "-"),
        "title": title,
        "status": status,
        "detail": error.detail,
        "message": error.detail,
        "code": error.code,
        "timestamp": jsonio.now_iso(),
    }
    if error.errors:
        body["errors"] = error.errors
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
    if status == 429:
        headers["Retry-After"] = "1"
    return ApiResponse(status, body, headers)
