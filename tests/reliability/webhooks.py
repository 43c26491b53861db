"""Webhooks in the simulated bank: the delivery worker as an actor, every user's receivers as one
seeded flaky fake, and the simulated time the notifications service reads.

Nothing leaves the process. The worker is the real `deliver_due` with its `post` injected (so the
SSRF policy, which only the real `post` consults, is not asked to resolve anything) and a pool that
runs each attempt at once, in order, on the scheduler's thread. The fake receiver checks the URL's
form as the real sender does, then by the seed's dice refuses the connection, answers 500, answers
too late or takes the event (2xx). It records every arrival with the Standard Webhooks headers the
real sender would have sent, and verifies them with the secret its owner was given at registration
(a receiver that cannot verify answers 401).

The notifications service's clock is the scheduler's: a step is ten seconds from EPOCH, so a 5 s
retry is due at the next step, a 5 min one 30 steps later, and the settle phase jumps to the next
due delivery, through the whole 28-hour retry schedule if need be.
"""

from __future__ import annotations

import json
import random
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, ParamSpec, TypeVar
from unittest import mock
from urllib.parse import urlsplit

from standardwebhooks import Webhook, WebhookVerificationError

from handlers.core.errors import InvalidWebhookUrlError
from handlers.notifications import api, delivery, dynamo_store, model, sender
from handlers.notifications.dynamo_store import delivery_of
from handlers.notifications.model import Delivery
from handlers.notifications.ssrf import Policy, check_url
from handlers.notifications.store import NotificationsStore
from handlers.storage import dynamo

EPOCH = datetime(2030, 1, 1, tzinfo=UTC)
SECONDS_PER_STEP = 10.0
WORKERS = 2  # runs of the scheduled worker that overlap (a slow run, the next one started meanwhile)
PERIOD = 12.0  # steps between two passes of one worker: two minutes, so about a pass a minute in all
# the share of attempts the receivers fail, drawn per seed: low enough that eight failures in a row
# (a delivery parked) are all but impossible, so a parked delivery is worth a look
FLAKINESS = (0.05, 0.15, 0.3)
POLICY = Policy()  # AWS's: no loopback; `post` is the fake's, which checks only the URL's form
NEVER = datetime(9999, 1, 1, tzinfo=UTC)
P = ParamSpec("P")
T = TypeVar("T")


def at(step: float) -> datetime:
    """The notifications service's time at a scheduler step."""
    return EPOCH + timedelta(seconds=step * SECONDS_PER_STEP)


def step_of(moment: str) -> float:
    """The scheduler step of a time the notifications service wrote."""
    return (datetime.fromisoformat(moment) - EPOCH).total_seconds() / SECONDS_PER_STEP


@contextmanager
def simulated_time(clock: Callable[[], float], rng: random.Random) -> Iterator[None]:
    """The notifications service reads the scheduler's clock (when a delivery is queued, when an
    endpoint is registered) and draws its retry jitter from the seed: a wall-clock millisecond must
    not decide which delivery a worker takes first."""

    class SimDatetime(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> SimDatetime:
            moment = at(clock())
            return cls.fromtimestamp(moment.timestamp(), tz or UTC)

    with ExitStack() as stack:
        stack.enter_context(mock.patch.object(dynamo_store, "datetime", SimDatetime))
        stack.enter_context(mock.patch.object(api, "datetime", SimDatetime))
        stack.enter_context(mock.patch.object(model, "_random", rng))
        yield


@dataclass(frozen=True)
class Arrival:
    """One POST that reached a receiver, and its answer."""

    url: str
    event_id: str
    payload: str
    headers: dict[str, str]
    status: int  # what the receiver answered
    verified: bool | None  # None: the receiver had no secret to verify with

    @property
    def taken(self) -> bool:
        """Whether the receiver took the event (a 2xx, in time for the worker or not)."""
        return 200 <= self.status < 300


class FakeReceiver:
    """Every user's receivers: seeded failures, every arrival recorded."""

    def __init__(
        self, rng: random.Random, failure_rate: float, secret_of: Callable[[str], str | None]
    ) -> None:
        self.rng, self.failure_rate, self.secret_of = rng, failure_rate, secret_of
        self.arrivals: list[Arrival] = []
        self.outcomes: Counter[str] = Counter()
        self.lock = threading.Lock()

    def post(
        self, url: str, event_id: str, payload: str, secrets: list[str], policy: Policy
    ) -> sender.Outcome:
        """What `sender.post` would find, from the dice instead of the network."""
        try:
            check_url(url, policy)
        except InvalidWebhookUrlError as refusal:
            return self.answer(sender.Outcome(None, str(refusal), 0), "refused")
        with self.lock:
            roll = self.rng.random() / self.failure_rate if self.failure_rate else 1.0
        if roll < 0.3:
            return self.answer(sender.Outcome(None, "ConnectError: connection refused", 3), "no connection")
        headers = sender.headers(event_id, payload, secrets, urlsplit(url).hostname or "")
        secret = self.secret_of(url)
        verified = None if secret is None else verifies(secret, payload, headers)
        if not verified:
            outcome, kind = sender.Outcome(401, None, 4), "401 unverified"
        elif roll < 0.6:
            outcome, kind = sender.Outcome(500, None, 4), "500"
        elif roll < 1.0:
            outcome, kind = sender.Outcome(200, "answered after 10.4 s (more than 10 s)", 10400), "too late"
        else:
            outcome, kind = sender.Outcome(204, None, 4), "taken"
        with self.lock:
            self.arrivals.append(Arrival(url, event_id, payload, headers, outcome.http_status or 0, verified))
        return self.answer(outcome, kind)

    def answer(self, outcome: sender.Outcome, kind: str) -> sender.Outcome:
        """Count the outcome by kind."""
        with self.lock:
            self.outcomes[kind] += 1
        return outcome


def verifies(secret: str, payload: str, headers: dict[str, str]) -> bool:
    """Whether the headers sign this payload with this secret (Standard Webhooks' own check)."""
    try:
        Webhook(secret).verify(payload, headers)
    except WebhookVerificationError:
        return False
    return True


class InlinePool(ThreadPoolExecutor):
    """`deliver_due`'s pool with no thread: each attempt runs when submitted, in the order given, so
    the seed decides what happens when. A Crash (the process dying) is not caught: it ends the pass."""

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Run it now; its result or its exception in a done future."""
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as error:
            future.set_exception(error)
        return future


class DeliveryWorker:
    """One run of the scheduled delivery worker: a pass over the due deliveries every `period`."""

    def __init__(
        self, index: int, store: NotificationsStore, receiver: FakeReceiver, clock: Callable[[], float]
    ) -> None:
        self.store, self.receiver, self.clock = store, receiver, clock
        self.name, self.busy = f"webhook-worker#{index}", False
        self.pool = InlinePool(max_workers=1)
        self.period, self.next_pass = PERIOD, 0.0
        self.failed_passes = 0

    def runnable(self) -> bool:
        """Whether its schedule is up."""
        return self.clock() >= self.next_pass

    def step(self) -> None:
        """One pass of the real worker; a store error ends it, as a failed invocation."""
        self.next_pass = self.clock() + self.period
        try:
            delivery.deliver_due(self.store, POLICY, self.pool, lambda: at(self.clock()), self.receiver.post)
        except Exception:  # the due index could not be read: the next scheduled run tries again
            self.failed_passes += 1


def deliveries(store: NotificationsStore, client: Any, users: list[str]) -> list[Delivery]:
    """Every delivery of every endpoint the users have (a Query per endpoint)."""
    table = dynamo.table_name("notifications")
    return [
        delivery_of(item)
        for user in users
        for endpoint in store.endpoints(user)
        for item in dynamo.query_all(client, table, f"ENDPOINT#{endpoint.endpoint_id}", "EVENT#")
    ]


def next_due(store: NotificationsStore) -> float | None:
    """The step at which the next pending delivery is due, or None when none is pending."""
    first = store.due(NEVER, 1)
    return step_of(first[0].next_attempt_at) if first and first[0].next_attempt_at else None


def payload_of(arrival: Arrival) -> dict[str, Any]:
    """An arrival's JSON payload."""
    document: dict[str, Any] = json.loads(arrival.payload)
    return document
