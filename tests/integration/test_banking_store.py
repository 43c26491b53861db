"""The banking port's contract, run against the in-memory fake and DynamoDB on moto alike."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import pytest

from handlers.banking.dynamo_store import DynamoBankingStore
from handlers.banking.model import Operation, Outcome, ProjectedAccount, new_operation
from handlers.banking.store import BankingStore
from handlers.messaging.messages import Message
from handlers.storage import dynamo
from handlers.storage.remembered import KeyTaken, Remembered
from tests.fakes import MemoryBankingStore
from tests.helpers import message_of

ACCOUNT = "acc_" + "a" * 32
UNKNOWN_OP = "op_" + "0" * 32
KNOWN = ProjectedAccount(ACCOUNT, "alice", "EUR", "active", 1)


@dataclass
class Harness:
    """A store and a way to read back the ids of the messages in its outbox."""

    store: BankingStore
    outbox: Callable[[], list[str]]


@pytest.fixture(params=["memory", "dynamo"])
def harness(request: pytest.FixtureRequest) -> Harness:
    """The port once in memory and once on DynamoDB (moto)."""
    if request.param == "memory":
        memory = MemoryBankingStore()
        return Harness(memory, lambda: [m.id for m in memory.outbox])
    client = request.getfixturevalue("dynamo_client")

    def outbox_ids() -> list[str]:
        items = client.scan(TableName=dynamo.table_name("banking-outbox"))["Items"]
        return [dynamo.from_item(i)["id"] for i in items]

    return Harness(DynamoBankingStore(client), outbox_ids)


def deposit_command(operation: Operation) -> Message:
    """The Deposit command of an operation."""
    return message_of(
        "Deposit",
        operation.account_id,
        operation.operation_id,
        {
            "operationId": operation.operation_id,
            "accountId": operation.account_id,
            "userId": operation.user_id,
            "amount": operation.amount,
            "currency": operation.currency,
            "requestedAt": operation.created_at,
        },
    )


def stored_operation(store: BankingStore, amount: str = "1.1") -> Operation:
    """A new pending deposit of alice, stored with its command (which it remembers)."""
    operation = new_operation(KNOWN, "deposit", Decimal(amount))
    command = deposit_command(operation)
    store.create_operation(operation, command, None)
    return replace(operation, command_id=command.id)


def test_operation_and_command_are_created_together(harness: Harness) -> None:
    operation = new_operation(KNOWN, "deposit", Decimal("1.1"))
    command = deposit_command(operation)
    harness.store.create_operation(operation, command, None)
    stored = harness.store.get_operation("alice", operation.operation_id)
    assert stored == replace(operation, command_id=command.id)
    assert stored is not None and str(stored.amount) == "1.10"
    assert (stored.status, stored.completed_at, stored.error_code) == ("pending", None, None)
    assert harness.outbox() == [command.id]


def test_taken_key_writes_nothing(harness: Harness) -> None:
    remembered = Remembered("key-1", "f" * 64, 202, '{"operationId":"x"}')
    first = new_operation(KNOWN, "deposit", Decimal("5"))
    harness.store.create_operation(first, deposit_command(first), remembered)
    assert harness.store.remembered("alice", "key-1") == remembered
    assert harness.store.remembered("bob", "key-1") is None
    again = new_operation(KNOWN, "deposit", Decimal("5"))
    again_command = deposit_command(again)
    with pytest.raises(KeyTaken):
        harness.store.create_operation(again, again_command, remembered)
    assert harness.store.get_operation("alice", again.operation_id) is None
    assert again_command.id not in harness.outbox()
    assert len(harness.outbox()) == 1


def test_an_expired_key_is_free_again(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """DynamoDB deletes an expired item only eventually (often days later): until then the record
    is still there, and a new request with its key must take its place instead of failing on it."""
    now = time.time()
    first = new_operation(KNOWN, "deposit", Decimal("5"))
    with monkeypatch.context() as yesterday:
        yesterday.setattr(time, "time", lambda: now - dynamo.IDEMPOTENCY_TTL - 2)
        harness.store.create_operation(
            first, deposit_command(first), Remembered("key-1", "a" * 64, 202, "{}")
        )
    assert harness.store.remembered("alice", "key-1") is None
    later = Remembered("key-1", "b" * 64, 202, '{"operationId":"y"}')
    again = new_operation(KNOWN, "deposit", Decimal("6"))
    harness.store.create_operation(again, deposit_command(again), later)
    assert harness.store.remembered("alice", "key-1") == later
    assert harness.store.get_operation("alice", again.operation_id) is not None
    with pytest.raises(KeyTaken):  # and the new record holds the key for its own day
        harness.store.create_operation(first, deposit_command(first), later)


def test_operations_are_read_by_their_owner_only(harness: Harness) -> None:
    operation = stored_operation(harness.store)
    assert harness.store.get_operation("alice", operation.operation_id) == operation
    assert harness.store.get_operation("bob", operation.operation_id) is None
    assert harness.store.get_operation("alice", UNKNOWN_OP) is None


def created(store: BankingStore) -> None:
    store.project_created("alice", ACCOUNT, "EUR", 1)


def closed(store: BankingStore) -> None:
    store.project_status("alice", ACCOUNT, "closed", 2)


def reopened(store: BankingStore) -> None:
    store.project_status("alice", ACCOUNT, "active", 3)


@pytest.mark.parametrize("order", list(itertools.permutations([created, closed, reopened])))
def test_projection_converges_in_any_order_and_with_repeats(harness: Harness, order: Any) -> None:
    for deliver in [*order, *reversed(order), *order]:
        deliver(harness.store)
    assert harness.store.get_account("alice", ACCOUNT) == ProjectedAccount(
        ACCOUNT, "alice", "EUR", "active", 3
    )
    assert harness.store.get_account("bob", ACCOUNT) is None


@pytest.mark.parametrize("order", [[created, closed], [closed, created], [closed, created, closed, created]])
def test_a_close_that_overtakes_the_creation_still_ends_closed(harness: Harness, order: Any) -> None:
    for deliver in order:
        deliver(harness.store)
    assert harness.store.get_account("alice", ACCOUNT) == ProjectedAccount(
        ACCOUNT, "alice", "EUR", "closed", 2
    )


def test_a_status_without_creation_has_no_currency(harness: Harness) -> None:
    closed(harness.store)
    assert harness.store.get_account("alice", ACCOUNT) == ProjectedAccount(
        ACCOUNT, "alice", None, "closed", 2
    )


def test_completion_only_from_pending_and_once(harness: Harness) -> None:
    operation = stored_operation(harness.store)
    done = Outcome("completed", "2026-01-15T09:31:00.200Z")
    assert harness.store.finish("alice", operation.operation_id, done)
    assert not harness.store.finish("alice", operation.operation_id, done)
    late = Outcome("failed", "2026-01-15T09:32:00.000Z", "Insufficient balance", "INSUFFICIENT_BALANCE")
    assert not harness.store.finish("alice", operation.operation_id, late)
    stored = harness.store.get_operation("alice", operation.operation_id)
    assert stored is not None
    assert (stored.status, stored.completed_at) == ("completed", "2026-01-15T09:31:00.200Z")
    assert (stored.error_message, stored.error_code) == (None, None)


def test_failure_only_from_pending_and_once(harness: Harness) -> None:
    operation = stored_operation(harness.store)
    failed = Outcome("failed", "2026-01-15T09:31:00.420Z", "Insufficient balance", "INSUFFICIENT_BALANCE")
    assert harness.store.finish("alice", operation.operation_id, failed)
    assert not harness.store.finish("alice", operation.operation_id, failed)
    assert not harness.store.finish(
        "alice", operation.operation_id, Outcome("completed", "2026-01-16T00:00:00.000Z")
    )
    stored = harness.store.get_operation("alice", operation.operation_id)
    assert stored is not None
    assert (stored.status, stored.completed_at) == ("failed", "2026-01-15T09:31:00.420Z")
    assert (stored.error_message, stored.error_code) == ("Insufficient balance", "INSUFFICIENT_BALANCE")


def test_an_outcome_for_an_unknown_operation_creates_nothing(harness: Harness) -> None:
    assert not harness.store.finish("alice", UNKNOWN_OP, Outcome("completed", "2026-01-15T09:31:00.200Z"))
    assert harness.store.get_operation("alice", UNKNOWN_OP) is None
    operation = stored_operation(harness.store)
    assert not harness.store.finish(
        "bob", operation.operation_id, Outcome("completed", "2026-01-15T09:31:00.200Z")
    )
    assert harness.store.get_operation("bob", operation.operation_id) is None
    assert harness.store.get_operation("alice", operation.operation_id) == operation
