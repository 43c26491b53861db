"""The API's operations, each service's bound to its own store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from handlers.accounts import api as accounts
from handlers.accounts.dynamo_store import DynamoAccountsStore
from handlers.accounts.store import AccountsStore
from handlers.banking import api as banking
from handlers.banking.dynamo_store import DynamoBankingStore
from handlers.banking.store import BankingStore
from handlers.core.binding import bind
from handlers.edge.calls import Handler
from handlers.edge.dispatch import check_handlers
from handlers.notifications import api as notifications
from handlers.notifications.store import NotificationsStore
from handlers.query import api as query
from handlers.query.dynamo_store import DynamoQueryStore
from handlers.query.store import QueryStore
from infra.bootstrap.wake import WakingNotificationsStore

# refuse to start unless every operation of the contract has exactly one service's handler
check_handlers(accounts.OPERATIONS, banking.OPERATIONS, query.OPERATIONS, notifications.OPERATIONS)


@dataclass(frozen=True)
class ApiStores:
    """The stores of the services whose operations the API serves; the ledger serves none."""

    accounts: AccountsStore
    banking: BankingStore
    query: QueryStore
    notifications: NotificationsStore


def api_handlers(stores: ApiStores) -> dict[str, Handler]:
    """Every operation of the contract with its service's handler, on that service's store."""
    return {
        **bind(accounts.OPERATIONS, stores.accounts),
        **bind(banking.OPERATIONS, stores.banking),
        **bind(query.OPERATIONS, stores.query),
        **bind(notifications.OPERATIONS, stores.notifications),
    }


def dynamo_api_stores(client: Any) -> ApiStores:
    """The API's stores on DynamoDB through one boto3 client."""
    return ApiStores(
        DynamoAccountsStore(client),
        DynamoBankingStore(client),
        DynamoQueryStore(client),
        WakingNotificationsStore(client),
    )
