"""The delivery worker: every due delivery gets one attempt, and its next state.

It runs on a schedule (AWS) or in a loop (`make run`), reading the `due` index. Attempts run side by
side on a pool of threads, each bounded by the sender's 10 s, and a delivery is claimed before its
attempt (its next attempt pushed past the attempt's longest time), so a slow or dead receiver holds
one thread for one attempt and never the deliveries of other endpoints, and two workers never send
one delivery at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from handlers.core.jsonio import timestamp
from handlers.notifications import sender
from handlers.notifications.model import Attempt, Delivery, Endpoint, after_failure, next_attempt
from handlers.notifications.ssrf import Policy
from handlers.notifications.store import NotificationsStore

log = logging.getLogger(__name__)
CLAIM = timedelta(seconds=60)  # longer than an attempt can take: the claim lapses if the worker dies
BATCH = 100
Clock = Callable[[], datetime]
Post = Callable[[str, str, str, list[str], Policy], sender.Outcome]


def utc_now() -> datetime:
    """The wall clock."""
    return datetime.now(UTC)


def attempt_one(
    store: NotificationsStore,
    delivery: Delivery,
    policy: Policy,
    clock: Clock = utc_now,
    post: Post = sender.post,
) -> Attempt | None:
    """Claim a due delivery and make one attempt; the attempt recorded, or None if not claimed."""
    now = clock()
    if not store.claim(delivery, now + CLAIM):
        return None
    endpoint = store.endpoint(delivery.user_id, delivery.endpoint_id)
    if endpoint is None or endpoint.status != "enabled":
        why = "the endpoint was deleted" if endpoint is None else "the endpoint is disabled"
        outcome = sender.Outcome(None, why, 0)
    else:
        outcome = post(
            endpoint.url, delivery.event_id, delivery.payload, endpoint.signing_secrets(now), policy
        )
    ended = clock()
    made = replace(delivery, attempts=delivery.attempts + 1)
    sendable = endpoint is not None and endpoint.status == "enabled"
    retry = next_attempt(made, ended) if sendable and not outcome.succeeded else None
    if outcome.succeeded:
        state, kind = replace(made, status="delivered", next_attempt_at=None), "succeeded"
    elif retry is None:
        state, kind = replace(made, status="parked", next_attempt_at=None), "parked"
    else:
        state, kind = replace(made, next_attempt_at=timestamp(retry)), "failed"
    attempt = Attempt(
        delivery.endpoint_id,
        delivery.event_id,
        delivery.event_type,
        made.attempts,
        kind,
        outcome.http_status,
        outcome.error,
        outcome.duration_ms,
        timestamp(now),
        state.next_attempt_at,
    )
    store.record_attempt(state, attempt)
    if endpoint is not None and endpoint.status == "enabled":
        follow_endpoint(store, endpoint, outcome.succeeded, ended)
    return attempt


def follow_endpoint(store: NotificationsStore, endpoint: Endpoint, succeeded: bool, now: datetime) -> None:
    """Note how the endpoint is doing: failing since when, disabled when that lasts for days."""
    if succeeded:
        if endpoint.failing_since is not None:
            store.save_endpoint(replace(endpoint, failing_since=None))
        return
    after = after_failure(endpoint, now)
    if after != endpoint:
        if after.status == "disabled":
            log.warning("webhook endpoint %s disabled: %s", endpoint.endpoint_id, after.disabled_reason)
        store.save_endpoint(after)


def deliver_due(
    store: NotificationsStore,
    policy: Policy,
    pool: ThreadPoolExecutor,
    clock: Clock = utc_now,
    post: Post = sender.post,
) -> int:
    """One pass: every due delivery attempted side by side; how many attempts were made."""
    due = store.due(clock(), BATCH)
    futures = [pool.submit(attempt_one, store, d, policy, clock, post) for d in due]
    made = 0
    for future in futures:
        try:
            made += future.result() is not None
        except Exception:  # one delivery's failure (a store error) must not stop the others
            log.exception("a webhook delivery failed")
    return made


class Worker:
    """Attempts due deliveries without waiting for them: each pass hands the newly due ones to the
    pool and returns, so a slow receiver never delays the next pass (`make run`'s loop)."""

    def __init__(
        self,
        store: NotificationsStore,
        policy: Policy,
        pool: ThreadPoolExecutor,
        clock: Clock = utc_now,
        post: Post = sender.post,
    ) -> None:
        self.store, self.policy, self.pool, self.clock, self.post = store, policy, pool, clock, post
        self.in_flight: set[tuple[str, str]] = set()
        self.lock = threading.Lock()

    def submit_due(self) -> int:
        """Hand every due delivery not already in flight to the pool; how many were handed."""
        handed = 0
        for delivery in self.store.due(self.clock(), BATCH):
            key = (delivery.endpoint_id, delivery.event_id)
            with self.lock:
                if key in self.in_flight:
                    continue
                self.in_flight.add(key)
            self.pool.submit(self._attempt, delivery, key)
            handed += 1
        return handed

    def _attempt(self, delivery: Delivery, key: tuple[str, str]) -> None:
        try:
            attempt_one(self.store, delivery, self.policy, self.clock, self.post)
        except Exception:
            log.exception("a webhook delivery failed")
        finally:
            with self.lock:
                self.in_flight.discard(key)
