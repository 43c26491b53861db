"""What every entry point shares: the stores, built once per process."""

from __future__ import annotations

from functools import cache

import boto3

from handlers.stores import DynamoStores


@cache
def stores() -> DynamoStores:
    """The DynamoDB-backed stores (endpoint, region and table prefix come from the environment)."""
    return DynamoStores(boto3.client("dynamodb"))
