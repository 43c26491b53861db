"""Envelopes on the wire: built and checked against the catalog when produced and consumed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import msgspec

from generated.messages import CATALOG
from handlers import contract, jsonio
from handlers.errors import InvalidMessageError
from handlers.jsonio import now_iso, render


def new_id(prefix: str) -> str:
    """A fresh id: prefix, underscore, 32 lowercase hex digits."""
    return f"{prefix}_{uuid.uuid4().hex}"


@dataclass(frozen=True)
class Message:
    """A validated message: its envelope attributes and its typed data."""

    id: str
    type: str
    subject: str
    correlation_id: str
    time: str
    data: Any
    envelope: dict[str, Any]
    text: str  # the envelope as JSON, as it travels


def check(envelope: Any) -> None:
    """Raise InvalidMessageError unless the envelope matches its type's schema in the catalog."""
    kind = envelope.get("type") if isinstance(envelope, dict) else None
    if not isinstance(kind, str) or kind not in CATALOG:
        raise InvalidMessageError(f"unknown message type: {str(kind)[:60]}")
    found = contract.problems(contract.message_validator(kind), envelope)
    if found:
        raise InvalidMessageError(f"{kind}: " + "; ".join(f"{p['field']}: {p['message']}" for p in found))


def new_message(
    kind: str, subject: str, correlation_id: str, data: msgspec.Struct | dict[str, Any]
) -> Message:
    """Build and check a message of the catalog, sent by the type's producer."""
    envelope = {
        "specversion": "1.0",
        "id": new_id("msg"),
        "type": kind,
        "source": CATALOG[kind].producer,
        "time": now_iso(),
        "subject": subject,
        "correlationid": correlation_id,
        "datacontenttype": "application/json",
        "data": render(data),
    }
    check(envelope)
    return _typed(envelope, jsonio.dumps(envelope))


def parse(body: str | bytes) -> Message:
    """Read a message off the wire; InvalidMessageError when it breaks the contract."""
    try:
        envelope = jsonio.loads(body)
    except jsonio.JsonError as exc:
        raise InvalidMessageError(f"not JSON: {exc}") from None
    check(envelope)
    return _typed(envelope, body)


def _typed(envelope: dict[str, Any], text: str | bytes) -> Message:
    """The checked envelope with its data as the catalog's model, read from its JSON text (where
    an integer is an int and an amount the exact Decimal written)."""
    try:
        decoded: Any = msgspec.json.decode(text, type=CATALOG[envelope["type"]].model)
    except msgspec.MsgspecError as exc:  # the schema took it, the model cannot (3.0 for an int)
        raise InvalidMessageError(f"{envelope['type']}: {exc}") from None
    data = decoded.data
    return Message(
        envelope["id"],
        envelope["type"],
        envelope["subject"],
        envelope["correlationid"],
        envelope["time"],
        data,
        envelope,
        text if isinstance(text, str) else text.decode(),
    )


def wire(message: Message) -> str:
    """The message as JSON text, as it travels."""
    return message.text
