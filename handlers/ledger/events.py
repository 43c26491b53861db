"""The ledger's message handlers: post or refuse money commands, follow accounts opening and closing.

Each handler reads the account (a transfer: both accounts), decides, and writes the decision with
the message's inbox item in one conditional transaction. A duplicate message is dropped; if another
change to an account it read won the race, the handler reads again and decides again. Several
commands of one account (a FIFO batch of its message group) are posted together: one read, one
transaction.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from generated import message_models as mm
from handlers.core.jsonio import now_iso, timestamp
from handlers.ledger.model import (
    CLOSED,
    DEPOSIT,
    TIMED_OUT,
    TRANSFER,
    TRANSFER_IN,
    TRANSFER_OUT,
    WITHDRAW,
    Entry,
    LedgerAccount,
    Refused,
)
from handlers.ledger.store import Change, Credit, LedgerStore, Outcome
from handlers.messaging.consumer import Subscriptions
from handlers.messaging.messages import Message, new_message

ATTEMPTS = 10
BACKOFF_SECONDS = 0.002
# A posting is looked for back to a day before its request: two hosts' clocks never differ that much.
CLOCK_MARGIN = timedelta(days=1)
# DynamoDB takes 100 items a transaction: each command's inbox item, entry and event, and the one state
MAX_TOGETHER = (100 - 1) // 3
KINDS = {"Deposit": DEPOSIT, "Withdraw": WITHDRAW}
POSTED = {DEPOSIT: "Deposited", WITHDRAW: "Withdrawn"}
REJECTED = {DEPOSIT: "DepositRejected", WITHDRAW: "WithdrawalRejected", TRANSFER: "TransferRejected"}
TRANSFER_SIDES = {TRANSFER_OUT: "TransferSent", TRANSFER_IN: "TransferReceived"}
_jitter = random.SystemRandom()

Decision = Callable[[], Change]


class AccountKeptChanging(RuntimeError):
    """Every attempt lost a race on the account; raised so the queue delivers the message again."""


def on_deposit(message: Message[mm.MoneyCommandData], store: LedgerStore) -> None:
    """Deposit: post it, or refuse it with DepositRejected."""
    account = message.data.account_id
    settle(store, message, lambda: money_movement(message, store.state(account), DEPOSIT))


def on_withdraw(message: Message[mm.MoneyCommandData], store: LedgerStore) -> None:
    """Withdraw: post it if the balance covers it, or refuse it with WithdrawalRejected."""
    account = message.data.account_id
    settle(store, message, lambda: money_movement(message, store.state(account), WITHDRAW))


def on_transfer(message: Message[mm.TransferCommandData], store: LedgerStore) -> None:
    """Transfer: post both sides at once if the source covers it and the destination can take it,
    or refuse it with TransferRejected."""
    data = message.data
    settle(
        store,
        message,
        lambda: transfer(message, store.state(data.account_id), store.state(data.to_account_id)),
    )


def on_account_created(message: Message[mm.AccountCreatedData], store: LedgerStore) -> None:
    """AccountCreated: open the account, unless a command or a close got here first."""
    settle(store, message, lambda: opening(message, store.state(message.data.account_id)))


def on_account_closed(message: Message[mm.AccountClosedData], store: LedgerStore) -> None:
    """AccountClosed: close an empty account; refuse with AccountCloseRejected if it holds money."""
    settle(store, message, lambda: closing(message, store.state(message.data.account_id)))


def on_cancel_operation(message: Message[mm.CancelOperationData], store: LedgerStore) -> None:
    """CancelOperation: refuse the command for good and say so, unless it was handled already; then
    tell its posting again (banking never heard of it), or the refusal if it was not posted."""
    data = message.data
    refusal = timed_out(data)
    if store.forbid(data.command_id, refusal):
        return
    not_before = timestamp(datetime.fromisoformat(data.requested_at) - CLOCK_MARGIN)
    entry = store.posting(data.account_id, data.operation_id, not_before)
    if entry is None:
        store.publish(refusal)
        return
    account = store.state(data.account_id)
    if account is None:  # the posting wrote it: only a broken store could get here
        raise RuntimeError(f"{data.account_id} has a posting and no state")
    store.publish(posted(entry.type, account, entry))


def settle(store: LedgerStore, message: Message[Any], decide: Decision) -> None:
    """Apply the decision taken on the current state, deciding again after a lost race."""
    for attempt in range(ATTEMPTS):
        outcome = store.apply(decide())
        if outcome is not Outcome.STALE:
            return
        time.sleep(_jitter.uniform(0, BACKOFF_SECONDS * (attempt + 1)))
    raise AccountKeptChanging(f"{message.type} {message.id}: account changed on every attempt")


def post_together(messages: Sequence[Message[Any]], store: LedgerStore) -> bool:
    """Post or refuse several commands of one account in one transaction, each decided on the balance
    the one before it leaves. False, with nothing written, when they must be taken one by one: another
    message type among them, several accounts, one message twice, too many, or at the store a message
    handled before or a change to the account since it was read."""
    accounts = {getattr(m.data, "account_id", None) for m in messages}
    if (
        not 1 < len(messages) <= MAX_TOGETHER
        or any(m.type not in KINDS for m in messages)
        or len(accounts) != 1
        or len({m.id for m in messages}) != len(messages)
    ):
        return False
    current = store.state(messages[0].data.account_id)
    changes = []
    for message in messages:
        change = money_movement(message, current, KINDS[message.type])
        changes.append(change)
        current = change.state or current
    return store.apply_together(changes) is Outcome.APPLIED


def money_movement(message: Message[mm.MoneyCommandData], current: LedgerAccount | None, kind: str) -> Change:
    """Post the command or refuse it; without a state yet, banking already checked the account."""
    data = message.data
    account = current or LedgerAccount.opened(data.account_id, data.user_id, data.currency)
    try:
        after, entry = account.posted(kind, data.operation_id, data.amount, data.currency, now_iso())
    except Refused as refusal:
        return Change(message, data.account_id, current, event=rejected(message, kind, refusal))
    event = posted(kind, after, entry)
    return Change(message, data.account_id, current, state=after, entry=entry, event=event)


def transfer(
    message: Message[mm.TransferCommandData], source: LedgerAccount | None, destination: LedgerAccount | None
) -> Change:
    """Post both sides of the transfer, or refuse it; without a state yet, banking already checked
    the source (the destination must be known to the ledger)."""
    data = message.data
    account = source or LedgerAccount.opened(data.account_id, data.user_id, data.currency)
    description = data.description or None
    # to its own source, the destination is the source as read: refused (SAME_ACCOUNT), never written twice
    to = account if data.to_account_id == data.account_id else destination
    try:
        after, credited, out, into = account.sent(
            to, data.operation_id, data.amount, data.currency, now_iso(), description
        )
    except Refused as refusal:
        return Change(message, data.account_id, source, event=refusal_of(data, TRANSFER, refusal))
    assert destination is not None, "a transfer is posted only to a known account"
    credit = Credit(destination, credited, into, posted(TRANSFER_IN, credited, into))
    event = posted(TRANSFER_OUT, after, out)
    return Change(message, data.account_id, source, state=after, entry=out, event=event, credit=credit)


def opening(message: Message[mm.AccountCreatedData], current: LedgerAccount | None) -> Change:
    """A new account's state; if one is already there, only note the message."""
    data = message.data
    if current is not None:
        return Change(message, data.account_id, current)
    state = LedgerAccount.opened(data.account_id, data.user_id, data.currency)
    return Change(message, data.account_id, None, state=state)


def closing(message: Message[mm.AccountClosedData], current: LedgerAccount | None) -> Change:
    """The account closed, or kept open with AccountCloseRejected while it holds money."""
    data = message.data
    if current is None:
        state = LedgerAccount(data.account_id, data.user_id, None, CLOSED)
        return Change(message, data.account_id, None, state=state)
    if current.status == CLOSED:
        return Change(message, data.account_id, current)
    try:
        return Change(message, data.account_id, current, state=current.closed())
    except Refused:
        return Change(message, data.account_id, current, event=close_rejected(current, data.version))


def posted(kind: str, account: LedgerAccount, entry: Entry) -> Message[Any]:
    """Deposited, Withdrawn, TransferSent or TransferReceived, about `account` (the entry's), with the
    exact balance after the posting and its sequence."""
    if kind in TRANSFER_SIDES:
        return transfer_side(kind, account, entry)
    data = mm.PostedData(
        operation_id=entry.operation_id,
        account_id=account.account_id,
        user_id=account.user_id,
        amount=entry.amount,
        currency=entry.currency,
        balance=entry.balance_after,
        sequence=entry.sequence,
        posted_at=entry.posted_at,
    )
    return new_message(POSTED[kind], account.account_id, entry.operation_id, data)


def transfer_side(kind: str, account: LedgerAccount, entry: Entry) -> Message[mm.TransferPostedData]:
    """TransferSent or TransferReceived: one account's side of a transfer, its balance alone."""
    assert entry.counterparty is not None, "a transfer's entry names the other account"
    data = mm.TransferPostedData(
        operation_id=entry.operation_id,
        account_id=account.account_id,
        user_id=account.user_id,
        counterparty_account_id=entry.counterparty,
        amount=entry.amount,
        currency=entry.currency,
        balance=entry.balance_after,
        sequence=entry.sequence,
        posted_at=entry.posted_at,
        **({} if entry.description is None else {"description": entry.description}),
    )
    return new_message(TRANSFER_SIDES[kind], account.account_id, entry.operation_id, data)


def refusal_of(
    data: mm.MoneyCommandData | mm.CancelOperationData | mm.TransferCommandData, kind: str, refusal: Refused
) -> Message[mm.RejectedData]:
    """DepositRejected, WithdrawalRejected or TransferRejected of an operation, with the refusal's reason."""
    refused = mm.RejectedData(
        operation_id=data.operation_id,
        account_id=data.account_id,
        user_id=data.user_id,
        amount=data.amount,
        currency=data.currency,
        reason=refusal.reason,
        message=refusal.message,
        rejected_at=now_iso(),
    )
    return new_message(REJECTED[kind], data.account_id, data.operation_id, refused)


def rejected(command: Message[mm.MoneyCommandData], kind: str, refusal: Refused) -> Message[mm.RejectedData]:
    """DepositRejected or WithdrawalRejected, echoing the command."""
    return refusal_of(command.data, kind, refusal)


def timed_out(data: mm.CancelOperationData) -> Message[mm.RejectedData]:
    """DepositRejected or WithdrawalRejected, OPERATION_TIMED_OUT: the ledger never posted it."""
    return refusal_of(data, data.operation_type, TIMED_OUT)


def close_rejected(account: LedgerAccount, version: int) -> Message[mm.AccountCloseRejectedData]:
    """AccountCloseRejected: the close of `version` came after money reached the account."""
    data = mm.AccountCloseRejectedData(
        account_id=account.account_id,
        user_id=account.user_id,
        version=version,
        balance=account.balance,
        reason="ACCOUNT_NOT_EMPTY",
        rejected_at=now_iso(),
    )
    return new_message("AccountCloseRejected", account.account_id, account.account_id, data)


SUBSCRIPTIONS: Subscriptions[LedgerStore] = {
    "Deposit": on_deposit,
    "Withdraw": on_withdraw,
    "Transfer": on_transfer,
    "CancelOperation": on_cancel_operation,
    "AccountCreated": on_account_created,
    "AccountClosed": on_account_closed,
}
