"""The accounts port's contract, run against the in-memory fake and DynamoDB on moto alike."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import pytest

from handlers.accounts.model import Account
from handlers.storage import dynamo
from handlers.storage.remembered import KeyTaken, Remembered
from tests.helpers import message_of


def created(account: Account) -> Any:
    """The AccountCreated message of an account."""
    return message_of(
        "AccountCreated",
        account.account_id,
        account.account_id,
        {
            "accountId": account.account_id,
            "userId": account.user_id,
            "name": account.name,
            "currency": account.currency,
            "createdAt": account.created_at,
            "version": 1,
        },
    )


def closed_message(account: Account) -> Any:
    """The AccountClosed message of a closed account."""
    return message_of(
        "AccountClosed",
        account.account_id,
        account.account_id,
        {
            "accountId": account.account_id,
            "userId": account.user_id,
            "closedAt": account.closed_at,
            "version": account.version,
        },
    )


def test_create_get_and_list_are_per_user(any_stores: Any) -> None:
    store = any_stores.accounts
    first, second = Account.open("alice", " Main ", "EUR"), Account.open("alice", "Savings", "JPY")
    store.create(first, created(first), None)
    store.create(second, created(second), None)
    store.create(other := Account.open("bob", "Bob's", "USD"), created(other), None)
    assert store.get("alice", first.account_id) == first
    assert first.name == "Main"
    assert store.get("bob", first.account_id) is None
    listed = store.list("alice")
    assert {a.account_id for a in listed} == {first.account_id, second.account_id}
    assert listed == sorted(listed, key=lambda a: (a.created_at, a.account_id))
    assert store.list("carol") == []


def test_remembered_response_and_taken_key(any_stores: Any) -> None:
    store = any_stores.accounts
    account = Account.open("alice", "Main", "EUR")
    remembered = Remembered("key-1", "f" * 64, 201, '{"accountId":"x"}')
    store.create(account, created(account), remembered)
    assert store.remembered("alice", "key-1") == remembered
    assert store.remembered("bob", "key-1") is None
    again = Account.open("alice", "Main", "EUR")
    with pytest.raises(KeyTaken):
        store.create(again, created(again), remembered)
    assert store.get("alice", again.account_id) is None


def test_an_expired_key_is_free_again(any_stores: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """An expired record not yet deleted by DynamoDB's TTL gives its key to a new request."""
    store, now = any_stores.accounts, time.time()
    with monkeypatch.context() as yesterday:
        yesterday.setattr(time, "time", lambda: now - dynamo.IDEMPOTENCY_TTL - 2)
        first = Account.open("alice", "Old", "EUR")
        store.create(first, created(first), Remembered("key-1", "a" * 64, 201, "{}"))
    assert store.remembered("alice", "key-1") is None
    later = Remembered("key-1", "b" * 64, 201, '{"accountId":"y"}')
    again = Account.open("alice", "New", "EUR")
    store.create(again, created(again), later)
    assert store.remembered("alice", "key-1") == later
    assert store.get("alice", again.account_id) == again


def test_replace_is_optimistic(any_stores: Any) -> None:
    store = any_stores.accounts
    account = Account.open("alice", "Main", "EUR")
    store.create(account, created(account), None)
    closed = account.closed()
    assert store.replace(closed, account.version, closed_message(closed))
    assert store.get("alice", account.account_id) == closed
    assert not store.replace(closed.closed(), account.version, closed_message(closed))


def test_replace_refuses_when_a_posting_arrived_meanwhile(any_stores: Any) -> None:
    store = any_stores.accounts
    account = Account.open("alice", "Main", "EUR")
    store.create(account, created(account), None)
    store.record_posting("alice", account.account_id, Decimal("5.00"), 1)
    assert not store.replace(account.closed(), account.version, closed_message(account.closed()))
    assert store.get("alice", account.account_id).status == "active"


def test_postings_apply_newest_only(any_stores: Any) -> None:
    store = any_stores.accounts
    account = Account.open("alice", "Main", "EUR")
    store.create(account, created(account), None)
    store.record_posting("alice", account.account_id, Decimal("30.00"), 2)
    store.record_posting("alice", account.account_id, Decimal("10.00"), 1)
    store.record_posting("alice", account.account_id, Decimal("30.00"), 2)
    store.record_posting("alice", "acc_" + "0" * 32, Decimal("1"), 1)
    stored = store.get("alice", account.account_id)
    assert (stored.balance, stored.ledger_sequence) == (Decimal("30.00"), 2)
    assert store.get("alice", "acc_" + "0" * 32) is None
