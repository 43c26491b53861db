"""The accounts service through the dispatcher, on the in-memory port."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from handlers.accounts import events
from tests.helpers import Stores, call, message_of

OTHER_ACCOUNT = "acc_" + "0" * 32


@pytest.fixture
def stores() -> Stores:
    return Stores.memory()


def open_account(stores: Any, user: str = "alice", **body: str) -> dict[str, Any]:
    response = call("createAccount", user, stores, {"name": "Main", "currency": "EUR"} | body)
    assert response.status == 201, response.body
    return dict(response.body)


def without_time(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != "timestamp"}


def test_create_answers_the_account_and_announces_it(stores: Any) -> None:
    body = open_account(stores, name="  Everyday  ")
    assert body["message"] == "Account created"
    assert body["name"] == "Everyday" and body["status"] == "active" and body["userId"] == "alice"
    assert body["accountId"].startswith("acc_") and len(body["accountId"]) == 36
    (message,) = stores.accounts.outbox
    assert (message.type, message.subject, message.data.name) == (
        "AccountCreated",
        body["accountId"],
        "Everyday",
    )


@pytest.mark.parametrize(
    "body",
    [
        {"name": "ab", "currency": "EUR"},
        {"name": "   ab   ", "currency": "EUR"},
        {"name": "Main", "currency": "ABC"},
        {"name": "Main", "currency": "eur"},
        {"name": "Main"},
        {"name": "Main", "currency": "EUR", "status": "closed"},
        {"name": "Main", "currency": "EUR", "userId": "bob"},
        {"name": 123, "currency": "EUR"},
        [],
        "x",
        None,
    ],
)
def test_bad_bodies_are_refused_with_400(stores: Any, body: Any) -> None:
    response = call("createAccount", "alice", stores, body if body is not None else b"null")
    assert response.status == 400
    assert response.body["code"] == "VALIDATION_ERROR"
    assert stores.accounts.outbox == []


UNPRINTABLE = {
    "NUL": "\u0000",
    "a tab": "\t",
    "a carriage return": "\r",
    "a line feed": "\n",
    "DEL": "\u007f",
    "a C1 control (NEL)": "\u0085",
    "a line separator": "\u2028",
    "a right-to-left override": "\u202e",
    "a left-to-right embedding": "\u202a",
    "a right-to-left isolate": "\u2067",
    "an Arabic letter mark": "\u061c",
    "a zero-width space": "\u200b",
    "a word joiner": "\u2060",
    "a byte order mark": "\ufeff",
}


@pytest.mark.parametrize("character", list(UNPRINTABLE.values()), ids=list(UNPRINTABLE))
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_a_name_with_a_control_bidi_or_invisible_character_is_refused(
    stores: Any, character: str, where: str
) -> None:
    name = {"start": f"{character}Savings", "middle": f"Sav{character}ings", "end": f"Savings{character}"}
    response = call("createAccount", "alice", stores, {"name": name[where], "currency": "EUR"})
    assert (response.status, response.body["code"]) == (400, "VALIDATION_ERROR")
    assert response.body["errors"][0]["field"] == "name"
    assert stores.accounts.outbox == []


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("Café crème", "Café crème"),
        ("東京の口座", "東京の口座"),
        ("\u3000東京の口座\u3000", "東京の口座"),
        ("😀😀😀", "😀😀😀"),
        ("Rent\u00a0&\u202fbills", "Rent\u00a0&\u202fbills"),
        ("  Everyday  ", "Everyday"),
    ],
)
def test_a_name_in_any_script_with_blanks_around_it_is_stored_trimmed(
    stores: Any, name: str, stored: str
) -> None:
    assert open_account(stores, name=name)["name"] == stored


@pytest.mark.parametrize("joiner", ["\u200c", "\u200d"])
def test_a_joiner_may_stand_between_two_characters_only(stores: Any, joiner: str) -> None:
    """Persian and Indic names need the zero-width non-joiner, emoji sequences the joiner."""
    inside = f"\u0645\u06cc{joiner}\u062e\u0648\u0627\u0647\u0645 \U0001f468{joiner}\U0001f4bb"
    assert open_account(stores, name=inside)["name"] == inside
    for name in (f"{joiner}Savings", f"Savings{joiner}"):
        response = call("createAccount", "alice", stores, {"name": name, "currency": "EUR"})
        assert (response.status, response.body["code"]) == (400, "VALIDATION_ERROR")


@pytest.mark.parametrize("name", ["\u3000東京\u3000", "a😀", " \u00a0 ", "\u2003ab\u2003"])
def test_a_name_of_fewer_than_three_characters_once_trimmed_is_refused(stores: Any, name: str) -> None:
    response = call("createAccount", "alice", stores, {"name": name, "currency": "EUR"})
    assert (response.status, response.body["code"]) == (400, "VALIDATION_ERROR")


def test_transport_errors_have_their_own_codes(stores: Any) -> None:
    assert (
        call(
            "createAccount",
            "alice",
            stores,
            b"{",
        ).body["code"]
        == "VALIDATION_ERROR"
    )
    assert call("createAccount", "alice", stores, b"\xff\xfe").status == 400
    assert call("createAccount", "alice", stores, b"{}", {"content-type": "text/plain"}).status == 415
    assert call("createAccount", "alice", stores, b" " * 70000).status == 413
    assert call("createAccount", "alice", stores, b'{"name": NaN, "currency": "EUR"}').status == 400


def test_every_answer_carries_security_headers_and_no_internals(stores: Any) -> None:
    response = call("getAccount", "alice", stores, account_id=OTHER_ACCOUNT)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cache-Control"] == "no-store"
    text = response.text()
    assert "Traceback" not in text and "handlers" not in text
    assert set(response.body) == {"type", "title", "status", "detail", "message", "code", "timestamp"}


def test_list_and_get_show_only_the_callers_accounts(stores: Any) -> None:
    mine = open_account(stores)["accountId"]
    theirs = open_account(stores, "bob")["accountId"]
    listed = call("listAccounts", "alice", stores)
    assert [a["accountId"] for a in listed.body] == [mine]
    assert call("getAccount", "alice", stores, account_id=mine).body["closedAt"] is None
    stolen = call("getAccount", "alice", stores, account_id=theirs)
    unknown = call("getAccount", "alice", stores, account_id=OTHER_ACCOUNT)
    assert stolen.status == unknown.status == 404
    assert without_time(stolen.body) == without_time(unknown.body)
    assert call("getAccount", "alice", stores, account_id="acc_XYZ").status == 400


def test_close_an_empty_account_once(stores: Any) -> None:
    account = open_account(stores)["accountId"]
    closed = call("closeAccount", "alice", stores, account_id=account)
    assert (closed.status, closed.body) == (200, {"message": "Account closed", "accountId": account})
    shown = call("getAccount", "alice", stores, account_id=account).body
    assert shown["status"] == "closed" and shown["closedAt"]
    again = call("closeAccount", "alice", stores, account_id=account)
    assert (again.status, again.body["code"]) == (409, "ACCOUNT_CLOSED")
    assert [m.type for m in stores.accounts.outbox] == ["AccountCreated", "AccountClosed"]
    assert call("closeAccount", "bob", stores, account_id=account).status == 404


def posted(account: dict[str, Any], balance: str, sequence: int) -> Any:
    return message_of(
        "Deposited",
        account["accountId"],
        "op_" + "1" * 32,
        {
            "operationId": "op_" + "1" * 32,
            "accountId": account["accountId"],
            "userId": account["userId"],
            "amount": Decimal("10.00"),
            "currency": "EUR",
            "balance": Decimal(balance),
            "sequence": sequence,
            "postedAt": "2026-01-01T00:00:00.000Z",
        },
    )


def test_an_account_holding_money_cannot_be_closed(stores: Any) -> None:
    account = open_account(stores)
    events.on_posted(posted(account, "10.00", 1), stores.accounts)
    refused = call("closeAccount", "alice", stores, account_id=account["accountId"])
    assert (refused.status, refused.body["code"]) == (409, "ACCOUNT_NOT_EMPTY")
    events.on_posted(posted(account, "0.00", 2), stores.accounts)
    events.on_posted(posted(account, "10.00", 1), stores.accounts)  # late and stale: ignored
    assert call("closeAccount", "alice", stores, account_id=account["accountId"]).status == 200


def close_rejected(account: dict[str, Any], version: int) -> Any:
    return message_of(
        "AccountCloseRejected",
        account["accountId"],
        account["accountId"],
        {
            "accountId": account["accountId"],
            "userId": account["userId"],
            "version": version,
            "balance": Decimal("5.00"),
            "reason": "ACCOUNT_NOT_EMPTY",
            "rejectedAt": "2026-01-01T00:00:00.000Z",
        },
    )


def test_a_close_the_ledger_refused_is_undone_once(stores: Any) -> None:
    account = open_account(stores)
    call("closeAccount", "alice", stores, account_id=account["accountId"])
    refusal = close_rejected(account, 2)
    events.on_close_rejected(refusal, stores.accounts)
    events.on_close_rejected(refusal, stores.accounts)
    shown = call("getAccount", "alice", stores, account_id=account["accountId"]).body
    assert (shown["status"], shown["closedAt"]) == ("active", None)
    assert [m.type for m in stores.accounts.outbox] == ["AccountCreated", "AccountClosed", "AccountReopened"]
    call("closeAccount", "alice", stores, account_id=account["accountId"])
    events.on_close_rejected(refusal, stores.accounts)  # about the first close: the second one stands
    assert call("getAccount", "alice", stores, account_id=account["accountId"]).body["status"] == "closed"


def test_idempotency_key_replays_the_first_answer(stores: Any) -> None:
    body, key = {"name": "Main", "currency": "EUR"}, {"Idempotency-Key": "create-1"}
    first = call("createAccount", "alice", stores, body, key)
    again = call("createAccount", "alice", stores, body, key)
    assert again.status == 201 and again.body == first.body
    assert again.headers["Idempotent-Replayed"] == "true" and "Idempotent-Replayed" not in first.headers
    assert len(call("listAccounts", "alice", stores).body) == 1
    reused = call("createAccount", "alice", stores, {"name": "Other", "currency": "EUR"}, key)
    assert (reused.status, reused.body["code"]) == (409, "IDEMPOTENCY_KEY_REUSED")
    assert call("createAccount", "bob", stores, body, key).status == 201
    assert call("createAccount", "alice", stores, body, {"Idempotency-Key": "bad key!"}).status == 400
