# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decimal_json, errors
from ...client import AuthenticatedClient, Client
from ...models.operation import Operation
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    operation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/operation-status/{operation_id}".format(
            operation_id=quote(str(operation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Operation | Problem | None:
    if response.status_code == 200:
        response_200 = Operation.from_dict(decimal_json.loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Operation | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Operation | Problem]:
    """Follow one of the caller's money movements

    Args:
        operation_id (str): `op_` and 32 lowercase hexadecimal digits. Example:
            op_7c9e6679742540de944be07fc1f90ae7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Operation | Problem]
    """

    kwargs = _get_kwargs(
        operation_id=operation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Operation | Problem | None:
    """Follow one of the caller's money movements

    Args:
        operation_id (str): `op_` and 32 lowercase hexadecimal digits. Example:
            op_7c9e6679742540de944be07fc1f90ae7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Operation | Problem
    """

    return sync_detailed(
        operation_id=operation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Operation | Problem]:
    """Follow one of the caller's money movements

    Args:
        operation_id (str): `op_` and 32 lowercase hexadecimal digits. Example:
            op_7c9e6679742540de944be07fc1f90ae7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Operation | Problem]
    """

    kwargs = _get_kwargs(
        operation_id=operation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Operation | Problem | None:
    """Follow one of the caller's money movements

    Args:
        operation_id (str): `op_` and 32 lowercase hexadecimal digits. Example:
            op_7c9e6679742540de944be07fc1f90ae7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Operation | Problem
    """

    return (
        await asyncio_detailed(
            operation_id=operation_id,
            client=client,
        )
    ).parsed
