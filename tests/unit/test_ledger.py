"""The ledger's message handlers on the in-memory store, driven by real messages."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from handlers.core.ids import new_id
from handlers.core.jsonio import now_iso
from handlers.ledger import events
from handlers.ledger.model import CASH, CREDIT, DEBIT, LedgerAccount, customer
from handlers.ledger.store import Change, Outcome
from handlers.messaging.messages import Message
from tests.fakes import MemoryLedgerStore
from tests.helpers import customer_change, message_of

USER = "alice"


def command(kind: str, account_id: str, amount: str, currency: str = "EUR") -> Message:
    """A Deposit or Withdraw command as banking sends it."""
    operation_id = new_id("op")
    return message_of(
        kind,
        account_id,
        operation_id,
        {
            "operationId": operation_id,
            "accountId": account_id,
            "userId": USER,
            "amount": Decimal(amount),
            "currency": currency,
            "requestedAt": now_iso(),
        },
    )


def opened(account_id: str, currency: str = "EUR") -> Message:
    """AccountCreated."""
    return message_of(
        "AccountCreated",
        account_id,
        account_id,
        {
            "accountId": account_id,
            "userId": USER,
            "name": "Main",
            "currency": currency,
            "createdAt": now_iso(),
            "version": 1,
        },
    )


def closed(account_id: str, version: int = 2) -> Message:
    """AccountClosed."""
    return message_of(
        "AccountClosed",
        account_id,
        account_id,
        {
            "accountId": account_id,
            "userId": USER,
            "closedAt": now_iso(),
            "version": version,
        },
    )


HANDLERS = {
    "Deposit": events.on_deposit,
    "Withdraw": events.on_withdraw,
    "AccountCreated": events.on_account_created,
    "AccountClosed": events.on_account_closed,
}


class Ledger:
    """One in-memory ledger, fed messages the way the consumer would."""

    def __init__(self, store: MemoryLedgerStore | None = None) -> None:
        self.store = store or MemoryLedgerStore()

    def send(self, message: Message) -> Message:
        HANDLERS[message.type](message, self.store)
        return message

    def emitted(self, kind: str) -> list[Message]:
        return [m for m in self.store.outbox if m.type == kind]

    def state(self, account_id: str) -> LedgerAccount:
        state = self.store.state(account_id)
        assert state is not None
        return state

    def balance(self, account_id: str) -> Decimal:
        return self.state(account_id).balance


@pytest.fixture
def ledger() -> Ledger:
    return Ledger()


@pytest.fixture
def account_id(ledger: Ledger) -> str:
    account_id = new_id("acc")
    ledger.send(opened(account_id))
    return account_id


def test_deposit_then_withdraw_posts_balanced_entries_and_events(ledger: Ledger, account_id: str) -> None:
    put_in = ledger.send(command("Deposit", account_id, "100.10"))
    take_out = ledger.send(command("Withdraw", account_id, "30.05"))
    assert str(ledger.balance(account_id)) == "70.05"
    journal = ledger.store.journal(account_id)
    assert [(e.type, e.sequence, str(e.balance_after)) for e in journal] == [
        ("deposit", 1, "100.10"),
        ("withdraw", 2, "70.05"),
    ]
    for entry in journal:
        debits = sum(leg.amount for leg in entry.legs if leg.side == DEBIT)
        credits = sum(leg.amount for leg in entry.legs if leg.side == CREDIT)
        assert len(entry.legs) == 2 and debits == credits == entry.amount
    assert {(leg.account, leg.side) for leg in journal[0].legs} == {
        (CASH, DEBIT),
        (customer(account_id), CREDIT),
    }
    assert sum(customer_change(e) for e in journal) == Decimal("70.05")
    (deposited,), (withdrawn,) = ledger.emitted("Deposited"), ledger.emitted("Withdrawn")
    assert (str(deposited.data.balance), deposited.data.sequence) == ("100.10", 1)
    assert (str(withdrawn.data.balance), withdrawn.data.sequence) == ("70.05", 2)
    assert (deposited.subject, deposited.correlation_id) == (account_id, put_in.data.operation_id)
    assert (withdrawn.subject, withdrawn.correlation_id) == (account_id, take_out.data.operation_id)
    assert withdrawn.data.amount == Decimal("30.05") and withdrawn.data.user_id == USER


def test_withdrawing_more_than_the_balance_is_rejected(ledger: Ledger, account_id: str) -> None:
    ledger.send(command("Deposit", account_id, "20.00"))
    ask = ledger.send(command("Withdraw", account_id, "20.01"))
    (refusal,) = ledger.emitted("WithdrawalRejected")
    assert (refusal.data.reason, refusal.data.message) == ("INSUFFICIENT_BALANCE", "Insufficient balance")
    assert refusal.correlation_id == ask.data.operation_id and refusal.data.amount == Decimal("20.01")
    assert ledger.balance(account_id) == Decimal("20.00")
    assert len(ledger.store.journal(account_id)) == 1 and ledger.emitted("Withdrawn") == []


def test_a_withdrawal_on_an_account_the_ledger_has_not_seen_is_rejected(ledger: Ledger) -> None:
    account_id = new_id("acc")
    ledger.send(command("Withdraw", account_id, "1.00"))
    assert ledger.emitted("WithdrawalRejected")[0].data.reason == "INSUFFICIENT_BALANCE"
    assert ledger.store.state(account_id) is None


def test_the_same_command_delivered_three_times_posts_once(ledger: Ledger, account_id: str) -> None:
    deposit = command("Deposit", account_id, "10.00")
    for _ in range(3):
        ledger.send(deposit)
    assert len(ledger.store.journal(account_id)) == 1
    assert len(ledger.emitted("Deposited")) == 1 and len(ledger.store.outbox) == 1
    assert ledger.balance(account_id) == Decimal("10.00")


def test_money_movements_on_a_closed_account_are_rejected(ledger: Ledger, account_id: str) -> None:
    ledger.send(closed(account_id))
    ledger.send(command("Deposit", account_id, "5.00"))
    ledger.send(command("Withdraw", account_id, "5.00"))
    (deposit_refusal,) = ledger.emitted("DepositRejected")
    (withdrawal_refusal,) = ledger.emitted("WithdrawalRejected")
    assert (deposit_refusal.data.reason, deposit_refusal.data.message) == (
        "ACCOUNT_CLOSED",
        "The account is closed",
    )
    assert withdrawal_refusal.data.reason == "ACCOUNT_CLOSED"
    assert ledger.store.journal(account_id) == []


def test_a_command_in_another_currency_is_rejected(ledger: Ledger, account_id: str) -> None:
    ledger.send(command("Deposit", account_id, "5.00", currency="USD"))
    (refusal,) = ledger.emitted("DepositRejected")
    assert (refusal.data.reason, refusal.data.currency) == ("CURRENCY_MISMATCH", "USD")
    assert ledger.balance(account_id) == 0 and ledger.store.journal(account_id) == []


def test_an_amount_finer_than_the_currency_is_rejected(ledger: Ledger) -> None:
    account_id = new_id("acc")
    ledger.send(opened(account_id, currency="JPY"))
    ledger.send(command("Deposit", account_id, "100.50", currency="JPY"))
    ledger.send(command("Deposit", account_id, "100", currency="JPY"))
    assert ledger.emitted("DepositRejected")[0].data.reason == "INVALID_AMOUNT"
    assert str(ledger.balance(account_id)) == "100"


def test_a_command_that_overtakes_account_created_still_posts(ledger: Ledger) -> None:
    account_id = new_id("acc")
    ledger.send(command("Deposit", account_id, "42.00"))
    ledger.send(opened(account_id))
    state = ledger.store.state(account_id)
    assert state is not None
    assert (state.status, state.currency, state.user_id, state.balance, state.sequence) == (
        "active",
        "EUR",
        USER,
        Decimal("42.00"),
        1,
    )
    assert ledger.emitted("Deposited")[0].data.sequence == 1


def test_closing_an_account_that_holds_money_is_rejected(ledger: Ledger, account_id: str) -> None:
    ledger.send(command("Deposit", account_id, "12.30"))
    close = ledger.send(closed(account_id, version=4))
    ledger.send(close)
    (refusal,) = ledger.emitted("AccountCloseRejected")
    assert (str(refusal.data.balance), refusal.data.version, refusal.data.reason) == (
        "12.30",
        4,
        "ACCOUNT_NOT_EMPTY",
    )
    assert (refusal.subject, refusal.correlation_id, refusal.data.user_id) == (account_id, account_id, USER)
    assert ledger.state(account_id).status == "active"
    ledger.send(command("Deposit", account_id, "1.00"))
    assert len(ledger.emitted("Deposited")) == 2


def test_closing_an_empty_account_closes_it(ledger: Ledger, account_id: str) -> None:
    ledger.send(command("Deposit", account_id, "5.00"))
    ledger.send(command("Withdraw", account_id, "5.00"))
    ledger.send(closed(account_id))
    state = ledger.store.state(account_id)
    assert state is not None and (state.status, state.sequence) == ("closed", 2)
    assert ledger.emitted("AccountCloseRejected") == []


def test_a_close_that_overtakes_account_created_leaves_the_account_closed(ledger: Ledger) -> None:
    account_id = new_id("acc")
    ledger.send(closed(account_id))
    ledger.send(opened(account_id))
    ledger.send(command("Deposit", account_id, "5.00"))
    assert ledger.state(account_id).status == "closed"
    assert ledger.emitted("DepositRejected")[0].data.reason == "ACCOUNT_CLOSED"


class RacedOnce(MemoryLedgerStore):
    """Lets a rival message land between the handler's read and its first write."""

    def __init__(self) -> None:
        super().__init__()
        self.rival: Message | None = None
        self.outcomes: list[Outcome] = []

    def apply(self, change: Change) -> Outcome:
        if self.rival is not None:
            rival, self.rival = self.rival, None
            events.on_deposit(rival, self)
        outcome = super().apply(change)
        self.outcomes.append(outcome)
        return outcome


def test_a_lost_race_is_decided_again_on_the_new_state_and_posts_once() -> None:
    store = RacedOnce()
    ledger = Ledger(store)
    account_id = new_id("acc")
    ledger.send(opened(account_id))
    store.rival = command("Deposit", account_id, "50.00")
    mine = ledger.send(command("Withdraw", account_id, "30.00"))  # decided on 0.00 first: refused
    assert store.outcomes[-3:] == [Outcome.APPLIED, Outcome.STALE, Outcome.APPLIED]
    (withdrawn,) = ledger.emitted("Withdrawn")
    assert (withdrawn.correlation_id, withdrawn.data.sequence, str(withdrawn.data.balance)) == (
        mine.data.operation_id,
        2,
        "20.00",
    )
    assert ledger.emitted("WithdrawalRejected") == []
    assert [e.sequence for e in store.journal(account_id)] == [1, 2]


class AlwaysOvertaken(MemoryLedgerStore):
    """An account that some other change always gets to first."""

    def apply(self, change: Change) -> Outcome:
        return Outcome.STALE


def test_an_account_that_keeps_changing_raises_so_the_queue_redelivers() -> None:
    ledger = Ledger(AlwaysOvertaken())
    with pytest.raises(events.AccountKeptChanging):
        ledger.send(command("Deposit", new_id("acc"), "1.00"))
    assert ledger.store.outbox == [] and ledger.store.inbox == set()


def test_random_postings_keep_the_journal_equal_to_the_balance(ledger: Ledger, account_id: str) -> None:
    rng = random.Random(20260115)
    expected = Decimal("0.00")
    for _ in range(200):
        amount = Decimal(rng.randint(1, 10000)) / 100
        kind = rng.choice(["Deposit", "Withdraw"])
        ledger.send(command(kind, account_id, str(amount)))
        if kind == "Deposit" or amount <= expected:
            expected += amount if kind == "Deposit" else -amount
        assert ledger.balance(account_id) == expected >= 0
    journal = ledger.store.journal(account_id)
    assert sum(customer_change(e) for e in journal) == ledger.balance(account_id)
    assert [e.sequence for e in journal] == list(range(1, len(journal) + 1))
    assert all(e.balance_after >= 0 for e in journal)
    assert len(journal) + len(ledger.emitted("WithdrawalRejected")) == 200
    assert 0 < len(ledger.emitted("WithdrawalRejected")) < 200
