"""The one entry for consumed messages: check against the catalog, then route to the service's handler."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeAlias, TypeVar

from generated.messages import QUEUES, consumed_by
from handlers.core.errors import InvalidMessageError, MissingHandlerError
from handlers.messaging.messages import Message

StoreT = TypeVar("StoreT")
MessageHandler: TypeAlias = Callable[[Message[Any], StoreT], None]
"""A service's handler of one message type, given the message and that service's own store."""
Subscriptions: TypeAlias = Mapping[str, MessageHandler[StoreT]]
"""A service's handler for each message type it consumes."""
Route: TypeAlias = Mapping[str, Callable[[Message[Any]], None]]
"""A service's subscriptions bound to its store: what its consumer applies."""
Together: TypeAlias = Callable[[Sequence[Message[Any]], StoreT], bool]
"""A service's way to apply several messages of one FIFO message group at once, in order: True when
all were applied, False (nothing applied) when they must be taken one by one."""


def check_consumers(subscriptions: Mapping[str, Mapping[str, object]]) -> None:
    """Refuse to start unless each service handles exactly the messages the catalog sends it."""
    wrong = []
    for service in sorted(set(QUEUES) | set(subscriptions)):
        expected, present = set(consumed_by(service)), set(subscriptions.get(service, {}))
        if expected != present:
            missing, extra = sorted(expected - present), sorted(present - expected)
            wrong.append(f"{service}: missing {missing}, extra {extra}")
    if wrong:
        raise MissingHandlerError("message handlers do not match the catalog: " + "; ".join(wrong))


def apply(service: str, message: Message[Any], route: Route) -> Message[Any]:
    """Apply one checked message with the service's handler; InvalidMessageError if it has none."""
    handler = route.get(message.type)
    if handler is None:
        raise InvalidMessageError(f"{service} does not receive {message.type}")
    handler(message)
    return message
