"""What a handler is called with, and how it answers from a remembered response.

Apart from the dispatcher (handlers/api.py) so that the stores and the consumers, which share these
types, do not load the operation table and its models.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Idempotency:
    """The caller's Idempotency-Key, the fingerprint of the request it came with, and the status
    the operation answers with when it succeeds (what a replay answers)."""

    key: str
    fingerprint: str
    status: int


@dataclass(frozen=True)
class Call:
    """What a handler receives: the caller, the validated parameters and body, and the stores."""

    user_id: str
    params: Any
    body: Any
    idempotency: Idempotency | None
    stores: Any


class Replay(Exception):
    """Raised by a handler to answer with a response stored under an Idempotency-Key."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(status)
        self.status, self.body = status, body


Handler = Callable[[Call], Any]
