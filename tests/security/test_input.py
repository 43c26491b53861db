"""Hostile input: every case gets its documented 4xx Problem (never a 5xx) and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.security.conftest import Platform, Snapshot
from tests.security.problems import assert_problem

pytestmark = pytest.mark.timeout(60)  # a request that hangs is a failure, found quickly
JSON = {"content-type": "application/json"}
CODES = {
    400: "VALIDATION_ERROR",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "INVALID_AMOUNT",
}
ACCOUNT = "ACCOUNT"  # replaced by Alice's account id in each body

AMOUNTS = {
    "NaN": "NaN",
    "Infinity": "Infinity",
    "-Infinity": "-Infinity",
    "1e400": "1e400",
    "5,000 digits": "9" * 5000,
    "zero": "0",
    "zero with decimals": "0.00",
    "minus zero": "-0",
    "minus one": "-1",
    "a tenth of a mil": "0.00001",
    "over the maximum": "1000000.01",
    "tiny exponent": "1e-7",
    "long fraction": "10.000000000000000000000000000001",
    "Arabic-Indic digits in a string": '"\u0661\u0660"',
    "Arabic-Indic digits bare": "\u0661\u0660",
    "fullwidth digits bare": "\uff11\uff10",
    "a numeric string": '"10.00"',
    "true": "true",
    "false": "false",
    "null": "null",
    "an array": "[10]",
    "an object": '{"value": 10}',
}
BODIES: dict[str, tuple[bytes, dict[str, str], int]] = {
    f"amount {name}": (f'{{"accountId": "ACCOUNT", "amount": {raw}}}'.encode(), JSON, 400)
    for name, raw in AMOUNTS.items()
}
BODIES |= {
    f"field {field} set": (f'{{"accountId": "ACCOUNT", "amount": 10, {pair}}}'.encode(), JSON, 400)
    for field, pair in {
        "unknown": '"note": "hi"',
        "status": '"status": "completed"',
        "userId": '"userId": "bob"',
        "balance": '"balance": 1000000',
        "operationId": '"operationId": "op_00000000000000000000000000000001"',
        "currency": '"currency": "JPY"',
        "completedAt": '"completedAt": "2026-01-01T00:00:00.000Z"',
    }.items()
}
BODIES |= {
    "amount a tenth of a cent": (b'{"accountId": "ACCOUNT", "amount": 0.001}', JSON, 422),
    "no account": (b'{"amount": 10}', JSON, 400),
    "an account id of the wrong shape": (b'{"accountId": "acc_../../x", "amount": 10}', JSON, 400),
    "duplicate keys, the last one bad": (b'{"accountId": "ACCOUNT", "amount": 10, "amount": "x"}', JSON, 400),
    # parsers disagree on which of two values counts: a repeated key is refused, whichever is bad
    "duplicate keys, the first one bad": (b'{"accountId": "ACCOUNT", "amount": -5, "amount": 10}', JSON, 400),
    "duplicate keys, both good": (b'{"accountId": "ACCOUNT", "amount": 10, "amount": 10}', JSON, 400),
    "a body of 1 MB": (
        b'{"accountId": "ACCOUNT", "amount": 10, "pad": "' + b"x" * 1_000_000 + b'"}',
        JSON,
        413,
    ),
    "not UTF-8": (b'{"accountId": "ACCOUNT", "amount": 10, "n": "\xff\xfe\xc0"}', JSON, 400),
    "a lone high surrogate escape": (b'{"accountId": "ACCOUNT", "amount": 10, "n": "ab\\ud800c"}', JSON, 400),
    "a lone low surrogate escape": (b'{"accountId": "ACCOUNT", "amount": 10, "n": "\\udfff"}', JSON, 400),
    "a surrogate escape in a key": (b'{"accountId": "ACCOUNT", "amount": 10, "\\ud800": 1}', JSON, 400),
    "surrogates in the wrong order": (b'{"accountId": "ACCOUNT\\ude00\\ud83d", "amount": 10}', JSON, 400),
    "charset latin-1": (
        b'{"accountId": "ACCOUNT", "amount": 10}',
        {"content-type": "application/json; charset=latin-1"},
        415,
    ),
    "charset UTF-16": (
        '{"accountId": "ACCOUNT", "amount": 10}'.encode("utf-16"),
        {"content-type": "application/json; charset=utf-16"},
        415,
    ),
    "a byte order mark": ('\ufeff{"accountId": "ACCOUNT", "amount": 10}'.encode(), JSON, 400),
    "empty": (b"", JSON, 400),
    "an array": (b"[]", JSON, 400),
    "null": (b"null", JSON, 400),
    "nested 30,000 deep": (b"[" * 30_000 + b"]" * 30_000, JSON, 400),
    "text/plain": (b'{"accountId": "ACCOUNT", "amount": 10}', {"content-type": "text/plain"}, 415),
    "no content type": (b'{"accountId": "ACCOUNT", "amount": 10}', {}, 415),
    "a form": (b"accountId=ACCOUNT&amount=10", {"content-type": "application/x-www-form-urlencoded"}, 415),
    "a multipart form": (
        b'--b\r\nContent-Disposition: form-data; name="amount"\r\n\r\n10\r\n--b--\r\n',
        {"content-type": "multipart/form-data; boundary=b"},
        415,
    ),
    "an Idempotency-Key with a space": (
        b'{"accountId": "ACCOUNT", "amount": 10}',
        JSON | {"Idempotency-Key": "a b"},
        400,
    ),
    "an Idempotency-Key of 200 characters": (
        b'{"accountId": "ACCOUNT", "amount": 10}',
        JSON | {"Idempotency-Key": "k" * 200},
        400,
    ),
}


@pytest.mark.parametrize(("body", "headers", "status"), list(BODIES.values()), ids=list(BODIES))
def test_a_hostile_deposit_is_refused_as_documented(
    platform: Platform, alices_state: Snapshot, body: bytes, headers: dict[str, str], status: int
) -> None:
    before = alices_state()
    content = body.replace(b"ACCOUNT", platform.accounts["alice"].encode())
    response = platform.call("POST", "/deposit", headers=headers, content=content)
    assert_problem(response, status, CODES[status])
    platform.bank.settle()
    assert alices_state() == before


CREATES = {
    f"{field} set": f'{{"name": "Mine", "currency": "EUR", {pair}}}'
    for field, pair in {
        "status": '"status": "closed"',
        "userId": '"userId": "bob"',
        "balance": '"balance": 1000',
        "accountId": '"accountId": "acc_00000000000000000000000000000001"',
        "version": '"version": 7',
    }.items()
} | {
    "a name of 10,000 characters": '{"name": "' + "n" * 10_000 + '", "currency": "EUR"}',
    "an unknown currency": '{"name": "Mine", "currency": "XXY"}',
    "a lower-case currency": '{"name": "Mine", "currency": "eur"}',
    "a currency as a number": '{"name": "Mine", "currency": 978}',
    "a name with a lone surrogate escape": '{"name": "ab\\ud800c", "currency": "EUR"}',
}


@pytest.mark.parametrize("body", list(CREATES.values()), ids=list(CREATES))
def test_an_account_cannot_be_opened_with_fields_the_user_must_not_set(platform: Platform, body: str) -> None:
    before = platform.call("GET", "/accounts").json()
    response = platform.call("POST", "/accounts", headers=JSON, content=body.encode())
    assert_problem(response, 400, "VALIDATION_ERROR")
    assert platform.call("GET", "/accounts").json() == before


@pytest.mark.parametrize(
    "content_type", ["application/json; charset=utf-8", 'Application/JSON; Charset="UTF-8"']
)
def test_json_said_to_be_utf8_is_read(platform: Platform, content_type: str) -> None:
    body = '{"name": "Caf\u00e9 \\ud83d\\ude00", "currency": "EUR"}'.encode()
    response = platform.call(
        "POST", "/accounts", "carol", headers={"content-type": content_type}, content=body
    )
    assert response.status_code == 201, response.text
    assert response.json()["name"] == "Caf\u00e9 \U0001f600"


def test_an_amount_finer_than_the_currency_is_refused(platform: Platform) -> None:
    created = platform.call("POST", "/accounts", "carol", body={"name": "Yen", "currency": "JPY"})
    platform.bank.settle()
    body = f'{{"accountId": "{created.json()["accountId"]}", "amount": 10.5}}'.encode()
    assert_problem(
        platform.call("POST", "/deposit", "carol", headers=JSON, content=body), 422, "INVALID_AMOUNT"
    )


PATHS: dict[str, tuple[str, dict[str, Any]]] = {
    "an id of the wrong shape": ("/balances/not-an-id", {}),
    "an id in capitals": ("/balances/acc_" + "A" * 32, {}),
    "an id one digit short": ("/accounts/acc_" + "a" * 31, {}),
    "an operation id with quotes": ("/operation-status/op_' OR '1'='1", {}),
    "an encoded slash": ("/transactions/acc_..%2F..%2Fx", {}),
    "limit 0": ("/transactions/ACCOUNT", {"limit": "0"}),
    "limit -1": ("/transactions/ACCOUNT", {"limit": "-1"}),
    "limit a word": ("/transactions/ACCOUNT", {"limit": "ten"}),
    "limit huge": ("/transactions/ACCOUNT", {"limit": "99999999999999999999"}),
    "a cursor of junk": ("/transactions/ACCOUNT", {"cursor": "!!!"}),
    "a cursor of 10 KB": ("/transactions/ACCOUNT", {"cursor": "A" * 10_000}),
}


@pytest.mark.parametrize(("path", "query"), list(PATHS.values()), ids=list(PATHS))
def test_hostile_paths_and_queries_are_refused(platform: Platform, path: str, query: dict[str, Any]) -> None:
    response = platform.call("GET", path.replace("ACCOUNT", platform.accounts["alice"]), params=query)
    assert_problem(response)
    assert response.status_code in (400, 404), response.text


def test_a_forged_cursor_is_refused(platform: Platform) -> None:
    forged = {"cursor": "LTE"}  # "-1", well-formed but never issued
    response = platform.call("GET", f"/transactions/{platform.accounts['alice']}", params=forged)
    assert_problem(response, 422, "INVALID_CURSOR")
