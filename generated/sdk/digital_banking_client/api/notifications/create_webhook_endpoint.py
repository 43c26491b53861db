# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import decimal_json, errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_endpoint_request import CreateWebhookEndpointRequest
from ...models.problem import Problem
from ...models.webhook_endpoint_created import WebhookEndpointCreated
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateWebhookEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook-endpoints",
    }

    _kwargs["content"] = decimal_json.dumps(body.to_dict())

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookEndpointCreated | None:
    if response.status_code == 201:
        response_201 = WebhookEndpointCreated.from_dict(decimal_json.loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(decimal_json.loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(decimal_json.loads(response.content))

        return response_401

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
) -> Response[Problem | WebhookEndpointCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | WebhookEndpointCreated]:
    """Register a webhook endpoint

     The platform will POST each event of the caller's accounts whose type the endpoint takes
    (every type when `eventTypes` is left out) to `url`, signed per the Standard Webhooks
    specification (`webhook-id`, `webhook-timestamp`, `webhook-signature`) with the endpoint's
    secret. The secret is in this answer only: keep it. The payloads are described in the message
    catalog (`/asyncapi/`, channel `webhooks`).

    The URL must be `https` on AWS stages. An address that is loopback, private, link-local
    (cloud metadata such as 169.254.169.254), multicast, reserved or unspecified, in any spelling
    (decimal, octal or hexadecimal IPv4, IPv6, IPv4-mapped IPv6), is refused with 422
    `INVALID_WEBHOOK_URL`, and again when connecting, after resolving the name (so a name that
    resolves to such an address later is refused too). Only the embedded platform (`make run`)
    accepts `http://` loopback receivers by default (`BANK_WEBHOOK_ALLOW_LOOPBACK`).

    Args:
        idempotency_key (str | Unset):
        body (CreateWebhookEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookEndpointCreated]
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
    body: CreateWebhookEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | WebhookEndpointCreated | None:
    """Register a webhook endpoint

     The platform will POST each event of the caller's accounts whose type the endpoint takes
    (every type when `eventTypes` is left out) to `url`, signed per the Standard Webhooks
    specification (`webhook-id`, `webhook-timestamp`, `webhook-signature`) with the endpoint's
    secret. The secret is in this answer only: keep it. The payloads are described in the message
    catalog (`/asyncapi/`, channel `webhooks`).

    The URL must be `https` on AWS stages. An address that is loopback, private, link-local
    (cloud metadata such as 169.254.169.254), multicast, reserved or unspecified, in any spelling
    (decimal, octal or hexadecimal IPv4, IPv6, IPv4-mapped IPv6), is refused with 422
    `INVALID_WEBHOOK_URL`, and again when connecting, after resolving the name (so a name that
    resolves to such an address later is refused too). Only the embedded platform (`make run`)
    accepts `http://` loopback receivers by default (`BANK_WEBHOOK_ALLOW_LOOPBACK`).

    Args:
        idempotency_key (str | Unset):
        body (CreateWebhookEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookEndpointCreated
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | WebhookEndpointCreated]:
    """Register a webhook endpoint

     The platform will POST each event of the caller's accounts whose type the endpoint takes
    (every type when `eventTypes` is left out) to `url`, signed per the Standard Webhooks
    specification (`webhook-id`, `webhook-timestamp`, `webhook-signature`) with the endpoint's
    secret. The secret is in this answer only: keep it. The payloads are described in the message
    catalog (`/asyncapi/`, channel `webhooks`).

    The URL must be `https` on AWS stages. An address that is loopback, private, link-local
    (cloud metadata such as 169.254.169.254), multicast, reserved or unspecified, in any spelling
    (decimal, octal or hexadecimal IPv4, IPv6, IPv4-mapped IPv6), is refused with 422
    `INVALID_WEBHOOK_URL`, and again when connecting, after resolving the name (so a name that
    resolves to such an address later is refused too). Only the embedded platform (`make run`)
    accepts `http://` loopback receivers by default (`BANK_WEBHOOK_ALLOW_LOOPBACK`).

    Args:
        idempotency_key (str | Unset):
        body (CreateWebhookEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookEndpointCreated]
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
    body: CreateWebhookEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | WebhookEndpointCreated | None:
    """Register a webhook endpoint

     The platform will POST each event of the caller's accounts whose type the endpoint takes
    (every type when `eventTypes` is left out) to `url`, signed per the Standard Webhooks
    specification (`webhook-id`, `webhook-timestamp`, `webhook-signature`) with the endpoint's
    secret. The secret is in this answer only: keep it. The payloads are described in the message
    catalog (`/asyncapi/`, channel `webhooks`).

    The URL must be `https` on AWS stages. An address that is loopback, private, link-local
    (cloud metadata such as 169.254.169.254), multicast, reserved or unspecified, in any spelling
    (decimal, octal or hexadecimal IPv4, IPv6, IPv4-mapped IPv6), is refused with 422
    `INVALID_WEBHOOK_URL`, and again when connecting, after resolving the name (so a name that
    resolves to such an address later is refused too). Only the embedded platform (`make run`)
    accepts `http://` loopback receivers by default (`BANK_WEBHOOK_ALLOW_LOOPBACK`).

    Args:
        idempotency_key (str | Unset):
        body (CreateWebhookEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookEndpointCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
