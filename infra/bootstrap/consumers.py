"""Each service's consumer: its subscriptions bound to its own store, behind one check of the body."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from handlers.accounts import events as accounts
from handlers.accounts.dynamo_store import DynamoAccountsStore
from handlers.banking import events as banking
from handlers.banking.dynamo_store import DynamoBankingStore
from handlers.core.binding import bind
from handlers.ledger import events as ledger
from handlers.ledger.dynamo_store import DynamoLedgerStore
from handlers.messaging import consumer
from handlers.messaging.messages import Message
from handlers.query import events as query
from handlers.query.dynamo_store import DynamoQueryStore

SUBSCRIPTIONS: dict[str, consumer.Subscriptions[Any]] = {
    "accounts": accounts.SUBSCRIPTIONS,
    "banking": banking.SUBSCRIPTIONS,
    "ledger": ledger.SUBSCRIPTIONS,
    "query": query.SUBSCRIPTIONS,
}
consumer.check_consumers(SUBSCRIPTIONS)  # refuse to start if a consumed message has no handler

StoreT = TypeVar("StoreT")
Consumer = Callable[[Message[Any]], Message[Any]]
"""A service's consumer: applies one checked message with that service's handler."""


def wire(service: str, subscriptions: consumer.Subscriptions[StoreT], store: StoreT) -> Consumer:
    """A service's consumer: its subscriptions, each handed that service's store and nothing else."""
    route = bind(subscriptions, store)
    return lambda message: consumer.apply(service, message, route)


ON_DYNAMO: dict[str, Callable[[Any], Consumer]] = {
    "accounts": lambda client: wire("accounts", accounts.SUBSCRIPTIONS, DynamoAccountsStore(client)),
    "banking": lambda client: wire("banking", banking.SUBSCRIPTIONS, DynamoBankingStore(client)),
    "ledger": lambda client: wire("ledger", ledger.SUBSCRIPTIONS, DynamoLedgerStore(client)),
    "query": lambda client: wire("query", query.SUBSCRIPTIONS, DynamoQueryStore(client)),
}
"""Each service's consumer with its store on DynamoDB through a boto3 client."""
