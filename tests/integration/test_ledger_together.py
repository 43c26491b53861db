"""The ledger port's `apply_together` on the in-memory fake and on DynamoDB (moto): several messages of
one account in one transaction, all or nothing, within DynamoDB's 100 items."""

from __future__ import annotations

from decimal import Decimal

from handlers.core.ids import new_id
from handlers.ledger import events
from handlers.ledger.model import DEPOSIT, WITHDRAW, LedgerAccount
from handlers.ledger.store import Change, LedgerStore, Outcome
from tests.integration.test_ledger_store import deposit, inbox_ids, outbox_ids, outbox_types, store, withdraw

__all__ = ["store"]  # the fixture: the port in memory and on DynamoDB


def decided(account_id: str, account: LedgerAccount | None, *commands: tuple[str, str]) -> list[Change]:
    """Deposits and withdrawals of one account read as `account`, each decided on the state the one
    before it leaves."""
    changes = []
    for kind, amount in commands:
        message = (deposit if kind == DEPOSIT else withdraw)(account_id, amount)
        changes.append(events.money_movement(message, account, kind))
        account = changes[-1].state or account
    return changes


def test_changes_applied_together_write_everything_of_each(store: LedgerStore) -> None:
    changes = decided(new_id("acc"), None, (DEPOSIT, "10.00"), (WITHDRAW, "25.00"), (DEPOSIT, "5.00"))
    account_id = changes[0].account_id
    assert store.apply_together(changes) is Outcome.APPLIED
    assert store.state(account_id) == changes[2].state
    assert [e.balance_after for e in store.journal(account_id)] == [Decimal("10.00"), Decimal("15.00")]
    assert inbox_ids(store) == {c.message.id for c in changes}
    assert outbox_ids(store) == {c.event.id for c in changes if c.event is not None}
    assert sorted(outbox_types(store)) == ["Deposited", "Deposited", "WithdrawalRejected"]


def test_one_message_handled_before_fails_them_all_and_writes_nothing(store: LedgerStore) -> None:
    first = decided(new_id("acc"), None, (DEPOSIT, "1.00"))
    assert store.apply(first[0]) is Outcome.APPLIED
    state = store.state(first[0].account_id)
    again = decided(first[0].account_id, state, (DEPOSIT, "2.00"))
    duplicate = events.money_movement(first[0].message, again[0].state, DEPOSIT)
    assert store.apply_together([again[0], duplicate]) is Outcome.DUPLICATE
    assert store.state(first[0].account_id) == state
    assert inbox_ids(store) == {first[0].message.id}


def test_an_account_changed_since_it_was_read_fails_them_all_and_writes_nothing(store: LedgerStore) -> None:
    opening = decided(new_id("acc"), None, (DEPOSIT, "1.00"))
    assert store.apply(opening[0]) is Outcome.APPLIED
    stale = decided(opening[0].account_id, None, (DEPOSIT, "2.00"), (DEPOSIT, "3.00"))  # read before it
    assert store.apply_together(stale) is Outcome.STALE
    assert store.state(opening[0].account_id) == opening[0].state
    assert inbox_ids(store) == {opening[0].message.id}


def test_only_refusals_still_check_that_the_account_is_as_read(store: LedgerStore) -> None:
    opening = decided(new_id("acc"), None, (DEPOSIT, "1.00"))
    account_id = opening[0].account_id
    assert store.apply(opening[0]) is Outcome.APPLIED
    refused = decided(account_id, opening[0].state, (WITHDRAW, "5.00"), (WITHDRAW, "6.00"))
    assert all(c.state is None for c in refused)
    assert store.apply_together(refused) is Outcome.APPLIED
    stale = LedgerAccount.opened(account_id, "alice", "EUR")  # as it was before the deposit
    moved = decided(account_id, stale, (WITHDRAW, "5.00"), (WITHDRAW, "6.00"))
    assert store.apply_together(moved) is Outcome.STALE


def test_the_most_postings_together_fill_one_transaction(store: LedgerStore) -> None:
    changes = decided(
        new_id("acc"), None, *[(DEPOSIT, "1.00")] * events.MAX_TOGETHER
    )  # 1 + 3 x 33 = 100 items
    assert store.apply_together(changes) is Outcome.APPLIED
    account_id = changes[0].account_id
    assert store.state(account_id) == changes[-1].state
    assert len(store.journal(account_id)) == events.MAX_TOGETHER
