"""The notifications service's message handlers: each account or ledger event becomes one webhook
event for the owner of the account it is about, queued for that owner's endpoints only."""

from __future__ import annotations

from typing import Any

import msgspec

from generated import message_models as mm
from handlers.core import jsonio
from handlers.core.jsonio import timestamp
from handlers.messaging.consumer import Subscriptions
from handlers.messaging.messages import Message
from handlers.notifications.model import Event, event_id_of
from handlers.notifications.store import NotificationsStore

# message type -> (webhook event type, operation type, direction)
POSTINGS = {
    "Deposited": ("deposit.completed", "deposit", "credit"),
    "Withdrawn": ("withdrawal.completed", "withdraw", "debit"),
    "TransferSent": ("transfer.completed", "transfer", "debit"),
    "TransferReceived": ("transfer.received", "transfer", "credit"),
}
REFUSALS = {
    "DepositRejected": ("deposit.failed", "deposit", "credit"),
    "WithdrawalRejected": ("withdrawal.failed", "withdraw", "debit"),
    "TransferRejected": ("transfer.failed", "transfer", "debit"),
}


def payload(event_id: str, kind: str, at: str, data: msgspec.Struct) -> str:
    """The JSON a receiver gets: `{id, type, timestamp, data}`, amounts exact."""
    document: dict[str, Any] = {"id": event_id, "type": kind, "timestamp": at, "data": jsonio.render(data)}
    return jsonio.dumps(document)


def event(message: Message[Any], user_id: str, kind: str, at: str, data: msgspec.Struct) -> Event:
    """The webhook event a message makes, with the id derived from the message's."""
    event_id = event_id_of(message.id)
    return Event(event_id, user_id, kind, payload(event_id, kind, at, data))


def on_posted(
    message: Message[mm.PostedData] | Message[mm.TransferPostedData], store: NotificationsStore
) -> None:
    """Deposited, Withdrawn, TransferSent, TransferReceived: a completed operation of the account's
    owner, with the balance after it (and, for a transfer, the other account's id only)."""
    kind, operation, direction = POSTINGS[message.type]
    data = message.data
    at = timestamp(data.posted_at)
    counterparty = data.counterparty_account_id if isinstance(data, mm.TransferPostedData) else None
    note = (data.description or None) if isinstance(data, mm.TransferPostedData) else None
    shown = mm.WebhookOperationData(
        operation_id=data.operation_id,
        account_id=data.account_id,
        type=operation,
        direction=direction,
        amount=data.amount,
        currency=data.currency,
        status="completed",
        balance=data.balance,
        completed_at=at,
        error_code=None,
        error_message=None,
        counterparty_account_id=counterparty,
        description=note,
    )
    store.record_event(event(message, data.user_id, kind, at, shown))


def on_refused(message: Message[mm.RejectedData], store: NotificationsStore) -> None:
    """DepositRejected, WithdrawalRejected, TransferRejected: a failed operation, nothing moved."""
    kind, operation, direction = REFUSALS[message.type]
    data = message.data
    at = timestamp(data.rejected_at)
    shown = mm.WebhookOperationData(
        operation_id=data.operation_id,
        account_id=data.account_id,
        type=operation,
        direction=direction,
        amount=data.amount,
        currency=data.currency,
        status="failed",
        completed_at=at,
        error_code=data.reason,
        error_message=data.message,
        counterparty_account_id=None,
        description=None,
    )
    store.record_event(event(message, data.user_id, kind, at, shown))


def on_created(message: Message[mm.AccountCreatedData], store: NotificationsStore) -> None:
    """AccountCreated: account.opened."""
    data = message.data
    at = timestamp(data.created_at)
    shown = mm.WebhookAccountOpenedData(
        account_id=data.account_id, name=data.name, currency=data.currency, status="active", created_at=at
    )
    store.record_event(event(message, data.user_id, "account.opened", at, shown))


def on_closed(message: Message[mm.AccountClosedData], store: NotificationsStore) -> None:
    """AccountClosed: account.closed."""
    data = message.data
    at = timestamp(data.closed_at)
    shown = mm.WebhookAccountClosedData(account_id=data.account_id, status="closed", closed_at=at)
    store.record_event(event(message, data.user_id, "account.closed", at, shown))


SUBSCRIPTIONS: Subscriptions[NotificationsStore] = {
    "AccountCreated": on_created,
    "AccountClosed": on_closed,
    "Deposited": on_posted,
    "Withdrawn": on_posted,
    "TransferSent": on_posted,
    "TransferReceived": on_posted,
    "DepositRejected": on_refused,
    "WithdrawalRejected": on_refused,
    "TransferRejected": on_refused,
}
