"""The pending-operation watchdog as a function: an EventBridge schedule invokes it every minute on
AWS, and `make run` every second (infra/local/relays.py).

BANK_PENDING_TIMEOUT (seconds; 600 on AWS, 10 locally) is how long an operation may stay pending
before its command is published again, and again how long before the ledger is asked to cancel it
(handlers/banking/watchdog.py). Each run reports the age of the oldest pending operation, which the
`oldest-pending-operation` alarm watches, and what it did.
"""

from __future__ import annotations

from infra.functions import init_phase  # first: no garbage collection while the rest loads

# isort: split

import os
from datetime import UTC, datetime, timedelta
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit

from handlers.banking import watchdog
from handlers.banking.dynamo_store import DynamoBankingStore
from infra.functions import runtime
from infra.functions.telemetry import CANCELS, OLDEST_PENDING, REPUBLISHED, count, invocation, logger, metrics

DEFAULT_TIMEOUT_SECONDS = 600


def timeout() -> timedelta:
    """BANK_PENDING_TIMEOUT, in seconds."""
    return timedelta(seconds=int(os.environ.get("BANK_PENDING_TIMEOUT", DEFAULT_TIMEOUT_SECONDS)))


@invocation()
@metrics.log_metrics
def handler(_event: dict[str, Any], _context: Any) -> dict[str, Any]:
    """One round of the watchdog over banking's pending operations."""
    report = watchdog.watch(DynamoBankingStore(runtime.client()), timeout(), datetime.now(UTC))
    metrics.add_metric(name=OLDEST_PENDING, unit=MetricUnit.Seconds, value=report.oldest_pending_seconds)
    count(REPUBLISHED, report.republished)
    count(CANCELS, report.cancels)
    if report.overdue:
        logger.warning("overdue operations", extra=vars(report))
    return vars(report)


init_phase.finished()
