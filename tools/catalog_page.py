"""`make catalog`: the message catalog as an HTML page, generated/asyncapi/, from specs/asyncapi.yaml.

The AsyncAPI generator writes it with the AsyncAPI HTML template (both pinned in tools/node): every
message with its payload schema and its examples, every channel and operation. What the template
does not show by itself, who produces a message and who consumes it, is added to the catalog it is
given, read from the catalog's own operations (tools/flow.py): each message's description names
its producer, the topic or queue it is sent to, and each consumer with its queue; the catalog's
description gets a table of them all. specs/ is left as it is. `make run` serves the page at
/asyncapi/. The same catalog and lockfile give the same bytes.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tools.flow import Route, channel_kinds, routes
from tools.spec_model import load_yaml, pointer

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "asyncapi.yaml"
OUT = ROOT / "generated" / "asyncapi"
NODE_TOOLS = Path(__file__).resolve().parent / "node"


def consumed(route: Route, kinds: dict[str, str]) -> str:
    """Who receives a message, from which queue, in words."""
    if not route.consumers:
        return "no service"
    return ", ".join(f"**{service}** from the {kinds[queue]} `{queue}`" for service, queue in route.consumers)


def webhooks(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(service, message) of every message sent on an http channel: the webhooks, which leave the
    platform for the customers' own URLs."""
    found = []
    for op in spec["operations"].values():
        if op["action"] == "send" and "http" in pointer(spec, op["channel"]["$ref"])["bindings"]:
            found += [
                (op["x-service"], pointer(spec, ref["$ref"])["$ref"].rsplit("/", 1)[-1])
                for ref in op["messages"]
            ]
    return found


def described(spec: dict[str, Any]) -> dict[str, Any]:
    """The catalog with each message's producer and consumers in its description, and the
    catalog's description ending with a table of every message's route."""
    doc = copy.deepcopy(spec)
    kinds = channel_kinds(spec)
    rows = ["| message | sent by | to | received by |", "|---|---|---|---|"]
    for route in routes(spec):
        message = doc["components"]["messages"][route.message]
        said = f"Sent by **{route.producer}** to the {kinds[route.channel]} `{route.channel}`."
        heard = f"Received by {consumed(route, kinds)}."
        message["description"] = "\n\n".join(p for p in (message.get("description"), said, heard) if p)
        receivers = ", ".join(f"{service} (`{queue}`)" for service, queue in route.consumers) or "none"
        rows.append(
            f"| {route.message} | {route.producer} | {kinds[route.channel]} `{route.channel}` | {receivers} |"
        )
    for service, name in webhooks(spec):
        message = doc["components"]["messages"][name]
        said = (
            f"Sent by **{service}** as an HTTPS POST to each customer's registered webhook URL, signed"
            " per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`)."
        )
        message["description"] = "\n\n".join(p for p in (message.get("description"), said) if p)
        rows.append(f"| {name} | {service} | webhook (HTTPS POST) | the customer's receiver |")
    overview = "Who sends each message where, and who receives it from which queue:\n\n" + "\n".join(rows)
    doc["info"]["description"] = doc["info"]["description"].rstrip("\n") + "\n\n" + overview + "\n"
    return doc


def render(catalog: dict[str, Any], out: Path) -> None:
    """The page of `catalog` in out/ (created), by the AsyncAPI generator."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "asyncapi.json"
        source.write_text(json.dumps(catalog, indent=1, ensure_ascii=False) + "\n")
        command = ["node", str(NODE_TOOLS / "catalog-page.cjs"), str(source), str(out)]
        done = subprocess.run(command, cwd=NODE_TOOLS, capture_output=True, text=True, check=False)
        if done.returncode:
            raise RuntimeError(f"the AsyncAPI generator failed:\n{done.stdout}{done.stderr}")


def main(out: Path = OUT) -> int:
    """Generate the page into out (replacing it)."""
    if not (NODE_TOOLS / "node_modules" / "@asyncapi" / "generator").is_dir():
        raise SystemExit("tools/node has no node_modules: run `make catalog` (it runs npm ci there)")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "asyncapi"
        render(described(load_yaml(SPEC)), page)
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(page, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
