"""The breaking-change guard: every rule fails on a crafted breaking change and passes its additive twin."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tools import breaking_changes
from tools.spec_model import load_yaml

ROOT = Path(__file__).resolve().parents[2]
Edit = Callable[[dict[str, Any]], None]


def api() -> dict[str, Any]:
    """A small published REST contract: one POST with a body and a parameter, and its answer."""
    body = {
        "type": "object",
        "additionalProperties": False,
        "required": ["amount"],
        "properties": {
            "amount": {"type": "number", "minimum": 0.01, "maximum": 1000, "multipleOf": 0.01},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "note": {"type": "string", "maxLength": 50, "nullable": True},
        },
    }
    answer = {
        "type": "object",
        "required": ["id", "status"],
        "properties": {"id": {"type": "string"}, "status": {"type": "string"}, "at": {"type": "string"}},
    }
    parameter = {
        "name": "limit",
        "in": "query",
        "required": False,
        "schema": {"type": "integer", "minimum": 1},
    }
    operation = {
        "parameters": [parameter],
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {"201": {"description": "ok", "content": {"application/json": {"schema": answer}}}},
    }
    return {"openapi": "3.0.3", "info": {"version": "1.2.0"}, "paths": {"/things": {"post": operation}}}


def body(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]
    return schema["schema"]


def answer(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["paths"]["/things"]["post"]["responses"]["201"]["content"][
        "application/json"
    ]
    return schema["schema"]


def parameter(doc: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = doc["paths"]["/things"]["post"]["parameters"][0]
    return found


BREAKING: dict[str, tuple[Edit, str]] = {
    "removed operation": (lambda d: d["paths"].pop("/things"), "operation removed"),
    "removed request field": (lambda d: body(d)["properties"].pop("kind"), "field removed"),
    "new required request field": (lambda d: body(d)["required"].append("kind"), "new required field"),
    "narrowed request type": (lambda d: body(d)["properties"]["amount"].update(type="integer"), "type"),
    "narrowed request enum": (lambda d: body(d)["properties"]["kind"].update(enum=["a"]), "enum narrowed"),
    "stricter minimum": (lambda d: body(d)["properties"]["amount"].update(minimum=1), "stricter minimum"),
    "stricter maximum": (lambda d: body(d)["properties"]["amount"].update(maximum=10), "stricter maximum"),
    "stricter maxLength": (lambda d: body(d)["properties"]["note"].update(maxLength=5), "stricter maxLength"),
    "stricter multipleOf": (lambda d: body(d)["properties"]["amount"].update(multipleOf=1), "multipleOf"),
    "new pattern": (lambda d: body(d)["properties"]["note"].update(pattern="^x$"), "new pattern"),
    "null refused": (lambda d: body(d)["properties"]["note"].pop("nullable"), "null no longer accepted"),
    "required parameter": (lambda d: parameter(d).update(required=True), "new required parameter"),
    "stricter parameter": (lambda d: parameter(d)["schema"].update(minimum=5), "stricter minimum"),
    "removed response field": (lambda d: answer(d)["properties"].pop("status"), "field removed"),
    "response field optional": (lambda d: answer(d)["required"].remove("status"), "no longer required"),
    "changed response type": (lambda d: answer(d)["properties"]["id"].update(type="integer"), "type"),
    "response may be null": (
        lambda d: answer(d)["properties"]["at"].update(nullable=True),
        "may now be null",
    ),
    "removed success status": (lambda d: d["paths"]["/things"]["post"]["responses"].pop("201"), "removed"),
}

ADDITIVE: dict[str, Edit] = {
    "new operation": lambda d: d["paths"].update({"/other": copy.deepcopy(d["paths"]["/things"])}),
    "new optional request field": lambda d: body(d)["properties"].update(extra={"type": "string"}),
    "looser minimum": lambda d: body(d)["properties"]["amount"].update(minimum=0.001, multipleOf=0.001),
    "looser maximum": lambda d: body(d)["properties"]["amount"].update(maximum=10000),
    "wider request enum": lambda d: body(d)["properties"]["kind"].update(enum=["a", "b", "c"]),
    "wider request type": lambda d: parameter(d)["schema"].update(type="number"),
    "request field no longer required": lambda d: body(d)["required"].clear(),
    "new response field": lambda d: answer(d)["properties"].update(extra={"type": "string"}),
    "response field now required": lambda d: answer(d)["required"].append("at"),
    "new optional parameter": lambda d: d["paths"]["/things"]["post"]["parameters"].append(
        {"name": "cursor", "in": "query", "schema": {"type": "string"}}
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKING))
def test_a_breaking_change_fails_unless_the_major_version_goes_up(name: str) -> None:
    edit, expected = BREAKING[name]
    new = api()
    edit(new)
    found = breaking_changes.breaking(api(), new)
    assert any(expected in change for change in found), found
    new["info"]["version"] = "2.0.0"
    assert breaking_changes.breaking(api(), new) == []


@pytest.mark.parametrize("name", sorted(ADDITIVE))
def test_an_additive_change_passes(name: str) -> None:
    new = api()
    ADDITIVE[name](new)
    assert breaking_changes.breaking(api(), new) == []


def catalog() -> dict[str, Any]:
    """The real message catalog, as published."""
    return load_yaml(ROOT / "specs" / "asyncapi.yaml")


def deposited(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"]["PostedData"]
    return schema


MESSAGE_BREAKING: dict[str, tuple[Edit, str]] = {
    "removed message": (lambda d: d["components"]["messages"].pop("Withdrawn"), "message Withdrawn: removed"),
    "removed message field": (lambda d: deposited(d)["properties"].pop("balance"), "field removed"),
    "message field optional": (lambda d: deposited(d)["required"].remove("sequence"), "no longer required"),
    "changed message type": (
        lambda d: deposited(d)["properties"].update(sequence={"type": "string"}),
        "type",
    ),
    "off its channel": (lambda d: d["channels"]["ledgerEvents"]["messages"].pop("Deposited"), "no longer on"),
}


@pytest.mark.parametrize("name", sorted(MESSAGE_BREAKING))
def test_a_breaking_message_change_fails_unless_the_major_version_goes_up(name: str) -> None:
    edit, expected = MESSAGE_BREAKING[name]
    new = catalog()
    edit(new)
    found = breaking_changes.breaking(catalog(), new)
    assert any(expected in change for change in found), found
    new["info"]["version"] = f"{breaking_changes.major(new) + 1}.0.0"
    assert breaking_changes.breaking(catalog(), new) == []


def test_a_new_message_and_a_new_optional_field_pass() -> None:
    new = catalog()
    new["components"]["messages"]["Audited"] = copy.deepcopy(new["components"]["messages"]["Deposited"])
    deposited(new)["properties"]["memo"] = {"type": "string"}
    assert breaking_changes.breaking(catalog(), new) == []


def test_the_contracts_of_the_tree_break_nothing_published() -> None:
    assert breaking_changes.main([]) == 0


def test_the_guard_reads_the_published_contract_from_git() -> None:
    published = breaking_changes.published("HEAD", "specs/openapi.yaml")
    assert published is not None and "/deposit" in published["paths"]
    assert breaking_changes.published("HEAD", "specs/nothing.yaml") is None
