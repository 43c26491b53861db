"""The accounts service's HTTP operations."""

from __future__ import annotations

import msgspec

from generated import api_models as m
from handlers.accounts.model import Account
from handlers.accounts.store import AccountsStore
from handlers.calls import Call
from handlers.errors import NotFoundError
from handlers.idempotency import once, remember
from handlers.messages import new_message

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
    """The caller's account, or 404 (the same for someone else's and for none)."""
    account = store.get(user_id, account_id)
    if account is None:
        raise NotFoundError("Account not found")
    return account


def create_account(call: Call) -> m.AccountCreated:
    """POST /accounts: open an account and announce it."""
    store: AccountsStore = call.stores.accounts

    def act() -> m.AccountCreated:
        account = Account.open(call.user_id, call.body.name, call.body.currency)
        response = m.AccountCreated(message="Account created", **msgspec.structs.asdict(view(account)))
        message = new_message(
            "AccountCreated",
            account.account_id,
            account.account_id,
            {
                "accountId": account.account_id,
                "userId": account.user_id,
                "name": account.name,
                "currency": account.currency,
                "createdAt": account.created_at,
                "version": account.version,
            },
        )
        store.create(account, message, remember(call, response))
        return response

    return once(call, lambda key: store.remembered(call.user_id, key), act)


def list_accounts(call: Call) -> list[m.Account]:
    """GET /accounts: the caller's accounts."""
    return [view(a) for a in call.stores.accounts.list(call.user_id)]


def get_account(call: Call) -> m.Account:
    """GET /accounts/{account_id}."""
    return view(owned(call.stores.accounts, call.user_id, call.params.account_id))


def close_account(call: Call) -> m.AccountClosedResponse:
    """PUT /accounts/{account_id}/close: close an empty account; the ledger confirms or undoes it."""
    store: AccountsStore = call.stores.accounts
    for _ in range(CLOSE_ATTEMPTS):
        account = owned(store, call.user_id, call.params.account_id)
        account.check_can_close()
        closed = account.closed()
        message = new_message(
            "AccountClosed",
            closed.account_id,
            closed.account_id,
            {
                "accountId": closed.account_id,
                "userId": closed.user_id,
                "closedAt": closed.closed_at,
                "version": closed.version,
            },
        )
        if store.replace(closed, account.version, message):
            return m.AccountClosedResponse(message="Account closed", account_id=closed.account_id)
    raise RuntimeError("the account kept changing while it was being closed")
