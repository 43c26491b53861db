"""The referee can fail: responses that break the contract are caught, valid ones (19.99) pass."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import httpx
import pytest
from digital_banking_client import AuthenticatedClient
from digital_banking_client.api.query import get_balance

from handlers.core import jsonio
from tests.contract import referee

ACCOUNT = "acc_" + "0f8fad5bd9cb469fa16570867728950e"
OPERATION = "op_" + "7c9e6679742540de944be07fc1f90ae7"
WHEN = "2026-01-15T09:30:00.000Z"
BALANCE = {"accountId": ACCOUNT, "balance": Decimal("19.99"), "currency": "EUR", "lastUpdated": WHEN}
OPERATION_BODY = {
    "operationId": OPERATION,
    "accountId": ACCOUNT,
    "type": "deposit",
    "amount": Decimal("19.99"),
    "currency": "EUR",
    "status": "completed",
    "createdAt": "2026-01-15T09:31:00.000Z",
    "completedAt": "2026-01-15T09:31:00.420Z",
    "errorMessage": None,
    "errorCode": None,
    "counterpartyAccountId": None,
    "description": None,
}
JSON = {"content-type": "application/json"}


def raw(document: dict[str, Any]) -> bytes:
    """JSON text, a Decimal written as the number it is (19.99, never 19.990000000000002)."""
    return jsonio.dumps(document).encode()


def judge_balance(document: dict[str, Any], status: int = 200, headers: dict[str, str] = JSON) -> None:
    referee.judge("GET", f"http://127.0.0.1:8000/balances/{ACCOUNT}", status, headers, raw(document))


@pytest.mark.parametrize("amount", ["19.99", "0.01", "1.1", "0.29", "70.05", "1000000", "1.005", "0.0001"])
def test_exact_amounts_pass(amount: str) -> None:
    judge_balance(BALANCE | {"balance": Decimal(amount)})


@pytest.mark.parametrize(
    ("broken", "why"),
    [
        ({k: v for k, v in BALANCE.items() if k != "currency"}, "'currency' is a required property"),
        (BALANCE | {"balance": Decimal("19.99999")}, "not a multiple of 0.0001"),
        (BALANCE | {"balance": Decimal("-0.01")}, "less than the minimum"),
        (BALANCE | {"balance": "19.99"}, "is not of type 'number'"),
        (BALANCE | {"currency": "XXX"}, "is not one of"),
        (BALANCE | {"accountId": ACCOUNT + "\n"}, "does not match"),
        (BALANCE | {"lastUpdated": "yesterday"}, "is not a 'date-time'"),
    ],
)
def test_a_broken_body_is_caught(broken: dict[str, Any], why: str) -> None:
    with pytest.raises(referee.ContractBroken, match=re.escape(why)):
        judge_balance(broken)


def test_an_undocumented_status_or_content_type_is_caught() -> None:
    with pytest.raises(referee.ContractBroken):
        judge_balance(BALANCE, status=409)
    with pytest.raises(referee.ContractBroken):
        judge_balance(BALANCE, headers={"content-type": "text/plain"})


def test_a_finished_operation_with_no_error_code_passes_and_a_wrong_code_does_not() -> None:
    def judge(body: dict[str, Any]) -> None:
        url = f"http://127.0.0.1:8000/operation-status/{OPERATION}"
        referee.judge("GET", url, 200, JSON, raw(body))

    judge(OPERATION_BODY)
    judge(OPERATION_BODY | {"status": "failed", "errorCode": "INSUFFICIENT_BALANCE", "errorMessage": "no"})
    with pytest.raises(referee.ContractBroken):
        judge(OPERATION_BODY | {"errorCode": "BROKE"})


def test_the_sdk_with_the_referee_refuses_a_broken_response() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=JSON, content=raw(BALANCE | {"balance": Decimal("19.99999")}))

    hooks = {"transport": httpx.MockTransport(server), "event_hooks": {"response": [referee.referee]}}
    with (
        AuthenticatedClient(base_url="http://127.0.0.1:8000", token="t", httpx_args=hooks) as bank,
        pytest.raises(referee.ContractBroken, match=re.escape("not a multiple of 0.0001")),
    ):
        get_balance.sync(client=bank, account_id=ACCOUNT)
