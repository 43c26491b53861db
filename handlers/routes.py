"""Which handler answers each operation of the contract (the messages: handlers/subscriptions.py)."""

from __future__ import annotations

from handlers.accounts import api as accounts_api
from handlers.banking import api as banking_api
from handlers.calls import Handler
from handlers.query import api as query_api

API_HANDLERS: dict[str, Handler] = {
    "createAccount": accounts_api.create_account,
    "listAccounts": accounts_api.list_accounts,
    "getAccount": accounts_api.get_account,
    "closeAccount": accounts_api.close_account,
    "deposit": banking_api.deposit,
    "withdraw": banking_api.withdraw,
    "getOperationStatus": banking_api.get_operation_status,
    "listBalances": query_api.list_balances,
    "getBalance": query_api.get_balance,
    "getTransactions": query_api.get_transactions,
}
