"""The accounts service's message handlers: ledger balances and refused closes."""

from __future__ import annotations

from generated import message_models as mm
from handlers.accounts.model import Account
from handlers.accounts.store import AccountsStore
from handlers.messaging.consumer import Subscriptions
from handlers.messaging.messages import Message, new_message

REOPEN_ATTEMPTS = 5


def on_posted(message: Message[mm.PostedData] | Message[mm.TransferPostedData], store: AccountsStore) -> None:
    """Deposited / Withdrawn / either side of a transfer: remember the ledger's balance of the account
    it is about, so a close can be refused at once."""
    data = message.data
    store.record_posting(data.user_id, data.account_id, data.balance, data.sequence)


def on_close_rejected(message: Message[mm.AccountCloseRejectedData], store: AccountsStore) -> None:
    """AccountCloseRejected: the ledger held money when the close reached it, so undo the close."""
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


def reopened_event(reopened: Account) -> Message[mm.AccountReopenedData]:
    """AccountReopened, with the account's new version."""
    data = mm.AccountReopenedData(
        account_id=reopened.account_id,
        user_id=reopened.user_id,
        reopened_at=reopened.updated_at,
        version=reopened.version,
        reason="ACCOUNT_NOT_EMPTY",
    )
    return new_message("AccountReopened", reopened.account_id, reopened.account_id, data)


SUBSCRIPTIONS: Subscriptions[AccountsStore] = {
    "Deposited": on_posted,
    "Withdrawn": on_posted,
    "TransferSent": on_posted,
    "TransferReceived": on_posted,
    "AccountCloseRejected": on_close_rejected,
}
