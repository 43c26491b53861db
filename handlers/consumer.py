"""The one entry for consumed messages: check against the catalog, then route to the handler."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from generated.messages import QUEUES, consumed_by
from handlers.errors import InvalidMessageError, MissingHandlerError
from handlers.messages import Message, parse
from handlers.stores import Stores

MessageHandler = Callable[[Message, Stores], None]


def check_consumers(handlers: Mapping[str, Mapping[str, MessageHandler]]) -> None:
    """Refuse to start unless each service handles exactly the messages the catalog sends it."""
    wrong = []
    for service in sorted(set(QUEUES) | set(handlers)):
        expected, present = set(consumed_by(service)), set(handlers.get(service, {}))
        if expected != present:
            missing, extra = sorted(expected - present), sorted(present - expected)
            wrong.append(f"{service}: missing {missing}, extra {extra}")
    if wrong:
        raise MissingHandlerError("message handlers do not match the catalog: " + "; ".join(wrong))


def handle(
    service: str, body: str | bytes, handlers: Mapping[str, Mapping[str, MessageHandler]], stores: Stores
) -> Message:
    """Check one message body and apply it; InvalidMessageError if it breaks the contract."""
    message = parse(body)
    handler = handlers[service].get(message.type)
    if handler is None:
        raise InvalidMessageError(f"{service} does not receive {message.type}")
    handler(message, stores)
    return message
