"""Idempotency-Key support: remember a POST's response with its effect, replay it on retry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from handlers.core import jsonio
from handlers.core.errors import IdempotencyKeyReusedError
from handlers.core.jsonio import render
from handlers.edge.calls import Call, Idempotency, Replay
from handlers.storage.remembered import KeyTaken, Remembered

T = TypeVar("T")


def replay(found: Remembered | None, idempotency: Idempotency) -> None:
    """Answer from the stored response if there is one: replay it, or refuse another body."""
    if found is None:
        return
    if found.fingerprint != idempotency.fingerprint:
        raise IdempotencyKeyReusedError("This Idempotency-Key was used with another request")
    raise Replay(found.status, jsonio.loads(found.body))


def remember(call: Call, response: Any) -> Remembered | None:
    """The record to write with the effect, or None when the caller sent no key."""
    if call.idempotency is None:
        return None
    idem = call.idempotency
    return Remembered(idem.key, idem.fingerprint, idem.status, jsonio.dumps(render(response)))


def once(call: Call, lookup: Callable[[str], Remembered | None], action: Callable[[], T]) -> T:
    """Run action unless the key was seen; if a concurrent request wins the race, replay it."""
    if call.idempotency is None:
        return action()
    replay(lookup(call.idempotency.key), call.idempotency)
    try:
        return action()
    except KeyTaken:
        replay(lookup(call.idempotency.key), call.idempotency)
        raise
