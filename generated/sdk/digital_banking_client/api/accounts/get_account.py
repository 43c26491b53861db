# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decimal_json, errors
from ...client import AuthenticatedClient, Client
from ...models.account import Account
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Account | Problem | None:
    if response.status_code == 200:
        response_200 = Account.from_dict(decimal_json.loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(decimal_json.loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(decimal_json.loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(decimal_json.loads(response.content))

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Account | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Account | Problem]:
    """Read one of the caller's accounts

    Args:
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example:
            acc_0f8fad5bd9cb469fa16570867728950e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Account | Problem]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Account | Problem | None:
    """Read one of the caller's accounts

    Args:
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example:
            acc_0f8fad5bd9cb469fa16570867728950e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Account | Problem
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Account | Problem]:
    """Read one of the caller's accounts

    Args:
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example:
            acc_0f8fad5bd9cb469fa16570867728950e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Account | Problem]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Account | Problem | None:
    """Read one of the caller's accounts

    Args:
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example:
            acc_0f8fad5bd9cb469fa16570867728950e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Account | Problem
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
        )
    ).parsed
