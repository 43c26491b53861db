"""The CORS policy against the contract: browsers may send every request header it reads and read
every response header it declares."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from handlers.edge.cors import ALLOWED_HEADERS, EXPOSED_HEADERS
from tools.spec_model import deref, load_yaml

SPEC = load_yaml(Path(__file__).resolve().parents[2] / "specs" / "openapi.yaml")


def operations() -> list[dict[str, Any]]:
    return [op for item in SPEC["paths"].values() for op in item.values() if isinstance(op, dict)]


def test_every_request_header_of_the_contract_may_be_sent() -> None:
    declared = {
        deref(SPEC, p)["name"]
        for op in operations()
        for p in op.get("parameters", [])
        if deref(SPEC, p)["in"] == "header"
    }
    # the bearer token, and the JSON bodies' media type (not one a form could send)
    assert set(ALLOWED_HEADERS) == declared | {"Authorization", "Content-Type"}


def test_every_response_header_of_the_contract_may_be_read() -> None:
    responses = [deref(SPEC, r) for op in operations() for r in op["responses"].values()]
    assert set(EXPOSED_HEADERS) == {name for r in responses for name in r.get("headers", {})}
