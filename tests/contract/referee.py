"""An independent referee: openapi-core judges every exchange against specs/openapi.yaml.

The server validates with its own generated models; this judge shares nothing with it but the
contract. Numbers are read as the decimals they were written as (the response's JSON and the
contract's own bounds alike), `multipleOf` is checked on those exact values, and patterns are read
as ECMA-262 (as OpenAPI says): a valid 19.99 is never rejected, and an id with a trailing newline
(which Python's `$` would let through) never passes.
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import jsonschema
import regress
import yaml
from jsonschema import validators
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.schemas.factories import SchemaValidatorsFactory
from openapi_schema_validator import OAS30ReadValidator

SPEC = Path(__file__).resolve().parents[2] / "specs" / "openapi.yaml"


class ContractBroken(AssertionError):
    """A response (or request) that the contract does not allow."""


def loads(data: bytes | str) -> Any:
    """JSON with every non-integer number as the Decimal it was written as."""
    return json.loads(data, parse_float=Decimal)


def _multiple_of(validator: Any, divisor: Any, instance: Any, schema: Any) -> Any:
    if validator.is_type(instance, "number"):
        quotient = Fraction(Decimal(str(instance))) / Fraction(Decimal(str(divisor)))
        if quotient.denominator != 1:
            yield jsonschema.ValidationError(f"{instance} is not a multiple of {divisor}")


@cache
def _regex(pattern: str) -> regress.Regex:
    return regress.Regex(pattern)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    if validator.is_type(instance, "string") and _regex(pattern).find(instance) is None:
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


ExactValidator = validators.extend(OAS30ReadValidator, {"multipleOf": _multiple_of, "pattern": _pattern})


@cache
def contract() -> tuple[OpenAPI, str]:
    """The contract, its numbers as decimals, and the server URL requests are judged against."""
    document = loads(json.dumps(yaml.safe_load(SPEC.read_text())))
    decimal_json = {"application/json": loads, "application/problem+json": loads}
    config = Config(
        spec_validator_cls=None,  # `make check` validates the document itself
        schema_validators_factory=SchemaValidatorsFactory(ExactValidator),
        extra_media_type_deserializers=decimal_json,
    )
    return OpenAPI.from_dict(document, config=config), document["servers"][0]["url"]


def judge(
    method: str, url: str, status: int, headers: dict[str, str], body: bytes, request_body: bytes = b""
) -> None:
    """Raise ContractBroken unless the response is one the contract allows for that request."""
    openapi, server = contract()
    parts = urlsplit(url)
    content_type = headers.get("content-type", "")
    request = MockRequest(server, method, parts.path, args=dict(parse_qsl(parts.query)), data=request_body)
    response = MockResponse(body, status_code=status, headers=headers, content_type=content_type)
    try:
        openapi.validate_response(request, response)
    except Exception as error:
        details = "; ".join(str(e) for e in getattr(error, "schema_errors", ())) or str(error)
        raise ContractBroken(f"{method} {parts.path} -> {status}: {details}") from error


def referee(response: httpx.Response) -> None:
    """An httpx response hook: judge every response a client receives."""
    response.read()
    request = response.request
    judge(request.method, str(request.url), response.status_code, dict(response.headers), response.content)


def judged_client(**kwargs: Any) -> httpx.Client:
    """An httpx client whose every response is judged by the referee."""
    return httpx.Client(event_hooks={"response": [referee]}, **kwargs)
