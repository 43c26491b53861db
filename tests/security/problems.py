"""What every refusal must look like: a Problem document that tells nothing of the inside."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from openapi_schema_validator import OAS30Validator

from handlers.core.contract import GENERATED
from tools.oas_validation import OpenApiValidator

# Each header a browser or a proxy needs, with the value that makes it do the safe thing.
REQUIRED_HEADERS = {
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}
REQUIRED_PRESENT = ("content-security-policy", "strict-transport-security")
# What an error body must never carry: traces, code paths, exception names, storage names, keys.
LEAKS = [
    r"Traceback",
    r'File "',
    r"\.py\b",
    r"\b(handlers|infra|generated|botocore|boto3|moto|pydantic|jsonschema|connexion|starlette)\.",
    r"\b[A-Z][A-Za-z0-9]*(Error|Exception)\b",  # a class name, not a title ("Internal error")
    r"\btest-[a-z]+|-(outbox|inbox)\b",
    r"\b(USER|ACCOUNT|OP|TXN|IDEM|ENTRY|SEQ)#",
    r"\b(pk|sk)\b",
    r"(?i)dynamodb|TransactWriteItems|ConditionalCheck|arn:aws",
    r"0x[0-9a-f]{6,}",  # an object's address
]


@cache
def problem_validator() -> Any:
    """A validator of the contract's Problem schema."""
    openapi = json.loads((GENERATED / "openapi.json").read_text())
    schema = {"$ref": "#/components/schemas/Problem", "components": openapi["components"]}
    return OpenApiValidator(schema, format_checker=OAS30Validator.FORMAT_CHECKER)


def problem_properties() -> set[str]:
    """The members a Problem may have."""
    openapi = json.loads((GENERATED / "openapi.json").read_text())
    return set(openapi["components"]["schemas"]["Problem"]["properties"])


def leaks(text: str) -> list[str]:
    """The forbidden patterns found in a body."""
    return [pattern for pattern in LEAKS if re.search(pattern, text)]


def assert_problem(response: Any, status: int | None = None, code: str | None = None) -> dict[str, Any]:
    """A documented refusal: the status, problem+json, a valid Problem and nothing more, no leak."""
    where = (
        f"{response.request.method} {response.request.url.path}: {response.status_code} {response.text[:300]}"
    )
    assert 400 <= response.status_code < 500 if status is None else response.status_code == status, where
    assert response.headers["content-type"].startswith("application/problem+json"), where
    body = response.json()
    errors = [e.message for e in problem_validator().iter_errors(body)]
    assert not errors, f"{where}: {errors}"
    assert set(body) <= problem_properties(), f"{where}: members beyond the Problem schema"
    assert body["status"] == response.status_code, where
    assert code is None or body["code"] == code, where
    assert not leaks(response.text), f"{where}: {leaks(response.text)}"
    assert len(response.content) < 4096, f"{where}: an error body that echoes its input"
    assert_security_headers(response)
    return dict(body)


def assert_security_headers(response: Any) -> None:
    """Every answer, success or failure, carries the security headers."""
    where = f"{response.request.method} {response.request.url.path} -> {response.status_code}"
    for name, value in REQUIRED_HEADERS.items():
        assert response.headers.get(name) == value, f"{where}: {name} is {response.headers.get(name)!r}"
    for name in REQUIRED_PRESENT:
        assert response.headers.get(name), f"{where}: no {name}"
