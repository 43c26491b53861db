"""The query service's message handlers: every account and ledger event it projects."""

from __future__ import annotations

from handlers.jsonio import timestamp
from handlers.messages import Message
from handlers.query.model import Opening, Posting, StatusChange
from handlers.stores import Stores

POSTING_TYPES = {"Deposited": "deposit", "Withdrawn": "withdraw"}


def on_created(message: Message, stores: Stores) -> None:
    """AccountCreated: name, currency, creation time, and the active status of version 1."""
    data = message.data
    stores.query.record_opening(
        Opening(
            data.account_id, data.user_id, data.name, data.currency, timestamp(data.created_at), data.version
        )
    )


def on_closed(message: Message, stores: Stores) -> None:
    """AccountClosed: closed, unless a newer version is already projected."""
    data = message.data
    stores.query.record_status(StatusChange(data.account_id, data.user_id, "closed", data.version))


def on_reopened(message: Message, stores: Stores) -> None:
    """AccountReopened: active again, unless a newer version is already projected."""
    data = message.data
    stores.query.record_status(StatusChange(data.account_id, data.user_id, "active", data.version))


def on_posted(message: Message, stores: Stores) -> None:
    """Deposited / Withdrawn: a history row, and the balance if it is the newest posting."""
    data = message.data
    stores.query.record_posting(
        Posting(
            operation_id=data.operation_id,
            account_id=data.account_id,
            user_id=data.user_id,
            type=POSTING_TYPES[message.type],
            amount=data.amount,
            balance=data.balance,
            currency=data.currency,
            sequence=data.sequence,
            posted_at=timestamp(data.posted_at),
        )
    )
