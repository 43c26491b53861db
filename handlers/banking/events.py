"""The banking service's message handlers: the accounts projection and the ledger's answers.

Banking keeps no inbox: each effect below is a conditional write that a repeated or stale
message fails, so applying a message any number of times, in any order, converges."""

from __future__ import annotations

from generated import message_models as mm
from handlers.banking.model import Outcome
from handlers.banking.store import BankingStore
from handlers.core import jsonio
from handlers.messaging.consumer import Subscriptions
from handlers.messaging.messages import Message


def on_account_created(message: Message[mm.AccountCreatedData], store: BankingStore) -> None:
    """AccountCreated: learn the account and its currency."""
    data = message.data
    store.project_created(data.user_id, data.account_id, data.currency, data.version)


def on_account_closed(message: Message[mm.AccountClosedData], store: BankingStore) -> None:
    """AccountClosed: refuse movements from now on, unless a newer version is already known."""
    data = message.data
    store.project_status(data.user_id, data.account_id, "closed", data.version)


def on_account_reopened(message: Message[mm.AccountReopenedData], store: BankingStore) -> None:
    """AccountReopened: the ledger undid a close, so accept movements again (if newer)."""
    data = message.data
    store.project_status(data.user_id, data.account_id, "active", data.version)


def on_posted(message: Message[mm.PostedData] | Message[mm.TransferPostedData], store: BankingStore) -> None:
    """Deposited / Withdrawn / TransferSent: the operation completed when the ledger posted it (a
    transfer's operation is its sender's, so TransferReceived does not concern banking)."""
    data = message.data
    store.finish(data.user_id, data.operation_id, Outcome("completed", jsonio.timestamp(data.posted_at)))


def on_rejected(message: Message[mm.RejectedData], store: BankingStore) -> None:
    """DepositRejected / WithdrawalRejected / TransferRejected: the operation failed, with the ledger's
    reason."""
    data = message.data
    outcome = Outcome("failed", jsonio.timestamp(data.rejected_at), data.message, data.reason)
    store.finish(data.user_id, data.operation_id, outcome)


SUBSCRIPTIONS: Subscriptions[BankingStore] = {
    "AccountCreated": on_account_created,
    "AccountClosed": on_account_closed,
    "AccountReopened": on_account_reopened,
    "Deposited": on_posted,
    "Withdrawn": on_posted,
    "DepositRejected": on_rejected,
    "WithdrawalRejected": on_rejected,
    "TransferSent": on_posted,
    "TransferRejected": on_rejected,
}
