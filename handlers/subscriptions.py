"""Which handler each service applies to each message of the catalog it consumes.

Apart from the operation table (handlers/routes.py): a consumer function loads no API code.
"""

from __future__ import annotations

from handlers.accounts import events as accounts_events
from handlers.banking import events as banking_events
from handlers.consumer import MessageHandler
from handlers.ledger import events as ledger_events
from handlers.query import events as query_events

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
