"""The event flow between the services, drawn from the message catalog (specs/asyncapi.yaml).

Who sends which message through which SNS topic or SQS queue, and who receives it from which queue:
read from the catalog's operations (`send` and `receive`, with `x-service`) and its channels'
bindings, never written by hand. `make generate` writes it as a Mermaid flowchart into README.md and
docs/architecture.md, between the markers below, so the picture cannot drift from the catalog;
`make check` fails when either is stale. The catalog page (tools/catalog_page.py) states the same
routes in words.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.spec_model import asyncapi_messages, load_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "asyncapi.yaml"
DOCS = (ROOT / "README.md", ROOT / "docs" / "architecture.md")
BEGIN = (
    "<!-- event flow: generated from specs/asyncapi.yaml by `make generate` (tools/flow.py), do not edit -->"
)
END = "<!-- end of the generated event flow -->"


@dataclass(frozen=True)
class Route:
    """One message: its producer and the channel it is sent to, its consumers and their queues."""

    message: str
    producer: str
    channel: str
    consumers: tuple[tuple[str, str], ...]  # (service, queue address)


def routes(spec: dict[str, Any]) -> list[Route]:
    """Every message of the catalog, in its order, with where it goes."""
    return [Route(m.type, m.producer, m.channel, tuple(sorted(m.consumers))) for m in asyncapi_messages(spec)]


def channel_kinds(spec: dict[str, Any]) -> dict[str, str]:
    """Each channel's address and what it is: 'SNS topic', 'SQS queue' or 'SQS FIFO queue'."""
    kinds = {}
    for channel in spec["channels"].values():
        bindings = channel["bindings"]
        if "http" in bindings:
            continue  # the webhooks leave the platform: no service reads them
        if "sns" in bindings:
            kind = "SNS topic"
        elif bindings["sqs"].get("queue", {}).get("fifoQueue"):
            kind = "SQS FIFO queue"
        else:
            kind = "SQS queue"
        kinds[str(channel["address"])] = kind
    return kinds


def node_id(prefix: str, name: str) -> str:
    """A Mermaid node id: letters, digits and underscores only."""
    return prefix + re.sub(r"\W", "_", name)


def mermaid(spec: dict[str, Any]) -> str:
    """The flow as a Mermaid flowchart: services (rounded) send messages to topics (hexagons) or
    queues (slanted); a topic delivers to the queues subscribed to those messages; a queue feeds
    its service. Every edge that carries messages names them."""
    kinds = channel_kinds(spec)
    found = routes(spec)
    sent: dict[tuple[str, str], list[str]] = {}  # (service, channel) -> messages
    delivered: dict[tuple[str, str], list[str]] = {}  # (topic, queue) -> messages
    fed: dict[str, set[str]] = {}  # queue -> services
    for route in found:
        sent.setdefault((route.producer, route.channel), []).append(route.message)
        for service, queue in route.consumers:
            if queue != route.channel:
                delivered.setdefault((route.channel, queue), []).append(route.message)
            fed.setdefault(queue, set()).add(service)
    services = sorted({r.producer for r in found} | {s for r in found for s, _ in r.consumers})
    lines = ["flowchart LR"]
    lines += [f"  {node_id('svc_', s)}([{s}])" for s in services]
    for address, kind in kinds.items():
        shape = "{{%s}}" if kind == "SNS topic" else "[/%s/]"  # a hexagon, or a slanted box
        lines.append(f"  {node_id('ch_', address)}" + shape % f'"{kind}<br/>{address}"')

    def carried(messages: list[str]) -> str:
        return '"' + "<br/>".join(messages) + '"'

    for (service, channel), messages in sent.items():
        lines.append(f"  {node_id('svc_', service)} -->|{carried(messages)}| {node_id('ch_', channel)}")
    for (topic, queue), messages in delivered.items():
        lines.append(f"  {node_id('ch_', topic)} -->|{carried(messages)}| {node_id('ch_', queue)}")
    for queue, consumers in fed.items():
        lines += [f"  {node_id('ch_', queue)} --> {node_id('svc_', s)}" for s in sorted(consumers)]
    return "\n".join(lines) + "\n"


def block(spec: dict[str, Any]) -> str:
    """What stands between the markers: the flowchart in a fenced block."""
    return f"{BEGIN}\n```mermaid\n{mermaid(spec)}```\n{END}"


def updated(text: str, spec: dict[str, Any], where: str) -> str:
    """text with the flow between its markers drawn anew; it must have them once."""
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), flags=re.DOTALL)
    if len(pattern.findall(text)) != 1:
        raise SystemExit(f"{where}: the event flow's markers must be there once:\n{BEGIN}\n{END}")
    return pattern.sub(lambda _: block(spec), text)


def main() -> int:
    """Redraw the flow in every document that shows it (written only when it changed)."""
    spec = load_yaml(SPEC)
    for doc in DOCS:
        text = doc.read_text()
        new = updated(text, spec, str(doc.relative_to(ROOT)))
        if new != text:
            doc.write_text(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
