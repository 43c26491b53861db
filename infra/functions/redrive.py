"""Redrive: re-publish from the outboxes whatever a dead-letter queue says was not delivered or handled.

A pipe's DLQ holds pointers (`DDBStreamBatchInfo`: the stream, shard, sequence numbers and arrival
times of a batch the pipe gave up on), never the records, and a stream keeps a record 24 hours; a
consumer queue's DLQ holds the messages. Either way the message is published again from its
producer's outbox, which keeps it longer than any DLQ keeps a pointer (OUTBOX_TTL): the outbox item
is rewritten, its stream emits it again and its pipe delivers it as the first time, same message id.
Every consumer applies a message once however often it arrives (an inbox item, or a conditional
write the repeat fails), so re-publishing more than was lost is safe: a pointer's window is widened
by WINDOW_SLACK on both sides.

The same code runs as a Lambda function (invoked by an operator, see docs/deployment.md) and as the
`make redrive` command (infra/local/redrive.py).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

import boto3

from handlers.core.jsonio import timestamp
from handlers.storage import dynamo
from infra import resources
from infra.resources import Pipe, Queue

log = logging.getLogger(__name__)
# How far a message's `createdAt` (taken before its transaction) may lie from its stream record's
# arrival time (rounded down to the second): at most a function's run, well under a minute.
WINDOW_SLACK = timedelta(seconds=60)
HIDE_SECONDS = 300  # a DLQ message being redriven, or kept because it cannot be, stays out of sight
PRODUCERS = frozenset(p.service for p in resources.pipes())  # the services with an outbox


@dataclass
class Tally:
    """What a redrive did: DLQ messages read, outbox messages published again, DLQ messages kept."""

    parked: int = 0
    republished: int = 0
    kept: int = 0

    def add(self, other: Tally) -> Tally:
        """Both tallies summed."""
        return Tally(*(a + b for a, b in zip(asdict(self).values(), asdict(other).values(), strict=True)))


def window(pointer: dict[str, Any]) -> tuple[str, str]:
    """The createdAt range of the outbox items a pipe's DLQ pointer stands for."""
    batch = pointer["DDBStreamBatchInfo"]
    first = datetime.fromisoformat(batch["approximateArrivalOfFirstRecord"]) - WINDOW_SLACK
    last = datetime.fromisoformat(batch["approximateArrivalOfLastRecord"]) + WINDOW_SLACK
    return timestamp(first), timestamp(last)


class Redrive:
    """Re-publishes from the outboxes of one deployment (its names start with `prefix`)."""

    def __init__(self, dynamodb: Any, sqs: Any, prefix: str, queue_url: Callable[[str], str]) -> None:
        self.dynamodb, self.sqs, self.prefix, self.queue_url = dynamodb, sqs, prefix, queue_url

    def everything(self) -> Tally:
        """Every pipe's DLQ, then every consumer queue's DLQ."""
        tally = Tally()
        for pipe in resources.pipes():
            tally = tally.add(self.pipe_dlq(pipe))
        for queue in resources.queues():
            tally = tally.add(self.queue_dlq(queue))
        return tally

    def window(self, pipe: Pipe, start: str, end: str) -> int:
        """Publish again every message of the pipe's types its outbox took between start and end."""
        return self._republish(pipe, [(start, end)])

    def pipe_dlq(self, pipe: Pipe) -> Tally:
        """The windows of every pointer in the pipe's DLQ published again (each message once, one
        Scan for them all), then the pointers deleted."""
        tally, windows, done = Tally(), [], []
        for message in self._drain(pipe.dlq):
            tally.parked += 1
            try:
                windows.append(window(json.loads(message["Body"])))
            except (ValueError, KeyError, TypeError):
                tally.kept += 1
                log.error("kept in %s: not a pipe's pointer: %s", pipe.dlq, message["Body"][:200])
                continue
            done.append(message)
        tally.republished = self._republish(pipe, windows) if windows else 0
        for message in done:
            self.sqs.delete_message(QueueUrl=self.queue_url(pipe.dlq), ReceiptHandle=message["ReceiptHandle"])
        return tally

    def _republish(self, pipe: Pipe, windows: list[tuple[str, str]]) -> int:
        """Each message of the pipe's types created within one of the windows, published again once."""
        ids = {i for i, created in self._created(pipe, windows) if any(a <= created <= b for a, b in windows)}
        table = self.prefix + pipe.source_table
        return sum(dynamo.republish(self.dynamodb, table, i) for i in sorted(ids))

    def queue_dlq(self, queue: Queue) -> Tally:
        """Each message in the queue's DLQ published again from its producer's outbox, then deleted;
        one that is not a message of ours, or that its outbox no longer has, is kept."""
        tally = Tally()
        for message in self._drain(queue.dlq):
            tally.parked += 1
            envelope = _envelope(message["Body"])
            outbox = f"{self.prefix}{envelope.get('source')}-outbox"
            if envelope and dynamo.republish(self.dynamodb, outbox, envelope["id"]):
                tally.republished += 1
                self.sqs.delete_message(
                    QueueUrl=self.queue_url(queue.dlq), ReceiptHandle=message["ReceiptHandle"]
                )
            else:
                tally.kept += 1
                log.error(
                    "kept in %s: not a message any outbox still has: %s", queue.dlq, message["Body"][:200]
                )
        return tally

    def _drain(self, dlq: str) -> Iterator[dict[str, Any]]:
        """Every message in a DLQ, each received once (hidden while this redrive runs)."""
        while batch := self.sqs.receive_message(
            QueueUrl=self.queue_url(dlq), MaxNumberOfMessages=10, VisibilityTimeout=HIDE_SECONDS
        ).get("Messages", []):
            yield from batch

    def _created(self, pipe: Pipe, windows: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
        """Id and createdAt of the messages of the pipe's types its outbox took from the first window's
        start to the last one's end: one Scan (it reads the whole outbox, OUTBOX_TTL of messages,
        and a redrive is rare; see docs/deployment.md for what it costs)."""
        kinds = {f":t{i}": {"S": t} for i, t in enumerate(pipe.types)}
        start, end = min(a for a, _ in windows), max(b for _, b in windows)
        options: dict[str, Any] = {
            "TableName": self.prefix + pipe.source_table,
            "FilterExpression": f"createdAt BETWEEN :start AND :end AND #type IN ({', '.join(kinds)})",
            "ExpressionAttributeNames": {"#type": "type"},
            "ExpressionAttributeValues": dynamo.values(start=start, end=end) | kinds,
            "ProjectionExpression": "id, createdAt",
        }
        while True:
            page = self.dynamodb.scan(**options)
            yield from ((item["id"]["S"], item["createdAt"]["S"]) for item in page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                return
            options["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _envelope(body: str) -> dict[str, Any]:
    """A DLQ message's envelope, or {} unless it is a JSON object with a string id from a producer."""
    try:
        found = json.loads(body)
    except ValueError:
        return {}
    ok = isinstance(found, dict) and isinstance(found.get("id"), str) and found.get("source") in PRODUCERS
    return found if ok else {}


def from_environment() -> Redrive:
    """The redrive of the deployment the environment names (BANK_TABLE_PREFIX names every resource)."""
    prefix = os.environ.get("BANK_TABLE_PREFIX", "")
    dynamodb, sqs = boto3.client("dynamodb"), boto3.client("sqs")
    fifo = {name for q in resources.queues() if q.fifo for name in (q.name, q.dlq)}

    def queue_url(
        name: str,
    ) -> str:  # a queue's name in the definition to its URL (a FIFO one's ends `.fifo`)
        return str(sqs.get_queue_url(QueueName=resources.queue_name(prefix + name, name in fifo))["QueueUrl"])

    return Redrive(dynamodb, sqs, prefix, queue_url)


def handler(event: dict[str, Any], _context: Any) -> dict[str, int]:
    """The Lambda function: every DLQ, or with {"pipe", "from", "to"} one pipe's window."""
    redrive = from_environment()
    if "pipe" in event:
        (pipe,) = [p for p in resources.pipes() if p.name == event["pipe"]]
        return {"republished": redrive.window(pipe, timestamp(event["from"]), timestamp(event["to"]))}
    return asdict(redrive.everything())
