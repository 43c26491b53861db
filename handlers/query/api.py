"""The query service's HTTP operations: balances and history, read from the projections."""

from __future__ import annotations

import msgspec

from generated import api_models as m
from handlers.core.errors import NotFoundError
from handlers.edge.calls import Call, Operations
from handlers.query.model import AccountView, Posting, decode_cursor, encode_cursor
from handlers.query.store import QueryStore

DEFAULT_LIMIT = 50


def known_account(store: QueryStore, user_id: str, account_id: str) -> AccountView:
    """The caller's account, or not found (the same for someone else's, for none, and for one not
    yet known)."""
    account = store.account(user_id, account_id)
    if account is None or not account.known:
        raise NotFoundError("Account not found")
    return account


def balance_view(account: AccountView) -> m.Balance:
    """An account's balance as the contract shows it."""
    assert account.currency is not None, "known accounts have a currency"
    assert account.last_changed is not None, "known accounts have changed at least once"
    return m.Balance(
        account_id=account.account_id,
        balance=account.balance,
        currency=account.currency,
        last_updated=account.last_changed,
    )


def transaction_view(posting: Posting) -> m.Transaction:
    """A history row as the contract shows it."""
    return m.Transaction(
        id=posting.operation_id,
        account_id=posting.account_id,
        type=posting.type,
        direction=posting.direction,
        counterparty_account_id=posting.counterparty,
        amount=posting.amount,
        balance=posting.balance,
        currency=posting.currency,
        status="completed",
        sequence=posting.sequence,
        timestamp=posting.posted_at,
        description=posting.description,
    )


def named_balance(account: AccountView) -> m.NamedBalance:
    """A listed account's balance, with its name."""
    assert account.name is not None, "listed accounts have a name"
    return m.NamedBalance(account_name=account.name, **msgspec.structs.asdict(balance_view(account)))


def list_balances(call: Call, store: QueryStore) -> list[m.NamedBalance]:
    """GET /balances: the caller's open accounts whose name is known, oldest first."""
    return [named_balance(account) for account in store.accounts(call.user_id) if account.listed]


def get_balance(call: Call, store: QueryStore) -> m.Balance:
    """GET /balances/{account_id}: open or closed."""
    return balance_view(known_account(store, call.user_id, call.params.account_id))


def get_transactions(call: Call, store: QueryStore) -> m.TransactionPage:
    """GET /transactions/{account_id}: one page of the history, newest first."""
    account = known_account(store, call.user_id, call.params.account_id)
    before = None if call.params.cursor is msgspec.UNSET else decode_cursor(call.params.cursor)
    limit = call.params.limit or DEFAULT_LIMIT
    # the partition key comes from the caller and the path, never from the cursor
    page = store.history(call.user_id, account.account_id, limit, before)
    rows = [transaction_view(p) for p in page.rows]
    cursor = encode_cursor(page.rows[-1].sequence) if page.more else None
    return m.TransactionPage(transactions=rows, next_cursor=cursor)


OPERATIONS: Operations[QueryStore] = {
    "listBalances": list_balances,
    "getBalance": get_balance,
    "getTransactions": get_transactions,
}
