"""The notifications service's rules: endpoints, events, the retry schedule, disabling, secrets."""

from __future__ import annotations

import base64
import hashlib
import random
import secrets
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from handlers.core.ids import new_id
from handlers.core.jsonio import timestamp

EVENT_TYPES = (
    "deposit.completed",
    "deposit.failed",
    "withdrawal.completed",
    "withdrawal.failed",
    "transfer.completed",
    "transfer.failed",
    "transfer.received",
    "account.opened",
    "account.closed",
)
PING = "ping"
# After a failed attempt n (1-based), the next one waits RETRY_DELAYS[n - 1], each ±JITTER: eight
# attempts over about 28 hours (Svix's schedule, which Standard Webhooks points to), then parked.
RETRY_DELAYS = (
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
)
ATTEMPTS = len(RETRY_DELAYS) + 1
JITTER = 0.2
# An endpoint whose every attempt failed for this long is disabled, with the reason shown.
DISABLE_AFTER = timedelta(days=5)
# After a rotation the previous secret still signs for this long (two signatures meanwhile).
ROTATION_GRACE = timedelta(hours=24)
SECRET_BYTES = 24
_random = random.SystemRandom()


def new_secret() -> str:
    """A Standard Webhooks signing secret: `whsec_` and the base64 of 24 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def event_id_of(message_id: str) -> str:
    """The webhook event's id, derived from the message it comes from: a redelivered message (same
    id) makes the same event, which the store then keeps once per endpoint."""
    return "evt_" + hashlib.sha256(message_id.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Secret:
    """A signing secret, and when it stops signing (None: the current one)."""

    value: str
    expires_at: str | None = None


@dataclass(frozen=True)
class Endpoint:
    """A user's webhook endpoint."""

    endpoint_id: str
    user_id: str
    url: str
    event_types: tuple[str, ...]
    description: str | None
    created_at: str
    secrets: tuple[Secret, ...]
    status: str = "enabled"
    disabled_reason: str | None = None
    failing_since: str | None = None
    idempotency_key: str | None = None  # the key it was registered with: forgotten when it is deleted

    @staticmethod
    def register(
        user_id: str, url: str, event_types: tuple[str, ...] | None, description: str | None, now: datetime
    ) -> Endpoint:
        """A new endpoint with a fresh secret; every type when none are chosen."""
        return Endpoint(
            new_id("whe"),
            user_id,
            url,
            tuple(event_types or EVENT_TYPES),
            description,
            timestamp(now),
            (Secret(new_secret()),),
        )

    def takes(self, event_type: str) -> bool:
        """Whether an event of this type goes to this endpoint now."""
        return self.status == "enabled" and (event_type == PING or event_type in self.event_types)

    def signing_secrets(self, now: datetime) -> list[str]:
        """The secrets that sign a delivery now: the current one, and the previous one in its grace."""
        return [s.value for s in self.secrets if s.expires_at is None or s.expires_at > timestamp(now)]

    def rotated(self, now: datetime) -> Endpoint:
        """A new current secret; the old one signs until the grace period ends."""
        grace = timestamp(now + ROTATION_GRACE)
        old = [replace(s, expires_at=grace) for s in self.secrets if s.expires_at is None]
        return replace(self, secrets=(Secret(new_secret()), *old))


@dataclass(frozen=True)
class Event:
    """A webhook event for one user: its id, type, time and JSON payload (`{id, type, timestamp,
    data}`), which holds only what the API shows that user."""

    event_id: str
    user_id: str
    type: str
    payload: str


@dataclass(frozen=True)
class Delivery:
    """One event on its way to one endpoint: how many attempts were made, what comes next."""

    endpoint_id: str
    user_id: str
    event_id: str
    event_type: str
    payload: str
    status: str = "pending"  # pending | delivered | parked
    attempts: int = 0
    round_start: int = 0  # attempts made before the last re-send
    next_attempt_at: str | None = None


@dataclass(frozen=True)
class Attempt:
    """One attempt to deliver an event, as `/deliveries` shows it."""

    endpoint_id: str
    event_id: str
    event_type: str
    attempt: int
    outcome: str  # succeeded | failed | parked
    http_status: int | None
    error: str | None
    duration_ms: int
    attempted_at: str
    next_attempt_at: str | None
    attempt_key: str = field(default_factory=lambda: secrets.token_hex(4))


def next_attempt(delivery: Delivery, now: datetime) -> datetime | None:
    """When to try again after a failed attempt (the one just counted in delivery.attempts), with
    jitter; None when that was the last attempt of this round."""
    made = delivery.attempts - delivery.round_start
    if made >= ATTEMPTS:
        return None
    delay = RETRY_DELAYS[made - 1].total_seconds()
    return now + timedelta(seconds=delay * _random.uniform(1 - JITTER, 1 + JITTER))


def after_failure(endpoint: Endpoint, now: datetime) -> Endpoint:
    """The endpoint after a failed attempt: failing since then, disabled once that lasts too long."""
    since = endpoint.failing_since or timestamp(now)
    if timestamp(now - DISABLE_AFTER) >= since and endpoint.status == "enabled":
        reason = f"Every delivery failed for {DISABLE_AFTER.days} days (since {since})"
        return replace(endpoint, failing_since=since, status="disabled", disabled_reason=reason)
    return replace(endpoint, failing_since=since)
