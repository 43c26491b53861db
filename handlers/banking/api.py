"""The banking service's HTTP operations."""

from __future__ import annotations

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
    )


def command(operation: Operation) -> Message[mm.MoneyCommandData]:
    """The Deposit or Withdraw command that asks the ledger to post an operation."""
    data = mm.MoneyCommandData(
        operation_id=operation.operation_id,
        account_id=operation.account_id,
        user_id=operation.user_id,
        amount=operation.amount,
        currency=operation.currency,
        requested_at=operation.created_at,
    )
    return new_message(model.COMMANDS[operation.type], operation.account_id, operation.operation_id, data)


def move_money(call: Call, store: BankingStore, kind: str) -> m.OperationAccepted:
    """Accept a deposit or withdrawal on the caller's account and send it to the ledger."""

    def act() -> m.OperationAccepted:
        account = store.get_account(call.user_id, call.body.account_id)
        operation = model.new_operation(account, kind, call.body.amount)
        response = m.OperationAccepted(
            message=model.ACCEPTED[kind], operation_id=operation.operation_id, status="pending"
        )
        store.create_operation(operation, command(operation), remember(call, response))
        return response

    return once(call, lambda key: store.remembered(call.user_id, key), act)


def deposit(call: Call, store: BankingStore) -> m.OperationAccepted:
    """POST /deposit."""
    return move_money(call, store, "deposit")


def withdraw(call: Call, store: BankingStore) -> m.OperationAccepted:
    """POST /withdraw."""
    return move_money(call, store, "withdraw")


def get_operation_status(call: Call, store: BankingStore) -> m.Operation:
    """GET /operation-status/{operation_id}: one of the caller's operations, else not found."""
    operation = store.get_operation(call.user_id, call.params.operation_id)
    if operation is None:
        raise NotFoundError("Operation not found")
    return view(operation)


OPERATIONS: Operations[BankingStore] = {
    "deposit": deposit,
    "withdraw": withdraw,
    "getOperationStatus": get_operation_status,
}
