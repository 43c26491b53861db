"""Transfers end to end through the real handlers on DynamoDB (moto): both sides, every refusal,
ownership, and redelivery, reordering and a close racing on either side."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import pytest

from tests.scenario.harness import Bank
from tests.scenario.test_bank_scenarios import move, operation


@pytest.fixture
def bank(dynamo_client: Any) -> Bank:
    return Bank(dynamo_client)


def send(bank: Bank, user: str, source: str, destination: str, amount: str, **extra: Any) -> str:
    """POST /transfers, accepted; the operation id."""
    body = {"fromAccountId": source, "toAccountId": destination, "amount": Decimal(amount)} | extra
    response = bank.api("transfer", user, body)
    assert response.status == 202, response.body
    assert (response.body["status"], response.body["message"]) == ("pending", "Transfer accepted")
    return str(response.body["operationId"])


def balance(bank: Bank, user: str, account: str) -> Decimal:
    response = bank.api("getBalance", user, account_id=account)
    assert response.status == 200, response.body
    return Decimal(response.body["balance"])


def rows(bank: Bank, user: str, account: str) -> list[dict[str, Any]]:
    response = bank.api("getTransactions", user, account_id=account)
    assert response.status == 200, response.body
    return list(response.body["transactions"])


def funded(bank: Bank, user: str, amount: str, currency: str = "EUR") -> str:
    account = bank.open_account(user, currency)
    move(bank, "deposit", user, account, amount)
    bank.settle()
    return account


def test_alice_pays_her_own_account_and_bobs(bank: Bank) -> None:
    main, savings = funded(bank, "alice", "100.10"), bank.open_account("alice")
    bobs = bank.open_account("bob")
    to_savings = send(bank, "alice", main, savings, "30.05")
    to_bob = send(bank, "alice", main, bobs, "19.99", description="Rent, March")
    assert operation(bank, "alice", to_bob)["status"] == "pending"
    bank.settle()
    assert [balance(bank, "alice", main), balance(bank, "alice", savings), balance(bank, "bob", bobs)] == [
        Decimal("50.06"),
        Decimal("30.05"),
        Decimal("19.99"),
    ]
    shown = operation(bank, "alice", to_bob)
    assert (shown["type"], shown["status"], shown["amount"]) == ("transfer", "completed", Decimal("19.99"))
    assert (shown["accountId"], shown["counterpartyAccountId"], shown["description"]) == (
        main,
        bobs,
        "Rent, March",
    )
    assert operation(bank, "alice", to_savings)["description"] is None
    assert [
        (r["type"], r["direction"], r["amount"], r["balance"], r["counterpartyAccountId"])
        for r in rows(bank, "alice", main)
    ] == [
        ("transfer", "debit", Decimal("19.99"), Decimal("50.06"), bobs),
        ("transfer", "debit", Decimal("30.05"), Decimal("70.05"), savings),
        ("deposit", "credit", Decimal("100.10"), Decimal("100.10"), None),
    ]
    (credit,) = rows(bank, "alice", savings)
    assert (credit["direction"], credit["counterpartyAccountId"], credit["description"]) == (
        "credit",
        main,
        "Transfer",
    )
    (received,) = rows(bank, "bob", bobs)
    # bob's row: his account, his balance, alice's account id and her words, nothing else of hers
    assert received == {
        "id": to_bob,
        "accountId": bobs,
        "type": "transfer",
        "direction": "credit",
        "amount": Decimal("19.99"),
        "balance": Decimal("19.99"),
        "currency": "EUR",
        "status": "completed",
        "sequence": 1,
        "timestamp": received["timestamp"],
        "description": "Rent, March",
        "counterpartyAccountId": main,
    }
    assert bank.api("getOperationStatus", "bob", operation_id=to_bob).status == 404
    balances = {b["accountId"]: b["balance"] for b in bank.api("listBalances", "alice").body}
    assert balances == {main: Decimal("50.06"), savings: Decimal("30.05")}


def test_each_refusal_ends_failed_with_its_code_and_moves_nothing(bank: Bank) -> None:
    main, other = funded(bank, "alice", "10.00"), funded(bank, "alice", "1.00")
    dollars = bank.open_account("alice", "USD")
    closed = bank.open_account("bob")
    assert bank.api("closeAccount", "bob", account_id=closed).status == 200
    bank.settle()
    tries = {
        "INSUFFICIENT_BALANCE": send(bank, "alice", main, other, "10.01"),
        "ACCOUNT_CLOSED": send(bank, "alice", main, closed, "1.00"),
        "CURRENCY_MISMATCH": send(bank, "alice", main, dollars, "1.00"),
        "SAME_ACCOUNT": send(bank, "alice", main, main, "1.00"),
    }
    unknown = send(bank, "alice", main, "acc_" + "0" * 32, "1.00")
    bank.settle()
    for code, operation_id in tries.items():
        shown = operation(bank, "alice", operation_id)
        assert (shown["status"], shown["errorCode"]) == ("failed", code), shown
        assert shown["errorMessage"]
    shown, closed_shown = operation(bank, "alice", unknown), operation(bank, "alice", tries["ACCOUNT_CLOSED"])
    assert (shown["errorCode"], shown["errorMessage"]) == (
        closed_shown["errorCode"],
        closed_shown["errorMessage"],
    )
    assert [balance(bank, "alice", a) for a in (main, other, dollars)] == [
        Decimal("10.00"),
        Decimal("1.00"),
        0,
    ]
    assert [len(rows(bank, "alice", a)) for a in (main, other, dollars)] == [1, 1, 0]


def test_bob_cannot_send_from_alices_account_nor_see_her_transfers(bank: Bank) -> None:
    alices, bobs = funded(bank, "alice", "10.00"), bank.open_account("bob")
    stolen = bank.api("transfer", "bob", {"fromAccountId": alices, "toAccountId": bobs, "amount": Decimal(5)})
    assert (stolen.status, stolen.body["code"]) == (404, "NOT_FOUND")
    hers = send(bank, "alice", alices, bobs, "2.00")
    bank.settle()
    assert bank.api("getOperationStatus", "bob", operation_id=hers).status == 404
    assert bank.api("getTransactions", "bob", account_id=alices).status == 404
    assert balance(bank, "alice", alices) == Decimal("8.00") and balance(bank, "bob", bobs) == Decimal("2.00")


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"amount": Decimal("1.001")}, 422, "INVALID_AMOUNT"),
        ({"description": "pay\u202edr"}, 400, "VALIDATION_ERROR"),
        ({"description": ""}, 400, "VALIDATION_ERROR"),
        ({"description": "x" * 141}, 400, "VALIDATION_ERROR"),
        ({"toAccountId": "bob"}, 400, "VALIDATION_ERROR"),
        ({"extra": 1}, 400, "VALIDATION_ERROR"),
    ],
)
def test_a_bad_request_is_refused_before_anything_is_stored(
    bank: Bank, body: dict[str, Any], status: int, code: str
) -> None:
    source, destination = funded(bank, "alice", "10.00"), bank.open_account("alice")
    request = {"fromAccountId": source, "toAccountId": destination, "amount": Decimal(1)} | body
    response = bank.api("transfer", "alice", request)
    assert (response.status, response.body["code"]) == (status, code), response.body
    bank.settle()
    assert balance(bank, "alice", destination) == 0


def test_from_a_closed_account_is_refused_at_once(bank: Bank) -> None:
    source, destination = bank.open_account("alice"), bank.open_account("alice")
    assert bank.api("closeAccount", "alice", account_id=source).status == 200
    bank.settle()
    body = {"fromAccountId": source, "toAccountId": destination, "amount": Decimal(1)}
    response = bank.api("transfer", "alice", body)
    assert (response.status, response.body["code"]) == (409, "ACCOUNT_CLOSED")


@pytest.mark.parametrize("seed", range(4))
def test_transfers_post_once_whatever_the_order_and_the_copies(bank: Bank, seed: int) -> None:
    first, second = funded(bank, "alice", "50.00"), funded(bank, "bob", "50.00")
    sent = [send(bank, "alice", first, second, "7.00") for _ in range(3)]
    sent += [send(bank, "bob", second, first, "5.00") for _ in range(4)]
    bank.settle(random.Random(seed), copies=3)
    assert balance(bank, "alice", first) + balance(bank, "bob", second) == Decimal("100.00")
    assert balance(bank, "alice", first) == Decimal("50.00") - 21 + 20
    assert all(operation(bank, "alice", op)["status"] == "completed" for op in sent[:3])
    assert len(rows(bank, "alice", first)) == 1 + 7 and len(rows(bank, "bob", second)) == 1 + 7
    history = rows(bank, "alice", first)
    assert [r["sequence"] for r in history] == list(range(8, 0, -1))


@pytest.mark.parametrize("transfer_first", [True, False])
def test_a_close_of_the_destination_racing_a_transfer_never_strands_money(
    bank: Bank, transfer_first: bool
) -> None:
    source, destination = funded(bank, "alice", "20.00"), bank.open_account("bob")
    transfer = send(bank, "alice", source, destination, "20.00")
    assert bank.api("closeAccount", "bob", account_id=destination).status == 200
    bank.pump()
    order = ["ledger-commands", "ledger-account-events"]
    for queue in order if transfer_first else order[::-1]:
        bank.deliver_all(queue)
    bank.settle()
    shown, account = (
        operation(bank, "alice", transfer),
        bank.api("getAccount", "bob", account_id=destination).body,
    )
    if transfer_first:  # the money arrived first: the close is undone
        assert (shown["status"], account["status"]) == ("completed", "active")
        assert balance(bank, "bob", destination) == Decimal("20.00") and balance(bank, "alice", source) == 0
    else:  # the close arrived first: the transfer is refused and the money stays with alice
        assert (shown["status"], shown["errorCode"], account["status"]) == (
            "failed",
            "ACCOUNT_CLOSED",
            "closed",
        )
        assert balance(bank, "bob", destination) == 0 and balance(bank, "alice", source) == Decimal("20.00")
