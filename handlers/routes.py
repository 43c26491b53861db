"""Which handler answers each operation of the contract and each message of the catalog."""

from __future__ import annotations

from handlers.accounts import api as accounts_api
from handlers.accounts import events as accounts_events
from handlers.api import Handler, check_handlers
from handlers.consumer import MessageHandler, check_consumers

API_HANDLERS: dict[str, Handler] = {
    "createAccount": accounts_api.create_account,
    "listAccounts": accounts_api.list_accounts,
    "getAccount": accounts_api.get_account,
    "closeAccount": accounts_api.close_account,
}

MESSAGE_HANDLERS: dict[str, dict[str, MessageHandler]] = {
    "accounts": {
        "Deposited": accounts_events.on_posted,
        "Withdrawn": accounts_events.on_posted,
        "AccountCloseRejected": accounts_events.on_close_rejected,
    },
}


def checked() -> tuple[dict[str, Handler], dict[str, dict[str, MessageHandler]]]:
    """Both tables, after checking they match the contracts exactly (else MissingHandlerError)."""
    check_handlers(API_HANDLERS)
    check_consumers(MESSAGE_HANDLERS)
    return API_HANDLERS, MESSAGE_HANDLERS
