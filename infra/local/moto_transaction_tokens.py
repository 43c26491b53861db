"""Make moto's TransactWriteItems honour ClientRequestToken, as DynamoDB documents it.

botocore fills a token in (the idempotencyToken trait) and sends the same one on each of its own
retries, so a transaction whose reply was lost after it committed is sent again. DynamoDB then
answers success without applying it again, for 10 minutes after the first request completed; the
same token with other parameters is refused with IdempotentParameterMismatchException, and one
still being applied with TransactionInProgressException (which botocore retries). moto ignores the
token and applies the transaction again. DynamoDB promises no replay of a request that failed, so
only a committed transaction's token is kept here: a retry of a cancelled one runs again.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from moto.core.responses import ActionResult
from moto.dynamodb.exceptions import ERROR_TYPE_PREFIX, DynamodbException
from moto.dynamodb.responses import DynamoHandler

TOKEN_SECONDS = 600  # "valid for 10 minutes after the first request that uses it is completed"
Handler = Callable[[DynamoHandler], ActionResult]
clock: Callable[[], float] = time.monotonic  # a test moves it on
_LOCK = threading.Lock()


class IdempotentParameterMismatchException(DynamodbException):
    """A token reused within its window for a request with other parameters."""

    def __init__(self) -> None:
        super().__init__(
            ERROR_TYPE_PREFIX + "IdempotentParameterMismatchException",
            "DynamoDB rejected the request because you retried a request with a different payload "
            "but with an idempotent token that was already used.",
        )


class TransactionInProgressException(DynamodbException):
    """The transaction with this token is still being applied."""

    def __init__(self) -> None:
        super().__init__(
            ERROR_TYPE_PREFIX + "TransactionInProgressException",
            "The transaction with the given request token is already in progress.",
        )


@dataclass
class _Tokens:
    """One backend's tokens: those being applied, and those committed, oldest first."""

    running: dict[str, str] = field(default_factory=dict)  # token -> request fingerprint
    committed: OrderedDict[str, tuple[str, float]] = field(default_factory=OrderedDict)

    def forget_expired(self, now: float) -> None:
        """Drop every committed token whose window is over (they are in completion order)."""
        while self.committed and next(iter(self.committed.values()))[1] + TOKEN_SECONDS <= now:
            self.committed.popitem(last=False)

    def known(self, token: str, fingerprint: str) -> bool:
        """Whether the request already committed; refuse the token if it is taken otherwise."""
        seen = self.running.get(token) or self.committed.get(token, (None, 0.0))[0]
        if seen is not None and seen != fingerprint:
            raise IdempotentParameterMismatchException()
        if token in self.running:
            raise TransactionInProgressException()
        return token in self.committed


def _tokens(handler: DynamoHandler) -> _Tokens:
    """The tokens of the handler's backend; kept in its attributes, so a moto reset forgets them."""
    tokens: _Tokens = vars(handler.dynamodb_backend).setdefault("client_request_tokens", _Tokens())
    return tokens


def fingerprint(body: dict[str, Any]) -> str:
    """Every parameter of the request but its token."""
    return json.dumps({k: v for k, v in body.items() if k != "ClientRequestToken"}, sort_keys=True)


def _idempotent(original: Handler) -> Handler:
    """Wrap moto's TransactWriteItems handler so a committed token is answered, not applied again."""

    def transact_write_items(self: DynamoHandler) -> ActionResult:
        """Apply the transaction once per token."""
        token = self.body.get("ClientRequestToken")
        if not token:
            return original(self)
        tokens, request = _tokens(self), fingerprint(self.body)
        with _LOCK:  # never held while the transaction runs: moto_serial's lock is taken inside
            tokens.forget_expired(clock())
            if tokens.known(token, request):
                return ActionResult({"ConsumedCapacity": [], "ItemCollectionMetrics": {}})
            tokens.running[token] = request
        try:
            answer = original(self)
        except BaseException:  # cancelled or invalid: nothing was written, nothing to remember
            with _LOCK:
                del tokens.running[token]
            raise
        with _LOCK:
            del tokens.running[token]
            tokens.committed[token] = (request, clock())
        return answer

    transact_write_items.moto_original = original  # type: ignore[attr-defined]
    return transact_write_items


def installed() -> bool:
    """Whether moto's DynamoDB handler honours tokens now."""
    return hasattr(DynamoHandler.transact_write_items, "moto_original")


def install() -> None:
    """Patch moto's DynamoDB handler; calling it again changes nothing."""
    if not installed():
        DynamoHandler.transact_write_items = _idempotent(DynamoHandler.transact_write_items)  # type: ignore[method-assign,assignment]


def uninstall() -> None:
    """Put moto's own handler back (to show what it does without tokens)."""
    original = getattr(DynamoHandler.transact_write_items, "moto_original", None)
    if original is not None:
        DynamoHandler.transact_write_items = original  # type: ignore[method-assign]
