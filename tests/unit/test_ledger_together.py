"""Several commands of one account posted together: one read, one transaction, each message once."""

from __future__ import annotations

from decimal import Decimal

from handlers.core.ids import new_id
from handlers.ledger import events
from handlers.ledger.model import LedgerAccount
from handlers.messaging.messages import Message
from tests.unit.test_ledger import Ledger, command, opened


def account(ledger: Ledger) -> str:
    account_id = new_id("acc")
    ledger.send(opened(account_id))
    return account_id


def one_by_one(ledger: Ledger, messages: list[Message]) -> None:
    """What the consumer does when the ledger declines to take them together."""
    for message in messages:
        ledger.send(message)


def test_commands_of_one_account_are_posted_in_order_on_the_running_balance() -> None:
    ledger = Ledger()
    acc = account(ledger)
    batch = [
        command("Deposit", acc, "10.00"),
        command("Withdraw", acc, "15.00"),  # more than the 10.00 the deposit before it leaves
        command("Deposit", acc, "7.50"),
        command("Withdraw", acc, "12.50"),
    ]
    assert events.post_together(batch, ledger.store)
    assert ledger.balance(acc) == Decimal("5.00")
    assert [(e.type, e.sequence, e.balance_after) for e in ledger.store.journal(acc)] == [
        ("deposit", 1, Decimal("10.00")),
        ("deposit", 2, Decimal("17.50")),
        ("withdraw", 3, Decimal("5.00")),
    ]
    assert [(m.type, m.correlation_id) for m in ledger.store.outbox] == [
        ("Deposited", batch[0].data.operation_id),
        ("WithdrawalRejected", batch[1].data.operation_id),
        ("Deposited", batch[2].data.operation_id),
        ("Withdrawn", batch[3].data.operation_id),
    ]
    assert [m.data.balance for m in ledger.emitted("Deposited") + ledger.emitted("Withdrawn")] == [
        Decimal("10.00"),
        Decimal("17.50"),
        Decimal("5.00"),
    ]
    assert ledger.store.inbox >= {m.id for m in batch}


def test_a_batch_delivered_again_is_declined_and_applied_nowhere_twice() -> None:
    ledger = Ledger()
    acc = account(ledger)
    batch = [command("Deposit", acc, "10.00") for _ in range(5)]
    assert events.post_together(batch, ledger.store)
    written = (ledger.state(acc), list(ledger.store.outbox))
    assert not events.post_together(batch, ledger.store)  # the consumer then takes them one by one
    one_by_one(ledger, batch)
    assert (ledger.state(acc), ledger.store.outbox) == written
    assert ledger.balance(acc) == Decimal("50.00")


def test_one_message_handled_before_makes_the_batch_go_one_by_one_each_once() -> None:
    ledger = Ledger()
    acc = account(ledger)
    batch = [command("Deposit", acc, amount) for amount in ("1.00", "2.00", "4.00")]
    ledger.send(batch[1])  # a copy of it got there first (a pipe retry after SQS's 5 minutes, say)
    assert not events.post_together(batch, ledger.store)
    assert ledger.balance(acc) == Decimal("2.00")  # the declined batch wrote nothing
    one_by_one(ledger, batch)
    assert ledger.balance(acc) == Decimal("7.00")
    assert len(ledger.store.journal(acc)) == len(ledger.emitted("Deposited")) == 3


def test_a_change_to_the_account_since_it_was_read_declines_the_batch() -> None:
    ledger = Ledger()
    acc = account(ledger)
    batch = [command("Deposit", acc, "1.00"), command("Deposit", acc, "2.00")]
    read = ledger.store.state

    def read_then_another_posting_lands(account_id: str) -> LedgerAccount | None:
        found = read(account_id)
        ledger.store.state = read  # type: ignore[method-assign]
        ledger.send(command("Deposit", acc, "100.00"))
        return found

    ledger.store.state = read_then_another_posting_lands  # type: ignore[method-assign]
    assert not events.post_together(batch, ledger.store)
    assert ledger.balance(acc) == Decimal("100.00")
    one_by_one(ledger, batch)
    assert ledger.balance(acc) == Decimal("103.00")


def test_what_cannot_be_posted_together_is_declined_untouched() -> None:
    ledger = Ledger()
    acc, other = account(ledger), account(ledger)
    deposit = command("Deposit", acc, "1.00")
    declined = [
        [deposit],  # one alone needs no batch
        [deposit, command("Deposit", other, "1.00")],  # two accounts
        [deposit, deposit],  # one message twice (its inbox item cannot be written twice)
        [deposit, opened(new_id("acc"))],  # a message that is not a money command
        [command("Deposit", acc, "1.00") for _ in range(events.MAX_TOGETHER + 1)],  # over 100 items
    ]
    for batch in declined:
        assert not events.post_together(batch, ledger.store)
    assert ledger.balance(acc) == Decimal("0.00") and ledger.store.outbox == []


def test_a_batch_on_an_account_the_ledger_has_not_heard_of_yet_opens_it() -> None:
    ledger = Ledger()
    acc = new_id("acc")
    assert events.post_together(
        [command("Deposit", acc, "3.00"), command("Deposit", acc, "4.00")], ledger.store
    )
    assert (ledger.balance(acc), ledger.state(acc).sequence) == (Decimal("7.00"), 2)
    ledger.send(opened(acc))  # AccountCreated arriving later changes nothing
    assert ledger.balance(acc) == Decimal("7.00")
