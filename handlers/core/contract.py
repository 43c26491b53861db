"""The contracts as run-time judges: request and message validation against generated/*.json.

The generated schemas are plain JSON Schema (draft 7; nothing of OpenAPI's own dialect), judged by
jsonschema-rs, which reads numbers as the decimals they were written as: 19.99 is a multiple of
0.01 and 3.0 an integer. Patterns are matched as ECMA-262 reads them, as the contract means them
(regress): the Rust engine's `.` would also match \\r, U+2028 and U+2029.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs
import regress

GENERATED = Path(__file__).resolve().parents[2] / "generated"


class EcmaPattern:
    """The `pattern` keyword, as ECMA-262 matches it."""

    def __init__(self, parent_schema: Any, value: str, schema_path: Any) -> None:
        self.pattern, self.regex = value, regress.Regex(value)

    def validate(self, instance: Any) -> None:
        if isinstance(instance, str) and self.regex.find(instance) is None:
            raise ValueError(f"{instance!r} does not match {self.pattern!r}")


def validator(schema: dict[str, Any]) -> jsonschema_rs.Validator:
    """A validator of one generated schema, formats checked."""
    return jsonschema_rs.Draft7Validator(schema, validate_formats=True, keywords={"pattern": EcmaPattern})


@cache
def _load(name: str) -> dict[str, Any]:
    # minimum 0.01 must mean exactly 0.01: a binary float would refuse an amount of 0.01
    data = json.loads((GENERATED / name).read_text(), parse_float=Decimal)
    assert isinstance(data, dict)
    return data


def request_schema(operation_id: str, part: str) -> dict[str, Any] | None:
    """An operation's 'parameters' or 'body' schema, or None when it has none."""
    schema = _load("request_schemas.json")[operation_id][part]
    assert schema is None or isinstance(schema, dict)
    return schema


@cache
def request_validator(operation_id: str, part: str) -> jsonschema_rs.Validator:
    """The validator of an operation's 'parameters' or 'body' (KeyError when it has none)."""
    schema = request_schema(operation_id, part)
    if schema is None:
        raise KeyError(f"{operation_id} has no {part}")
    return validator(schema)


@cache
def message_validator(message_type: str) -> jsonschema_rs.Validator:
    """The validator of one message type's envelope."""
    schema = _load("message_schemas.json").get(message_type)
    if not isinstance(schema, dict):
        raise KeyError(message_type)
    return validator(schema)


def field_path(error: jsonschema_rs.ValidationError) -> str:
    """A dotted path of the field an error is about ('' for the whole document)."""
    path = [str(p) for p in error.instance_path]
    kind = error.kind
    if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
        path.append(str(kind.property))
    elif isinstance(kind, jsonschema_rs.ValidationErrorKind.AdditionalProperties):
        path.append(",".join(sorted(kind.unexpected)))
    return ".".join(path)


def problems(judge: jsonschema_rs.Validator, document: Any) -> list[dict[str, str]]:
    """Every violation as {field, message}, in a stable order."""
    found = [{"field": field_path(e), "message": e.message[:200]} for e in judge.iter_errors(document)]
    return sorted(found, key=lambda p: (p["field"], p["message"]))
