"""What every entry point shares: the checked handler tables and the stores, built once per process."""

from __future__ import annotations

from functools import cache

import boto3

from handlers.routes import checked
from handlers.stores import DynamoStores

# Refuse to start if an operation or a consumed message has no handler.
API_HANDLERS, MESSAGE_HANDLERS = checked()


@cache
def stores() -> DynamoStores:
    """The DynamoDB-backed stores (endpoint, region and table prefix come from the environment)."""
    return DynamoStores(boto3.client("dynamodb"))
