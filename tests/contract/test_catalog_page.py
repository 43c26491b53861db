"""The message catalog's page (generated/asyncapi/, `make catalog`): every message says who sends
it where and who receives it from which queue, and the committed page is the catalog as it is."""

from __future__ import annotations

import json
import re
from typing import Any

from tools import catalog_page
from tools.spec_model import asyncapi_messages, load_yaml

SPEC = load_yaml(catalog_page.SPEC)


def test_each_message_names_its_producer_its_channel_and_its_consumers() -> None:
    described = catalog_page.described(SPEC)
    for message in asyncapi_messages(SPEC):
        text = described["components"]["messages"][message.type]["description"]
        assert f"Sent by **{message.producer}** to the " in text and f"`{message.channel}`" in text
        assert all(
            f"**{service}** from the " in text and f"`{queue}`" in text
            for service, queue in message.consumers
        )
        assert f"| {message.type} | {message.producer} |" in described["info"]["description"]
    assert load_yaml(catalog_page.SPEC) == SPEC, "the catalog itself is left as it is"


def embedded_catalog() -> dict[str, Any]:
    """The catalog the committed page renders (js/app.js), its `$ref:$.a.b` links followed."""
    app = (catalog_page.OUT / "js" / "app.js").read_text()
    (text,) = re.findall(r"const schema = (\{.*?\});\n\s*const config", app, flags=re.DOTALL)
    doc: dict[str, Any] = json.loads(text)

    def follow(node: Any) -> Any:
        if not (isinstance(node, str) and node.startswith("$ref:$.")):
            return node
        target: Any = doc
        for part in node.removeprefix("$ref:$.").split("."):
            target = target[part]
        return target

    doc["components"]["messages"] = {k: follow(v) for k, v in doc["components"]["messages"].items()}
    return doc


def test_the_committed_page_renders_the_catalog_as_it_is() -> None:
    page, described = embedded_catalog(), catalog_page.described(SPEC)
    assert page["info"]["version"] == SPEC["info"]["version"]
    assert page["info"]["description"] == described["info"]["description"], "stale page: run make catalog"
    messages = described["components"]["messages"]
    assert page["components"]["messages"].keys() == messages.keys(), "stale page: run make catalog"
    for name, message in messages.items():
        shown = page["components"]["messages"][name]
        assert shown["description"] == message["description"], f"{name}: stale page, run make catalog"
        assert shown["examples"][0]["payload"] == message["examples"][0]["payload"]
    html = (catalog_page.OUT / "index.html").read_text()
    assert all(f'id="message-{name}"' in html for name in messages)
