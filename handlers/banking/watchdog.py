"""The pending-operation watchdog: no deposit or withdrawal stays pending.

An operation pending longer than the timeout has its command published again (the same message:
the ledger's inbox drops it if it was handled already). Still pending a timeout later, banking asks
the ledger to cancel it, and the ledger decides atomically: it posted it (and says so again) or it
never will (it refuses the command from then on and answers OPERATION_TIMED_OUT); either answer
ends the operation here as any answer does. Until then the cancel is sent again every timeout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from generated import message_models as mm
from handlers.banking.model import NEW, Operation
from handlers.banking.store import BankingStore
from handlers.core.jsonio import timestamp
from handlers.messaging.messages import Message, new_message


@dataclass
class Report:
    """One round: the oldest pending operation's age, and what was done to the overdue ones."""

    oldest_pending_seconds: float
    overdue: int = 0
    republished: int = 0
    cancels: int = 0


def cancellation(operation: Operation) -> Message[mm.CancelOperationData]:
    """The CancelOperation of a pending operation, naming the command the ledger is to refuse."""
    if operation.command_id is None:
        raise ValueError(f"operation {operation.operation_id} has no command")
    data = mm.CancelOperationData(
        operation_id=operation.operation_id,
        account_id=operation.account_id,
        user_id=operation.user_id,
        operation_type=operation.type,
        amount=operation.amount,
        currency=operation.currency,
        command_id=operation.command_id,
        requested_at=operation.created_at,
    )
    return new_message("CancelOperation", operation.account_id, operation.operation_id, data)


def watch(store: BankingStore, timeout: timedelta, now: datetime) -> Report:
    """Act on every operation left alone for longer than the timeout, once each."""
    cutoff, at = timestamp(now - timeout), timestamp(now)
    oldest = store.oldest_pending()
    report = Report((now - datetime.fromisoformat(oldest)).total_seconds() if oldest else 0.0)
    for watched in store.overdue(cutoff):
        if watched.since > cutoff:
            continue  # acted on within the timeout: give that a chance
        report.overdue += 1
        if watched.step == NEW and store.republish(watched, at):
            report.republished += 1
        elif store.request_cancel(watched, cancellation(watched.operation), at):
            report.cancels += 1
    return report
