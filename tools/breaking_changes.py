"""`make check`: refuse a breaking change to a published operation or message without a major version.

The contracts of the working tree are compared with those of the last release tag (`v*`), or of
`main` when there is none yet (`--against REF` picks another). A change that can break a client
(tools/breaking_rules.py) fails the check unless the document's `info.version` major number went up.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from tools.breaking_rules import schema_changes
from tools.spec_model import HTTP_METHODS, deref, load_yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ("specs/openapi.yaml", "specs/asyncapi.yaml")


def _parameters(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f"{p['in']} {p['name']}": p for p in deref(doc, operation.get("parameters", []))}


def _request(old_doc: dict[str, Any], new_doc: dict[str, Any], old: Any, new: Any, at: str) -> Iterator[str]:
    """Parameters and body: inbound."""
    before, after = _parameters(old_doc, old), _parameters(new_doc, new)
    for name, parameter in sorted(after.items()):
        was = before.get(name)
        if parameter.get("required") and not (was and was.get("required")):
            yield f"{at} {name}: new required parameter"
        if was:
            yield from schema_changes(was.get("schema"), parameter.get("schema"), f"{at} {name}", True)
    yield from (f"{at} {name}: parameter removed" for name in sorted(set(before) - set(after)))
    body_was, body = deref(old_doc, old.get("requestBody", {})), deref(new_doc, new.get("requestBody", {}))
    if body.get("required") and not body_was.get("required"):
        yield f"{at} body: now required"
    for media, content in body_was.get("content", {}).items():
        schema = body.get("content", {}).get(media, {}).get("schema")
        if schema is None:
            yield f"{at} body: {media} no longer accepted"
        yield from schema_changes(content.get("schema"), schema, f"{at} body", True)


def _responses(
    old_doc: dict[str, Any], new_doc: dict[str, Any], old: Any, new: Any, at: str
) -> Iterator[str]:
    """Every response a client could rely on: outbound."""
    before, after = deref(old_doc, old.get("responses", {})), deref(new_doc, new.get("responses", {}))
    for status, was in sorted(before.items()):
        now = after.get(status)
        if now is None:
            if str(status).startswith("2"):
                yield f"{at} {status}: response removed"
            continue
        for header in sorted(set(was.get("headers", {})) - set(now.get("headers", {}))):
            yield f"{at} {status}: header {header} removed"
        for media, content in was.get("content", {}).items():
            schema = now.get("content", {}).get(media, {}).get("schema")
            if schema is None:
                yield f"{at} {status}: {media} no longer answered"
            yield from schema_changes(content.get("schema"), schema, f"{at} {status}", False)


def openapi_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[str]:
    """Breaking changes to the operations of the old REST contract."""
    for path, item in sorted(old.get("paths", {}).items()):
        for method in (m for m in HTTP_METHODS if m in item):
            now = new.get("paths", {}).get(path, {}).get(method)
            at = f"{method.upper()} {path}"
            if now is None:
                yield f"{at}: operation removed"
                continue
            yield from _request(old, new, item[method], now, at)
            yield from _responses(old, new, item[method], now, at)


def _channel_messages(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(c["address"], m) for c in doc.get("channels", {}).values() for m in c.get("messages", {})}


def asyncapi_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[str]:
    """Breaking changes to the messages of the old catalog (consumers read them: outbound)."""
    messages = new.get("components", {}).get("messages", {})
    for name, message in sorted(old.get("components", {}).get("messages", {}).items()):
        if name not in messages:
            yield f"message {name}: removed"
            continue
        was, now = deref(old, message.get("payload")), deref(new, messages[name].get("payload"))
        yield from schema_changes(was, now, f"message {name}", False)
    for address, name in sorted(_channel_messages(old) - _channel_messages(new)):
        if name in messages:
            yield f"message {name}: no longer on {address}"


def major(doc: dict[str, Any]) -> int:
    """The major number of info.version."""
    return int(str(doc["info"]["version"]).split(".")[0])


def breaking(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The breaking changes between two versions of a contract, unless the major version went up."""
    if major(new) > major(old):
        return []
    changes = asyncapi_changes if "asyncapi" in new else openapi_changes
    return sorted(set(changes(old, new)))


def baseline_ref() -> str:
    """The newest release tag, or main when nothing has been released yet."""
    tags = subprocess.run(
        ["git", "tag", "--list", "v*", "--sort=-version:refname"], cwd=ROOT, capture_output=True, text=True
    )
    return tags.stdout.split()[0] if tags.stdout.split() else "main"


def published(ref: str, path: str) -> dict[str, Any] | None:
    """The document as it was at ref, or None where it did not exist yet."""
    shown = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True, text=True)
    return yaml.safe_load(shown.stdout) if shown.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    """Print every breaking change; 1 if there is any."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", help="the git ref to compare with (default: last v* tag, else main)")
    ref = parser.parse_args(argv).against or baseline_ref()
    found = []
    for path in SPECS:
        old = published(ref, path)
        if old is None:
            print(f"{path}: not at {ref}, nothing published to break")
            continue
        found += [f"{path}: {change}" for change in breaking(old, load_yaml(ROOT / path))]
    print("\n".join(found) or f"no breaking change against {ref}")
    if found:
        print("\nKeep the change additive, or bump info.version's major number (see docs/contracts.md).")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
