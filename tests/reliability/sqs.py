"""The ledger's queue on the local engine (moto SQS), fed to the real consumer by the real event
source relay: helpers of the poison and redrive tests (their fixtures are in conftest.py)."""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Any

from handlers.messaging.messages import wire
from infra import resources
from infra.functions import consumers
from infra.local.event_source import EventSourceRelay
from infra.local.provision import Provisioned
from tests.helpers import message_of

LEDGER = next(q for q in resources.queues() if q.service == "ledger")
Engine = tuple[dict[str, Any], Provisioned]


@functools.cache
def deposit(n: int, amount: str = "10.00") -> str:
    """A Deposit command on account n, as banking would send it (the same message every time)."""
    op, account = f"op_{n:032x}", f"acc_{n:032x}"
    data = {"operationId": op, "accountId": account, "userId": "alice", "amount": Decimal(amount)}
    data |= {"currency": "EUR", "requestedAt": "2026-01-01T00:00:00.000Z"}
    return wire(message_of("Deposit", account, op, data))


class Spy:
    """The ledger's consumer, counting every time it is handed each body."""

    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def __call__(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        self.seen.append([r["body"] for r in event["Records"]])
        return consumers.ledger(event, context)


def relay(aws: tuple[dict[str, Any], Provisioned], function: Any) -> EventSourceRelay:
    """The event source relay of the ledger's queue, feeding `function`."""
    clients, found = aws
    url, arn = found.queue_urls[LEDGER.name], found.queue_arns[LEDGER.name]
    return EventSourceRelay(clients["sqs"], LEDGER, url, arn, function, "us-east-1")


def drain(source: EventSourceRelay, polls: int = 12) -> None:
    """Poll until the queue has had time to retry and park what fails."""
    for _ in range(polls):
        source.poll(wait_seconds=0)


def messages(sqs: Any, url: str) -> list[str]:
    """The bodies in a queue, peeked at (left visible)."""
    options = {"MaxNumberOfMessages": 10, "WaitTimeSeconds": 0, "VisibilityTimeout": 0}  # a peek
    found = sqs.receive_message(QueueUrl=url, **options).get("Messages", [])
    return [m["Body"] for m in found]


def redrive(sqs: Any, dlq: str, source: str) -> int:
    """What an operator's redrive does: every parked message back to its queue."""
    moved = 0
    while found := sqs.receive_message(QueueUrl=dlq, MaxNumberOfMessages=10).get("Messages", []):
        for message in found:
            sqs.send_message(QueueUrl=source, MessageBody=message["Body"])
            sqs.delete_message(QueueUrl=dlq, ReceiptHandle=message["ReceiptHandle"])
            moved += 1
    return moved
