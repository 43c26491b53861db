"""The query service through the dispatcher, on the in-memory fake."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from generated.messages import consumed_by
from handlers.core import jsonio
from handlers.core.binding import bind
from handlers.core.ids import new_id
from handlers.edge.dispatch import dispatch
from handlers.edge.responses import ApiRequest, ApiResponse
from handlers.messaging.messages import Message
from handlers.query import api, events
from handlers.query.model import AccountView, Posting, encode_cursor
from tests.fakes import MemoryQueryStore
from tests.helpers import message_of

ALICE, BOB = "alice", "bob"
API = {
    "listBalances": api.list_balances,
    "getBalance": api.get_balance,
    "getTransactions": api.get_transactions,
}
MESSAGES = {
    "AccountCreated": events.on_created,
    "AccountClosed": events.on_closed,
    "AccountReopened": events.on_reopened,
    "Deposited": events.on_posted,
    "Withdrawn": events.on_posted,
    "TransferSent": events.on_transfer_side,
    "TransferReceived": events.on_transfer_side,
}


@pytest.fixture
def stores() -> Any:
    """Only the query service's port, in memory."""
    return SimpleNamespace(query=MemoryQueryStore())


def request(operation_id: str, user: str, stores: Any, **params: str) -> ApiResponse:
    """Dispatch one GET as an adapter would."""
    response = dispatch(
        ApiRequest(operation_id, user, path_params=params, query=params), bind(API, stores.query)
    )
    assert jsonio.loads(response.text()) == response.body, "the body must travel as JSON unchanged"
    return response


def deliver(stores: Any, kind: str, account_id: str, correlation_id: str, **data: Any) -> None:
    """Build a message of the catalog and hand it to its handler."""
    message: Message = message_of(kind, account_id, correlation_id, {"accountId": account_id, **data})
    MESSAGES[message.type](message, stores.query)


def open_account(stores: Any, user: str = ALICE, name: str = "Everyday", at: str = "09:30") -> str:
    """An AccountCreated for a new account; its id."""
    account_id = new_id("acc")
    created_at = f"2026-01-15T{at}:00.000Z"
    deliver(
        stores,
        "AccountCreated",
        account_id,
        account_id,
        userId=user,
        name=name,
        currency="EUR",
        createdAt=created_at,
        version=1,
    )
    return account_id


def post(
    stores: Any, kind: str, account_id: str, sequence: int, amount: str, balance: str, user: str = ALICE
) -> str:
    """A Deposited or Withdrawn at minute 30 + sequence; its operation id."""
    operation_id = new_id("op")
    deliver(
        stores,
        kind,
        account_id,
        operation_id,
        operationId=operation_id,
        userId=user,
        amount=Decimal(amount),
        currency="EUR",
        balance=Decimal(balance),
        sequence=sequence,
        postedAt=f"2026-01-15T09:{30 + sequence:02d}:00.200Z",
    )
    return operation_id


def test_the_handlers_cover_the_catalog() -> None:
    assert set(MESSAGES) == set(consumed_by("query"))


def test_deposit_then_withdraw_gives_balance_and_history(stores: Any) -> None:
    account_id = open_account(stores)
    deposit = post(stores, "Deposited", account_id, 1, "100.10", "100.10")
    withdrawal = post(stores, "Withdrawn", account_id, 2, "30.05", "70.05")
    balance = request("getBalance", ALICE, stores, account_id=account_id)
    assert (balance.status, balance.body) == (
        200,
        {
            "accountId": account_id,
            "balance": Decimal("70.05"),
            "currency": "EUR",
            "lastUpdated": "2026-01-15T09:32:00.200Z",
        },
    )
    page = request("getTransactions", ALICE, stores, account_id=account_id)
    assert page.status == 200 and page.body["nextCursor"] is None
    assert page.body["transactions"] == [
        {
            "id": withdrawal,
            "accountId": account_id,
            "type": "withdraw",
            "amount": Decimal("30.05"),
            "balance": Decimal("70.05"),
            "currency": "EUR",
            "status": "completed",
            "sequence": 2,
            "timestamp": "2026-01-15T09:32:00.200Z",
            "description": "Withdrawal",
            "direction": "debit",
            "counterpartyAccountId": None,
        },
        {
            "id": deposit,
            "accountId": account_id,
            "type": "deposit",
            "amount": Decimal("100.10"),
            "balance": Decimal("100.10"),
            "currency": "EUR",
            "status": "completed",
            "sequence": 1,
            "timestamp": "2026-01-15T09:31:00.200Z",
            "description": "Deposit",
            "direction": "credit",
            "counterpartyAccountId": None,
        },
    ]


def test_balance_before_any_posting_and_before_account_created(stores: Any) -> None:
    empty = open_account(stores)
    assert request("getBalance", ALICE, stores, account_id=empty).body["lastUpdated"] == (
        "2026-01-15T09:30:00.000Z"
    )
    assert request("getBalance", ALICE, stores, account_id=empty).body["balance"] == 0
    unannounced = new_id("acc")
    post(stores, "Deposited", unannounced, 1, "5", "5")
    assert request("getBalance", ALICE, stores, account_id=unannounced).body["balance"] == Decimal("5.00")
    assert request("listBalances", ALICE, stores).body == [
        {
            "accountId": empty,
            "accountName": "Everyday",
            "balance": 0,
            "currency": "EUR",
            "lastUpdated": "2026-01-15T09:30:00.000Z",
        },
    ]


def test_list_balances_shows_open_named_accounts_oldest_first(stores: Any) -> None:
    later = open_account(stores, name="Savings", at="10:00")
    first = open_account(stores, name="Main", at="09:00")
    closed = open_account(stores, name="Old")
    deliver(
        stores, "AccountClosed", closed, closed, userId=ALICE, closedAt="2026-02-01T12:00:00.000Z", version=2
    )
    post(stores, "Deposited", first, 1, "100.10", "100.10")
    open_account(stores, user=BOB, name="Bob's")
    listed = request("listBalances", ALICE, stores)
    assert listed.status == 200
    assert [(b["accountId"], b["accountName"]) for b in listed.body] == [(first, "Main"), (later, "Savings")]
    assert listed.body[0]["balance"] == Decimal("100.10")
    assert request("getBalance", ALICE, stores, account_id=closed).status == 200


@pytest.mark.parametrize("operation_id", ["getBalance", "getTransactions"])
def test_someone_elses_account_is_a_plain_404(stores: Any, operation_id: str) -> None:
    account_id = open_account(stores)
    post(stores, "Deposited", account_id, 1, "1", "1")
    theirs = request(operation_id, BOB, stores, account_id=account_id)
    unknown = request(operation_id, BOB, stores, account_id=new_id("acc"))
    assert theirs.status == unknown.status == 404
    assert theirs.body["code"] == "NOT_FOUND" and theirs.body["message"] == "Account not found"
    assert theirs.body | {"timestamp": ""} == unknown.body | {"timestamp": ""}


def test_pages_follow_the_cursor_to_the_end(stores: Any) -> None:
    account_id = open_account(stores)
    for sequence in range(1, 6):
        post(stores, "Deposited", account_id, sequence, "1", str(sequence))
    seen, cursor, pages = [], None, 0
    while True:
        params = {"account_id": account_id, "limit": "2"} | ({"cursor": cursor} if cursor else {})
        page = request("getTransactions", ALICE, stores, **params).body
        seen += [t["sequence"] for t in page["transactions"]]
        cursor, pages = page["nextCursor"], pages + 1
        if cursor is None:
            break
        assert cursor.isascii() and "=" not in cursor
    assert (seen, pages) == ([5, 4, 3, 2, 1], 3)


@pytest.mark.parametrize(
    "cursor", ["Mh", "AAAA", "A", "MDM", "LTE", "YWJj", encode_cursor(1), "MTAwMDAwMDAwMDAwMA"]
)
def test_a_well_formed_cursor_the_server_never_issued_is_unprocessable(stores: Any, cursor: str) -> None:
    account_id = open_account(stores)
    response = request("getTransactions", ALICE, stores, account_id=account_id, cursor=cursor)
    assert (response.status, response.body["code"]) == (422, "INVALID_CURSOR")
    assert response.body["message"] == "cursor: not a cursor of this list"
    assert response.body["errors"] == [{"field": "cursor", "message": "not a cursor of this list"}]


def test_an_account_not_the_callers_is_not_found_whatever_the_cursor(stores: Any) -> None:
    theirs = open_account(stores, user=BOB)
    for account_id in (theirs, new_id("acc")):
        response = request("getTransactions", ALICE, stores, account_id=account_id, cursor="LTE")
        assert (response.status, response.body["code"]) == (404, "NOT_FOUND")


@pytest.mark.parametrize("cursor", ["!!!", "a=", "A" * 65])
def test_a_cursor_the_contract_refuses_is_a_validation_error(stores: Any, cursor: str) -> None:
    account_id = open_account(stores)
    response = request("getTransactions", ALICE, stores, account_id=account_id, cursor=cursor)
    assert (response.status, response.body["code"]) == (400, "VALIDATION_ERROR")


@pytest.mark.parametrize("limit", ["0", "101"])
def test_limit_out_of_range_is_refused(stores: Any, limit: str) -> None:
    account_id = open_account(stores)
    response = request("getTransactions", ALICE, stores, account_id=account_id, limit=limit)
    assert (response.status, response.body["code"]) == (400, "VALIDATION_ERROR")


def test_a_cursor_never_reaches_another_users_account(stores: Any) -> None:
    alices = open_account(stores)
    for sequence in (1, 2, 3):
        post(stores, "Deposited", alices, sequence, "1", str(sequence))
    cursor = request("getTransactions", ALICE, stores, account_id=alices, limit="1").body["nextCursor"]
    assert request("getTransactions", BOB, stores, account_id=alices, cursor=cursor).status == 404
    bobs = open_account(stores, user=BOB)
    page = request("getTransactions", BOB, stores, account_id=bobs, cursor=cursor)
    assert (page.status, page.body["transactions"]) == (200, [])


def crowd(store: MemoryQueryStore, user: str, rows: int) -> str:
    """An account with `rows` postings, written straight into the fake; its id."""
    account_id = new_id("acc")
    store.by_user.setdefault(user, {})[account_id] = AccountView(
        account_id,
        user,
        "Busy",
        "EUR",
        "active",
        1,
        "2026-01-01T00:00:00.000Z",
        Decimal(rows),
        rows,
        "2026-01-02T00:00:00.000Z",
    )
    store.postings[(user, account_id)] = {
        s: Posting(
            f"op_{s:032x}",
            account_id,
            user,
            "deposit",
            Decimal(1),
            Decimal(s),
            "EUR",
            s,
            "2026-01-02T00:00:00.000Z",
        )
        for s in range(1, rows + 1)
    }
    return account_id


def test_another_users_ten_thousand_rows_do_not_change_what_the_caller_reads(stores: Any) -> None:
    store: MemoryQueryStore = stores.query
    mine = open_account(stores)
    for sequence in (1, 2, 3):
        post(stores, "Deposited", mine, sequence, "1", str(sequence))

    def read_all() -> tuple[list[Any], int]:
        before = store.items_read
        bodies = [
            request("listBalances", ALICE, stores).body,
            request("getBalance", ALICE, stores, account_id=mine).body,
            request("getTransactions", ALICE, stores, account_id=mine, limit="2").body,
        ]
        return bodies, store.items_read - before

    alone = read_all()
    busy = crowd(store, BOB, 10_000)
    assert read_all() == alone
    assert alone[1] == 1 + 1 + (1 + 3)  # one account listed, one GetItem, one GetItem + limit + 1 rows
    before = store.items_read
    page = request("getTransactions", BOB, stores, account_id=busy)
    assert len(page.body["transactions"]) == 50 and page.body["transactions"][0]["sequence"] == 10_000
    assert store.items_read - before == 1 + 51
