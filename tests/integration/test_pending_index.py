"""The banking port's watchdog side on the in-memory fake and DynamoDB (moto): pending operations
are found through the sparse index alone, and each step is taken once, only while still pending."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import pytest

from handlers.banking import watchdog
from handlers.banking.dynamo_store import PENDING_INDEX, DynamoBankingStore
from handlers.banking.model import (
    CANCELLING,
    NEW,
    REPUBLISHED,
    Operation,
    Outcome,
    ProjectedAccount,
    new_operation,
)
from handlers.banking.store import BankingStore
from handlers.messaging.messages import Message
from handlers.storage import dynamo
from tests.fakes import MemoryBankingStore
from tests.helpers import message_of

ACCOUNT = ProjectedAccount("acc_" + "a" * 32, "alice", "EUR", "active", 1)
LATER = "2999-01-01T00:00:00.000Z"


@dataclass
class Harness:
    """A store, and how often each message id was published (written, then rewritten)."""

    store: BankingStore
    published: Any


@pytest.fixture(params=["memory", "dynamo"])
def harness(request: pytest.FixtureRequest) -> Harness:
    if request.param == "memory":
        memory = MemoryBankingStore()
        return Harness(
            memory, lambda: {m.id: [x.id for x in memory.outbox].count(m.id) for m in memory.outbox}
        )
    client = request.getfixturevalue("dynamo_client")

    def published() -> dict[str, int]:
        items = map(dynamo.from_item, client.scan(TableName=dynamo.table_name("banking-outbox"))["Items"])
        return {i["id"]: 1 + int(i.get("republished", 0)) for i in items}

    return Harness(DynamoBankingStore(client), published)


def create(store: BankingStore, created_at: str) -> tuple[Operation, Message[Any]]:
    operation = replace(new_operation(ACCOUNT, "deposit", Decimal("5")), created_at=created_at)
    data = {
        "operationId": operation.operation_id,
        "accountId": operation.account_id,
        "userId": operation.user_id,
        "amount": operation.amount,
        "currency": operation.currency,
        "requestedAt": operation.created_at,
    }
    command = message_of("Deposit", operation.account_id, operation.operation_id, data)
    store.create_operation(operation, command, None)
    return operation, command


def test_only_pending_operations_created_before_the_time_are_overdue(harness: Harness) -> None:
    store = harness.store
    old, _ = create(store, "2026-01-01T10:00:00.000Z")
    older, _ = create(store, "2026-01-01T09:00:00.000Z")
    ended, _ = create(store, "2026-01-01T08:00:00.000Z")
    create(store, "2026-01-01T12:00:00.000Z")
    assert store.finish("alice", ended.operation_id, Outcome("completed", "2026-01-01T08:00:01.000Z"))
    overdue = store.overdue("2026-01-01T11:00:00.000Z")
    assert [w.operation.operation_id for w in overdue] == [older.operation_id, old.operation_id]
    assert [(w.step, w.since) for w in overdue] == [(NEW, older.created_at), (NEW, old.created_at)]
    assert overdue[0].operation.command_id is not None
    assert store.oldest_pending() == older.created_at


def test_an_ended_operation_leaves_the_index(harness: Harness) -> None:
    store = harness.store
    operation, _ = create(store, "2026-01-01T10:00:00.000Z")
    assert store.oldest_pending() == operation.created_at
    store.finish(
        "alice", operation.operation_id, Outcome("failed", "2026-01-01T10:00:01.000Z", "No", "INVALID_AMOUNT")
    )
    assert store.overdue(LATER) == [] and store.oldest_pending() is None
    if isinstance(store, DynamoBankingStore):  # the index holds nothing but pending operations
        indexed = store.client.scan(TableName=store.table, IndexName=PENDING_INDEX)["Items"]
        assert indexed == []


def test_republishing_sends_the_same_command_again_once_per_step(harness: Harness) -> None:
    store = harness.store
    _, command = create(store, "2026-01-01T10:00:00.000Z")
    (watched,) = store.overdue(LATER)
    assert store.republish(watched, "2026-01-01T10:01:00.000Z")
    assert not store.republish(watched, "2026-01-01T10:01:00.001Z")  # another watchdog, same reading
    assert harness.published() == {command.id: 2}
    (again,) = store.overdue(LATER)
    assert (again.step, again.since) == (REPUBLISHED, "2026-01-01T10:01:00.000Z")


def test_a_cancel_request_is_sent_only_while_the_operation_is_pending(harness: Harness) -> None:
    store = harness.store
    operation, command = create(store, "2026-01-01T10:00:00.000Z")
    (watched,) = store.overdue(LATER)
    cancel = watchdog.cancellation(watched.operation)
    assert cancel.data.command_id == command.id
    assert store.request_cancel(watched, cancel, "2026-01-01T10:02:00.000Z")
    (cancelling,) = store.overdue(LATER)
    assert cancelling.step == CANCELLING
    assert store.finish("alice", operation.operation_id, Outcome("completed", "2026-01-01T10:02:01.000Z"))
    late = watchdog.cancellation(cancelling.operation)
    assert not store.request_cancel(cancelling, late, "2026-01-01T10:03:00.000Z")
    assert set(harness.published()) == {command.id, cancel.id}
