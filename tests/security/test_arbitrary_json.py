"""Arbitrary JSON, and arbitrary text in every parameter, at every operation: never a 5xx.

The documents are written as text, so that they hold what a parser of Python objects never sees:
every escape JSON has (lone and reversed surrogate halves included), numbers of any size and
spelling, repeated keys and deep nesting. They go through the dispatcher both adapters share, on the
in-memory stores, with an account of the caller's behind the ids so that handlers are reached too.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generated.operations import OPERATIONS
from tests.helpers import Stores, call

# hypothesis warns when it prints a long document: a long document is what the test is for
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")
ACCOUNT = "acc_" + "a" * 32
HEX = "0123456789abcdefABCDEF"

escapes = st.one_of(
    st.sampled_from(['\\"', "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"]),
    st.text(HEX, min_size=4, max_size=4).map(lambda digits: "\\u" + digits),
    st.integers(0xD800, 0xDFFF).map(lambda half: f"\\u{half:04x}"),  # half of a surrogate pair, alone
)
characters = st.characters(blacklist_categories=["Cs"], blacklist_characters='"\\').filter(lambda c: c >= " ")
strings = st.lists(st.one_of(characters, escapes), max_size=12).map(lambda parts: '"' + "".join(parts) + '"')
numbers = st.one_of(
    st.integers().map(str),
    st.integers(-(10**400), 10**400).map(str),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.from_regex(r"-?(0|[1-9][0-9]{0,50})(\.[0-9]{1,50})?([eE][+-]?[0-9]{1,4})?", fullmatch=True),
)
scalars = st.one_of(
    st.sampled_from(["null", "true", "false"]), numbers, strings, st.just(json.dumps(ACCOUNT))
)


def _object(pairs: list[tuple[str, str]]) -> str:
    return "{" + ",".join(f"{key}:{value}" for key, value in pairs) + "}"


documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4).map(lambda items: "[" + ",".join(items) + "]"),
        st.lists(st.tuples(strings, inner), max_size=4).map(_object),
    ),
    max_leaves=12,
)
deep = st.integers(1, 3000).flatmap(
    lambda depth: st.sampled_from(["[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth])
)
# the fields of the contract's bodies, holding anything: the deepest reach into validation and handlers
fields = st.sampled_from(["accountId", "amount", "name", "currency"]).map(json.dumps)
near_bodies = st.lists(st.tuples(st.one_of(fields, strings), documents), max_size=4).map(_object)
bodies = st.one_of(documents, deep, near_bodies)
any_text = st.text(st.characters(exclude_categories=()), max_size=40)  # surrogates too
parameters = st.one_of(any_text, st.sampled_from([ACCOUNT, "0", "-1", "9" * 30, "op_" + "0" * 32]))


@pytest.fixture(scope="module")
def stores() -> Stores:
    """Alice's EUR account, known to banking, and another one opened through the API."""
    memory = Stores.memory()
    memory.banking.project_created("alice", ACCOUNT, "EUR", 1)
    assert call("createAccount", "alice", memory, {"name": "Main", "currency": "EUR"}).status == 201
    return memory


def no_server_error(response: Any) -> None:
    assert response.status < 500, response.text()
    assert response.content_type in ("application/json", "application/problem+json")


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(body=bodies, values=st.lists(parameters, min_size=4, max_size=4))
def test_no_input_gets_a_server_error(stores: Stores, operation: str, body: str, values: list[str]) -> None:
    account_id, operation_id, limit, cursor = values
    response = call(
        operation,
        "alice",
        stores,
        body.encode("utf-8", "surrogatepass"),
        {"Idempotency-Key": cursor},
        account_id=account_id,
        operation_id=operation_id,
        limit=limit,
        cursor=cursor,
    )
    no_server_error(response)
