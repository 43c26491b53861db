"""What makes a schema change break a client, for inbound (what clients send) and outbound data.

Inbound (request parameters and bodies): a client that sent something valid must still be able to,
so a removed field, a new required field, a narrowed type or enum, a value no longer nullable and
any stricter constraint break it. Outbound (responses and messages): a client that read something
must still find it, so a removed field, a field no longer required, a changed type and a value that
may now be null break it. New optional fields, new enum values in responses and looser request
constraints do not.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

RAISED_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
LOWERED_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")


def _number(value: Any) -> Decimal:
    return Decimal(str(value))


def _stricter(old: dict[str, Any], new: dict[str, Any], at: str) -> Iterator[str]:
    """Constraints a value the old schema accepted may now fail."""
    for key in RAISED_BOUNDS + LOWERED_BOUNDS:
        if key not in new or old.get(key) == new[key]:
            continue
        raised = key in RAISED_BOUNDS
        if key not in old or (_number(new[key]) > _number(old[key])) == raised:
            yield f"{at}: stricter {key} ({old.get(key)} -> {new[key]})"
    if "multipleOf" in new and (
        "multipleOf" not in old or _number(old["multipleOf"]) % _number(new["multipleOf"]) != 0
    ):
        yield f"{at}: stricter multipleOf ({old.get('multipleOf')} -> {new['multipleOf']})"
    for key in ("pattern", "format"):
        if key in new and old.get(key) != new[key]:
            yield f"{at}: new {key} {new[key]!r}"
    if new.get("additionalProperties") is False and old.get("additionalProperties", True) is not False:
        yield f"{at}: additional properties no longer allowed"


def _kind(old: dict[str, Any], new: dict[str, Any], at: str, inbound: bool) -> Iterator[str]:
    """Type, enum and nullability."""
    was, now = old.get("type"), new.get("type")
    if was != now and not (inbound and (was, now) == ("integer", "number")) and not (inbound and now is None):
        yield f"{at}: type {was} -> {now}"
    if inbound and "enum" in new:
        dropped = [v for v in old.get("enum", []) if v not in new["enum"]] if "enum" in old else ["(any)"]
        if dropped:
            yield f"{at}: enum narrowed, {dropped} no longer accepted"
    if inbound and old.get("nullable") and not new.get("nullable"):
        yield f"{at}: null no longer accepted"
    if not inbound and new.get("nullable") and not old.get("nullable"):
        yield f"{at}: may now be null"


def _properties(old: dict[str, Any], new: dict[str, Any], at: str, inbound: bool) -> Iterator[str]:
    """Fields removed, newly required (inbound) or no longer required (outbound), then each field."""
    before, after = old.get("properties", {}), new.get("properties", {})
    was, now = set(old.get("required", [])), set(new.get("required", []))
    for name in sorted(before):
        if name not in after:
            yield f"{at}.{name}: field removed"
        else:
            yield from schema_changes(before[name], after[name], f"{at}.{name}", inbound)
    for name in sorted(now - was if inbound else was - now):
        yield f"{at}.{name}: " + ("new required field" if inbound else "no longer required")


def schema_changes(old: Any, new: Any, at: str, inbound: bool) -> Iterator[str]:
    """Every breaking difference between two dereferenced schemas."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return
    yield from _kind(old, new, at, inbound)
    if inbound:
        yield from _stricter(old, new, at)
    yield from _properties(old, new, at, inbound)
    if "items" in old and "items" in new:
        yield from schema_changes(old["items"], new["items"], f"{at}[]", inbound)
    for key in ("allOf", "anyOf", "oneOf"):
        was, now = old.get(key, []), new.get(key, [])
        if len(was) != len(now):
            yield f"{at}: {key} changed"
        for i, (a, b) in enumerate(zip(was, now, strict=False)):
            yield from schema_changes(a, b, f"{at}.{key}[{i}]", inbound)
