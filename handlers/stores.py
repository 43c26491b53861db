"""The storage ports of the four services, on DynamoDB or in memory, built on first use."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from handlers.accounts.store import AccountsStore, MemoryAccountsStore
from handlers.banking.store import BankingStore, MemoryBankingStore
from handlers.ledger.store import LedgerStore, MemoryLedgerStore
from handlers.query.store import MemoryQueryStore, QueryStore


class Stores:
    """Every service's port; a Lambda touches only its own service's, so each is built lazily."""

    @cached_property
    def accounts(self) -> AccountsStore:
        """The accounts service's port."""
        raise NotImplementedError

    @cached_property
    def banking(self) -> BankingStore:
        """The banking service's port."""
        raise NotImplementedError

    @cached_property
    def ledger(self) -> LedgerStore:
        """The ledger's port."""
        raise NotImplementedError

    @cached_property
    def query(self) -> QueryStore:
        """The query service's port."""
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

    @cached_property
    def banking(self) -> BankingStore:
        """Banking on DynamoDB."""
        from handlers.banking.dynamo_store import DynamoBankingStore

        return DynamoBankingStore(self.client)

    @cached_property
    def ledger(self) -> LedgerStore:
        """The ledger on DynamoDB."""
        from handlers.ledger.dynamo_store import DynamoLedgerStore

        return DynamoLedgerStore(self.client)

    @cached_property
    def query(self) -> QueryStore:
        """Query projections on DynamoDB."""
        from handlers.query.dynamo_store import DynamoQueryStore

        return DynamoQueryStore(self.client)


class MemoryStores(Stores):
    """The ports in memory, for unit tests."""

    @cached_property
    def accounts(self) -> AccountsStore:
        """Accounts in memory."""
        return MemoryAccountsStore()

    @cached_property
    def banking(self) -> BankingStore:
        """Banking in memory."""
        return MemoryBankingStore()

    @cached_property
    def ledger(self) -> LedgerStore:
        """The ledger in memory."""
        return MemoryLedgerStore()

    @cached_property
    def query(self) -> QueryStore:
        """Query projections in memory."""
        return MemoryQueryStore()
