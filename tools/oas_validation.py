"""The contracts as development tools read them: OpenAPI 3.0 schemas (nullable and all) with jsonschema.

The checks of `make check` and the tests judge examples and responses with this; the functions
judge requests and messages with handlers/core/contract.py, on the generated plain JSON Schemas. Both
read numbers as exact decimals and patterns as ECMA-262.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any

import jsonschema
import regress
from jsonschema import validators
from openapi_schema_validator import OAS30Validator


def _exact_multiple_of(validator: Any, divisor: Any, instance: Any, schema: Any) -> Any:
    """multipleOf on the decimal value as written, not on its binary float (19.99 is 0.01 * 1999)."""
    if not validator.is_type(instance, "number"):
        return
    quotient = Fraction(Decimal(str(instance))) / Fraction(Decimal(str(divisor)))
    if quotient.denominator != 1:
        yield jsonschema.ValidationError(f"{instance} is not a multiple of {divisor}")


def _is_integer(checker: Any, instance: Any) -> bool:
    """An int, or a Decimal with nothing after the point (JSON numbers are read as Decimal)."""
    if isinstance(instance, bool):
        return False
    return isinstance(instance, int) or (isinstance(instance, Decimal) and instance == instance.to_integral())


@cache
def _ecma_regex(pattern: str) -> regress.Regex:
    return regress.Regex(pattern)


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    """pattern as ECMA-262 reads it, as the contract means it (Python's re differs on \\s, '.' and '$')."""
    if validator.is_type(instance, "string") and _ecma_regex(pattern).find(instance) is None:
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def _decimal_aware(base: Any) -> Any:
    """A validator class that reads Decimal as a number, checks multipleOf exactly, patterns as ECMA-262."""
    return validators.extend(
        base,
        validators={"multipleOf": _exact_multiple_of, "pattern": _ecma_pattern},
        type_checker=base.TYPE_CHECKER.redefine("integer", _is_integer),
    )


OpenApiValidator = _decimal_aware(OAS30Validator)
MessageValidator = _decimal_aware(jsonschema.Draft7Validator)


def decimalized(document: Any) -> Any:
    """A copy with every float as the Decimal it was written as (0.01 is exactly 1/100)."""
    return json.loads(json.dumps(document), parse_float=Decimal)


def field_path(error: jsonschema.ValidationError) -> str:
    """A dotted path of the field an error is about ('' for the whole document)."""
    path = list(error.absolute_path)
    if error.validator == "required":
        path.append(str(error.message).split("'")[1])
    if error.validator == "additionalProperties":
        path.append(",".join(sorted(set(error.instance) - set(error.schema.get("properties", {})))))
    return ".".join(str(p) for p in path)


def _readable(message: str) -> str:
    return re.sub(r"Decimal\('([^']*)'\)", r"\1", message)[:200]


def problems(validator: Any, document: Any) -> list[dict[str, str]]:
    """Every violation as {field, message}, in a stable order."""
    errors = validator.iter_errors(document)
    found = [{"field": field_path(e), "message": _readable(e.message)} for e in errors]
    return sorted(found, key=lambda p: (p["field"], p["message"]))
