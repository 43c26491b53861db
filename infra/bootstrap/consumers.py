"""Each service's consumer: its subscriptions bound to its own store, behind one check of the body."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
from handlers.notifications import events as notifications
from handlers.query import events as query
from handlers.query.dynamo_store import DynamoQueryStore
from infra.bootstrap.wake import WakingNotificationsStore

SUBSCRIPTIONS: dict[str, consumer.Subscriptions[Any]] = {
    "accounts": accounts.SUBSCRIPTIONS,
    "banking": banking.SUBSCRIPTIONS,
    "ledger": ledger.SUBSCRIPTIONS,
    "query": query.SUBSCRIPTIONS,
    "notifications": notifications.SUBSCRIPTIONS,
}
consumer.check_consumers(SUBSCRIPTIONS)  # refuse to start if a consumed message has no handler

StoreT = TypeVar("StoreT")
# the services that apply several messages of one FIFO message group at once
TOGETHER: dict[str, consumer.Together[Any]] = {"ledger": ledger.post_together}


def one_by_one(messages: Sequence[Message[Any]]) -> bool:
    """A service without a way to apply several messages at once takes them one by one."""
    return False


@dataclass(frozen=True)
class Consumer:
    """A service's consumer: applies one checked message with that service's handler, or several
    of one message group at once (`together`: False when they must be taken one by one)."""

    one: Callable[[Message[Any]], Message[Any]]
    together: Callable[[Sequence[Message[Any]]], bool] = one_by_one

    def __call__(self, message: Message[Any]) -> Message[Any]:
        """Apply one message."""
        return self.one(message)


def wire(service: str, subscriptions: consumer.Subscriptions[StoreT], store: StoreT) -> Consumer:
    """A service's consumer: its subscriptions, each handed that service's store and nothing else."""
    route = bind(subscriptions, store)
    together = TOGETHER.get(service)
    if together is None:
        return Consumer(lambda message: consumer.apply(service, message, route))
    return Consumer(
        lambda message: consumer.apply(service, message, route), lambda messages: together(messages, store)
    )


ON_DYNAMO: dict[str, Callable[[Any], Consumer]] = {
    "accounts": lambda client: wire("accounts", accounts.SUBSCRIPTIONS, DynamoAccountsStore(client)),
    "banking": lambda client: wire("banking", banking.SUBSCRIPTIONS, DynamoBankingStore(client)),
    "ledger": lambda client: wire("ledger", ledger.SUBSCRIPTIONS, DynamoLedgerStore(client)),
    "query": lambda client: wire("query", query.SUBSCRIPTIONS, DynamoQueryStore(client)),
    "notifications": lambda client: wire(
        "notifications", notifications.SUBSCRIPTIONS, WakingNotificationsStore(client)
    ),
}
"""Each service's consumer with its store on DynamoDB through a boto3 client."""
