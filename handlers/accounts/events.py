"""The accounts service's message handlers: ledger balances and refused closes."""

from __future__ import annotations

from handlers.accounts.model import Account
from handlers.messages import Message, new_message
from handlers.stores import Stores

REOPEN_ATTEMPTS = 5


def on_posted(message: Message, stores: Stores) -> None:
    """Deposited / Withdrawn: remember the ledger's balance, so a close can be refused at once."""
    store = stores.accounts
    data = message.data
    store.record_posting(data.user_id, data.account_id, data.balance, data.sequence)


def on_close_rejected(message: Message, stores: Stores) -> None:
    """AccountCloseRejected: the ledger held money when the close reached it, so undo the close."""
    store = stores.accounts
    data = message.data
    for _ in range(REOPEN_ATTEMPTS):
        account = store.get(data.user_id, data.account_id)
        if account is None or account.status != "closed" or account.version != data.version:
            return  # a repeated message, or one about a close since superseded
        reopened = account.reopened()
        # the write also requires the ledger sequence as read: a posting noted since then (the
        # money that made the ledger refuse, typically) fails it, and the account is read again
        if store.replace(reopened, account.version, reopened_event(reopened)):
            return
    raise RuntimeError(f"account {data.account_id} kept changing while being reopened")


def reopened_event(reopened: Account) -> Message:
    """AccountReopened, with the account's new version."""
    return new_message(
        "AccountReopened",
        reopened.account_id,
        reopened.account_id,
        {
            "accountId": reopened.account_id,
            "userId": reopened.user_id,
            "reopenedAt": reopened.updated_at,
            "version": reopened.version,
            "reason": "ACCOUNT_NOT_EMPTY",
        },
    )
