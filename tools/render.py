"""Render the operation table and the message catalog as Python modules."""

from __future__ import annotations

from typing import Any

from tools.spec_model import GROUP_FIELD, asyncapi_messages, fifo_queues, openapi_operations, ref_name

OPERATION_CLASS = '''
@dataclass(frozen=True)
class Operation:
    """One HTTP operation of the contract."""

    operation_id: str
    method: str
    path: str
    service: str
    parameters: tuple[tuple[str, str], ...]
    parameters_model: type[Struct] | None
    body_model: type[Struct] | None
    success_status: int
    # a model class, or a type alias of a list of models
    response_model: Any
    error_statuses: tuple[int, ...]
'''

MESSAGE_CLASS = '''
@dataclass(frozen=True)
class MessageType:
    """One message type of the catalog."""

    name: str
    model: type[Struct]
    data_model: type[Struct]
    producer: str
    channel: str
    transport: str
    consumers: tuple[tuple[str, str], ...]
'''


def model_ref(name: str | None) -> str:
    """A reference to a generated model, or None."""
    return "None" if name is None else f"m.{name}"


def operation_entry(op: Any) -> str:
    """The Operation(...) literal of one operation."""
    body = ref_name(op.body_ref) if op.body_ref else None
    success = op.responses[op.success_status]
    if success is None:
        response = None
    elif "$ref" in success:
        response = ref_name(success)
    else:
        response = op.response_model_name(op.success_status)
    params = tuple((p["name"], p["in"]) for p in op.parameters)
    errors = tuple(s for s in sorted(op.responses) if s >= 400)
    return (
        f"    {op.operation_id!r}: Operation(\n"
        f"        operation_id={op.operation_id!r},\n"
        f"        method={op.method!r},\n"
        f"        path={op.path!r},\n"
        f"        service={op.service!r},\n"
        f"        parameters={params!r},\n"
        f"        parameters_model={model_ref(op.parameters_model if op.parameters else None)},\n"
        f"        body_model={model_ref(body)},\n"
        f"        success_status={op.success_status},\n"
        f"        response_model={model_ref(response)},\n"
        f"        error_statuses={errors!r},\n"
        "    ),\n"
    )


def operations_module(header: str, spec: dict[str, Any]) -> str:
    """Source of generated/operations.py."""
    entries = "".join(operation_entry(op) for op in openapi_operations(spec))
    return (
        f'{header}\n"""The operation table: operationId to method, path, models and statuses."""\n\n'
        "from __future__ import annotations\n\n"
        "from dataclasses import dataclass\n"
        "from typing import Any\n\n"
        "from msgspec import Struct\n\n"
        "from generated import api_models as m\n\n"
        f"{OPERATION_CLASS}\n\n"
        f"OPERATIONS: dict[str, Operation] = {{\n{entries}}}\n"
    )


def message_entry(msg: Any) -> str:
    """The MessageType(...) literal of one message."""
    return (
        f"    {msg.type!r}: MessageType(\n"
        f"        name={msg.type!r},\n"
        f"        model=m.{ref_name({'$ref': msg.payload_ref})},\n"
        f"        data_model=m.{ref_name({'$ref': msg.data_ref})},\n"
        f"        producer={msg.producer!r},\n"
        f"        channel={msg.channel!r},\n"
        f"        transport={msg.transport!r},\n"
        f"        consumers={tuple(msg.consumers)!r},\n"
        "    ),\n"
    )


def messages_module(header: str, spec: dict[str, Any]) -> str:
    """Source of generated/messages.py."""
    messages = asyncapi_messages(spec)
    read: dict[str, list[str]] = {}
    for service, queue in sorted({c for m in messages for c in m.consumers}):
        read.setdefault(service, []).append(queue)
    queue_lines = "".join(f"    {svc!r}: {tuple(names)!r},\n" for svc, names in read.items())
    fifo = ", ".join(repr(q) for q in fifo_queues(spec))
    return (
        f'{header}\n"""The message catalog: type to model, channel, producer and consumers."""\n\n'
        "from __future__ import annotations\n\n"
        "from dataclasses import dataclass\n\n"
        "from msgspec import Struct\n\n"
        "from generated import message_models as m\n\n"
        f"{MESSAGE_CLASS}\n\n"
        f"CATALOG: dict[str, MessageType] = {{\n{''.join(message_entry(x) for x in messages)}}}\n\n"
        "# The queues each consuming service reads.\n"
        f"QUEUES: dict[str, tuple[str, ...]] = {{\n{queue_lines}}}\n\n"
        f"# FIFO queues: a message's group is its data's `{GROUP_FIELD}`, one batch of a group at a time.\n"
        f"FIFO_QUEUES: frozenset[str] = frozenset({{{fifo}}})\n\n\n"
        "def consumed_by(service: str) -> tuple[str, ...]:\n"
        '    """The message types a service receives, in catalog order."""\n'
        "    return tuple(t for t, m in CATALOG.items() if any(s == service for s, _ in m.consumers))\n"
    )
