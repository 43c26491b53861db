"""JSON in and out with exact decimals: integers are read as int, other numbers as Decimal, and both
are written as JSON numbers."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import msgspec
import simplejson

# A number literal longer than this, or further from 1 than 10**±MAX_EXPONENT, is refused:
# nothing legitimate needs it, and unbounded ones make exact arithmetic slow.
MAX_NUMBER_CHARS = 40
MAX_EXPONENT = 30
# Arrays and objects nested deeper than this are refused: no message or request of the contract
# comes near, and validators recurse (and give up) on deep ones.
MAX_DEPTH = 32


_SURROGATE = re.compile(r"[\ud800-\udfff]")


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


def _check_text(document: Any) -> None:
    """Refuse a document nested deeper than MAX_DEPTH, or a string that is not Unicode text: JSON's
    `\\ud800` escape names half of a surrogate pair, which no UTF-8 text (and so no validator,
    store or log) can hold."""
    pending = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, (dict, list)) and depth > MAX_DEPTH:
            raise JsonError(f"nested deeper than {MAX_DEPTH} levels")
        if isinstance(value, dict):
            pending.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
        elif isinstance(value, str) and _SURROGATE.search(value):
            raise JsonError("a string holds a lone surrogate escape (\\ud800-\\udfff), which is not text")


def loads(data: bytes | str) -> Any:
    """Parse JSON: an integer literal as int, any other number as the exact Decimal written (3.0
    stays 3.0, which a model that wants an int refuses). NaN, Infinity, huge numbers, repeated
    keys, deep nesting and lone surrogate escapes are refused."""
    options: dict[str, Any] = {"parse_float": _number, "parse_int": _integer, "parse_constant": _constant}
    try:
        document = json.loads(data, object_pairs_hook=_object, **options)
    except JsonError:
        raise
    except (ValueError, RecursionError) as exc:
        raise JsonError(f"malformed JSON: {exc}") from exc
    _check_text(document)
    return document


def _canonical_number(value: int | Decimal) -> int | Decimal:
    """A number by its value alone: 5, 5.0 and 5.00 are 5; 0.50 is 0.5."""
    exact = Decimal(value).normalize()
    return int(exact) if exact == exact.to_integral_value() else exact


def _canonical_value(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _canonical_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_canonical_value(item) for item in value]
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return _canonical_number(value)
    return value


def canonical(document: Any) -> str:
    """One text for every spelling of the same JSON document: keys sorted, numbers by value
    ({"b": 5.00, "a": 1} and {"a": 1.0, "b": 5} give the same text)."""
    return str(
        simplejson.dumps(
            _canonical_value(document),
            use_decimal=True,
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )
    )


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
