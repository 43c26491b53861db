"""Which handler answers each operation of the contract and each message of the catalog."""

from __future__ import annotations

from handlers.accounts import api as accounts_api
from handlers.accounts import events as accounts_events
from handlers.api import Handler, check_handlers
from handlers.banking import api as banking_api
from handlers.banking import events as banking_events
from handlers.consumer import MessageHandler, check_consumers
from handlers.ledger import events as ledger_events
from handlers.query import api as query_api
from handlers.query import events as query_events

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

MESSAGE_HANDLERS: dict[str, dict[str, MessageHandler]] = {
    "accounts": {
        "Deposited": accounts_events.on_posted,
        "Withdrawn": accounts_events.on_posted,
        "AccountCloseRejected": accounts_events.on_close_rejected,
    },
    "banking": {
        "AccountCreated": banking_events.on_account_created,
        "AccountClosed": banking_events.on_account_closed,
        "AccountReopened": banking_events.on_account_reopened,
        "Deposited": banking_events.on_posted,
        "Withdrawn": banking_events.on_posted,
        "DepositRejected": banking_events.on_rejected,
        "WithdrawalRejected": banking_events.on_rejected,
    },
    "ledger": {
        "Deposit": ledger_events.on_deposit,
        "Withdraw": ledger_events.on_withdraw,
        "AccountCreated": ledger_events.on_account_created,
        "AccountClosed": ledger_events.on_account_closed,
    },
    "query": {
        "AccountCreated": query_events.on_created,
        "AccountClosed": query_events.on_closed,
        "AccountReopened": query_events.on_reopened,
        "Deposited": query_events.on_posted,
        "Withdrawn": query_events.on_posted,
    },
}


def checked() -> tuple[dict[str, Handler], dict[str, dict[str, MessageHandler]]]:
    """Both tables, after checking they match the contracts exactly (else MissingHandlerError)."""
    check_handlers(API_HANDLERS)
    check_consumers(MESSAGE_HANDLERS)
    return API_HANDLERS, MESSAGE_HANDLERS
