# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decimal_json, errors
from ...client import AuthenticatedClient, Client
from ...models.account_closed_response import AccountClosedResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accounts/{account_id}/close".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountClosedResponse | Problem | None:
    if response.status_code == 200:
        response_200 = AccountClosedResponse.from_dict(decimal_json.loads(response.content))

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(decimal_json.loads(response.content))

        return response_409

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
) -> Response[AccountClosedResponse | Problem]:
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
) -> Response[AccountClosedResponse | Problem]:
    """Close one of the caller's accounts

     Only an account whose balance is zero can be closed. The ledger has the last word: a
    deposit already in flight when the account was closed is refused (`ACCOUNT_CLOSED`), and
    should money reach the ledger before the close does, the close is undone and the account
    is active again, so money is never stranded on a closed account.

    Args:
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example:
            acc_0f8fad5bd9cb469fa16570867728950e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountClosedResponse | Problem]
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
) -> AccountClosedResponse | Problem | None:
    """Close one of the caller's accounts

     Only an account whose balance is zero can be closed. The ledger has the last word: a
    deposit already in flight when the account was closed is refused (`ACCOUNT_CLOSED`), and
    should money reach the ledger before the close does, the close is undone and the account
    is active again, so money is never stranded on a closed account.

    Args:
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example:
            acc_0f8fad5bd9cb469fa16570867728950e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountClosedResponse | Problem
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountClosedResponse | Problem]:
    """Close one of the caller's accounts

     Only an account whose balance is zero can be closed. The ledger has the last word: a
    deposit already in flight when the account was closed is refused (`ACCOUNT_CLOSED`), and
    should money reach the ledger before the close does, the close is undone and the account
    is active again, so money is never stranded on a closed account.

    Args:
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example:
            acc_0f8fad5bd9cb469fa16570867728950e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountClosedResponse | Problem]
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
) -> AccountClosedResponse | Problem | None:
    """Close one of the caller's accounts

     Only an account whose balance is zero can be closed. The ledger has the last word: a
    deposit already in flight when the account was closed is refused (`ACCOUNT_CLOSED`), and
    should money reach the ledger before the close does, the close is undone and the account
    is active again, so money is never stranded on a closed account.

    Args:
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example:
            acc_0f8fad5bd9cb469fa16570867728950e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountClosedResponse | Problem
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
        )
    ).parsed
