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
)

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OUT = ROOT / "generated"
OPENAPI_HEADER = "# generated from specs/openapi.yaml by tools/generate.py, do not edit"
ASYNCAPI_HEADER = "# generated from specs/asyncapi.yaml by tools/generate.py, do not edit"
BOTH_HEADER = "# generated from specs/openapi.yaml and specs/asyncapi.yaml by tools/generate.py, do not edit"
CODEGEN_FLAGS = [
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.11",
    "--use-decimal-for-multiple-of",
    "--use-decimal-in-field-forms",
    "--use-type-alias",
    "--snake-case-field",
    "--allow-population-by-field-name",
    "--field-constraints",
    "--use-annotated",
    "--use-standard-collections",
    "--use-union-operator",
    "--enum-field-as-literal",
    "all",
    "--use-double-quotes",
    "--disable-timestamp",
    "--use-schema-description",
    "--capitalise-enum-members",
    "--formatters",
    "ruff-format",
    "ruff-check",
]


def codegen(input_doc: dict[str, Any], input_type: str, header: str, out: Path) -> None:
    """Run datamodel-code-generator on one document."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"input.{input_type}.json"
        src.write_text(json.dumps(input_doc, sort_keys=True))
        cmd = [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(src),
            "--input-file-type",
            input_type,
            "--output",
            str(out),
            "--custom-file-header",
            header,
            *CODEGEN_FLAGS,
        ]
        if input_type == "openapi":
            cmd += ["--openapi-scopes", "schemas"]
        subprocess.run(cmd, check=True, cwd=ROOT)


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
    return {m.type: deref(spec, m.payload_ref) for m in asyncapi_messages(spec)}


def main() -> None:
    """Regenerate everything under generated/."""
    openapi = load_yaml(SPECS / "openapi.yaml")
    asyncapi = load_yaml(SPECS / "asyncapi.yaml")
    OUT.mkdir(exist_ok=True)
    (OUT / "__init__.py").write_text(f'{BOTH_HEADER}\n"""Code generated from the contracts."""\n')
    codegen(api_codegen_input(openapi), "openapi", OPENAPI_HEADER, OUT / "api_models.py")
    codegen(asyncapi_codegen_input(asyncapi), "jsonschema", ASYNCAPI_HEADER, OUT / "message_models.py")
    (OUT / "operations.py").write_text(render.operations_module(OPENAPI_HEADER, openapi))
    (OUT / "messages.py").write_text(render.messages_module(ASYNCAPI_HEADER, asyncapi))
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", "generated"], check=True, cwd=ROOT)
    write_json(OUT / "openapi.json", openapi)
    write_json(OUT / "request_schemas.json", {"$comment": OPENAPI_HEADER[2:], **request_schemas(openapi)})
    write_json(OUT / "message_schemas.json", {"$comment": ASYNCAPI_HEADER[2:], **message_schemas(asyncapi)})


if __name__ == "__main__":
    main()
