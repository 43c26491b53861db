"""A transfer on the ledger port, on the in-memory fake and on DynamoDB (moto): both accounts in one
transaction, each guarded, so a change to either account since it was read makes it stale."""

from __future__ import annotations

from decimal import Decimal

import pytest

from handlers.core.ids import new_id
from handlers.ledger import events
from handlers.ledger.model import CREDIT, DEBIT, LedgerAccount
from handlers.ledger.store import Change, LedgerStore, Outcome
from handlers.messaging.messages import Message
from tests.fakes import MemoryLedgerStore
from tests.helpers import customer_change, transfer_message
from tests.integration.test_ledger_store import closed, current, inbox_ids, opened, outbox_types, posting


@pytest.fixture(params=["memory", "dynamo"])
def store(request: pytest.FixtureRequest) -> LedgerStore:
    """The ledger port, once in memory and once on DynamoDB (moto)."""
    if request.param == "memory":
        return MemoryLedgerStore()
    from handlers.ledger.dynamo_store import DynamoLedgerStore

    return DynamoLedgerStore(request.getfixturevalue("dynamo_client"))


def funded(store: LedgerStore, amount: str) -> str:
    """An open account holding `amount`."""
    account_id = opened(store)
    assert store.apply(posting(store, account_id, amount)) is Outcome.APPLIED
    return account_id


def decided(store: LedgerStore, message: Message, source: str, destination: str) -> Change:
    """The transfer decided on both accounts as they are now."""
    return events.transfer(message, store.state(source), store.state(destination))


def test_a_transfer_writes_both_accounts_their_entries_and_both_events_at_once(store: LedgerStore) -> None:
    source, destination = funded(store, "100.10"), opened(store)
    message = transfer_message(source, destination, "30.05", description="Rent")
    change = decided(store, message, source, destination)
    assert store.apply(change) is Outcome.APPLIED
    assert (current(store, source).balance, current(store, destination).balance) == (
        Decimal("70.05"),
        Decimal("30.05"),
    )
    assert (current(store, source).sequence, current(store, destination).sequence) == (2, 1)
    (out,), (into,) = store.journal(source)[1:], store.journal(destination)
    assert (out.type, out.counterparty, out.description) == ("transfer_out", destination, "Rent")
    assert (into.type, into.counterparty, into.description) == ("transfer_in", source, "Rent")
    for entry in (out, into):  # the same two legs in both journals: balanced, customer to customer
        assert {(leg.account, leg.side, leg.amount) for leg in entry.legs} == {
            (f"customer:{source}", DEBIT, Decimal("30.05")),
            (f"customer:{destination}", CREDIT, Decimal("30.05")),
        }
    assert (customer_change(out), customer_change(into)) == (Decimal("-30.05"), Decimal("30.05"))
    assert sorted(outbox_types(store)) == ["Deposited", "TransferReceived", "TransferSent"]
    assert message.id in inbox_ids(store)


def test_a_transfer_delivered_again_is_a_duplicate(store: LedgerStore) -> None:
    source, destination = funded(store, "10.00"), opened(store)
    message = transfer_message(source, destination, "4.00")
    assert store.apply(decided(store, message, source, destination)) is Outcome.APPLIED
    assert store.apply(decided(store, message, source, destination)) is Outcome.DUPLICATE
    assert current(store, destination).balance == Decimal("4.00")
    assert len(store.journal(destination)) == 1


def test_a_change_to_the_destination_makes_a_transfer_decision_stale(store: LedgerStore) -> None:
    source, destination = funded(store, "10.00"), funded(store, "1.00")
    on_old_reading = decided(store, transfer_message(source, destination, "4.00"), source, destination)
    meanwhile = posting(store, destination, "2.00")
    assert store.apply(meanwhile) is Outcome.APPLIED
    assert store.apply(on_old_reading) is Outcome.STALE  # it would have overwritten 3.00 with 5.00
    assert current(store, destination).balance == Decimal("3.00")
    assert current(store, source).balance == Decimal("10.00")
    assert len(store.journal(source)) == 1


def test_a_transfer_makes_an_older_close_decision_of_its_destination_stale(store: LedgerStore) -> None:
    source, destination = funded(store, "50.00"), opened(store)
    close_on_empty = events.closing(closed(destination), store.state(destination))
    assert close_on_empty.state is not None and close_on_empty.state.status == "closed"
    assert store.apply(
        decided(store, transfer_message(source, destination, "50.00"), source, destination)
    ) is (Outcome.APPLIED)
    assert store.apply(close_on_empty) is Outcome.STALE  # a closed account never holds money
    assert (current(store, destination).status, current(store, destination).balance) == (
        "active",
        Decimal("50.00"),
    )


def test_a_close_of_the_destination_makes_a_transfer_decision_stale(store: LedgerStore) -> None:
    source, destination = funded(store, "50.00"), opened(store)
    message = transfer_message(source, destination, "5.00")
    on_open = decided(store, message, source, destination)
    assert store.apply(events.closing(closed(destination), store.state(destination))) is Outcome.APPLIED
    assert store.apply(on_open) is Outcome.STALE
    again = decided(store, message, source, destination)
    assert again.event is not None and again.event.data.reason == "ACCOUNT_CLOSED"
    assert store.apply(again) is Outcome.APPLIED
    assert current(store, destination).balance == 0 and store.journal(destination) == []
    assert current(store, source).balance == Decimal("50.00")


def test_a_refused_transfer_writes_only_its_inbox_item_and_refusal(store: LedgerStore) -> None:
    source, destination = funded(store, "5.00"), opened(store)
    before = (current(store, source), current(store, destination))
    change = decided(store, transfer_message(source, destination, "5.01"), source, destination)
    assert change.event is not None and change.event.type == "TransferRejected"
    assert store.apply(change) is Outcome.APPLIED
    assert (current(store, source), current(store, destination)) == before
    assert sorted(outbox_types(store)) == ["Deposited", "TransferRejected"]


def test_an_unknown_destination_gets_the_refusal_of_a_closed_one(store: LedgerStore) -> None:
    source = funded(store, "5.00")
    gone = opened(store)
    store.apply(events.closing(closed(gone), store.state(gone)))
    reasons = []
    for destination in (gone, new_id("acc")):
        change = decided(store, transfer_message(source, destination, "1.00"), source, destination)
        assert change.event is not None
        reasons.append((change.event.data.reason, change.event.data.message))
    assert (
        reasons[0] == reasons[1] == ("ACCOUNT_CLOSED", "The destination account is closed or does not exist")
    )


def test_the_guard_is_the_destination_as_read(store: LedgerStore) -> None:
    source, destination = funded(store, "10.00"), opened(store)
    change = decided(store, transfer_message(source, destination, "1.00"), source, destination)
    assert change.credit is not None and change.credit.expected == store.state(destination)
    assert isinstance(change.credit.state, LedgerAccount) and change.credit.state.sequence == 1
