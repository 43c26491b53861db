"""Every failure a caller or a message can meet, each with its stable code and HTTP status."""

from __future__ import annotations


class BankError(Exception):
    """Base of the errors the platform reports to callers."""

    code = "INTERNAL_ERROR"
    status = 500
    title = "Internal error"

    def __init__(self, detail: str, errors: list[dict[str, str]] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []


class ValidationError(BankError):
    """The request is malformed."""

    code, status, title = "VALIDATION_ERROR", 400, "Validation error"


class UnauthorizedError(BankError):
    """No valid bearer token."""

    code, status, title = "UNAUTHORIZED", 401, "Unauthorized"


class NotFoundError(BankError):
    """No such resource among the caller's."""

    code, status, title = "NOT_FOUND", 404, "Not found"


class MethodNotAllowedError(BankError):
    """The path exists but not with this method."""

    code, status, title = "METHOD_NOT_ALLOWED", 405, "Method not allowed"


class AccountClosedError(BankError):
    """The account is closed."""

    code, status, title = "ACCOUNT_CLOSED", 409, "Account closed"


class AccountNotEmptyError(BankError):
    """The account still holds money and cannot be closed."""

    code, status, title = "ACCOUNT_NOT_EMPTY", 409, "Account not empty"


class IdempotencyKeyReusedError(BankError):
    """The Idempotency-Key was used with another request."""

    code, status, title = "IDEMPOTENCY_KEY_REUSED", 409, "Idempotency key reused"


class PayloadTooLargeError(BankError):
    """The body is too large."""

    code, status, title = "PAYLOAD_TOO_LARGE", 413, "Payload too large"


class UnsupportedMediaTypeError(BankError):
    """The body is not JSON."""

    code, status, title = "UNSUPPORTED_MEDIA_TYPE", 415, "Unsupported media type"


class InvalidAmountError(BankError):
    """The amount does not fit the account's currency."""

    code, status, title = "INVALID_AMOUNT", 422, "Invalid amount"


class RateLimitedError(BankError):
    """Too many requests."""

    code, status, title = "RATE_LIMITED", 429, "Too many requests"


class MissingHandlerError(RuntimeError):
    """An operation or a consumed message has no handler, or a handler has no operation."""


class InvalidMessageError(ValueError):
    """A message does not match its schema in the catalog."""
