"""The bank under a seeded scheduler: clients, pipe relays, consumers and the webhook delivery
worker interleaved step by step.

One generator decides which actor runs next and, through the fault hooks, which DynamoDB calls
let another actor run first (so handlers interleave between their reads and their conditional
writes). Everything else that varies — ids, fault dice — comes from the same seed, so one seed
replays one run exactly.
"""

from __future__ import annotations

import random
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import boto3

from infra import resources
from tests.helpers import Stores
from tests.reliability.actors import Actor, ConsumerActor, PipeActor
from tests.reliability.dynamo_faults import DynamoFaults
from tests.reliability.faults import Crash, Faults, rates_for
from tests.reliability.history import History
from tests.reliability.queues import SimQueue
from tests.reliability.webhooks import (
    FLAKINESS,
    WORKERS,
    DeliveryWorker,
    FakeReceiver,
    at,
    deliveries,
    next_due,
    simulated_time,
)
from tests.reliability.workload import Client

PREFIX = "sim-"
VISIBILITY = 12.0  # scheduler steps a received message stays hidden
CONSUMERS_PER_QUEUE = 2
MAX_DEPTH = 2  # how deep preemption may nest (a step inside a step inside a step)
SETTLE_STEPS = 20000
STALL_ROUNDS = 3  # how many batches each other environment may take while a consumer stalls


class SimBank:
    """The five services on one moto, their traffic through simulated queues, the users' webhook
    receivers behind one fake, under one scheduler."""

    def __init__(
        self,
        seed: int,
        profile: str,
        users: int,
        operations: int,
        workdir: Path,
        visibility: float = VISIBILITY,
    ) -> None:
        self.rng = random.Random(seed)
        self.faults = Faults(rates_for(profile, self.rng), random.Random(self.rng.getrandbits(64)))
        self.now, self.real_time = 0.0, False
        self.trace: list[str] = []
        self.stack: list[Actor] = []
        self.parked = self.resent = 0
        client = boto3.client("dynamodb", region_name="us-east-1")
        self.hooks = DynamoFaults(self.faults)
        self.hooks.install(client)
        self.client = client
        self.stores = Stores.dynamo(client)
        plain = boto3.client("dynamodb", region_name="us-east-1")
        self.plain_client = plain
        self.plain_stores = Stores.dynamo(plain)
        streams = boto3.client("dynamodbstreams", region_name="us-east-1")
        self.queues = {q.name: SimQueue(q, self.clock, visibility) for q in resources.queues()}
        self.pipe = PipeActor((plain, streams, PREFIX), self.queues, self.faults, workdir / "positions.json")
        self.consumers = [
            ConsumerActor(q, i, self.faults, self.rng)
            for q in self.queues.values()
            for i in range(CONSUMERS_PER_QUEUE)
        ]
        for consumer in self.consumers:
            consumer.on_timeout = self.overlap
        self.history = History()
        names = [f"user{i}" for i in range(users)]
        self.clients = [
            Client(u, [o for o in names if o != u], self.stores, self.history, self.rng) for u in names
        ]
        for c in self.clients:
            c.remaining, c.clock = operations, self.clock
            # first of all, each user registers one or two webhook endpoints
            c.plan = [c.register_webhook for _ in range(self.rng.randint(1, 2))]
        failure_rate = self.rng.choice(FLAKINESS)
        self.receiver = FakeReceiver(random.Random(self.rng.getrandbits(64)), failure_rate, self.secret_of)
        self.jitter = random.Random(self.rng.getrandbits(64))  # the retry schedule's
        self.workers = [
            DeliveryWorker(i, self.stores.notifications, self.receiver, self.clock) for i in range(WORKERS)
        ]

    def clock(self) -> float:
        """Scheduler steps; seconds while real threads run."""
        return time.monotonic() if self.real_time else self.now

    @property
    def actors(self) -> list[Actor]:
        """Every actor, clients first."""
        return [*self.clients, self.pipe, *self.consumers, *self.workers]

    def step(self, actor: Actor) -> None:
        """Run one step of an actor; a crash ends the step (the actor's state says what survives)."""
        self.trace.append(("  " * len(self.stack)) + actor.name)
        actor.busy = True
        self.stack.append(actor)
        try:
            actor.step()
        except Crash as crash:
            self.trace.append(f"crash {actor.name}: {crash}")
        finally:
            self.stack.pop()
            actor.busy = False

    def preempt(self) -> None:
        """Let another idle actor run now, in the middle of a DynamoDB call's caller."""
        if len(self.stack) > MAX_DEPTH:
            return
        ready: list[Actor] = [a for a in self.actors if not a.busy and a.runnable()]
        # the races that matter most are between consumers, above all two of one queue
        consumers = [c for c in self.consumers if not c.busy and c.runnable()]
        running = self.stack[-1] if self.stack else None
        siblings = [c for c in consumers if isinstance(running, ConsumerActor) and c.queue is running.queue]
        for preferred, chance in ((siblings, 0.5), (consumers, 0.7)):
            if preferred and self.rng.random() < chance:
                ready = list(preferred)
                break
        if ready:
            self.step(self.rng.choice(ready))

    def stall(self) -> None:
        """The running consumer stalls between its reads and its transaction (a pause, a slow
        network): meanwhile the relays deliver and its service's other environments take batches."""
        running = self.stack[-1] if self.stack else None
        if not isinstance(running, ConsumerActor) or len(self.stack) > MAX_DEPTH:
            return
        if not self.faults.roll("stall"):
            return
        service = running.queue.queue.service
        others = [c for c in self.consumers if c.queue.queue.service == service and c is not running]
        for _ in range(STALL_ROUNDS):
            if not self.pipe.busy:
                self.step(self.pipe)
            ready = [c for c in others if not c.busy and c.runnable()]
            if not ready:
                return
            for consumer in ready:
                self.step(consumer)

    def overlap(self, slow: ConsumerActor) -> None:
        """A batch's visibility lapsed while `slow` handles it: a sibling takes it at slow's next call."""
        siblings = [c for c in self.consumers if c.queue is slow.queue and c is not slow and not c.busy]
        if siblings:
            self.hooks.forced = lambda: self.step(siblings[0])

    def run(self) -> None:
        """The workload under faults, then healing, then delivery until the system is quiet."""
        self.hooks.preempt, self.hooks.stall = self.preempt, self.stall
        outage_ends = 0.0
        while not all(c.finished() for c in self.clients):
            self.now += 1
            # long enough for a failing message to reach the DLQ; one at a time, so that the service
            # comes back between two (overlapping ones would throttle a client past any patience)
            if self.now >= outage_ends and self.faults.roll("outage"):
                outage_ends = self.now + self.rng.randint(2, 8) * VISIBILITY
            self.hooks.outage = self.now < outage_ends
            self.step(self.rng.choice([a for a in self.actors if a.runnable()]))
        self.finish()

    def finish(self) -> None:
        """The faults stop; everything is delivered; what was parked is sent again, as an operator
        would: the DLQs redriven, then the webhook deliveries parked after their eight attempts
        resent (their receivers fixed first: a resend to a receiver still down parks again)."""
        self.faults.heal()
        self.hooks.preempt = self.hooks.stall = None
        self.settle()
        self.parked = sum(q.redrive() for q in self.queues.values())
        self.settle()
        found = deliveries(self.plain_stores.notifications, self.plain_client, [c.user for c in self.clients])
        parked = [d for d in found if d.status == "parked"]
        if parked:
            self.receiver.failure_rate = 0.0
            for d in parked:
                self.plain_stores.notifications.resend(d.user_id, d.endpoint_id, d.event_id, at(self.now))
            self.resent = len(parked)
            self.settle()

    def settle(self) -> None:
        """Deliver until no relay moves anything, every queue is empty and no webhook delivery is
        pending; while nothing else is due, time jumps to the next retry of a webhook."""
        for _ in range(SETTLE_STEPS):
            self.now += 1
            self.step(self.pipe)
            busy = [c for c in self.consumers if c.runnable()]
            if busy:
                self.step(self.rng.choice(busy))
            elif self.pipe.moved == 0:
                due = next_due(self.plain_stores.notifications)
                if due is not None and due <= self.now:
                    self.step(self.workers[0])
                    continue
                waiting = [t for q in self.queues.values() if (t := q.next_visible()) is not None]
                waiting += [due] if due is not None else []
                if not waiting:
                    return
                self.now = max(self.now, min(waiting))
        raise RuntimeError("the system did not go quiet")

    def secret_of(self, url: str) -> str | None:
        """The signing secret the endpoint at this URL was registered with, as its owner keeps it."""
        registered = self.history.endpoints.get(url)
        return registered.secret if registered else None

    def notification_time(self) -> AbstractContextManager[None]:
        """The notifications service on the scheduler's clock and the seed's jitter, for a run."""
        return simulated_time(self.clock, self.jitter)

    def api(self, operation: str, user: str, body: Any = None, /, **params: str) -> Any:
        """A request outside the workload, without faults (for the checker)."""
        from tests.helpers import call

        return call(operation, user, self.plain_stores, body, None, **params)
