"""The ledger port's contract on the in-memory fake and DynamoDB (moto), and a race on DynamoDB."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

import boto3
import pytest

from handlers.core.ids import new_id
from handlers.core.jsonio import now_iso
from handlers.ledger import events
from handlers.ledger.dynamo_store import DynamoLedgerStore
from handlers.ledger.model import DEPOSIT, LedgerAccount
from handlers.ledger.store import Change, LedgerStore, Outcome
from handlers.messaging.messages import Message
from handlers.storage import dynamo
from infra.local import engine
from tests.fakes import MemoryLedgerStore
from tests.helpers import customer_change, message_of

USER = "alice"


@pytest.fixture(params=["memory", "dynamo"])
def store(request: pytest.FixtureRequest) -> LedgerStore:
    """The ledger port, once in memory and once on DynamoDB (moto)."""
    if request.param == "memory":
        return MemoryLedgerStore()
    return DynamoLedgerStore(request.getfixturevalue("dynamo_client"))


def deposit(account_id: str, amount: str) -> Message:
    """A Deposit command."""
    operation_id = new_id("op")
    return message_of(
        "Deposit",
        account_id,
        operation_id,
        {
            "operationId": operation_id,
            "accountId": account_id,
            "userId": USER,
            "amount": Decimal(amount),
            "currency": "EUR",
            "requestedAt": now_iso(),
        },
    )


def withdraw(account_id: str, amount: str) -> Message:
    """A Withdraw command."""
    operation_id = new_id("op")
    return message_of(
        "Withdraw",
        account_id,
        operation_id,
        {
            "operationId": operation_id,
            "accountId": account_id,
            "userId": USER,
            "amount": Decimal(amount),
            "currency": "EUR",
            "requestedAt": now_iso(),
        },
    )


def created(account_id: str) -> Message:
    """An AccountCreated event."""
    return message_of(
        "AccountCreated",
        account_id,
        account_id,
        {
            "accountId": account_id,
            "userId": USER,
            "name": "Main",
            "currency": "EUR",
            "createdAt": now_iso(),
            "version": 1,
        },
    )


def posting(store: LedgerStore, account_id: str, amount: str) -> Change:
    """A deposit decided on the account's current state, as the handler would write it."""
    return events.money_movement(deposit(account_id, amount), store.state(account_id), DEPOSIT)


def current(store: LedgerStore, account_id: str) -> LedgerAccount:
    """The account's state, which must exist."""
    state = store.state(account_id)
    assert state is not None
    return state


def inbox_ids(store: LedgerStore) -> set[str]:
    """Every message id recorded as handled."""
    if isinstance(store, MemoryLedgerStore):
        return set(store.inbox)
    assert isinstance(store, DynamoLedgerStore)
    items = store.client.scan(TableName=store.inbox)["Items"]
    return {dynamo.from_item(i)["id"] for i in items}


def outbox_ids(store: LedgerStore) -> set[str]:
    """Every outgoing message id."""
    if isinstance(store, MemoryLedgerStore):
        return {m.id for m in store.outbox}
    assert isinstance(store, DynamoLedgerStore)
    items = store.client.scan(TableName=store.outbox)["Items"]
    return {dynamo.from_item(i)["id"] for i in items}


def outbox_types(store: LedgerStore) -> list[str]:
    """The type of every outgoing message."""
    if isinstance(store, MemoryLedgerStore):
        return [m.type for m in store.outbox]
    assert isinstance(store, DynamoLedgerStore)
    return [dynamo.from_item(i)["type"] for i in store.client.scan(TableName=store.outbox)["Items"]]


def test_a_posting_writes_state_entry_inbox_and_outbox_together(store: LedgerStore) -> None:
    account_id = new_id("acc")
    change = posting(store, account_id, "100.10")
    assert store.apply(change) is Outcome.APPLIED
    assert change.state is not None and change.entry is not None and change.event is not None
    assert store.state(account_id) == change.state
    assert str(current(store, account_id).balance) == "100.10"
    assert store.journal(account_id) == [change.entry]
    assert str(store.journal(account_id)[0].legs[1].amount) == "100.10"
    assert inbox_ids(store) == {change.message.id}
    assert outbox_ids(store) == {change.event.id}


def test_a_rejection_writes_only_inbox_and_outbox(store: LedgerStore) -> None:
    account_id = new_id("acc")
    store.apply(posting(store, account_id, "5.00"))
    refused = events.money_movement(withdraw(account_id, "9.00"), store.state(account_id), "withdraw")
    assert refused.state is None and refused.entry is None
    assert store.apply(refused) is Outcome.APPLIED
    assert current(store, account_id).balance == Decimal("5.00")
    assert len(store.journal(account_id)) == 1
    assert refused.message.id in inbox_ids(store)
    assert sorted(outbox_types(store)) == ["Deposited", "WithdrawalRejected"]


def test_a_stale_expected_state_is_refused_and_nothing_is_written(store: LedgerStore) -> None:
    account_id = new_id("acc")
    first, second = posting(store, account_id, "1.00"), posting(store, account_id, "2.00")
    assert store.apply(first) is Outcome.APPLIED
    assert store.apply(second) is Outcome.STALE  # decided on the state before `first`
    refusal_on_old_state = events.money_movement(withdraw(account_id, "5.00"), None, "withdraw")
    assert store.apply(refusal_on_old_state) is Outcome.STALE
    assert store.state(account_id) == first.state
    assert store.journal(account_id) == [first.entry]
    assert inbox_ids(store) == {first.message.id}
    assert first.event is not None and outbox_ids(store) == {first.event.id}


def closed(account_id: str) -> Message:
    """An AccountClosed event."""
    data = {"accountId": account_id, "userId": USER, "closedAt": now_iso(), "version": 2}
    return message_of("AccountClosed", account_id, account_id, data)


def opened(store: LedgerStore) -> str:
    """A new, empty, active account."""
    account_id = new_id("acc")
    store.apply(Change(created(account_id), account_id, None, LedgerAccount.opened(account_id, USER, "EUR")))
    return account_id


def test_a_status_change_makes_an_older_decision_stale(store: LedgerStore) -> None:
    account_id = opened(store)
    deposit_on_open = posting(store, account_id, "3.00")
    close = events.closing(closed(account_id), store.state(account_id))
    assert store.apply(close) is Outcome.APPLIED
    assert store.apply(deposit_on_open) is Outcome.STALE  # same sequence, but no longer active
    assert current(store, account_id).status == "closed"
    assert store.journal(account_id) == []


def test_a_posting_makes_an_older_close_decision_stale(store: LedgerStore) -> None:
    account_id = opened(store)
    close_on_empty = events.closing(closed(account_id), store.state(account_id))
    assert close_on_empty.state is not None and close_on_empty.state.status == "closed"
    deposit_meanwhile = posting(store, account_id, "50.00")
    assert store.apply(deposit_meanwhile) is Outcome.APPLIED
    assert store.apply(close_on_empty) is Outcome.STALE  # same status, but no longer empty
    assert store.state(account_id) == deposit_meanwhile.state
    assert store.journal(account_id) == [deposit_meanwhile.entry]
    assert close_on_empty.message.id not in inbox_ids(store)


def test_a_duplicate_message_is_reported_and_nothing_is_written(store: LedgerStore) -> None:
    account_id = new_id("acc")
    first = posting(store, account_id, "1.00")
    assert store.apply(first) is Outcome.APPLIED
    again = events.money_movement(first.message, store.state(account_id), DEPOSIT)
    assert store.apply(again) is Outcome.DUPLICATE
    stale_and_again = events.money_movement(first.message, None, DEPOSIT)
    assert store.apply(stale_and_again) is Outcome.DUPLICATE
    assert store.state(account_id) == first.state
    assert store.journal(account_id) == [first.entry]
    assert inbox_ids(store) == {first.message.id}
    assert len(outbox_ids(store)) == 1


def test_the_journal_is_read_in_sequence_order_per_account(store: LedgerStore) -> None:
    account_id, other_id = new_id("acc"), new_id("acc")
    for amount in range(1, 13):  # past 9 and 10, where unpadded keys would sort wrongly
        assert store.apply(posting(store, account_id, f"{amount}.00")) is Outcome.APPLIED
    store.apply(posting(store, other_id, "7.00"))
    journal = store.journal(account_id)
    assert [e.sequence for e in journal] == list(range(1, 13))
    assert [e.balance_after for e in journal][-1] == Decimal("78.00")
    assert {e.account_id for e in journal} == {account_id}
    assert store.journal(new_id("acc")) == []


@pytest.fixture
def patched_engine() -> None:
    """moto checks a transaction's conditions, then writes, in Python: two threads can interleave
    inside one (both pass their checks, then one finds its journal entry taken). DynamoDB does not
    allow that; the local engine's patches make moto serialize, as here."""
    engine.patch()


def test_two_threads_racing_withdrawals_never_overdraw(dynamo_client: Any, patched_engine: None) -> None:
    account_id = new_id("acc")
    setup = DynamoLedgerStore(dynamo_client)
    events.on_account_created(created(account_id), setup)
    events.on_deposit(deposit(account_id, "150.00"), setup)
    clients = [boto3.session.Session().client("dynamodb", region_name="us-east-1") for _ in range(2)]
    failures: list[BaseException] = []

    def withdraw_twenty(client: Any) -> None:
        stores = DynamoLedgerStore(client)
        try:
            for _ in range(20):
                events.on_withdraw(withdraw(account_id, "10.00"), stores)
        except BaseException as exc:  # surfaced to the test below
            failures.append(exc)

    threads = [threading.Thread(target=withdraw_twenty, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    store = setup
    journal = store.journal(account_id)
    state = store.state(account_id)
    assert state is not None and str(state.balance) == "0.00"
    assert [e.sequence for e in journal] == list(range(1, 17))
    assert state.sequence == 16
    assert sum(customer_change(e) for e in journal) == state.balance
    assert all(e.balance_after >= 0 for e in journal)
    types = outbox_types(store)
    assert (types.count("Withdrawn"), types.count("WithdrawalRejected")) == (15, 25)
    assert len(inbox_ids(store)) == 42
