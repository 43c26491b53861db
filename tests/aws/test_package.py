"""`make package` and `make deploy`: what goes into the zip, and a deploy without credentials."""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

from infra.aws.naming import Stage
from tools import lambda_deps
from tools.bench_cold_start import entries
from tools.deploy import NO_CREDENTIALS, with_code
from tools.package import build, code_files

ROOT = Path(__file__).resolve().parents[2]


def test_the_lambda_gets_the_runtime_dependencies_but_not_what_lambda_provides() -> None:
    bundled = lambda_deps.lambda_requirements()
    assert {"msgspec", "jsonschema-rs", "regress", "aws-lambda-powertools", "aws-xray-sdk"} <= set(bundled)
    assert not {"boto3", "botocore", "s3transfer", "joserfc", "moto", "chalice"} & set(bundled)
    # the contracts are judged by jsonschema-rs and the models are msgspec structs at run time;
    # jsonschema and pydantic serve the development tools only
    assert not {"jsonschema", "openapi-schema-validator", "pydantic", "pydantic-core"} & set(bundled)


def third_party_imports() -> dict[str, set[str]]:
    """Top-level module -> the packaged files importing it, for every import of a third-party module."""
    found: dict[str, set[str]] = {}
    first_party = {"generated", "handlers", "infra"}
    for path in [ROOT / p for p in code_files() if p.suffix == ".py"]:
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for top in {n.split(".")[0] for n in names} - first_party - set(sys.stdlib_module_names):
                found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_module_the_functions_import_is_packaged_or_provided_by_lambda() -> None:
    bundled = set(lambda_deps.lambda_requirements()) | set(lambda_deps.closure(["boto3"]))
    owners = importlib.metadata.packages_distributions()
    missing = {
        module: sorted(files)
        for module, files in third_party_imports().items()
        if not {lambda_deps.canonical(d) for d in owners.get(module, [])} & bundled
    }
    assert missing == {}, "add these to pyproject.toml's dependencies, or Lambda cannot import them"


def test_the_zip_holds_the_entry_modules_and_no_local_tooling(packaged: Path) -> None:
    names = set(zipfile.ZipFile(packaged / "deployment.zip").namelist())
    entry = {
        "app.py",
        "infra/functions/consumers.py",
        "infra/bootstrap/api.py",
        "infra/bootstrap/consumers.py",
    }
    assert entry | {"handlers/edge/dispatch.py", "generated/operations.py"} <= names
    assert {"generated/request_schemas.json", "generated/message_schemas.json"} <= names
    assert not [n for n in names if n.startswith(("infra/local/", "infra/aws/", "tests/", "tools/"))]


def test_every_function_handler_is_in_the_zip(packaged: Path, template: dict[str, Any]) -> None:
    names = set(zipfile.ZipFile(packaged / "deployment.zip").namelist())
    handlers = [handler for handler, _ in entries(template).values()]
    # the API, five consumers, the watchdog, the webhook worker, the redrive and the reconcile
    assert len(handlers) == 10
    assert all(h.rsplit(".", 1)[0].replace(".", "/") + ".py" in names for h in handlers)


def test_the_same_sources_give_the_same_package(packaged: Path, tmp_path: Path) -> None:
    again = build(Stage("test"), tmp_path, template_only=True)
    for name in ("sam.json", "deployment.zip"):
        assert (again / name).read_bytes() == (packaged / name).read_bytes(), name


def test_deploy_points_every_function_at_the_uploaded_code(template: dict[str, Any]) -> None:
    placed = with_code(template, "artifacts", "test/abc.zip")
    functions = [r for r in placed["Resources"].values() if r["Type"] == "AWS::Serverless::Function"]
    assert functions and all(
        f["Properties"]["CodeUri"] == {"Bucket": "artifacts", "Key": "test/abc.zip"} for f in functions
    )
    assert json.dumps(template).count("./deployment.zip") == len(functions)  # the original is untouched


def test_deploy_without_credentials_stops_before_building(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env |= {
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
        "AWS_CONFIG_FILE": str(tmp_path / "none"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    done = subprocess.run(
        [sys.executable, "-m", "tools.deploy", "--stage", "nocreds"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert NO_CREDENTIALS in done.stderr
    assert not (ROOT / "build" / "aws" / "nocreds").exists()
