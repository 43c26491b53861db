"""The accounts service's HTTP operations."""

from __future__ import annotations

import msgspec

from generated import api_models as m
from generated import message_models as mm
from handlers.accounts.model import Account
from handlers.accounts.store import AccountsStore
from handlers.core.errors import NotFoundError
from handlers.edge.calls import Call, Operations
from handlers.edge.idempotency import once, remember
from handlers.messaging.messages import Message, new_message

CLOSE_ATTEMPTS = 5


def view(account: Account) -> m.Account:
    """An account as the contract shows it."""
    return m.Account(
        account_id=account.account_id,
        user_id=account.user_id,
        name=account.name,
        currency=account.currency,
        status=account.status,
        created_at=account.created_at,
        updated_at=account.updated_at,
        closed_at=account.closed_at,
    )


def owned(store: AccountsStore, user_id: str, account_id: str) -> Account:
    """The caller's account, or not found (the same for someone else's and for none)."""
    account = store.get(user_id, account_id)
    if account is None:
        raise NotFoundError("Account not found")
    return account


def create_account(call: Call, store: AccountsStore) -> m.AccountCreated:
    """POST /accounts: open an account and announce it."""

    def act() -> m.AccountCreated:
        account = Account.open(call.user_id, call.body.name, call.body.currency)
        response = m.AccountCreated(message="Account created", **msgspec.structs.asdict(view(account)))
        data = mm.AccountCreatedData(
            account_id=account.account_id,
            user_id=account.user_id,
            name=account.name,
            currency=account.currency,
            created_at=account.created_at,
            version=account.version,
        )
        message = new_message("AccountCreated", account.account_id, account.account_id, data)
        store.create(account, message, remember(call, response))
        return response

    return once(call, lambda key: store.remembered(call.user_id, key), act)


def closed_event(closed: Account) -> Message[mm.AccountClosedData]:
    """AccountClosed, with the account's new version."""
    assert closed.closed_at is not None, "a closed account has its closing time"
    data = mm.AccountClosedData(
        account_id=closed.account_id,
        user_id=closed.user_id,
        closed_at=closed.closed_at,
        version=closed.version,
    )
    return new_message("AccountClosed", closed.account_id, closed.account_id, data)


def list_accounts(call: Call, store: AccountsStore) -> list[m.Account]:
    """GET /accounts: the caller's accounts."""
    return [view(a) for a in store.list(call.user_id)]


def get_account(call: Call, store: AccountsStore) -> m.Account:
    """GET /accounts/{account_id}."""
    return view(owned(store, call.user_id, call.params.account_id))


def close_account(call: Call, store: AccountsStore) -> m.AccountClosedResponse:
    """PUT /accounts/{account_id}/close: close an empty account; the ledger confirms or undoes it."""
    for _ in range(CLOSE_ATTEMPTS):
        account = owned(store, call.user_id, call.params.account_id)
        account.check_can_close()
        closed = account.closed()
        if store.replace(closed, account.version, closed_event(closed)):
            return m.AccountClosedResponse(message="Account closed", account_id=closed.account_id)
    raise RuntimeError("the account kept changing while it was being closed")


OPERATIONS: Operations[AccountsStore] = {
    "createAccount": create_account,
    "listAccounts": list_accounts,
    "getAccount": get_account,
    "closeAccount": close_account,
}
