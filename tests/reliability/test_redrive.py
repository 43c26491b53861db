"""A redrive after the fix: a valid message parked in the DLQ after a transient failure, redriven
(twice, by mistake) next to a duplicate of one long applied: every effect happens once."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from infra.functions import consumers, runtime
from tests.helpers import runtime_stores
from tests.reliability.dynamo_faults import error_reply
from tests.reliability.sqs import LEDGER, deposit, drain, messages, redrive, relay


def test_a_redrive_after_the_fix_applies_each_message_once(aws: Any) -> None:
    outage = {"on": False}  # the ledger's writes are throttled while on (capacity too low)

    def throttled(**_: Any) -> Any:
        return error_reply("ProvisionedThroughputExceededException") if outage["on"] else None

    events = runtime.client().meta.events
    events.register("before-call.dynamodb.TransactWriteItems", throttled)
    try:
        redrive_after_the_fix(aws, outage)
    finally:
        events.unregister("before-call.dynamodb.TransactWriteItems", throttled)


def redrive_after_the_fix(aws: Any, outage: dict[str, bool]) -> None:
    clients, found = aws
    sqs, url, dlq = clients["sqs"], found.queue_urls[LEDGER.name], found.queue_urls[LEDGER.dlq]
    source = relay(aws, consumers.ledger)
    sqs.send_message(QueueUrl=url, MessageBody=deposit(1))
    drain(source)
    outage["on"] = True
    sqs.send_message(QueueUrl=url, MessageBody=deposit(2, "7.50"))
    drain(source)
    assert (
        messages(sqs, dlq) == [deposit(2, "7.50")] and runtime_stores().ledger.state(f"acc_{2:032x}") is None
    )
    outage["on"] = False  # the fix
    sqs.send_message(QueueUrl=url, MessageBody=deposit(1))  # and a duplicate of one long applied
    assert redrive(sqs, dlq, url) == 1
    drain(source)
    assert redrive(sqs, dlq, url) == 0
    sqs.send_message(QueueUrl=url, MessageBody=deposit(2, "7.50"))  # the redrive, run twice by mistake
    drain(source)
    for n, amount in ((1, "10.00"), (2, "7.50")):
        assert [e.amount for e in runtime_stores().ledger.journal(f"acc_{n:032x}")] == [Decimal(amount)]
        state = runtime_stores().ledger.state(f"acc_{n:032x}")
        assert state is not None and state.balance == Decimal(amount)
    assert messages(sqs, url) == [] and messages(sqs, dlq) == []
