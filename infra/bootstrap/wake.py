"""Waking the webhook delivery worker as soon as a delivery is queued, instead of at its next pass.

On AWS the worker is the `webhooks` function, which its schedule runs once a minute: the
notifications consumer (a new event) and the API (a test ping, a re-send) invoke it at once,
asynchronously, when they have queued a delivery (`BANK_WEBHOOKS_FUNCTION` names it). Under
`make run` the local relays register a waker instead. A wake that fails is only logged: the
delivery is stored, and the next scheduled pass attempts it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any

import boto3

from handlers.notifications.dynamo_store import DynamoNotificationsStore
from handlers.notifications.model import Endpoint, Event

SETTING = "BANK_WEBHOOKS_FUNCTION"
log = logging.getLogger(__name__)
_local: list[Callable[[], None]] = []  # the local platform's wakers (infra/local/relays.py)


@cache
def lambda_client() -> Any:
    """The Lambda client, made at the first wake (the consumers' cold start does not pay for it)."""
    return boto3.client("lambda")


def register(waker: Callable[[], None]) -> Callable[[], None]:
    """Call `waker` at every wake in this process (the local worker); returns its unregister."""
    _local.append(waker)
    return lambda: _local.remove(waker)


def wake() -> None:
    """Have the delivery worker look for due deliveries now."""
    for waker in list(_local):
        waker()
    function = os.environ.get(SETTING)
    if not function:
        return
    try:
        lambda_client().invoke(FunctionName=function, InvocationType="Event", Payload=b"{}")
    except Exception:  # the delivery is stored: the scheduled pass attempts it within a minute
        log.warning("could not wake the webhook worker %s", function, exc_info=True)


class WakingNotificationsStore(DynamoNotificationsStore):
    """The notifications store that wakes the worker whenever it has queued a delivery."""

    def record_event(self, event: Event) -> int:
        """Queue the event for its user's endpoints; wake the worker if any delivery is new."""
        queued = super().record_event(event)
        if queued:
            wake()
        return queued

    def queue(self, endpoint: Endpoint, event: Event, now: datetime) -> None:
        """Queue a ping, and wake the worker."""
        super().queue(endpoint, event, now)
        wake()

    def resend(self, user_id: str, endpoint_id: str, event_id: str, now: datetime) -> bool:
        """Queue an event again; wake the worker if it was the user's."""
        again = super().resend(user_id, endpoint_id, event_id, now)
        if again:
            wake()
        return again
