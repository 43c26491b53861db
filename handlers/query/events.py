"""The query service's message handlers: every account and ledger event it projects."""

from __future__ import annotations

from dataclasses import replace

from generated import message_models as mm
from handlers.core.jsonio import timestamp
from handlers.messaging.consumer import Subscriptions
from handlers.messaging.messages import Message
from handlers.query.model import CREDIT, DEBIT, Opening, Posting, StatusChange
from handlers.query.store import QueryStore

POSTING_TYPES = {"Deposited": "deposit", "Withdrawn": "withdraw"}
DIRECTIONS = {"Deposited": CREDIT, "Withdrawn": DEBIT, "TransferReceived": CREDIT, "TransferSent": DEBIT}


def on_created(message: Message[mm.AccountCreatedData], store: QueryStore) -> None:
    """AccountCreated: name, currency, creation time, and the active status of version 1."""
    data = message.data
    store.record_opening(
        Opening(
            data.account_id, data.user_id, data.name, data.currency, timestamp(data.created_at), data.version
        )
    )


def on_closed(message: Message[mm.AccountClosedData], store: QueryStore) -> None:
    """AccountClosed: closed, unless a newer version is already projected."""
    data = message.data
    store.record_status(StatusChange(data.account_id, data.user_id, "closed", data.version))


def on_reopened(message: Message[mm.AccountReopenedData], store: QueryStore) -> None:
    """AccountReopened: active again, unless a newer version is already projected."""
    data = message.data
    store.record_status(StatusChange(data.account_id, data.user_id, "active", data.version))


def on_posted(message: Message[mm.PostedData], store: QueryStore) -> None:
    """Deposited / Withdrawn: a history row, and the balance if it is the newest posting."""
    store.record_posting(posting_of(message, POSTING_TYPES[message.type]))


def on_transfer_side(message: Message[mm.TransferPostedData], store: QueryStore) -> None:
    """TransferSent / TransferReceived: a row in that side's history (debit or credit, naming the
    other account), and its balance if it is the newest posting. Each side is its owner's alone."""
    data = message.data
    side = posting_of(message, "transfer")
    store.record_posting(
        replace(side, counterparty=data.counterparty_account_id, note=data.description or None)
    )


def posting_of(message: Message[mm.PostedData] | Message[mm.TransferPostedData], kind: str) -> Posting:
    """The history row of a posting event, about the one account it names."""
    data = message.data
    return Posting(
        operation_id=data.operation_id,
        account_id=data.account_id,
        user_id=data.user_id,
        type=kind,
        amount=data.amount,
        balance=data.balance,
        currency=data.currency,
        sequence=data.sequence,
        posted_at=timestamp(data.posted_at),
        direction=DIRECTIONS[message.type],
    )


SUBSCRIPTIONS: Subscriptions[QueryStore] = {
    "AccountCreated": on_created,
    "AccountClosed": on_closed,
    "AccountReopened": on_reopened,
    "Deposited": on_posted,
    "Withdrawn": on_posted,
    "TransferSent": on_transfer_side,
    "TransferReceived": on_transfer_side,
}
