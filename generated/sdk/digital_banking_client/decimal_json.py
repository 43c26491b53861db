# generated from specs/openapi.yaml by tools/sdk.py, do not edit
"""JSON with exact decimals: a number with a fraction is read as Decimal, and floats are refused."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def loads(data: bytes | str) -> Any:
    """Parse JSON; integers stay int, every other number is the Decimal it was written as."""
    return json.loads(data, parse_float=Decimal)


def as_decimal(value: object) -> Decimal:
    """A number of the contract as Decimal; a float is refused, it no longer holds the exact value."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError(f"an exact decimal is expected, not {type(value).__name__}: use Decimal('19.99')")
    return Decimal(value)


def _encode(value: Any) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        return str(value)
    if isinstance(value, float):
        raise TypeError(f"amounts are Decimal, never float: got {value!r}; use Decimal('{value}')")
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(str(k))}:{_encode(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_encode(v) for v in value) + "]"
    return json.dumps(value)


def dumps(value: Any) -> str:
    """Serialise to JSON; a Decimal is written as the number it is, a float is refused."""
    return _encode(value)
