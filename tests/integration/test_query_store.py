"""The query port's contract, run against the in-memory fake and DynamoDB on moto alike."""

from __future__ import annotations

import itertools
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from handlers.core.ids import new_id
from handlers.messaging.messages import Message
from handlers.query import events
from handlers.query.dynamo_store import DynamoQueryStore
from handlers.query.model import AccountView
from handlers.query.store import QueryStore
from tests.fakes import MemoryQueryStore
from tests.helpers import message_of

ALICE, BOB = "alice", "bob"
CREATED_AT = "2026-01-15T09:30:00.000Z"
HANDLERS = {
    "AccountCreated": events.on_created,
    "AccountClosed": events.on_closed,
    "AccountReopened": events.on_reopened,
    "Deposited": events.on_posted,
    "Withdrawn": events.on_posted,
}


@pytest.fixture(params=["memory", "dynamo"])
def store(request: pytest.FixtureRequest) -> QueryStore:
    """The query port, once in memory and once on DynamoDB (moto)."""
    if request.param == "memory":
        return MemoryQueryStore()
    return DynamoQueryStore(request.getfixturevalue("dynamo_client"))


def created(account_id: str, user: str = ALICE, name: str = "Everyday", at: str = CREATED_AT) -> Message:
    """AccountCreated, version 1."""
    data = {"accountId": account_id, "userId": user, "name": name, "currency": "EUR"}
    return message_of("AccountCreated", account_id, account_id, data | {"createdAt": at, "version": 1})


def status(kind: str, account_id: str, version: int, user: str = ALICE) -> Message:
    """AccountClosed or AccountReopened at a version."""
    data: dict[str, Any] = {"accountId": account_id, "userId": user, "version": version}
    if kind == "AccountClosed":
        data["closedAt"] = "2026-02-01T12:00:00.000Z"
    else:
        data |= {"reopenedAt": "2026-02-01T12:00:01.000Z", "reason": "ACCOUNT_NOT_EMPTY"}
    return message_of(kind, account_id, account_id, data)


def posted(
    kind: str, account_id: str, sequence: int, amount: str, balance: str, user: str = ALICE
) -> Message:
    """Deposited or Withdrawn: the posting of one sequence, at a time that grows with it."""
    operation_id = f"op_{sequence:032x}"
    data = {
        "operationId": operation_id,
        "accountId": account_id,
        "userId": user,
        "amount": Decimal(amount),
        "currency": "EUR",
        "balance": Decimal(balance),
        "sequence": sequence,
        "postedAt": f"2026-01-15T09:{30 + sequence:02d}:00.200Z",
    }
    return message_of(kind, account_id, operation_id, data)


def deliver(store: QueryStore, *messages: Message) -> None:
    """Hand messages to the query service's handlers, in the given order."""
    for message in messages:
        HANDLERS[message.type](message, store)


def state(store: QueryStore, account_id: str) -> tuple[AccountView | None, list[Any]]:
    """What the projection holds for an account, with the account id blanked for comparison."""
    view = store.account(ALICE, account_id)
    rows = store.history(ALICE, account_id, 100, None).rows
    blank = "acc_" + "0" * 32
    return (
        None if view is None else replace(view, account_id=blank),
        [replace(r, account_id=blank) for r in rows],
    )


def converges(store: QueryStore, lifecycle: Any) -> tuple[AccountView | None, list[Any]]:
    """Deliver every order of a lifecycle, each with one duplicate; all must end in the in-order state."""
    in_order = new_id("acc")
    deliver(store, *lifecycle(in_order))
    expected = state(store, in_order)
    for i, order in enumerate(itertools.permutations(range(4))):
        account_id = new_id("acc")
        messages = lifecycle(account_id)
        sequence = [messages[k] for k in order]
        sequence.insert(i % 5, messages[order[i % 4]])
        deliver(store, *sequence)
        assert state(store, account_id) == expected, f"order {order} diverged"
    return expected


def test_postings_and_close_converge_in_any_order(store: QueryStore) -> None:
    def lifecycle(account_id: str) -> list[Message]:
        return [
            created(account_id),
            posted("Deposited", account_id, 1, "100.10", "100.10"),
            posted("Withdrawn", account_id, 2, "30.05", "70.05"),
            status("AccountClosed", account_id, 2),
        ]

    view, rows = converges(store, lifecycle)
    assert view is not None
    assert (view.name, view.currency, view.status, view.version) == ("Everyday", "EUR", "closed", 2)
    assert (view.balance, view.sequence, view.created_at) == (Decimal("70.05"), 2, CREATED_AT)
    assert view.last_updated == "2026-01-15T09:32:00.200Z"
    assert [(r.sequence, r.type, r.amount, r.balance) for r in rows] == [
        (2, "withdraw", Decimal("30.05"), Decimal("70.05")),
        (1, "deposit", Decimal("100.10"), Decimal("100.10")),
    ]
    assert [r.description for r in rows] == ["Withdrawal", "Deposit"]


def test_close_and_reopen_converge_in_any_order(store: QueryStore) -> None:
    def lifecycle(account_id: str) -> list[Message]:
        return [
            created(account_id),
            status("AccountClosed", account_id, 2),
            status("AccountReopened", account_id, 3),
            posted("Deposited", account_id, 1, "100.10", "100.10"),
        ]

    view, rows = converges(store, lifecycle)
    assert view is not None
    assert (view.name, view.status, view.version, view.balance) == (
        "Everyday",
        "active",
        3,
        Decimal("100.10"),
    )
    assert view.listed
    assert [r.sequence for r in rows] == [1]


def test_an_account_known_only_from_postings_or_only_from_a_close(store: QueryStore) -> None:
    by_posting, by_close = new_id("acc"), new_id("acc")
    deliver(store, posted("Deposited", by_posting, 1, "5", "5"), status("AccountClosed", by_close, 2))
    view = store.account(ALICE, by_posting)
    assert view is not None and view.known and not view.listed
    assert (view.currency, view.balance, view.last_changed) == ("EUR", Decimal(5), "2026-01-15T09:31:00.200Z")
    closed_first = store.account(ALICE, by_close)
    assert closed_first is not None and not closed_first.known
    deliver(store, created(by_close))
    closed_first = store.account(ALICE, by_close)
    assert closed_first is not None and closed_first.known and closed_first.status == "closed"
    assert (closed_first.balance, closed_first.last_changed) == (Decimal(0), CREATED_AT)


def test_history_pages_newest_first_without_overlap(store: QueryStore) -> None:
    account_id = new_id("acc")
    deliver(store, created(account_id))
    deliver(store, *(posted("Deposited", account_id, s, "1", str(s)) for s in (3, 1, 5, 2, 4)))
    pages, before = [], None
    while True:
        page = store.history(ALICE, account_id, 2, before)
        pages.append([r.sequence for r in page.rows])
        if not page.more:
            break
        before = page.rows[-1].sequence
    assert pages == [[5, 4], [3, 2], [1]]
    assert store.history(ALICE, account_id, 4, None).more
    assert not store.history(ALICE, account_id, 5, None).more


def test_other_users_partitions_are_invisible(store: QueryStore) -> None:
    mine, theirs = new_id("acc"), new_id("acc")
    deliver(store, created(mine), posted("Deposited", mine, 1, "9", "9"))
    deliver(
        store, created(theirs, user=BOB, name="Bob's"), posted("Deposited", theirs, 1, "7", "7", user=BOB)
    )
    assert store.account(BOB, mine) is None
    assert store.account(ALICE, theirs) is None
    assert store.history(BOB, mine, 10, None).rows == []
    assert [a.account_id for a in store.accounts(ALICE)] == [mine]
    assert [a.account_id for a in store.accounts(BOB)] == [theirs]
    assert store.accounts("carol") == []


def test_accounts_are_listed_oldest_first(store: QueryStore) -> None:
    late, early = new_id("acc"), new_id("acc")
    deliver(
        store, created(late, at="2026-01-16T00:00:00.000Z"), created(early, at="2026-01-14T00:00:00.000Z")
    )
    assert [a.account_id for a in store.accounts(ALICE)] == [early, late]


class QuerySpy:
    """A DynamoDB client that records the arguments of every Query."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.queries: list[dict[str, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def query(self, **kwargs: Any) -> Any:
        self.queries.append(kwargs)
        return self.client.query(**kwargs)


def test_dynamo_history_is_one_limited_query_of_the_callers_partition(dynamo_client: Any) -> None:
    spy = QuerySpy(dynamo_client)
    store = DynamoQueryStore(spy)
    account_id = new_id("acc")
    deliver(store, *(posted("Deposited", account_id, s, "1", str(s)) for s in range(1, 8)))
    page = store.history(ALICE, account_id, 3, 6)
    assert [r.sequence for r in page.rows] == [5, 4, 3] and page.more
    (query,) = spy.queries
    assert query["Limit"] == 4 and query["ScanIndexForward"] is False
    assert query["ExpressionAttributeValues"][":pk"] == {"S": f"TXN#{ALICE}#{account_id}"}
    assert "FilterExpression" not in query
