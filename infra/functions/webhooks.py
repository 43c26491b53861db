"""The webhook delivery worker as a function: on AWS a schedule invokes it every minute, and the
notifications consumer and the API as soon as they queued a delivery (infra/bootstrap/wake.py);
each invocation is one pass over the due deliveries, attempts side by side. `make run` runs its
Worker in a loop instead (infra/local/relays.py), handing due deliveries to a pool without waiting.

BANK_WEBHOOK_ALLOW_LOOPBACK=1 lets endpoints on 127.0.0.1 / localhost receive (http or https):
`make run` sets it, AWS stages never do (handlers/notifications/ssrf.py).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any

from handlers.notifications import delivery
from handlers.notifications.dynamo_store import DynamoNotificationsStore
from handlers.notifications.ssrf import Policy
from infra.functions import runtime

PARALLEL_ATTEMPTS = 32  # one pass attempts up to this many deliveries at once, each at most 10 s


@cache
def pool() -> ThreadPoolExecutor:
    """The threads the attempts run on, kept across invocations of a warm function."""
    return ThreadPoolExecutor(max_workers=PARALLEL_ATTEMPTS, thread_name_prefix="webhook")


def worker() -> delivery.Worker:
    """A non-blocking worker on the runtime's client (the local loop's)."""
    return delivery.Worker(DynamoNotificationsStore(runtime.client()), Policy.from_env(), pool())


def handler(_event: dict[str, Any], _context: Any) -> dict[str, int]:
    """One pass: every due delivery attempted; how many attempts were made."""
    store = DynamoNotificationsStore(runtime.client())
    return {"attempts": delivery.deliver_due(store, Policy.from_env(), pool())}
