"""The generated TypeScript client: in step with the contract, its JSON reading exact by field name
only where the contract allows it, and a package that declares what it imports."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tools import ts_sdk
from tools.spec_model import load_yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_yaml(ts_sdk.SPEC)


def files(root: Path) -> dict[str, bytes]:
    """Every file of the package, by its path inside it."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_generated_ts_sdk_is_what_the_contract_produces(tmp_path: Path) -> None:
    ts_sdk.main(tmp_path / "ts-sdk")
    fresh, committed = files(tmp_path / "ts-sdk"), files(ts_sdk.OUT)
    assert fresh.keys() == committed.keys(), "generated/ts-sdk is stale: run make sdk"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"generated/ts-sdk is stale, run make sdk: {stale}"
    code = [name for name in fresh if name.endswith((".ts", ".js"))]
    assert code and all(fresh[name].startswith(ts_sdk.HEADER.encode()) for name in code)


def test_every_number_of_the_contract_is_a_decimal_field() -> None:
    schemas = SPEC["components"]["schemas"]
    numbers = {
        f"#/components/schemas/{name}" for name, schema in schemas.items() if schema.get("type") == "number"
    }
    named = {
        prop
        for schema in schemas.values()
        for prop, sub in schema.get("properties", {}).items()
        if sub.get("$ref") in numbers or sub.get("type") == "number"
    }
    assert ts_sdk.decimal_fields(SPEC) == sorted(named) == ["amount", "balance"]
    decimals = (ts_sdk.OUT / "src" / "decimals.ts").read_text()
    assert 'new Set(["amount", "balance"])' in decimals
    schema_ts = (ts_sdk.OUT / "src" / "schema.ts").read_text()
    assert re.findall(r"^        (\w+): Decimal;$", schema_ts, flags=re.M) == ["Amount", "Money"]
    assert not re.search(r"\b(amount|balance)\??: number\b", schema_ts)


def with_schema(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """The contract with one more schema, answered by one more operation."""
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"][name] = schema
    answer = {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}}
    spec["paths"]["/extra"] = {
        "get": {"operationId": "extra", "responses": {"200": {"description": "x", **answer}}}
    }
    return spec


@pytest.mark.parametrize(
    ("schema", "refused"),
    [
        ({"type": "object", "properties": {"amount": {"type": "integer"}}}, "'amount' is a number at"),
        ({"type": "object", "properties": {"amount": {"type": "string"}}}, "'amount' is a number at"),
        (
            {"type": "object", "properties": {"fee": {"anyOf": [{"type": "number"}, {"type": "string"}]}}},
            "a number or",
        ),
        (
            {"type": "object", "properties": {"fees": {"type": "array", "items": {"type": "number"}}}},
            "no object's",
        ),
        ({"type": "object", "additionalProperties": {"type": "number"}}, "no object's property"),
        ({"type": "number"}, "no object's property: #/paths/~1extra/get/responses/200"),
    ],
)
def test_a_number_the_reading_could_not_tell_apart_stops_the_generation(
    schema: dict[str, Any], refused: str
) -> None:
    with pytest.raises(ts_sdk.ContractError, match=re.escape(refused)):
        ts_sdk.decimal_fields(with_schema("Extra", schema))


def test_a_new_decimal_field_is_read_exactly_too() -> None:
    fee = {"type": "object", "properties": {"fee": {"allOf": [{"$ref": "#/components/schemas/Amount"}]}}}
    nullable = {"type": "object", "properties": {"fee": {"type": "number", "nullable": True}}}
    assert ts_sdk.decimal_fields(with_schema("Fee", fee)) == ["amount", "balance", "fee"]
    assert ts_sdk.decimal_fields(with_schema("Fee", nullable)) == ["amount", "balance", "fee"]


def test_the_package_declares_what_it_imports_at_the_pinned_versions() -> None:
    package = json.loads((ts_sdk.OUT / "package.json").read_text())
    imported = set()
    for module in (ts_sdk.OUT / "dist").glob("*.js"):
        imported |= set(re.findall(r'^import .*?from "([^.][^"]*)";$', module.read_text(), flags=re.M))
    assert imported == {"big.js", "lossless-json", "openapi-fetch"}
    assert imported < set(package["dependencies"])
    pinned = json.loads((ROOT / "tools" / "node" / "package.json").read_text())["dependencies"]
    assert all(pinned[name] == version for name, version in package["dependencies"].items())
    lock = json.loads((ROOT / "tools" / "node" / "package-lock.json").read_text())["packages"]
    assert all(
        lock[f"node_modules/{name}"]["version"] == version
        for name, version in package["dependencies"].items()
    )
    assert package["version"] == SPEC["info"]["version"]
