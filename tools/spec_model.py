"""Read the two contracts into plain records the generator and the checks share."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def load_yaml(path: Path) -> dict[str, Any]:
    """Parse a YAML file into a dict."""
    doc = yaml.safe_load(path.read_text())
    assert isinstance(doc, dict), f"{path} is not a mapping"
    return doc


def pointer(doc: dict[str, Any], ref: str) -> Any:
    """Follow a local JSON pointer such as #/components/schemas/Account."""
    assert ref.startswith("#/"), f"only local $ref is supported: {ref}"
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def deref(doc: dict[str, Any], node: Any) -> Any:
    """A copy of node with every local $ref replaced by its target (the specs have no cycles)."""
    if isinstance(node, dict):
        if "$ref" in node:
            return deref(doc, pointer(doc, node["$ref"]))
        return {k: deref(doc, v) for k, v in node.items()}
    if isinstance(node, list):
        return [deref(doc, v) for v in node]
    return copy.deepcopy(node)


def ref_name(node: dict[str, Any]) -> str:
    """The component name a {$ref: ...} points at."""
    return str(node["$ref"]).rsplit("/", 1)[-1]


def camel(name: str) -> str:
    """createAccount -> CreateAccount."""
    return name[:1].upper() + name[1:]


@dataclass
class OperationRecord:
    """One HTTP operation of the OpenAPI contract."""

    operation_id: str
    method: str
    path: str
    service: str
    parameters: list[dict[str, Any]]
    body_ref: dict[str, Any] | None
    responses: dict[int, dict[str, Any] | None]
    inline_responses: dict[int, dict[str, Any]] = field(default_factory=dict)
    parameters_schema_resolved: dict[str, Any] | None = None
    body_schema_resolved: dict[str, Any] | None = None

    @property
    def parameters_model(self) -> str:
        """Name of the generated model of this operation's parameter set."""
        return f"{camel(self.operation_id)}Parameters"

    def response_model_name(self, status: int) -> str:
        """Name of the generated model of an inline response schema."""
        return f"{camel(self.operation_id)}Response"

    @property
    def parameters_schema(self) -> dict[str, Any] | None:
        """A JSON Schema object whose properties are the parameters (None when there are none)."""
        if not self.parameters:
            return None
        return {
            "type": "object",
            "properties": {p["name"]: p["schema"] for p in self.parameters},
            "required": sorted(p["name"] for p in self.parameters if p.get("required")),
        }

    @property
    def success_status(self) -> int:
        """The one 2xx status of the operation."""
        (status,) = [s for s in self.responses if 200 <= s < 300]
        return status


def response_schema(spec: dict[str, Any], response: dict[str, Any]) -> dict[str, Any] | None:
    """The schema of a response's first media type, or None when it has no body."""
    if "$ref" in response:
        response = pointer(spec, response["$ref"])
    for media in response.get("content", {}).values():
        return dict(media["schema"])
    return None


def openapi_operations(spec: dict[str, Any]) -> list[OperationRecord]:
    """Every operation, in the order of the contract."""
    records = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                records.append(operation_record(spec, path, method, item[method]))
    return records


def operation_record(spec: dict[str, Any], path: str, method: str, op: dict[str, Any]) -> OperationRecord:
    """Read one operation."""
    params = [pointer(spec, p["$ref"]) if "$ref" in p else p for p in op.get("parameters", [])]
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    responses = {int(s): response_schema(spec, r) for s, r in op["responses"].items()}
    record = OperationRecord(op["operationId"], method.upper(), path, op["tags"][0], params, body, responses)
    record.inline_responses = {
        s: r for s, r in responses.items() if 200 <= s < 300 and r is not None and "$ref" not in r
    }
    if record.parameters_schema is not None:
        record.parameters_schema_resolved = deref(spec, record.parameters_schema)
    if body is not None:
        record.body_schema_resolved = deref(spec, body)
    return record


@dataclass
class MessageRecord:
    """One message type of the AsyncAPI catalog."""

    type: str
    payload_ref: str
    data_ref: str
    producer: str
    channel: str
    transport: str
    consumers: list[tuple[str, str]]


def channel_transport(channel: dict[str, Any]) -> str:
    """'sns' for a topic, 'sqs' for a queue, 'http' for the webhooks, from the channel's binding."""
    (transport,) = channel["bindings"].keys()
    return str(transport)


# The transports between the services. The `http` channel (webhooks to customers' URLs) carries no
# message between services: no queue, topic or pipe is derived from it and it is not in the catalog
# table, only in the catalog's page and schemas.
BUS_TRANSPORTS = ("sns", "sqs")


GROUP_FIELD = "accountId"  # what a FIFO queue's message group is: the account a message is about


def fifo_queues(spec: dict[str, Any]) -> list[str]:
    """The addresses of the FIFO queues; every message on one must carry the group field in its data."""
    found = []
    for channel in spec["channels"].values():
        if channel["bindings"].get("sqs", {}).get("queue", {}).get("fifoQueue"):
            for message in channel["messages"].values():
                data = pointer(spec, pointer(spec, message["$ref"])["payload"]["$ref"])["properties"]["data"]
                required = pointer(spec, data["$ref"]).get("required", [])
                assert GROUP_FIELD in required, f"{channel['address']} is FIFO: {message} needs {GROUP_FIELD}"
            found.append(str(channel["address"]))
    return sorted(found)


def asyncapi_messages(spec: dict[str, Any]) -> list[MessageRecord]:
    """Every message type with who sends it where and who receives it from which queue."""
    senders: dict[str, tuple[str, str, str]] = {}
    consumers: dict[str, list[tuple[str, str]]] = {}
    outside: set[str] = set()
    for op in spec["operations"].values():
        channel = pointer(spec, op["channel"]["$ref"])
        if channel_transport(channel) not in BUS_TRANSPORTS:
            outside.update(pointer(spec, ref["$ref"])["$ref"].rsplit("/", 1)[-1] for ref in op["messages"])
            continue
        for ref in op["messages"]:
            name = pointer(spec, ref["$ref"])["$ref"].rsplit("/", 1)[-1]
            if op["action"] == "send":
                assert name not in senders, f"{name} has two producers"
                senders[name] = (op["x-service"], channel["address"], channel_transport(channel))
            else:
                consumers.setdefault(name, []).append((op["x-service"], channel["address"]))
    records = []
    for name, message in spec["components"]["messages"].items():
        if name in outside:
            continue
        service, address, transport = senders[name]
        payload_ref = message["payload"]["$ref"]
        data_ref = pointer(spec, payload_ref)["properties"]["data"]["$ref"]
        records.append(
            MessageRecord(
                name, payload_ref, data_ref, service, address, transport, sorted(consumers.get(name, []))
            )
        )
    return records
