"""What every entry point shares: one DynamoDB client and the services wired on it, once per process."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

import boto3

if TYPE_CHECKING:
    from handlers.edge.calls import Handler
    from infra.bootstrap.consumers import Consumer


@cache
def client() -> Any:
    """The DynamoDB client (endpoint, region and table prefix come from the environment)."""
    return boto3.client("dynamodb")


@cache
def api() -> dict[str, Handler]:
    """The API's operations on the stores of the services that serve them."""
    from infra.bootstrap.api import api_handlers, dynamo_api_stores  # the consumers never load it

    return api_handlers(dynamo_api_stores(client()))


@cache
def consumer(service: str) -> Consumer:
    """One service's consumer on its own store."""
    from infra.bootstrap.consumers import ON_DYNAMO  # the API function never loads it

    return ON_DYNAMO[service](client())


def reset() -> None:
    """Forget the client and what was built on it (tests point the entry points at another engine)."""
    for built in (client, api, consumer):
        built.cache_clear()
