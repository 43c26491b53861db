"""Envelopes on the wire: built from the generated data models, checked against the catalog when
produced and consumed, and read back into those models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import msgspec

from generated.messages import CATALOG, FIFO_QUEUES
from handlers.core import contract, jsonio
from handlers.core.errors import InvalidMessageError
from handlers.core.ids import new_id
from handlers.core.jsonio import now_iso, render

DataT = TypeVar("DataT", bound=msgspec.Struct)


@dataclass(frozen=True)
class Message(Generic[DataT]):
    """A validated message: its envelope attributes and its data as the catalog's model."""

    id: str
    type: str
    subject: str
    correlation_id: str
    time: str
    data: DataT
    text: str  # the envelope as JSON, as it travels


def check(envelope: Any) -> None:
    """Raise InvalidMessageError unless the envelope matches its type's schema in the catalog."""
    kind = envelope.get("type") if isinstance(envelope, dict) else None
    if not isinstance(kind, str) or kind not in CATALOG:
        raise InvalidMessageError(f"unknown message type: {str(kind)[:60]}")
    found = contract.problems(contract.message_validator(kind), envelope)
    if found:
        raise InvalidMessageError(f"{kind}: " + "; ".join(f"{p['field']}: {p['message']}" for p in found))


def envelope_of(kind: str, subject: str, correlation_id: str, data: dict[str, Any]) -> dict[str, Any]:
    """A new envelope of the catalog around JSON-ready data, as the type's producer sends it."""
    return {
        "specversion": "1.0",
        "id": new_id("msg"),
        "type": kind,
        "source": CATALOG[kind].producer,
        "time": now_iso(),
        "subject": subject,
        "correlationid": correlation_id,
        "datacontenttype": "application/json",
        "data": data,
    }


def new_message(kind: str, subject: str, correlation_id: str, data: DataT) -> Message[DataT]:
    """Build and check a message of the catalog. `data` is the generated model of the type's
    payload, so mypy checks every field a producer sets."""
    if type(data) is not CATALOG[kind].data_model:
        raise InvalidMessageError(f"{kind} carries {CATALOG[kind].data_model.__name__}, not {type(data)}")
    envelope = envelope_of(kind, subject, correlation_id, render(data))
    check(envelope)
    text = jsonio.dumps(envelope)
    return Message(envelope["id"], kind, subject, correlation_id, envelope["time"], data, text)


def decode(body: str | bytes) -> Any:
    """The JSON document of a message body, read once; InvalidMessageError when it is not JSON."""
    try:
        return jsonio.loads(body)
    except jsonio.JsonError as exc:
        raise InvalidMessageError(f"not JSON: {exc}") from None


def read(envelope: Any, body: str | bytes) -> Message[Any]:
    """A decoded envelope checked against the catalog, its data as the type's model (an integer is an
    int there and an amount the exact Decimal written); InvalidMessageError when it breaks the contract."""
    check(envelope)
    kind = envelope["type"]
    try:
        data = msgspec.convert(envelope["data"], CATALOG[kind].data_model)
    except msgspec.ValidationError as exc:  # the schema took it, the model cannot (3.0 for an int)
        raise InvalidMessageError(f"{kind}: {exc}") from None
    text = body if isinstance(body, str) else body.decode()
    return Message(
        envelope["id"], kind, envelope["subject"], envelope["correlationid"], envelope["time"], data, text
    )


def parse(body: str | bytes) -> Message[Any]:
    """Read a message off the wire; InvalidMessageError when it breaks the contract."""
    return read(decode(body), body)


def group_of(message: Message[Any]) -> str | None:
    """The FIFO message group of a message bound for a FIFO queue (the account its data is about),
    else None: the pipe sets it as the message's MessageGroupId."""
    if CATALOG[message.type].channel not in FIFO_QUEUES:
        return None
    return str(message.data.account_id)


def wire(message: Message[Any]) -> str:
    """The message as JSON text, as it travels."""
    return message.text
