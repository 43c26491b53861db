"""The banking service's HTTP operations."""

from __future__ import annotations

import msgspec

from generated import api_models as m
from generated import message_models as mm
from handlers.banking import model
from handlers.banking.model import Operation
from handlers.banking.store import BankingStore
from handlers.core.errors import NotFoundError
from handlers.edge.calls import Call, Operations
from handlers.edge.idempotency import once, remember
from handlers.messaging.messages import Message, new_message


def view(operation: Operation) -> m.Operation:
    """An operation as the contract shows it."""
    return m.Operation(
        operation_id=operation.operation_id,
        account_id=operation.account_id,
        type=operation.type,
        amount=operation.amount,
        currency=operation.currency,
        status=operation.status,
        created_at=operation.created_at,
        completed_at=operation.completed_at,
        error_message=operation.error_message,
        error_code=operation.error_code,
        counterparty_account_id=operation.counterparty_account_id,
        description=operation.description,
    )


def command(operation: Operation) -> Message[mm.MoneyCommandData] | Message[mm.TransferCommandData]:
    """The Deposit, Withdraw or Transfer command that asks the ledger to post an operation."""
    if operation.counterparty_account_id is not None:
        return transfer_command(operation, operation.counterparty_account_id)
    data = mm.MoneyCommandData(
        operation_id=operation.operation_id,
        account_id=operation.account_id,
        user_id=operation.user_id,
        amount=operation.amount,
        currency=operation.currency,
        requested_at=operation.created_at,
    )
    return new_message(model.COMMANDS[operation.type], operation.account_id, operation.operation_id, data)


def transfer_command(operation: Operation, to_account_id: str) -> Message[mm.TransferCommandData]:
    """The Transfer command: the source, the destination as the caller named it, the amount."""
    data = mm.TransferCommandData(
        operation_id=operation.operation_id,
        account_id=operation.account_id,
        user_id=operation.user_id,
        to_account_id=to_account_id,
        amount=operation.amount,
        currency=operation.currency,
        requested_at=operation.created_at,
        **({} if operation.description is None else {"description": operation.description}),
    )
    return new_message("Transfer", operation.account_id, operation.operation_id, data)


def move_money(
    call: Call, store: BankingStore, kind: str, account_id: str, **transfer: str | None
) -> m.OperationAccepted:
    """Accept a money movement from (or to) the caller's account and send it to the ledger."""

    def act() -> m.OperationAccepted:
        account = store.get_account(call.user_id, account_id)
        operation = model.new_operation(account, kind, call.body.amount, **transfer)
        response = m.OperationAccepted(
            message=model.ACCEPTED[kind], operation_id=operation.operation_id, status="pending"
        )
        store.create_operation(operation, command(operation), remember(call, response))
        return response

    return once(call, lambda key: store.remembered(call.user_id, key), act)


def deposit(call: Call, store: BankingStore) -> m.OperationAccepted:
    """POST /deposit."""
    return move_money(call, store, "deposit", call.body.account_id)


def withdraw(call: Call, store: BankingStore) -> m.OperationAccepted:
    """POST /withdraw."""
    return move_money(call, store, "withdraw", call.body.account_id)


def transfer(call: Call, store: BankingStore) -> m.OperationAccepted:
    """POST /transfers: from the caller's account to any account id (checked by the ledger)."""
    body = call.body
    description = None if body.description is msgspec.UNSET else body.description
    return move_money(
        call,
        store,
        "transfer",
        body.from_account_id,
        counterparty_account_id=body.to_account_id,
        description=description,
    )


def get_operation_status(call: Call, store: BankingStore) -> m.Operation:
    """GET /operation-status/{operation_id}: one of the caller's operations, else not found."""
    operation = store.get_operation(call.user_id, call.params.operation_id)
    if operation is None:
        raise NotFoundError("Operation not found")
    return view(operation)


OPERATIONS: Operations[BankingStore] = {
    "deposit": deposit,
    "withdraw": withdraw,
    "transfer": transfer,
    "getOperationStatus": get_operation_status,
}
