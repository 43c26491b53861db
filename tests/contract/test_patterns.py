"""Every `pattern` of the contracts means the same to each engine that reads it.

OpenAPI says a pattern is ECMA-262, and the server matches it so (regress). A client's generator
or validator may read it with another engine: Schemathesis draws values with Python's `re` (taking
a closing `$` as the end of the string, as ECMA-262 does; Python's own `$` also matches before a
final newline) and checks them with jsonschema-rs (Rust). Where the three disagree, a value one of
them calls valid is refused by another: `.`, `\\s` and `\\d` each mean something else in each.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import regress
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SPECS = Path(__file__).resolve().parents[2] / "specs"
# characters whose meaning the engines are known to disagree on, mixed into every drawn value
TRICKY = "\n\r\t\x0b\x0c\x1c\x85\xa0\u1680\u180e\u2000\u200b\u2028\u2029\u202e\u3000\ufeff٣é😀"


def patterns(node: Any) -> set[str]:
    """Every `pattern` value anywhere in a document."""
    if isinstance(node, dict):
        found = {node["pattern"]} if isinstance(node.get("pattern"), str) else set()
        return found.union(*(patterns(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(patterns(value) for value in node))
    return set()


PATTERNS = sorted(set().union(*(patterns(yaml.safe_load(p.read_text())) for p in SPECS.glob("*.yaml"))))


def python_reading(pattern: str) -> re.Pattern[str]:
    """The pattern as a generator using Python's `re` reads it: a closing `$` ends the string."""
    assert pattern.count("$") == 1 and pattern.endswith("$"), "one `$`, at the end"
    return re.compile(pattern[:-1] + r"\Z")


def values(pattern: str) -> st.SearchStrategy[str]:
    """Values that match in Python's reading, with tricky characters put in or around them."""
    matching = st.from_regex(python_reading(pattern))
    return st.one_of(
        matching,
        st.tuples(matching, st.integers(0, 200), st.text(TRICKY, min_size=1, max_size=2)).map(
            lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :]
        ),
        st.text(TRICKY + "ab c", max_size=8),
    )


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_pattern_means_the_same_in_ecma_262_python_and_rust(pattern: str) -> None:
    ecma, python = regress.Regex(pattern), python_reading(pattern)
    rust = jsonschema_rs.Draft4Validator({"type": "string", "pattern": pattern})

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(values(pattern))
    def agree(value: str) -> None:
        readings = (ecma.find(value) is not None, python.search(value) is not None, rust.is_valid(value))
        assert len(set(readings)) == 1, f"{value!r}: ECMA-262, Python, Rust say {readings}"

    agree()
