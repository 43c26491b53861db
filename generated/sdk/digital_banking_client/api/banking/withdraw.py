# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import decimal_json, errors
from ...client import AuthenticatedClient, Client
from ...models.money_movement_request import MoneyMovementRequest
from ...models.operation_accepted import OperationAccepted
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MoneyMovementRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/withdraw",
    }

    _kwargs["content"] = decimal_json.dumps(body.to_dict())

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OperationAccepted | Problem | None:
    if response.status_code == 202:
        response_202 = OperationAccepted.from_dict(decimal_json.loads(response.content))

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(decimal_json.loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(decimal_json.loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(decimal_json.loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(decimal_json.loads(response.content))

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(decimal_json.loads(response.content))

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(decimal_json.loads(response.content))

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(decimal_json.loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(decimal_json.loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(decimal_json.loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OperationAccepted | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MoneyMovementRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[OperationAccepted | Problem]:
    """Withdraw money from one of the caller's accounts

     Accepted at once; the ledger then posts it or refuses it (for instance
    `INSUFFICIENT_BALANCE`), and the operation ends `completed` or `failed`.

    Args:
        idempotency_key (str | Unset):
        body (MoneyMovementRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OperationAccepted | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MoneyMovementRequest,
    idempotency_key: str | Unset = UNSET,
) -> OperationAccepted | Problem | None:
    """Withdraw money from one of the caller's accounts

     Accepted at once; the ledger then posts it or refuses it (for instance
    `INSUFFICIENT_BALANCE`), and the operation ends `completed` or `failed`.

    Args:
        idempotency_key (str | Unset):
        body (MoneyMovementRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OperationAccepted | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MoneyMovementRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[OperationAccepted | Problem]:
    """Withdraw money from one of the caller's accounts

     Accepted at once; the ledger then posts it or refuses it (for instance
    `INSUFFICIENT_BALANCE`), and the operation ends `completed` or `failed`.

    Args:
        idempotency_key (str | Unset):
        body (MoneyMovementRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OperationAccepted | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MoneyMovementRequest,
    idempotency_key: str | Unset = UNSET,
) -> OperationAccepted | Problem | None:
    """Withdraw money from one of the caller's accounts

     Accepted at once; the ledger then posts it or refuses it (for instance
    `INSUFFICIENT_BALANCE`), and the operation ends `completed` or `failed`.

    Args:
        idempotency_key (str | Unset):
        body (MoneyMovementRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OperationAccepted | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
