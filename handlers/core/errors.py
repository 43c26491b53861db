"""The named errors of the domain, each with a stable code; the HTTP edge maps codes to statuses."""

from __future__ import annotations


class BankError(Exception):
    """Base of the errors the platform reports to callers: a stable code and a readable detail."""

    code = "INTERNAL_ERROR"

    def __init__(self, detail: str, errors: list[dict[str, str]] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []


class ValidationError(BankError):
    """The request is malformed."""

    code = "VALIDATION_ERROR"


class NotFoundError(BankError):
    """No such resource among the caller's."""

    code = "NOT_FOUND"


class AccountClosedError(BankError):
    """The account is closed."""

    code = "ACCOUNT_CLOSED"


class AccountNotEmptyError(BankError):
    """The account still holds money and cannot be closed."""

    code = "ACCOUNT_NOT_EMPTY"


class IdempotencyKeyReusedError(BankError):
    """The Idempotency-Key was used with another request."""

    code = "IDEMPOTENCY_KEY_REUSED"


class InvalidAmountError(BankError):
    """The amount does not fit the account's currency."""

    code = "INVALID_AMOUNT"


class InvalidCursorError(BankError):
    """A well-formed cursor that the server never issued."""

    code = "INVALID_CURSOR"


class InvalidWebhookUrlError(BankError):
    """A webhook URL the platform may not call: not https, or an internal address."""

    code = "INVALID_WEBHOOK_URL"


class MissingHandlerError(RuntimeError):
    """An operation or a consumed message has no handler, or a handler has no operation."""


class InvalidMessageError(ValueError):
    """A message does not match its schema in the catalog."""
