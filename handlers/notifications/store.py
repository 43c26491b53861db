"""The notifications service's storage port."""

from __future__ import annotations

import abc
from dataclasses import dataclass
from datetime import datetime

from handlers.notifications.model import Attempt, Delivery, Endpoint, Event
from handlers.storage.remembered import Remembered


@dataclass(frozen=True)
class AttemptPage:
    """A page of attempts, newest first; `more` when older ones follow."""

    rows: list[Attempt]
    more: bool


class NotificationsStore(abc.ABC):
    """Where endpoints, deliveries and their attempts live. Every read of an endpoint's data goes
    through its owner: an endpoint is found in its user's partition or not at all."""

    @abc.abstractmethod
    def create_endpoint(self, endpoint: Endpoint, remembered: Remembered | None) -> None:
        """A new endpoint (and the remembered response, when an Idempotency-Key was sent)."""

    @abc.abstractmethod
    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response remembered under the user's Idempotency-Key, or None."""

    @abc.abstractmethod
    def endpoint(self, user_id: str, endpoint_id: str) -> Endpoint | None:
        """One of the user's endpoints, or None (also for someone else's)."""

    @abc.abstractmethod
    def endpoints(self, user_id: str) -> list[Endpoint]:
        """Every endpoint of the user, oldest first."""

    @abc.abstractmethod
    def delete_endpoint(self, user_id: str, endpoint_id: str) -> bool:
        """Delete one of the user's endpoints, and forget the response remembered under the
        Idempotency-Key it was registered with (sent again, the key registers a new endpoint rather
        than replaying one that is gone); False when the user has no such endpoint."""

    @abc.abstractmethod
    def save_endpoint(self, endpoint: Endpoint) -> bool:
        """Write an endpoint's secrets and status back; False when it was deleted meanwhile."""

    @abc.abstractmethod
    def record_event(self, event: Event) -> int:
        """Queue the event for each endpoint of its user that takes its type, once per endpoint
        however often it is recorded; how many deliveries were new."""

    @abc.abstractmethod
    def queue(self, endpoint: Endpoint, event: Event, now: datetime) -> None:
        """Queue an event for one endpoint (a ping)."""

    @abc.abstractmethod
    def due(self, now: datetime, limit: int) -> list[Delivery]:
        """Pending deliveries whose next attempt is due, oldest first."""

    @abc.abstractmethod
    def claim(self, delivery: Delivery, until: datetime) -> bool:
        """Take a due delivery for one attempt, pushing its next attempt to `until` so no other
        worker takes it meanwhile; False when another worker took it first."""

    @abc.abstractmethod
    def record_attempt(self, delivery: Delivery, attempt: Attempt) -> None:
        """The attempt's row, and the delivery's new state (delivery carries it)."""

    @abc.abstractmethod
    def resend(self, user_id: str, endpoint_id: str, event_id: str, now: datetime) -> bool:
        """Queue one of the endpoint's events again, due now; False when there is no such event."""

    @abc.abstractmethod
    def attempts(self, endpoint_id: str, limit: int, before: str | None) -> AttemptPage:
        """Up to `limit` attempts of the endpoint, newest first, older than the key `before`."""
