"""The seed's features end to end through the real handlers on DynamoDB (moto)."""

from __future__ import annotations

import random
import time
from decimal import Decimal
from typing import Any

import pytest

from handlers.storage.dynamo import IDEMPOTENCY_TTL
from tests.helpers import call
from tests.scenario.harness import Bank


@pytest.fixture
def bank(dynamo_client: Any) -> Bank:
    return Bank(dynamo_client)


def move(bank: Bank, kind: str, user: str, account: str, amount: str) -> str:
    response = bank.api(kind, user, {"accountId": account, "amount": Decimal(amount)})
    assert response.status == 202, response.body
    assert response.body["status"] == "pending"
    return str(response.body["operationId"])


def operation(bank: Bank, user: str, operation_id: str) -> dict[str, Any]:
    response = bank.api("getOperationStatus", user, operation_id=operation_id)
    assert response.status == 200, response.body
    return dict(response.body)


def test_deposit_then_withdraw(bank: Bank) -> None:
    account = bank.open_account("alice")
    deposit = move(bank, "deposit", "alice", account, "100.10")
    assert operation(bank, "alice", deposit)["status"] == "pending"
    bank.settle()
    withdrawal = move(bank, "withdraw", "alice", account, "30.05")
    bank.settle()
    for op_id in (deposit, withdrawal):
        shown = operation(bank, "alice", op_id)
        assert shown["status"] == "completed" and shown["completedAt"] and shown["errorMessage"] is None
    assert bank.api("getBalance", "alice", account_id=account).body["balance"] == Decimal("70.05")
    rows = bank.api("getTransactions", "alice", account_id=account).body["transactions"]
    assert [(r["type"], r["amount"], r["balance"]) for r in rows] == [
        ("withdraw", Decimal("30.05"), Decimal("70.05")),
        ("deposit", Decimal("100.10"), Decimal("100.10")),
    ]
    (listed,) = bank.api("listBalances", "alice").body
    assert (listed["accountName"], listed["balance"]) == ("alice's account", Decimal("70.05"))


def test_withdrawing_more_than_the_balance_fails_and_changes_nothing(bank: Bank) -> None:
    account = bank.open_account("alice")
    move(bank, "deposit", "alice", account, "50.00")
    bank.settle()
    withdrawal = move(bank, "withdraw", "alice", account, "50.01")
    bank.settle()
    shown = operation(bank, "alice", withdrawal)
    assert (shown["status"], shown["errorCode"]) == ("failed", "INSUFFICIENT_BALANCE")
    assert shown["completedAt"] and shown["errorMessage"]
    assert bank.api("getBalance", "alice", account_id=account).body["balance"] == Decimal("50.00")
    assert len(bank.api("getTransactions", "alice", account_id=account).body["transactions"]) == 1


def test_a_command_delivered_three_times_is_posted_once(bank: Bank) -> None:
    account = bank.open_account("alice")
    move(bank, "deposit", "alice", account, "10.00")
    bank.settle(copies=3)
    journal = bank.stores.ledger.journal(account)
    assert len(journal) == 1
    assert bank.api("getBalance", "alice", account_id=account).body["balance"] == Decimal("10.00")
    assert len(bank.api("getTransactions", "alice", account_id=account).body["transactions"]) == 1


@pytest.mark.parametrize("seed", range(5))
def test_projections_converge_whatever_the_order(bank: Bank, seed: int) -> None:
    rng = random.Random(seed)
    response = bank.api("createAccount", "alice", {"name": "Main", "currency": "EUR"})
    account = response.body["accountId"]
    bank.pump()
    for queue in ("banking-events", "ledger-account-events"):  # banking and ledger hear of it first
        for body in bank.queues.pop(queue):
            bank.deliver(queue, body)
    moves = [("deposit", "10.00"), ("deposit", "20.00"), ("deposit", "5.50"), ("withdraw", "7.25")]
    ops = [(kind, Decimal(amount), move(bank, kind, "alice", account, amount)) for kind, amount in moves]
    bank.settle(rng=rng, copies=2)  # the withdrawal may reach the ledger before the deposits
    done = [(k, a) for k, a, op in ops if operation(bank, "alice", op)["status"] == "completed"]
    expected = sum(a if k == "deposit" else -a for k, a in done)
    journal = bank.stores.ledger.journal(account)
    assert len(done) == len(journal) >= 3
    assert bank.stores.ledger.state(account).balance == expected
    assert bank.api("getBalance", "alice", account_id=account).body["balance"] == expected
    rows = bank.api("getTransactions", "alice", account_id=account).body["transactions"]
    assert [(r["id"], r["balance"]) for r in rows] == [
        (e.operation_id, e.balance_after) for e in reversed(journal)
    ]
    assert bank.api("listBalances", "alice").body[0]["accountName"] == "Main"


def test_another_user_sees_nothing_of_alices(bank: Bank) -> None:
    account = bank.open_account("alice")
    deposit = move(bank, "deposit", "alice", account, "10.00")
    bank.settle()
    unknown_account, unknown_op = "acc_" + "0" * 32, "op_" + "0" * 32
    probes = [
        ("getAccount", {"account_id": account}, {"account_id": unknown_account}),
        ("closeAccount", {"account_id": account}, {"account_id": unknown_account}),
        ("getBalance", {"account_id": account}, {"account_id": unknown_account}),
        ("getTransactions", {"account_id": account}, {"account_id": unknown_account}),
        ("getOperationStatus", {"operation_id": deposit}, {"operation_id": unknown_op}),
    ]
    for name, alices, nobodys in probes:
        stolen, missing = bank.api(name, "bob", **alices), bank.api(name, "bob", **nobodys)
        assert stolen.status == missing.status == 404, name
        assert {**stolen.body, "timestamp": ""} == {**missing.body, "timestamp": ""}, name
    for kind in ("deposit", "withdraw"):
        assert bank.api(kind, "bob", {"accountId": account, "amount": Decimal(1)}).status == 404
    assert bank.api("listAccounts", "bob").body == [] and bank.api("listBalances", "bob").body == []
    assert bank.api("getAccount", "alice", account_id=account).body["status"] == "active"


@pytest.mark.parametrize(
    ("amount", "status"),
    [
        ("19.99", 202),
        ("1.1", 202),
        ("0.29", 202),
        ("1.005", 422),
        ("0.001", 422),
        ("0.00001", 400),
        ("0", 400),
        ("-1", 400),
        ("1000000.01", 400),
    ],
)
def test_amounts(bank: Bank, amount: str, status: int) -> None:
    account = bank.open_account("alice")
    response = bank.api("deposit", "alice", {"accountId": account, "amount": Decimal(amount)})
    assert response.status == status, response.body


def test_closing_never_strands_money(bank: Bank) -> None:
    account = bank.open_account("alice")
    move(bank, "deposit", "alice", account, "40.00")
    bank.settle()
    refused = bank.api("closeAccount", "alice", account_id=account)
    assert (refused.status, refused.body["code"]) == (409, "ACCOUNT_NOT_EMPTY")
    move(bank, "withdraw", "alice", account, "40.00")
    bank.settle()
    in_flight = move(bank, "deposit", "alice", account, "5.00")  # accepted, not yet at the ledger
    assert bank.api("closeAccount", "alice", account_id=account).status == 200
    bank.pump()
    bank.deliver_all("ledger-account-events")  # the close gets to the ledger first
    bank.deliver_all("ledger-commands")
    bank.settle()
    shown = operation(bank, "alice", in_flight)
    assert (shown["status"], shown["errorCode"]) == ("failed", "ACCOUNT_CLOSED")
    assert bank.api("getBalance", "alice", account_id=account).body["balance"] == Decimal("0.00")
    assert bank.api("getAccount", "alice", account_id=account).body["status"] == "closed"
    assert bank.api("listBalances", "alice").body == []
    again = bank.api("deposit", "alice", {"accountId": account, "amount": Decimal(1)})
    assert (again.status, again.body["code"]) == (409, "ACCOUNT_CLOSED")


def test_a_close_that_loses_the_race_to_a_deposit_is_undone(bank: Bank) -> None:
    account = bank.open_account("alice")
    deposit = move(bank, "deposit", "alice", account, "5.00")  # accepted, not yet posted
    assert bank.api("closeAccount", "alice", account_id=account).status == 200
    bank.pump()
    bank.deliver_all("ledger-commands")  # the deposit reaches the ledger first
    bank.deliver_all("ledger-account-events")
    bank.settle()
    assert operation(bank, "alice", deposit)["status"] == "completed"
    shown = bank.api("getAccount", "alice", account_id=account).body
    assert (shown["status"], shown["closedAt"]) == ("active", None)
    assert bank.api("getBalance", "alice", account_id=account).body["balance"] == Decimal("5.00")
    assert [b["accountId"] for b in bank.api("listBalances", "alice").body] == [account]
    assert bank.api("deposit", "alice", {"accountId": account, "amount": Decimal(1)}).status == 202


def test_a_key_reused_after_its_day_is_a_new_request(bank: Bank, monkeypatch: pytest.MonkeyPatch) -> None:
    """The record of a key whose day is over may still be in the table (DynamoDB's TTL deletes it
    only eventually): the key serves a new request, which is neither a 500 nor a false 409."""
    account, key, now = bank.open_account("alice"), {"Idempotency-Key": "monthly-rent"}, time.time()
    with monkeypatch.context() as yesterday:
        yesterday.setattr(time, "time", lambda: now - IDEMPOTENCY_TTL - 60)
        old = call("deposit", "alice", bank.stores, {"accountId": account, "amount": 5}, key)
    fresh = call("deposit", "alice", bank.stores, {"accountId": account, "amount": 7}, key)
    assert (old.status, fresh.status) == (202, 202), fresh.text()
    assert "Idempotent-Replayed" not in fresh.headers
    assert fresh.body["operationId"] != old.body["operationId"]
    replayed = call("deposit", "alice", bank.stores, {"accountId": account, "amount": 7}, key)
    assert replayed.headers.get("Idempotent-Replayed") == "true"
    bank.settle()
    assert bank.api("getBalance", "alice", account_id=account).body["balance"] == Decimal("12.00")


def test_a_key_is_scoped_to_the_caller_and_the_operation(bank: Bank) -> None:
    """One rule in every service: the same key on another operation is a request of its own."""
    key = {"Idempotency-Key": "k-1"}
    opened = call("createAccount", "alice", bank.stores, {"name": "Main", "currency": "EUR"}, key)
    bank.settle()
    account = opened.body["accountId"]
    deposit = call("deposit", "alice", bank.stores, {"accountId": account, "amount": 9}, key)
    withdrawal = call("withdraw", "alice", bank.stores, {"accountId": account, "amount": 9}, key)
    assert (opened.status, deposit.status, withdrawal.status) == (201, 202, 202)
    assert not any("Idempotent-Replayed" in r.headers for r in (opened, deposit, withdrawal))
    bank.settle()
    assert bank.api("getBalance", "alice", account_id=account).body["balance"] == Decimal("0.00")
