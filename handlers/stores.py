"""The storage ports of the four services, on DynamoDB or in memory, built on first use."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from handlers.accounts.store import AccountsStore, MemoryAccountsStore


class Stores:
    """Every service's port; a Lambda touches only its own service's, so each is built lazily."""

    @cached_property
    def accounts(self) -> AccountsStore:
        """The accounts service's port."""
        raise NotImplementedError


class DynamoStores(Stores):
    """The ports on DynamoDB through one boto3 client."""

    def __init__(self, client: Any) -> None:
        self.client = client

    @cached_property
    def accounts(self) -> AccountsStore:
        """Accounts on DynamoDB."""
        from handlers.accounts.dynamo_store import DynamoAccountsStore

        return DynamoAccountsStore(self.client)


class MemoryStores(Stores):
    """The ports in memory, for unit tests."""

    @cached_property
    def accounts(self) -> AccountsStore:
        """Accounts in memory."""
        return MemoryAccountsStore()
