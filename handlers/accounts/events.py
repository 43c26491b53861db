"""The accounts service's message handlers: ledger balances and refused closes."""

from __future__ import annotations

from handlers.messages import Message, new_message
from handlers.stores import Stores


def on_posted(message: Message, stores: Stores) -> None:
    """Deposited / Withdrawn: remember the ledger's balance, so a close can be refused at once."""
    store = stores.accounts
    data = message.data
    store.record_posting(data.user_id, data.account_id, data.balance, data.sequence)


def on_close_rejected(message: Message, stores: Stores) -> None:
    """AccountCloseRejected: the ledger held money when the close reached it, so undo the close."""
    store = stores.accounts
    data = message.data
    account = store.get(data.user_id, data.account_id)
    if account is None or account.status != "closed" or account.version != data.version:
        return  # a repeated message, or one about a close since superseded
    reopened = account.reopened()
    event = new_message(
        "AccountReopened",
        account.account_id,
        account.account_id,
        {
            "accountId": account.account_id,
            "userId": account.user_id,
            "reopenedAt": reopened.updated_at,
            "version": reopened.version,
            "reason": "ACCOUNT_NOT_EMPTY",
        },
    )
    store.replace(reopened, account.version, event)
