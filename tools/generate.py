"""Build generated/ from specs/openapi.yaml and specs/asyncapi.yaml, deterministically."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tools import render
from tools.spec_model import (
    asyncapi_messages,
    deref,
    load_yaml,
    openapi_operations,
    pointer,
)

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OUT = ROOT / "generated"
OPENAPI_HEADER = "# generated from specs/openapi.yaml by tools/generate.py, do not edit"
ASYNCAPI_HEADER = "# generated from specs/asyncapi.yaml by tools/generate.py, do not edit"
BOTH_HEADER = "# generated from specs/openapi.yaml and specs/asyncapi.yaml by tools/generate.py, do not edit"
CODEGEN_FLAGS = [
    "--output-model-type",
    "msgspec.Struct",
    "--target-python-version",
    "3.11",
    "--use-type-alias",
    "--strict-nullable",
    "--snake-case-field",
    "--use-annotated",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-double-quotes",
    "--disable-timestamp",
    "--use-schema-description",
    "--formatters",
    "ruff-format",
    "ruff-check",
]
# The models carry data the JSON Schema validators (handlers/core/contract.py) have already judged:
# names and JSON types only, numbers as Decimal. What a value may be (patterns, bounds, enums,
# formats) stays in the schemas, where it is checked exactly (decimals, ECMA-262 patterns).
CONSTRAINTS = frozenset(
    {
        *("pattern", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems"),
        *("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
        *("enum", "const", "format", "example", "examples"),
    }
)


def carriers(node: Any, root: dict[str, Any]) -> Any:
    """A schema as the models see it: JSON types only, numbers as Decimal, and a choice between
    strings (a timestamp the services or the API edge wrote) a plain string."""
    if isinstance(node, list):
        return [carriers(v, root) for v in node]
    if not isinstance(node, dict):
        return node
    kept = {k: carriers(v, root) for k, v in node.items() if k not in CONSTRAINTS}
    if "enum" in node or "const" in node:
        kept.setdefault("type", "string")
    if node.get("type") == "number":
        kept["format"] = "decimal"
    if "anyOf" in node and all(_resolved(o, root).get("type") == "string" for o in node["anyOf"]):
        kept = {k: v for k, v in kept.items() if k != "anyOf"} | {"type": "string"}
    return kept


def _resolved(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """A local $ref followed (#/components/schemas/… or #/$defs/…)."""
    while "$ref" in schema:
        schema = pointer(root, schema["$ref"])
    return schema


def codegen(input_doc: dict[str, Any], input_type: str, header: str, out: Path) -> None:
    """Run datamodel-code-generator on one document, away from any project settings."""
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / f"input.{input_type}.json", Path(tmp) / "models.py"
        src.write_text(json.dumps(carriers(input_doc, input_doc), sort_keys=True))
        cmd = [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(src),
            "--input-file-type",
            input_type,
            "--output",
            str(dst),
            "--custom-file-header",
            header,
            *CODEGEN_FLAGS,
        ]
        if input_type == "openapi":
            cmd += ["--openapi-scopes", "schemas"]
        subprocess.run(cmd, check=True, cwd=tmp)
        out.write_text(dst.read_text())


def format_python(out: Path) -> None:
    """Sort imports and format with the project's ruff settings, wherever `out` is."""
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ROOT / "pyproject.toml")]
    files = sorted(str(p) for p in out.glob("*.py"))  # named one by one: generated/ is excluded from lint
    subprocess.run(
        [*ruff, "check", "-q", *config, "--select", "I,F401", "--fix", *files], check=True, cwd=ROOT
    )
    subprocess.run([*ruff, "format", "-q", *config, *files], check=True, cwd=ROOT)


def api_codegen_input(spec: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI document plus one schema per parameter set and inline response."""
    doc = copy.deepcopy(spec)
    schemas = doc["components"]["schemas"]
    for op in openapi_operations(spec):
        if op.parameters_schema is not None:
            schemas[op.parameters_model] = op.parameters_schema
        for status, schema in op.inline_responses.items():
            schemas[op.response_model_name(status)] = schema
    return doc


def asyncapi_codegen_input(spec: dict[str, Any]) -> dict[str, Any]:
    """The catalog's schemas as one JSON Schema document."""
    text = json.dumps(spec["components"]["schemas"]).replace("#/components/schemas/", "#/$defs/")
    return {"$schema": "http://json-schema.org/draft-07/schema#", "$defs": json.loads(text)}


def write_json(path: Path, doc: Any) -> None:
    """Write JSON that is byte-identical for the same input."""
    path.write_text(json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def request_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """Self-contained JSON Schemas of every operation's parameters and body."""
    return {
        op.operation_id: {"parameters": op.parameters_schema_resolved, "body": op.body_schema_resolved}
        for op in openapi_operations(spec)
    }


def message_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """Self-contained JSON Schema of every message's envelope."""
    return {m.type: deref(spec, {"$ref": m.payload_ref}) for m in asyncapi_messages(spec)}


def main(out: Path = OUT) -> None:
    """Regenerate everything under generated/ (or under `out`, to compare)."""
    openapi = load_yaml(SPECS / "openapi.yaml")
    asyncapi = load_yaml(SPECS / "asyncapi.yaml")
    out.mkdir(exist_ok=True)
    (out / "__init__.py").write_text(f'{BOTH_HEADER}\n"""Code generated from the contracts."""\n')
    codegen(api_codegen_input(openapi), "openapi", OPENAPI_HEADER, out / "api_models.py")
    codegen(asyncapi_codegen_input(asyncapi), "jsonschema", ASYNCAPI_HEADER, out / "message_models.py")
    (out / "operations.py").write_text(render.operations_module(OPENAPI_HEADER, openapi))
    (out / "messages.py").write_text(render.messages_module(ASYNCAPI_HEADER, asyncapi))
    format_python(out)
    write_json(out / "openapi.json", {"x-generated": OPENAPI_HEADER[2:], **openapi})
    write_json(out / "request_schemas.json", {"$comment": OPENAPI_HEADER[2:], **request_schemas(openapi)})
    write_json(out / "message_schemas.json", {"$comment": ASYNCAPI_HEADER[2:], **message_schemas(asyncapi)})


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
