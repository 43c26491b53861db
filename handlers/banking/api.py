"""The banking service's HTTP operations."""

from __future__ import annotations

from generated import api_models as m
from handlers.banking import model
from handlers.banking.model import Operation
from handlers.banking.store import BankingStore
from handlers.calls import Call
from handlers.errors import NotFoundError
from handlers.idempotency import once, remember
from handlers.messages import Message, new_message


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


def command(operation: Operation) -> Message:
    """The Deposit or Withdraw command that asks the ledger to post an operation."""
    return new_message(
        model.COMMANDS[operation.type],
        operation.account_id,
        operation.operation_id,
        {
            "operationId": operation.operation_id,
            "accountId": operation.account_id,
            "userId": operation.user_id,
            "amount": operation.amount,
            "currency": operation.currency,
            "requestedAt": operation.created_at,
        },
    )


def move_money(call: Call, kind: str) -> m.OperationAccepted:
    """Accept a deposit or withdrawal on the caller's account and send it to the ledger."""
    store: BankingStore = call.stores.banking

    def act() -> m.OperationAccepted:
        account = store.get_account(call.user_id, call.body.account_id)
        operation = model.new_operation(account, kind, call.body.amount)
        response = m.OperationAccepted(
            message=model.ACCEPTED[kind], operation_id=operation.operation_id, status="pending"
        )
        store.create_operation(operation, command(operation), remember(call, response))
        return response

    return once(call, lambda key: store.remembered(call.user_id, key), act)


def deposit(call: Call) -> m.OperationAccepted:
    """POST /deposit."""
    return move_money(call, "deposit")


def withdraw(call: Call) -> m.OperationAccepted:
    """POST /withdraw."""
    return move_money(call, "withdraw")


def get_operation_status(call: Call) -> m.Operation:
    """GET /operation-status/{operation_id}: one of the caller's operations, else 404."""
    operation = call.stores.banking.get_operation(call.user_id, call.params.operation_id)
    if operation is None:
        raise NotFoundError("Operation not found")
    return view(operation)
