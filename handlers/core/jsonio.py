"""JSON in and out with exact decimals: integers are read as int, other numbers as Decimal, and both
are written as JSON numbers."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import msgspec
import simplejson

# A number literal longer than this, or further from 1 than 10**±MAX_EXPONENT, is refused:
# nothing legitimate needs it, and unbounded ones make exact arithmetic slow.
MAX_NUMBER_CHARS = 40
MAX_EXPONENT = 30


class JsonError(ValueError):
    """The text is not acceptable JSON."""


def _number(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_CHARS:
        raise JsonError(f"number too long: {text[:20]}...")
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise JsonError(f"not a number: {text}") from exc
    if value and not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
        raise JsonError(f"number out of range: {text}")
    return value


def _integer(text: str) -> int:
    _number(text)  # the same bounds as any other number
    return int(text)


def _constant(text: str) -> Any:
    raise JsonError(f"{text} is not a JSON number")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different: with a key twice, parsers disagree on which counts."""
    document = dict(pairs)
    if len(document) != len(pairs):
        raise JsonError("a key appears twice in one object")
    return document


def loads(data: bytes | str) -> Any:
    """Parse JSON: an integer literal as int, any other number as the exact Decimal written (3.0
    stays 3.0, which a model that wants an int refuses). NaN, Infinity, huge numbers and repeated
    keys are refused."""
    options: dict[str, Any] = {"parse_float": _number, "parse_int": _integer, "parse_constant": _constant}
    try:
        return json.loads(data, object_pairs_hook=_object, **options)
    except JsonError:
        raise
    except (ValueError, RecursionError) as exc:
        raise JsonError(f"malformed JSON: {exc}") from exc


def timestamp(value: datetime | str) -> str:
    """UTC ISO 8601 with milliseconds and a Z, the one way the platform writes a time (a string:
    an RFC 3339 time, as messages carry them, written that way)."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def dumps(value: Any) -> str:
    """Serialise to compact JSON, Decimal as a JSON number (times are already strings: now_iso)."""
    return str(simplejson.dumps(value, use_decimal=True, separators=(",", ":"), ensure_ascii=False))


def now_iso() -> str:
    """The current UTC time, ISO 8601 with milliseconds."""
    return timestamp(datetime.now(UTC))


def render(value: Any) -> Any:
    """Models to JSON-ready data by their contract names (Decimal stays Decimal)."""
    if isinstance(value, msgspec.Struct):  # by contract names; an unset optional field is left out
        return msgspec.to_builtins(value, builtin_types=(Decimal,))
    if isinstance(value, list):
        return [render(v) for v in value]
    return value
