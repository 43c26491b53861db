"""The ledger's consumer function on batches from its FIFO queue: group by group, in order, the
commands of a group posted in one transaction, a failure holding back only the rest of its group."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest

from handlers.core.ids import new_id
from handlers.messaging.messages import wire
from infra.functions import consumers, runtime
from infra.local.event_source import LambdaContext, sqs_record
from tests.helpers import message_of, runtime_stores

pytestmark = pytest.mark.usefixtures("fresh_runtime")
ARN = "arn:aws:sqs:us-east-1:123456789012:bank-test-ledger-commands.fifo"
POISON = '{"type": "Deposit", "id": "not a message"}'


def deposit(account_id: str, amount: str = "10.00") -> str:
    operation_id = new_id("op")
    data = {
        "operationId": operation_id,
        "accountId": account_id,
        "userId": "alice",
        "amount": Decimal(amount),
    }
    data |= {"currency": "EUR", "requestedAt": "2026-01-01T00:00:00.000Z"}
    return wire(message_of("Deposit", account_id, operation_id, data))


def fifo_event(*messages: tuple[str, str]) -> dict[str, Any]:
    """(group, body) pairs as Lambda hands a FIFO batch over, in the queue's order."""
    records = []
    for group, body in messages:
        attributes = {
            "ApproximateReceiveCount": "1",
            "MessageGroupId": group,
            "MessageDeduplicationId": body[-40:],
        }
        message = {"MessageId": str(uuid.uuid4()), "ReceiptHandle": uuid.uuid4().hex, "Body": body}
        records.append(sqs_record(message | {"Attributes": attributes}, ARN, "us-east-1"))
    return {"Records": records}


def invoke(event: dict[str, Any]) -> list[str]:
    """The bodies the function reports failed."""
    answer = consumers.ledger(event, LambdaContext("ledger-consumer", "request-1"))
    failed = {f["itemIdentifier"] for f in answer["batchItemFailures"]}
    return [r["body"] for r in event["Records"] if r["messageId"] in failed]


@pytest.fixture
def transactions() -> list[int]:
    """How many items each TransactWriteItems the functions send holds."""
    sizes: list[int] = []
    runtime.client().meta.events.register(
        "provide-client-params.dynamodb.TransactWriteItems",
        lambda params, **_: sizes.append(len(params["TransactItems"])),
    )
    return sizes


def balance(account_id: str) -> Decimal:
    state = runtime_stores().ledger.state(account_id)
    return Decimal(-1) if state is None else state.balance


def test_the_commands_of_a_group_are_posted_in_one_transaction(transactions: list[int]) -> None:
    a, b = new_id("acc"), new_id("acc")
    event = fifo_event(*[(a, deposit(a)) for _ in range(6)], (b, deposit(b)), (b, deposit(b)))
    assert invoke(event) == []
    assert (balance(a), balance(b)) == (Decimal("60.00"), Decimal("20.00"))
    assert transactions == [1 + 3 * 6, 1 + 3 * 2]  # one state, and each command's inbox, entry, event


def test_a_batch_received_again_applies_nothing_twice(transactions: list[int]) -> None:
    a = new_id("acc")
    event = fifo_event(*[(a, deposit(a)) for _ in range(4)])
    assert invoke(event) == [] and invoke(event) == []  # the function died before SQS deleted them
    assert balance(a) == Decimal("40.00")
    assert len(runtime_stores().ledger.journal(a)) == 4


def test_a_failure_holds_back_the_rest_of_its_group_and_no_other(transactions: list[int]) -> None:
    a, b = new_id("acc"), new_id("acc")
    first, later = deposit(a, "1.00"), deposit(a, "2.00")
    others = [deposit(b, "5.00"), deposit(b, "6.00")]
    event = fifo_event((a, first), (b, others[0]), (a, POISON), (b, others[1]), (a, later))
    assert invoke(event) == [POISON, later]  # `later` waits for the poison, as SQS keeps their order
    assert (balance(a), balance(b)) == (Decimal("1.00"), Decimal("11.00"))


def test_a_group_that_cannot_go_together_is_taken_one_by_one(transactions: list[int]) -> None:
    a = new_id("acc")
    body = deposit(a, "3.00")
    assert invoke(fifo_event((a, body))) == []
    transactions.clear()
    event = fifo_event((a, body), (a, deposit(a, "4.00")))  # the first is a duplicate now
    assert invoke(event) == []
    assert balance(a) == Decimal("7.00")
    assert transactions == [1 + 3 * 2, 4, 4]  # the batch is refused whole, then one by one
