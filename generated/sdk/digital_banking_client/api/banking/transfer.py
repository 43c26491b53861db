# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import decimal_json, errors
from ...client import AuthenticatedClient, Client
from ...models.operation_accepted import OperationAccepted
from ...models.problem import Problem
from ...models.transfer_request import TransferRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TransferRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfers",
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
    body: TransferRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[OperationAccepted | Problem]:
    """Move money from one of the caller's accounts to another account

     The source must be the caller's; the destination may be any account of the same currency,
    the caller's or another customer's: an account id is its payee's identifier. Accepted at
    once; the ledger then posts both sides in one transaction or refuses the transfer, and the
    operation ends `completed` or `failed` with its `errorCode`: `INSUFFICIENT_BALANCE`,
    `ACCOUNT_CLOSED` (either side; a destination that does not exist is refused the same way,
    so an id's existence is never told to anyone but its owner), `CURRENCY_MISMATCH` or
    `SAME_ACCOUNT`. The sender's history shows a debit row and the receiver's a credit row,
    each naming the other account and carrying the description; neither sees anything else of
    the other.

    Args:
        idempotency_key (str | Unset):
        body (TransferRequest):

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
    body: TransferRequest,
    idempotency_key: str | Unset = UNSET,
) -> OperationAccepted | Problem | None:
    """Move money from one of the caller's accounts to another account

     The source must be the caller's; the destination may be any account of the same currency,
    the caller's or another customer's: an account id is its payee's identifier. Accepted at
    once; the ledger then posts both sides in one transaction or refuses the transfer, and the
    operation ends `completed` or `failed` with its `errorCode`: `INSUFFICIENT_BALANCE`,
    `ACCOUNT_CLOSED` (either side; a destination that does not exist is refused the same way,
    so an id's existence is never told to anyone but its owner), `CURRENCY_MISMATCH` or
    `SAME_ACCOUNT`. The sender's history shows a debit row and the receiver's a credit row,
    each naming the other account and carrying the description; neither sees anything else of
    the other.

    Args:
        idempotency_key (str | Unset):
        body (TransferRequest):

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
    body: TransferRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[OperationAccepted | Problem]:
    """Move money from one of the caller's accounts to another account

     The source must be the caller's; the destination may be any account of the same currency,
    the caller's or another customer's: an account id is its payee's identifier. Accepted at
    once; the ledger then posts both sides in one transaction or refuses the transfer, and the
    operation ends `completed` or `failed` with its `errorCode`: `INSUFFICIENT_BALANCE`,
    `ACCOUNT_CLOSED` (either side; a destination that does not exist is refused the same way,
    so an id's existence is never told to anyone but its owner), `CURRENCY_MISMATCH` or
    `SAME_ACCOUNT`. The sender's history shows a debit row and the receiver's a credit row,
    each naming the other account and carrying the description; neither sees anything else of
    the other.

    Args:
        idempotency_key (str | Unset):
        body (TransferRequest):

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
    body: TransferRequest,
    idempotency_key: str | Unset = UNSET,
) -> OperationAccepted | Problem | None:
    """Move money from one of the caller's accounts to another account

     The source must be the caller's; the destination may be any account of the same currency,
    the caller's or another customer's: an account id is its payee's identifier. Accepted at
    once; the ledger then posts both sides in one transaction or refuses the transfer, and the
    operation ends `completed` or `failed` with its `errorCode`: `INSUFFICIENT_BALANCE`,
    `ACCOUNT_CLOSED` (either side; a destination that does not exist is refused the same way,
    so an id's existence is never told to anyone but its owner), `CURRENCY_MISMATCH` or
    `SAME_ACCOUNT`. The sender's history shows a debit row and the receiver's a credit row,
    each naming the other account and carrying the description; neither sees anything else of
    the other.

    Args:
        idempotency_key (str | Unset):
        body (TransferRequest):

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
