# generated from specs/openapi.yaml by tools/generate.py, do not edit
"""The operation table: operationId to method, path, models and statuses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from msgspec import Struct

from generated import api_models as m


@dataclass(frozen=True)
class Operation:
    """One HTTP operation of the contract."""

    operation_id: str
    method: str
    path: str
    service: str
    parameters: tuple[tuple[str, str], ...]
    parameters_model: type[Struct] | None
    body_model: type[Struct] | None
    success_status: int
    # a model class, or a type alias of a list of models
    response_model: Any
    error_statuses: tuple[int, ...]


OPERATIONS: dict[str, Operation] = {
    "listAccounts": Operation(
        operation_id="listAccounts",
        method="GET",
        path="/accounts",
        service="accounts",
        parameters=(),
        parameters_model=None,
        body_model=None,
        success_status=200,
        response_model=m.ListAccountsResponse,
        error_statuses=(401, 429, 500),
    ),
    "createAccount": Operation(
        operation_id="createAccount",
        method="POST",
        path="/accounts",
        service="accounts",
        parameters=(("Idempotency-Key", "header"),),
        parameters_model=m.CreateAccountParameters,
        body_model=m.CreateAccountRequest,
        success_status=201,
        response_model=m.AccountCreated,
        error_statuses=(400, 401, 409, 413, 415, 429, 500),
    ),
    "getAccount": Operation(
        operation_id="getAccount",
        method="GET",
        path="/accounts/{account_id}",
        service="accounts",
        parameters=(("account_id", "path"),),
        parameters_model=m.GetAccountParameters,
        body_model=None,
        success_status=200,
        response_model=m.Account,
        error_statuses=(400, 401, 404, 429, 500),
    ),
    "closeAccount": Operation(
        operation_id="closeAccount",
        method="PUT",
        path="/accounts/{account_id}/close",
        service="accounts",
        parameters=(("account_id", "path"),),
        parameters_model=m.CloseAccountParameters,
        body_model=None,
        success_status=200,
        response_model=m.AccountClosedResponse,
        error_statuses=(400, 401, 404, 409, 429, 500),
    ),
    "deposit": Operation(
        operation_id="deposit",
        method="POST",
        path="/deposit",
        service="banking",
        parameters=(("Idempotency-Key", "header"),),
        parameters_model=m.DepositParameters,
        body_model=m.MoneyMovementRequest,
        success_status=202,
        response_model=m.OperationAccepted,
        error_statuses=(400, 401, 404, 409, 413, 415, 422, 429, 500),
    ),
    "withdraw": Operation(
        operation_id="withdraw",
        method="POST",
        path="/withdraw",
        service="banking",
        parameters=(("Idempotency-Key", "header"),),
        parameters_model=m.WithdrawParameters,
        body_model=m.MoneyMovementRequest,
        success_status=202,
        response_model=m.OperationAccepted,
        error_statuses=(400, 401, 404, 409, 413, 415, 422, 429, 500),
    ),
    "transfer": Operation(
        operation_id="transfer",
        method="POST",
        path="/transfers",
        service="banking",
        parameters=(("Idempotency-Key", "header"),),
        parameters_model=m.TransferParameters,
        body_model=m.TransferRequest,
        success_status=202,
        response_model=m.OperationAccepted,
        error_statuses=(400, 401, 404, 409, 413, 415, 422, 429, 500),
    ),
    "getOperationStatus": Operation(
        operation_id="getOperationStatus",
        method="GET",
        path="/operation-status/{operation_id}",
        service="banking",
        parameters=(("operation_id", "path"),),
        parameters_model=m.GetOperationStatusParameters,
        body_model=None,
        success_status=200,
        response_model=m.Operation,
        error_statuses=(400, 401, 404, 429, 500),
    ),
    "getTransactions": Operation(
        operation_id="getTransactions",
        method="GET",
        path="/transactions/{account_id}",
        service="query",
        parameters=(("account_id", "path"), ("limit", "query"), ("cursor", "query")),
        parameters_model=m.GetTransactionsParameters,
        body_model=None,
        success_status=200,
        response_model=m.TransactionPage,
        error_statuses=(400, 401, 404, 422, 429, 500),
    ),
    "getBalance": Operation(
        operation_id="getBalance",
        method="GET",
        path="/balances/{account_id}",
        service="query",
        parameters=(("account_id", "path"),),
        parameters_model=m.GetBalanceParameters,
        body_model=None,
        success_status=200,
        response_model=m.Balance,
        error_statuses=(400, 401, 404, 429, 500),
    ),
    "listBalances": Operation(
        operation_id="listBalances",
        method="GET",
        path="/balances",
        service="query",
        parameters=(),
        parameters_model=None,
        body_model=None,
        success_status=200,
        response_model=m.ListBalancesResponse,
        error_statuses=(401, 429, 500),
    ),
}
