"""The banking service's message handlers: the accounts projection and the ledger's answers.

Banking keeps no inbox: each effect below is a conditional write that a repeated or stale
message fails, so applying a message any number of times, in any order, converges."""

from __future__ import annotations

from handlers import jsonio
from handlers.banking.model import Outcome
from handlers.messages import Message
from handlers.stores import Stores


def on_account_created(message: Message, stores: Stores) -> None:
    """AccountCreated: learn the account and its currency."""
    data = message.data
    stores.banking.project_created(data.user_id, data.account_id, data.currency, data.version)


def on_account_closed(message: Message, stores: Stores) -> None:
    """AccountClosed: refuse movements from now on, unless a newer version is already known."""
    data = message.data
    stores.banking.project_status(data.user_id, data.account_id, "closed", data.version)


def on_account_reopened(message: Message, stores: Stores) -> None:
    """AccountReopened: the ledger undid a close, so accept movements again (if newer)."""
    data = message.data
    stores.banking.project_status(data.user_id, data.account_id, "active", data.version)


def on_posted(message: Message, stores: Stores) -> None:
    """Deposited / Withdrawn: the operation completed when the ledger posted it."""
    data = message.data
    stores.banking.finish(
        data.user_id, data.operation_id, Outcome("completed", jsonio.timestamp(data.posted_at))
    )


def on_rejected(message: Message, stores: Stores) -> None:
    """DepositRejected / WithdrawalRejected: the operation failed, with the ledger's reason."""
    data = message.data
    outcome = Outcome("failed", jsonio.timestamp(data.rejected_at), data.message, data.reason)
    stores.banking.finish(data.user_id, data.operation_id, outcome)
