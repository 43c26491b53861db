"""The pending-operation watchdog on the in-memory stores: a lost command is published again, then
cancelled; the ledger's answer ends the operation, and balances follow that answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from handlers.banking import watchdog
from handlers.banking.model import CANCELLING
from handlers.core.jsonio import timestamp
from handlers.messaging.messages import Message, wire
from tests.fakes import MemoryBankingStore, MemoryLedgerStore
from tests.helpers import Stores, call, deliver, message_of

TIMEOUT = timedelta(seconds=30)
ACCOUNT = "acc_" + "c" * 32


@pytest.fixture
def stores() -> Stores:
    """Every service in memory, alice's EUR account known to banking and the ledger."""
    memory = Stores.memory()
    created = message_of(
        "AccountCreated",
        ACCOUNT,
        ACCOUNT,
        {
            "accountId": ACCOUNT,
            "userId": "alice",
            "name": "Main",
            "currency": "EUR",
            "createdAt": "2026-01-15T09:30:00.000Z",
            "version": 1,
        },
    )
    for service in ("banking", "ledger", "query"):
        deliver(service, wire(created), memory)
    return memory


def banking(stores: Stores) -> MemoryBankingStore:
    assert isinstance(stores.banking, MemoryBankingStore)
    return stores.banking


def ledger(stores: Stores) -> MemoryLedgerStore:
    assert isinstance(stores.ledger, MemoryLedgerStore)
    return stores.ledger


def accept(stores: Stores, kind: str, amount: str) -> str:
    answer = call(kind, "alice", stores, {"accountId": ACCOUNT, "amount": Decimal(amount)})
    assert answer.status == 202
    return str(answer.body["operationId"])


def later(rounds: float) -> datetime:
    """A watchdog round this many timeouts from now (and a second more)."""
    return datetime.now(UTC) + rounds * TIMEOUT + timedelta(seconds=1)


def relay(stores: Stores, sent: list[Message[Any]], start: int) -> int:
    """Hand every message published since `start` to its consumers, as the pipes and queues would;
    the new position."""
    consumers = {
        "Deposit": ["ledger"],
        "Withdraw": ["ledger"],
        "CancelOperation": ["ledger"],
        "Deposited": ["banking", "query"],
        "Withdrawn": ["banking", "query"],
        "DepositRejected": ["banking"],
        "WithdrawalRejected": ["banking"],
    }
    for message in sent[start:]:
        for service in consumers[message.type]:
            deliver(service, wire(message), stores)
    return len(sent)


def status(stores: Stores, operation_id: str) -> tuple[str, str | None]:
    found = stores.banking.get_operation("alice", operation_id)
    assert found is not None
    return found.status, found.error_code


def test_an_operation_within_its_timeout_is_left_alone(stores: Stores) -> None:
    accept(stores, "deposit", "5.00")
    report = watchdog.watch(stores.banking, TIMEOUT, later(0.5))
    assert report.overdue == 0 and report.oldest_pending_seconds > 15
    assert [m.type for m in banking(stores).outbox] == ["Deposit"]


def test_a_lost_command_is_published_again_and_the_deposit_completes(stores: Stores) -> None:
    operation = accept(stores, "deposit", "5.00")  # its command is lost on the way
    report = watchdog.watch(stores.banking, TIMEOUT, later(1))
    assert (report.overdue, report.republished, report.cancels) == (1, 1, 0)
    first, again = banking(stores).outbox
    assert again is first  # the same message, same id: the ledger's inbox drops it if it had it
    relay(stores, banking(stores).outbox, 1)
    relay(stores, ledger(stores).outbox, 0)
    assert status(stores, operation) == ("completed", None)
    assert watchdog.watch(stores.banking, TIMEOUT, later(3)).oldest_pending_seconds == 0


def test_a_command_lost_twice_is_cancelled_and_the_deposit_fails_without_a_posting(stores: Stores) -> None:
    operation = accept(stores, "deposit", "5.00")
    watchdog.watch(stores.banking, TIMEOUT, later(1))  # published again, and lost again
    report = watchdog.watch(stores.banking, TIMEOUT, later(2))
    assert (report.republished, report.cancels) == (0, 1)
    command, _, cancel = banking(stores).outbox
    assert cancel.type == "CancelOperation" and cancel.data.command_id == command.id
    relay(stores, banking(stores).outbox, 2)
    relay(stores, ledger(stores).outbox, 0)
    assert status(stores, operation) == ("failed", "OPERATION_TIMED_OUT")
    relay(stores, [command], 0)  # the command turns up after all: refused, nothing posted
    assert ledger(stores).journal(ACCOUNT) == []
    assert stores.query.account("alice", ACCOUNT).balance == Decimal("0.00")


def test_a_cancel_is_sent_again_until_the_ledger_answers(stores: Stores) -> None:
    accept(stores, "withdraw", "5.00")
    watchdog.watch(stores.banking, TIMEOUT, later(1))
    watchdog.watch(stores.banking, TIMEOUT, later(2))
    assert watchdog.watch(stores.banking, TIMEOUT, later(2.5)).cancels == 0  # not yet a timeout later
    assert watchdog.watch(stores.banking, TIMEOUT, later(3)).cancels == 1
    assert [m.type for m in banking(stores).outbox] == [
        "Withdraw",
        "Withdraw",
        "CancelOperation",
        "CancelOperation",
    ]
    (watched,) = banking(stores).overdue(timestamp(later(5)))
    assert watched.step == CANCELLING


def test_a_posting_whose_event_was_lost_is_learnt_from_the_cancel(stores: Stores) -> None:
    operation = accept(stores, "deposit", "5.00")
    relay(stores, banking(stores).outbox, 0)  # the ledger posts; its Deposited is lost
    watchdog.watch(stores.banking, TIMEOUT, later(1))
    watchdog.watch(stores.banking, TIMEOUT, later(2))
    relay(stores, banking(stores).outbox, 1)  # the command again (a duplicate), then the cancel
    relay(stores, ledger(stores).outbox, 1)
    assert status(stores, operation) == ("completed", None)
    assert [e.amount for e in ledger(stores).journal(ACCOUNT)] == [Decimal("5.00")]
    assert stores.query.account("alice", ACCOUNT).balance == Decimal("5.00")


def test_an_ended_operation_is_not_watched(stores: Stores) -> None:
    operation = accept(stores, "deposit", "5.00")
    relay(stores, banking(stores).outbox, 0)
    relay(stores, ledger(stores).outbox, 0)
    assert status(stores, operation)[0] == "completed"
    report = watchdog.watch(stores.banking, TIMEOUT, later(5))
    assert (report.overdue, report.oldest_pending_seconds) == (0, 0)
    assert banking(stores).overdue(timestamp(later(5))) == []
