"""The moving parts besides the clients: the pipe relays and the consumer functions.

Each is an actor whose `step` does one unit of work a real component would: a relay polls every
outbox stream once, a consumer receives one batch and invokes its Lambda handler with it.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any, Protocol

from infra.functions.consumers import consumer_for
from infra.local.event_source import LambdaContext, sqs_record
from infra.local.pipes import PipeRelay, Positions
from infra.resources import Pipe, destinations, pipes
from tests.reliability.faults import Crash, Faults
from tests.reliability.queues import SimQueue, SqsMessage


class Actor(Protocol):
    """Something the scheduler can run one step of."""

    name: str
    busy: bool

    def runnable(self) -> bool:
        """Whether a step now would do anything."""

    def step(self) -> None:
        """One unit of work; may raise Crash."""


class PipeActor:
    """The pipe relays of every outbox, restarted from their positions file after a crash."""

    def __init__(self, tables: tuple[Any, Any, str], queues: dict[str, SimQueue], faults: Faults, path: Path):
        self.dynamodb, self.streams, self.prefix = tables
        self.queues, self.faults, self.path = queues, faults, path
        self.name, self.busy, self.moved = "pipes", False, 0
        self.relays: list[PipeRelay] | None = None
        self.restarts = 0
        self.routed: Counter[str] = Counter()  # message types, as often as the relays delivered them

    def runnable(self) -> bool:
        """Always: only a poll tells whether the streams hold something new."""
        return True

    def step(self) -> None:
        """Poll every outbox stream once, as a (re)started relay process would."""
        if self.relays is None:
            positions = Positions(self.path)  # a new process reads where the last one got to
            self.relays = [
                PipeRelay(p, self.prefix + p.source_table, self.dynamodb, self.streams, positions)
                for p in pipes()
            ]
        try:
            self.moved = sum(relay.poll(self.route) for relay in self.relays)
        except Crash:
            self.relays, self.restarts = None, self.restarts + 1
            raise

    def route(self, pipe: Pipe, body: str, parameters: dict[str, str]) -> None:
        """Publish as the pipe and topic would: each destination queue gets its copies."""
        crash = self.faults.roll("relay_crash")
        if crash and self.faults.pick([True, False]):
            raise Crash("relay died before delivering")
        kind = json.loads(body)["type"]
        self.routed[kind] += 1
        for queue in destinations(pipe, kind):
            for _ in range(self.faults.copies()):
                self.queues[queue].send(body, parameters.get("MessageGroupId"))
        if crash:
            raise Crash("relay died after delivering, before noting its position")


class ConsumerActor:
    """One Lambda execution environment of a queue's consumer function."""

    def __init__(self, queue: SimQueue, index: int, faults: Faults, rng: random.Random) -> None:
        self.queue, self.faults, self.rng = queue, faults, rng
        self.name, self.busy = f"{queue.queue.name}#{index}", False
        self.function = consumer_for(queue.queue.service)  # its own batch processor, as a new runtime
        self.on_timeout: Any = None  # set by the bank: who picks up a batch whose visibility lapsed

    def runnable(self) -> bool:
        """Whether the queue has a visible message."""
        return self.queue.has_visible()

    def step(self) -> None:
        """Receive a batch, invoke the function, delete what it handled (unless it dies first)."""
        # SQS returns fewer messages than asked for as often as not: batches of every size
        batch = self.queue.receive(self.rng, self.rng.randint(1, self.queue.queue.batch_size))
        if not batch:
            return
        if self.faults.roll("handler_timeout"):
            for message in batch:
                self.queue.release(message)  # still being handled, and visible to others again
            if self.on_timeout is not None:
                self.on_timeout(self)
        failed = self.invoke(batch)
        if self.faults.roll("crash_after_commit"):
            raise Crash("consumer died before acknowledging its batch")
        for message in batch:
            if message.message_id not in failed:
                self.queue.delete(message)

    def invoke(self, batch: list[SqsMessage]) -> set[str]:
        """Run the handler on an SQS event; the ids it reports failed (all, if it failed as a whole)."""
        records = [
            sqs_record(
                {
                    "MessageId": m.message_id,
                    "ReceiptHandle": m.receipt,
                    "Body": m.body,
                    "Attributes": {"ApproximateReceiveCount": str(m.receive_count)}
                    | ({"MessageGroupId": m.group} if m.group else {}),
                },
                f"arn:aws:sqs:us-east-1:123456789012:{self.queue.queue.name}",
                "us-east-1",
            )
            for m in batch
        ]
        context = LambdaContext(f"{self.queue.queue.service}-consumer", f"{self.name}-{batch[0].receipt}")
        try:
            answer = self.function({"Records": records}, context)
        except Exception:  # every record failed: the invocation fails and SQS keeps the batch
            return {m.message_id for m in batch}
        return {f["itemIdentifier"] for f in answer.get("batchItemFailures", [])}
