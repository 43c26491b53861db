"""The ledger's cancel decision on the in-memory fake and on DynamoDB (moto): a command is either
posted (the cancel tells the posting again) or refused for good (the cancel records it; the command,
arriving late, changes nothing). Never both."""

from __future__ import annotations

import json
import threading
from decimal import Decimal
from typing import Any

import boto3
import pytest

from handlers.core.ids import new_id
from handlers.ledger import events
from handlers.ledger.dynamo_store import DynamoLedgerStore
from handlers.ledger.store import LedgerStore
from handlers.messaging.messages import Message
from handlers.storage import dynamo
from infra.local import engine
from tests.fakes import MemoryLedgerStore
from tests.helpers import message_of, transfer_message

USER = "alice"


@pytest.fixture(params=["memory", "dynamo"])
def store(request: pytest.FixtureRequest) -> LedgerStore:
    """The ledger port, once in memory and once on DynamoDB (moto)."""
    if request.param == "memory":
        return MemoryLedgerStore()
    return DynamoLedgerStore(request.getfixturevalue("dynamo_client"))


def command(kind: str, account_id: str, amount: str) -> Message[Any]:
    """A Deposit or Withdraw command of a new operation."""
    operation_id = new_id("op")
    data = {
        "operationId": operation_id,
        "accountId": account_id,
        "userId": USER,
        "amount": Decimal(amount),
        "currency": "EUR",
        "requestedAt": "2026-01-15T09:31:00.000Z",
    }
    return message_of(kind, account_id, operation_id, data)


def cancel(sent: Message[Any]) -> Message[Any]:
    """The CancelOperation banking's watchdog sends for a command's operation."""
    data = sent.data
    kind = "deposit" if sent.type == "Deposit" else "withdraw"
    fields = {
        "operationId": data.operation_id,
        "accountId": data.account_id,
        "userId": USER,
        "operationType": kind,
        "amount": data.amount,
        "currency": "EUR",
        "commandId": sent.id,
        "requestedAt": data.requested_at,
    }
    return message_of("CancelOperation", data.account_id, data.operation_id, fields)


def sent(store: LedgerStore) -> list[tuple[str, dict[str, Any]]]:
    """Every outgoing message: its type and data, oldest first."""
    if isinstance(store, MemoryLedgerStore):
        messages = [m.text for m in store.outbox]
    else:
        assert isinstance(store, DynamoLedgerStore)
        items = sorted(
            map(dynamo.from_item, store.client.scan(TableName=store.outbox)["Items"]),
            key=lambda i: i["createdAt"],
        )
        messages = [i["message"] for i in items]
    return [(m["type"], m["data"]) for m in map(json.loads, messages)]


def test_a_command_cancelled_before_it_arrives_is_refused_and_changes_nothing(store: LedgerStore) -> None:
    account_id = new_id("acc")
    events.on_deposit(command("Deposit", account_id, "5.00"), store)
    late = command("Deposit", account_id, "7.00")
    events.on_cancel_operation(cancel(late), store)
    events.on_deposit(late, store)  # the command, arriving after the cancel
    state = store.state(account_id)
    assert state is not None and state.balance == Decimal("5.00") and state.sequence == 1
    assert [e.operation_id for e in store.journal(account_id)] != [late.data.operation_id]
    assert len(store.journal(account_id)) == 1
    answers = [
        (kind, data["reason"]) for kind, data in sent(store) if data["operationId"] == late.data.operation_id
    ]
    assert answers == [("DepositRejected", "OPERATION_TIMED_OUT")]


def test_a_command_posted_before_the_cancel_is_told_again_and_never_refused(store: LedgerStore) -> None:
    account_id = new_id("acc")
    events.on_deposit(command("Deposit", account_id, "5.00"), store)
    posted = command("Withdraw", account_id, "2.00")
    events.on_withdraw(posted, store)
    events.on_cancel_operation(cancel(posted), store)
    answers = [(kind, data) for kind, data in sent(store) if data["operationId"] == posted.data.operation_id]
    assert [kind for kind, _ in answers] == ["Withdrawn", "Withdrawn"]
    assert answers[0][1] == answers[1][1] | {"postedAt": answers[0][1]["postedAt"]}
    assert answers[1][1]["sequence"] == 2 and answers[1][1]["balance"] == Decimal("3.00")
    state = store.state(account_id)
    assert state is not None and state.balance == Decimal("3.00") and len(store.journal(account_id)) == 2


def test_a_command_refused_before_the_cancel_stays_refused(store: LedgerStore) -> None:
    account_id = new_id("acc")
    refused = command("Withdraw", account_id, "2.00")
    events.on_withdraw(refused, store)  # nothing to withdraw from
    events.on_cancel_operation(cancel(refused), store)
    events.on_cancel_operation(cancel(refused), store)  # sent again: the same answer
    kinds = [kind for kind, data in sent(store) if data["operationId"] == refused.data.operation_id]
    assert kinds == ["WithdrawalRejected"] * 3
    assert store.journal(account_id) == []


def test_a_cancel_sent_twice_refuses_once_and_answers_twice(store: LedgerStore) -> None:
    account_id = new_id("acc")
    never = command("Deposit", account_id, "9.00")
    events.on_cancel_operation(cancel(never), store)
    events.on_cancel_operation(cancel(never), store)
    events.on_deposit(never, store)
    assert store.state(account_id) is None and store.journal(account_id) == []
    reasons = [data["reason"] for _, data in sent(store)]
    assert reasons == ["OPERATION_TIMED_OUT", "OPERATION_TIMED_OUT"]


def transfer_cancel(sent: Message[Any]) -> Message[Any]:
    """The CancelOperation of a transfer's operation."""
    data = sent.data
    fields = {
        "operationId": data.operation_id,
        "accountId": data.account_id,
        "userId": USER,
        "operationType": "transfer",
        "amount": data.amount,
        "currency": "EUR",
        "commandId": sent.id,
        "requestedAt": data.requested_at,
    }
    return message_of("CancelOperation", data.account_id, data.operation_id, fields)


def test_a_transfer_is_posted_or_refused_for_good_never_both(store: LedgerStore) -> None:
    source, destination = new_id("acc"), new_id("acc")
    events.on_deposit(command("Deposit", source, "10.00"), store)
    events.on_deposit(command("Deposit", destination, "1.00"), store)
    posted = transfer_message(source, destination, "4.00", description="Rent")
    events.on_transfer(posted, store)
    events.on_cancel_operation(transfer_cancel(posted), store)  # posted already: told again
    never = transfer_message(source, destination, "3.00")
    events.on_cancel_operation(transfer_cancel(never), store)
    events.on_transfer(never, store)  # arriving after its cancel: refused, nothing moves
    told = [(kind, data) for kind, data in sent(store) if data["operationId"] == posted.data.operation_id]
    kinds = [kind for kind, _ in told]  # both sides come from one transaction, in either order
    assert sorted(kinds[:2]) == ["TransferReceived", "TransferSent"] and kinds[2] == "TransferSent"
    first = next(data for kind, data in told if kind == "TransferSent")
    assert told[2][1] == first | {"postedAt": told[2][1]["postedAt"]}  # the sender's side again
    refused = [
        (kind, data["reason"]) for kind, data in sent(store) if data["operationId"] == never.data.operation_id
    ]
    assert refused == [("TransferRejected", "OPERATION_TIMED_OUT")]
    balances = [store.state(a).balance for a in (source, destination)]  # type: ignore[union-attr]
    assert balances == [Decimal("6.00"), Decimal("5.00")]


@pytest.fixture
def patched_engine() -> None:
    """moto serialized as the local engine runs it: a transaction's checks and writes are atomic."""
    engine.patch()


def test_commands_racing_their_cancels_are_either_posted_or_refused(
    dynamo_client: Any, patched_engine: None
) -> None:
    account_id = new_id("acc")
    deposits = [command("Deposit", account_id, "1.00") for _ in range(12)]
    failures: list[BaseException] = []

    def handle(messages: list[Message[Any]]) -> None:
        store = DynamoLedgerStore(boto3.session.Session().client("dynamodb", region_name="us-east-1"))
        try:
            for message in messages:
                if message.type == "Deposit":
                    events.on_deposit(message, store)
                else:
                    events.on_cancel_operation(message, store)
        except BaseException as exc:  # surfaced to the test below
            failures.append(exc)

    threads = [
        threading.Thread(target=handle, args=(deposits,)),
        threading.Thread(target=handle, args=([cancel(d) for d in deposits],)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    store = DynamoLedgerStore(dynamo_client)
    posted = {e.operation_id for e in store.journal(account_id)}
    outcomes: dict[str, set[str]] = {}
    for kind, data in sent(store):
        outcomes.setdefault(data["operationId"], set()).add(kind)
    assert all(
        outcomes[d.data.operation_id]
        == ({"Deposited"} if d.data.operation_id in posted else {"DepositRejected"})
        for d in deposits
    )
    state = store.state(account_id)
    assert (state.balance if state else Decimal(0)) == Decimal(len(posted))
