"""The event flow the README and docs/architecture.md show is the catalog's: drawn from it, the
same edges the infrastructure derives from it (infra/resources.py), and redrawn when it changes."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from infra import resources
from tools import flow
from tools.spec_model import load_yaml

SPEC = load_yaml(flow.SPEC)
EDGE = re.compile(r'^  (\w+) -->(?:\|"([^"]*)"\|)? (\w+)$', flags=re.M)


def edges(spec: dict[str, Any]) -> set[tuple[str, frozenset[str], str]]:
    """Every edge of the picture: from, the messages it carries, to."""
    drawn = flow.mermaid(spec)
    return {
        (a, frozenset(label.split("<br/>")) if label else frozenset(), b)
        for a, label, b in EDGE.findall(drawn)
    }


def test_the_docs_show_the_catalogs_flow() -> None:
    for doc in flow.DOCS:
        text = doc.read_text()
        assert flow.updated(text, SPEC, doc.name) == text, (
            f"{doc.name}: the event flow is stale, run make generate"
        )
        assert text.count("```mermaid") == 1


def test_the_picture_has_the_edges_the_infrastructure_is_built_from() -> None:
    def node(prefix: str, name: str) -> str:
        return flow.node_id(prefix, name)

    pipes = {(node("svc_", p.service), frozenset(p.types), node("ch_", p.target)) for p in resources.pipes()}
    subscriptions = {
        (node("ch_", s.topic), frozenset(s.types), node("ch_", s.queue)) for s in resources.subscriptions()
    }
    consumers = {(node("ch_", q.name), frozenset(), node("svc_", q.service)) for q in resources.queues()}
    assert edges(SPEC) == pipes | subscriptions | consumers


def test_every_message_and_channel_is_in_the_picture() -> None:
    drawn = flow.mermaid(SPEC)
    # the webhooks (an http channel) leave the platform: the picture is of the services' messages
    bus = [c for c in SPEC["channels"].values() if "http" not in c["bindings"]]
    outside = {name for c in SPEC["channels"].values() if "http" in c["bindings"] for name in c["messages"]}
    assert outside and all(name not in drawn for name in outside)
    assert all(name in drawn for name in SPEC["components"]["messages"] if name not in outside)
    assert all(f'<br/>{channel["address"]}"' in drawn for channel in bus)


def test_a_change_of_the_catalog_is_a_change_of_the_picture() -> None:
    changed = copy.deepcopy(SPEC)
    del changed["operations"]["queryReceivesEvents"]
    gone = edges(SPEC) - edges(changed)
    assert {b for _, _, b in gone} == {"ch_query_events", "svc_query"}


def test_the_flow_needs_its_markers_once() -> None:
    with pytest.raises(SystemExit, match="markers"):
        flow.updated("no markers here", SPEC, "README.md")
    twice = f"{flow.BEGIN}\n{flow.END}\n{flow.BEGIN}\n{flow.END}"
    with pytest.raises(SystemExit, match="markers"):
        flow.updated(twice, SPEC, "README.md")
