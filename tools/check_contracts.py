"""Check the two contracts: each is valid, every $ref resolves, every example fits its schema."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry
from referencing.jsonschema import DRAFT7

from tools.oas_validation import MessageValidator, OpenApiValidator, decimalized, problems
from tools.spec_model import deref, load_yaml

ROOT = Path(__file__).resolve().parent.parent
ASYNCAPI_SCHEMA = ROOT / "tools" / "schemas" / "asyncapi-3.0.0.json"


def asyncapi_errors(doc: dict[str, Any]) -> list[str]:
    """Violations of the official AsyncAPI 3.0.0 JSON Schema."""
    schema = json.loads(ASYNCAPI_SCHEMA.read_text())
    resources = [
        (d["$id"], DRAFT7.create_resource(d))
        for d in schema["definitions"].values()
        if isinstance(d, dict) and "$id" in d
    ]
    validator = jsonschema.Draft7Validator(schema, registry=Registry().with_resources(resources))
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in validator.iter_errors(doc)]


def schema_examples(node: Any, where: str) -> Iterator[tuple[str, Any, Any]]:
    """Every (place, schema, example) found under node: media examples and schema `example`s."""
    if isinstance(node, dict):
        if "schema" in node and "example" in node:
            yield where, node["schema"], node["example"]
        if "example" in node and ("type" in node or "$ref" in node):
            yield where, node, node["example"]
        if "payload" in node and "examples" in node:
            for ex in node["examples"]:
                yield f"{where}.{ex.get('name')}", node["payload"], ex["payload"]
        for key, value in node.items():
            yield from schema_examples(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from schema_examples(value, f"{where}[{i}]")


def example_errors(doc: dict[str, Any], validator_class: Any) -> tuple[int, list[str]]:
    """How many examples there are, and those that do not fit their schema."""
    errors, count = [], 0
    for where, schema, example in schema_examples(doc, "#"):
        count += 1
        schema = decimalized(deref(doc, schema))
        validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
        found = problems(validator, decimalized(example))
        errors += [f"{where}: {p['field']}: {p['message']}" for p in found]
    return count, errors


def main() -> int:
    """Run every contract check; print what fails; exit non-zero on any failure."""
    openapi = load_yaml(ROOT / "specs" / "openapi.yaml")
    asyncapi = load_yaml(ROOT / "specs" / "asyncapi.yaml")
    failures: list[str] = []
    try:
        validate_openapi(openapi)
    except Exception as exc:
        failures.append(f"openapi.yaml is not valid OpenAPI: {str(exc)[:500]}")
    failures += [f"asyncapi.yaml: {e}" for e in asyncapi_errors(asyncapi)]
    for name, doc in (("openapi.yaml", openapi), ("asyncapi.yaml", asyncapi)):
        try:
            deref(doc, doc)
        except (KeyError, AssertionError) as exc:
            failures.append(f"{name}: a $ref does not resolve: {exc}")
    n_api, errs = example_errors(openapi, OpenApiValidator)
    failures += [f"openapi.yaml example {e}" for e in errs]
    n_msg, errs = example_errors(asyncapi, MessageValidator)
    failures += [f"asyncapi.yaml example {e}" for e in errs]
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"contracts: {n_api} OpenAPI and {n_msg} AsyncAPI examples checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
