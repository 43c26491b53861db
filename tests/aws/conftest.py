"""Fixtures of the AWS deployment tests: the packaged template, the Chalice app, tokens."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from infra.aws.naming import Stage
from infra.functions import runtime
from tools.package import build

CHALICE_PROJECT = Path(__file__).resolve().parents[2] / "infra" / "chalice"


@pytest.fixture(scope="session")
def packaged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `make package STAGE=test` writes, without the third-party packages (same template)."""
    return build(Stage("test"), tmp_path_factory.mktemp("package"), template_only=True)


@pytest.fixture(scope="session")
def template(packaged: Path) -> dict[str, Any]:
    """The packaged SAM template of stage `test`."""
    loaded: dict[str, Any] = json.loads((packaged / "sam.json").read_text())
    return loaded


@pytest.fixture(scope="session")
def prod_template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The packaged template of the protected stage."""
    out = build(Stage("prod"), tmp_path_factory.mktemp("prod"), template_only=True)
    loaded: dict[str, Any] = json.loads((out / "sam.json").read_text())
    return loaded


@pytest.fixture
def fresh_runtime(dynamo_client: Any) -> Iterator[None]:
    """The functions' own stores, built on first use inside this test's moto."""
    runtime.reset()
    yield
    runtime.reset()


def cognito_token(user: str) -> str:
    """A token whose claims API Gateway's Cognito authorizer would pass on (unsigned: the test gateway
    reads the claims, as Chalice's local gateway does, and never checks a signature)."""
    claims = {"sub": user, "cognito:username": user, "token_use": "id"}

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'none'})}.{part(claims)}.signature"
