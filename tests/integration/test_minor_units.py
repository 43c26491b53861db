"""Every currency takes amounts to its minor unit, never finer, through the API and on both stores."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.helpers import Stores, call, settle


def open_account(stores: Stores, currency: str) -> str:
    """An account of this currency that every service has heard of."""
    created = call("createAccount", "alice", stores, {"name": "Main", "currency": currency})
    assert created.status == 201, created.body
    settle(stores)
    return str(created.body["accountId"])


def deposit(stores: Stores, account: str, amount: str) -> Any:
    """Deposit an amount as written and let the ledger and the projections follow."""
    response = call("deposit", "alice", stores, {"accountId": account, "amount": Decimal(amount)})
    settle(stores)
    return response


@pytest.mark.parametrize(
    ("currency", "amount", "written"),
    [
        ("BHD", "1.005", "1.005"),
        ("KWD", "0.001", "0.001"),
        ("CLF", "2.0001", "2.0001"),
        ("EUR", "5", "5.00"),
        ("JPY", "5", "5"),
        ("BHD", "5", "5.000"),
    ],
)
def test_an_amount_to_the_minor_unit_is_taken_and_written_with_it(
    any_stores: Stores, currency: str, amount: str, written: str
) -> None:
    account = open_account(any_stores, currency)
    accepted = deposit(any_stores, account, amount)
    assert accepted.status == 202, accepted.body
    operation = call("getOperationStatus", "alice", any_stores, operation_id=accepted.body["operationId"])
    assert (operation.body["status"], str(operation.body["amount"])) == ("completed", written)
    balance = call("getBalance", "alice", any_stores, account_id=account)
    assert f'"balance":{written},' in balance.text()
    [row] = call("getTransactions", "alice", any_stores, account_id=account).body["transactions"]
    assert (str(row["amount"]), str(row["balance"])) == (written, written)


@pytest.mark.parametrize(
    ("currency", "amount", "why"),
    [
        ("BHD", "1.0005", "BHD amounts take at most 3 decimals"),
        ("JPY", "0.5", "JPY amounts take at most 0 decimals"),
        ("EUR", "0.001", "EUR amounts take at most 2 decimals"),
        ("KWD", "10.0001", "KWD amounts take at most 3 decimals"),
    ],
)
def test_an_amount_finer_than_the_minor_unit_is_refused_not_rounded(
    any_stores: Stores, currency: str, amount: str, why: str
) -> None:
    account = open_account(any_stores, currency)
    refused = deposit(any_stores, account, amount)
    assert (refused.status, refused.body["code"], refused.body["detail"]) == (422, "INVALID_AMOUNT", why)
    assert call("getTransactions", "alice", any_stores, account_id=account).body["transactions"] == []


def test_an_amount_finer_than_every_currency_breaks_the_contract(any_stores: Stores) -> None:
    account = open_account(any_stores, "CLF")
    refused = deposit(any_stores, account, "1.00001")
    assert (refused.status, refused.body["code"]) == (400, "VALIDATION_ERROR")
