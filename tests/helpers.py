"""Helpers the tests share: every service's store in one place, and calls as an adapter would make them.

A test may read any service's table to check what happened; a service may not, so the bag of all
stores lives here and not in the services."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from unittest import mock

import msgspec

from generated.messages import CATALOG, consumed_by
from handlers.accounts.dynamo_store import DynamoAccountsStore
from handlers.accounts.store import AccountsStore
from handlers.banking.dynamo_store import DynamoBankingStore
from handlers.banking.store import BankingStore
from handlers.core import jsonio
from handlers.core.errors import InvalidMessageError
from handlers.core.ids import new_id
from handlers.edge.calls import Handler
from handlers.edge.dispatch import dispatch
from handlers.edge.responses import ApiRequest, ApiResponse
from handlers.ledger.dynamo_store import DynamoLedgerStore
from handlers.ledger.model import CREDIT, Entry, customer
from handlers.ledger.store import LedgerStore
from handlers.messaging.messages import Message, check, envelope_of, new_message, parse, wire
from handlers.notifications.dynamo_store import DynamoNotificationsStore
from handlers.notifications.store import NotificationsStore
from handlers.query.dynamo_store import DynamoQueryStore
from handlers.query.store import QueryStore
from handlers.storage import dynamo
from infra.bootstrap import consumers
from infra.bootstrap.api import ApiStores, api_handlers
from infra.functions import runtime


@dataclass(frozen=True)
class Stores:
    """Every service's store."""

    accounts: AccountsStore
    banking: BankingStore
    ledger: LedgerStore
    query: QueryStore
    notifications: NotificationsStore

    @classmethod
    def memory(cls) -> Stores:
        """The in-memory fakes."""
        from tests.fakes import (
            MemoryAccountsStore,
            MemoryBankingStore,
            MemoryLedgerStore,
            MemoryNotificationsStore,
            MemoryQueryStore,
        )

        return cls(
            MemoryAccountsStore(),
            MemoryBankingStore(),
            MemoryLedgerStore(),
            MemoryQueryStore(),
            MemoryNotificationsStore(),
        )

    @classmethod
    def dynamo(cls, client: Any) -> Stores:
        """The stores on DynamoDB through one client."""
        return cls(
            DynamoAccountsStore(client),
            DynamoBankingStore(client),
            DynamoLedgerStore(client),
            DynamoQueryStore(client),
            DynamoNotificationsStore(client),
        )

    def api(self) -> ApiStores:
        """The stores the API is wired with."""
        return ApiStores(self.accounts, self.banking, self.query, self.notifications)


def message_of(kind: str, subject: str, correlation_id: str, data: dict[str, Any]) -> Message[Any]:
    """A message of the catalog built from plain data by its contract names, as a test writes one;
    InvalidMessageError when the data breaks the type's schema (checked as written, before the
    model could drop an unknown field) or does not fit its model."""
    check(envelope_of(kind, subject, correlation_id, data))  # KeyError for a type the catalog lacks
    try:
        typed = msgspec.convert(data, CATALOG[kind].data_model)
    except msgspec.ValidationError as exc:
        raise InvalidMessageError(f"{kind}: {exc}") from None
    return new_message(kind, subject, correlation_id, typed)


def consumer(service: str, stores: Stores) -> consumers.Consumer:
    """A service's consumer wired as the composition root wires it, on that service's store."""
    store = getattr(stores, service)
    return consumers.wire(service, consumers.SUBSCRIPTIONS[service], store)


def deliver(service: str, body: str | bytes, stores: Stores) -> Message[Any]:
    """Check one message body and apply it with the service's consumer."""
    return consumer(service, stores)(parse(body))


def sent(store: Any) -> list[str]:
    """Every message a service's outbox holds (a fake's list or a DynamoDB table), as it travels."""
    if isinstance(store.outbox, list):
        return [wire(m) for m in store.outbox]
    items = store.client.scan(TableName=store.outbox)["Items"]
    return [str(dynamo.from_item(item)["message"]) for item in items]


def settle(stores: Stores) -> None:
    """Hand each message of the outboxes to every service that consumes its type, until none is new."""
    handled: set[str] = set()
    while new := [
        m
        for s in (stores.accounts, stores.banking, stores.ledger)
        for m in map(parse, sent(s))
        if m.id not in handled
    ]:
        for message in new:
            handled.add(message.id)
            for service in ("accounts", "banking", "ledger", "query"):
                if message.type in consumed_by(service):
                    deliver(service, wire(message), stores)


def call(
    operation: str,
    user: str,
    stores: Stores,
    body: Any = None,
    headers: dict[str, str] | None = None,
    /,
    **params: str,
) -> ApiResponse:
    """Dispatch one request: path and query parameters by keyword, body as data or raw bytes."""
    return call_with(api_handlers(stores.api()), operation, user, body, headers, **params)


def call_with(
    handlers: Mapping[str, Handler],
    operation: str,
    user: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
    /,
    **params: str,
) -> ApiResponse:
    """Dispatch one request to these handlers (one service's, say)."""
    raw = body if isinstance(body, bytes) or body is None else jsonio.dumps(body).encode()
    all_headers = {"content-type": "application/json"} if raw is not None else {}
    all_headers |= {k.lower(): v for k, v in (headers or {}).items()}
    request = ApiRequest(operation, user, path_params=params, query=params, headers=all_headers, body=raw)
    return dispatch(request, handlers)


def transfer_message(
    source: str, destination: str, amount: str, user: str = "alice", currency: str = "EUR", **extra: Any
) -> Message[Any]:
    """A Transfer command as banking sends it (extra: `description`, or another `operationId`)."""
    operation_id = extra.pop("operationId", None) or new_id("op")
    data = {
        "operationId": operation_id,
        "accountId": source,
        "userId": user,
        "toAccountId": destination,
        "amount": Decimal(amount),
        "currency": currency,
        "requestedAt": jsonio.now_iso(),
    }
    return message_of("Transfer", source, operation_id, data | extra)


def customer_change(entry: Entry) -> Decimal:
    """What a journal entry adds to the customer's balance: its credits minus its debits there."""
    mine = [leg for leg in entry.legs if leg.account == customer(entry.account_id)]
    return sum((leg.amount if leg.side == CREDIT else -leg.amount for leg in mine), Decimal(0))


def runtime_stores() -> Stores:
    """Every store on the client the entry points (Lambda functions, local platform) use."""
    return Stores.dynamo(runtime.client())


@contextmanager
def entry_points_on(client: Any) -> Iterator[None]:
    """The entry points wired on this client for a while (a fault-injecting one, say)."""
    runtime.reset()
    with mock.patch.object(runtime, "client", lambda: client):
        yield
    runtime.reset()
