"""What an operation's handler is called with, and how it answers from a remembered response.

Apart from the dispatcher so that a service's operations and its store's port share these types
without loading the operation table and its models.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias, TypeVar

StoreT = TypeVar("StoreT")


@dataclass(frozen=True)
class Idempotency:
    """The caller's Idempotency-Key scoped to the operation (`deposit:<key>`), the fingerprint of
    the request it came with, and the status the operation answers with when it succeeds (what a
    replay answers)."""

    key: str
    fingerprint: str
    status: int


@dataclass(frozen=True)
class Call:
    """What a handler receives: the caller, and the parameters and body as the contract's models."""

    user_id: str
    params: Any
    body: Any
    idempotency: Idempotency | None


class Replay(Exception):
    """Raised by a handler to answer with a response stored under an Idempotency-Key."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(status)
        self.status, self.body = status, body


Handler: TypeAlias = Callable[[Call], Any]
"""An operation's handler, ready to be dispatched to."""
ServiceHandler: TypeAlias = Callable[[Call, StoreT], Any]
"""A service's handler of one operation, given the call and that service's own store."""
Operations: TypeAlias = Mapping[str, ServiceHandler[StoreT]]
"""A service's handler for each operationId it serves."""
