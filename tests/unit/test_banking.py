"""The banking service through the dispatcher, on the in-memory store."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from handlers.banking import api, events
from handlers.core import jsonio
from handlers.core.binding import bind
from handlers.edge.responses import ApiResponse
from tests import helpers
from tests.fakes import MemoryBankingStore
from tests.helpers import message_of

HANDLERS = {"deposit": api.deposit, "withdraw": api.withdraw, "getOperationStatus": api.get_operation_status}
EUR_ACCOUNT = "acc_" + "e" * 32
JPY_ACCOUNT = "acc_" + "f" * 32
BOB_ACCOUNT = "acc_" + "b" * 32
UNKNOWN_ACCOUNT = "acc_" + "0" * 32
OPERATION_ID = re.compile(r"^op_[0-9a-f]{32}$")


@pytest.fixture
def store() -> MemoryBankingStore:
    """A store whose projection knows alice's EUR and JPY accounts and bob's EUR account."""
    memory = MemoryBankingStore()
    for user, account, currency in (
        ("alice", EUR_ACCOUNT, "EUR"),
        ("alice", JPY_ACCOUNT, "JPY"),
        ("bob", BOB_ACCOUNT, "EUR"),
    ):
        deliver(
            memory,
            "AccountCreated",
            account,
            account,
            {
                "accountId": account,
                "userId": user,
                "name": "Main account",
                "currency": currency,
                "createdAt": "2026-01-15T09:30:00.000Z",
                "version": 1,
            },
        )
    return memory


def deliver(
    store: MemoryBankingStore, kind: str, subject: str, correlation: str, data: dict[str, Any]
) -> None:
    """Hand one message of the catalog to banking's handler for it."""
    handler = {
        "AccountCreated": events.on_account_created,
        "AccountClosed": events.on_account_closed,
        "Deposited": events.on_posted,
        "WithdrawalRejected": events.on_rejected,
    }[kind]
    handler(message_of(kind, subject, correlation, data), store)


def call(
    operation: str,
    user: str,
    store: MemoryBankingStore,
    body: Any = None,
    headers: dict[str, str] | None = None,
    /,
    **params: str,
) -> ApiResponse:
    """Dispatch one request as an adapter would, with only banking's store behind it."""
    return helpers.call_with(bind(api.OPERATIONS, store), operation, user, body, headers, **params)


def seen(response: ApiResponse) -> Any:
    """The body as the client reads it off the wire."""
    return jsonio.loads(response.text())


def move(
    store: MemoryBankingStore,
    kind: str,
    amount: Any,
    account: str = EUR_ACCOUNT,
    user: str = "alice",
    key: str | None = None,
) -> ApiResponse:
    """POST /deposit or /withdraw."""
    headers = {"Idempotency-Key": key} if key else None
    return call(kind, user, store, {"accountId": account, "amount": amount}, headers)


@pytest.mark.parametrize(
    ("kind", "command", "message"),
    [
        ("deposit", "Deposit", "Deposit accepted"),
        ("withdraw", "Withdraw", "Withdrawal accepted"),
    ],
)
def test_a_movement_is_accepted_and_sent_to_the_ledger(
    store: MemoryBankingStore, kind: str, command: str, message: str
) -> None:
    response = move(store, kind, Decimal("100.1"))
    assert response.status == 202
    body = seen(response)
    assert body["message"] == message and body["status"] == "pending"
    assert OPERATION_ID.match(body["operationId"])
    [sent] = store.outbox
    assert (sent.type, sent.subject, sent.correlation_id) == (command, EUR_ACCOUNT, body["operationId"])
    data = jsonio.loads(sent.text)["data"]
    assert {k: data[k] for k in ("operationId", "accountId", "userId", "currency")} == {
        "operationId": body["operationId"],
        "accountId": EUR_ACCOUNT,
        "userId": "alice",
        "currency": "EUR",
    }
    assert str(data["amount"]) == "100.10"
    assert data["requestedAt"] == store.operations[("alice", body["operationId"])].created_at


def without_timestamp(response: ApiResponse) -> dict[str, Any]:
    return {k: v for k, v in seen(response).items() if k != "timestamp"}


def test_an_unknown_account_and_someone_elses_look_the_same(store: MemoryBankingStore) -> None:
    unknown = move(store, "deposit", 10, account=UNKNOWN_ACCOUNT)
    bobs = move(store, "deposit", 10, account=BOB_ACCOUNT)
    assert unknown.status == bobs.status == 404
    assert without_timestamp(unknown) == without_timestamp(bobs)
    assert seen(unknown)["code"] == "NOT_FOUND" and seen(unknown)["message"] == "Account not found"
    assert store.outbox == [] and store.operations == {}


@pytest.mark.parametrize("kind", ["deposit", "withdraw"])
def test_a_closed_account_takes_no_movement(store: MemoryBankingStore, kind: str) -> None:
    deliver(
        store,
        "AccountClosed",
        EUR_ACCOUNT,
        EUR_ACCOUNT,
        {
            "accountId": EUR_ACCOUNT,
            "userId": "alice",
            "closedAt": "2026-02-01T12:00:00.000Z",
            "version": 2,
        },
    )
    response = move(store, kind, 10)
    assert response.status == 409
    assert seen(response)["code"] == "ACCOUNT_CLOSED"
    assert store.outbox == []


def test_a_yen_account_takes_whole_amounts_only(store: MemoryBankingStore) -> None:
    response = move(store, "deposit", Decimal("10.5"), account=JPY_ACCOUNT)
    assert response.status == 422
    assert seen(response)["code"] == "INVALID_AMOUNT"
    assert move(store, "deposit", 10, account=JPY_ACCOUNT).status == 202
    assert [jsonio.loads(m.text)["data"]["amount"] for m in store.outbox] == [Decimal(10)]


@pytest.mark.parametrize("amount", [Decimal("19.99"), Decimal("1.1"), Decimal("0.29")])
def test_cents_are_exact(store: MemoryBankingStore, amount: Decimal) -> None:
    response = move(store, "deposit", amount)
    assert response.status == 202
    assert jsonio.loads(store.outbox[0].text)["data"]["amount"] == amount


@pytest.mark.parametrize("amount", [Decimal("0.00001"), 0, -1, Decimal("1000000.01"), "5", True, None])
def test_malformed_amounts_are_refused(store: MemoryBankingStore, amount: Any) -> None:
    response = move(store, "deposit", amount)
    assert response.status == 400
    assert seen(response)["code"] == "VALIDATION_ERROR"
    assert store.outbox == []


def test_a_retry_with_the_same_key_replays_the_answer(store: MemoryBankingStore) -> None:
    first = move(store, "deposit", 10, key="retry-1")
    again = move(store, "deposit", 10, key="retry-1")
    assert first.status == again.status == 202
    assert seen(again) == seen(first)
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert len(store.operations) == 1 and len(store.outbox) == 1


def test_a_key_cannot_be_reused_for_another_request(store: MemoryBankingStore) -> None:
    assert move(store, "deposit", 10, key="retry-1").status == 202
    other = move(store, "deposit", 11, key="retry-1")
    assert other.status == 409
    assert seen(other)["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert len(store.operations) == 1


@pytest.mark.parametrize(
    ("first", "again"),
    [
        (b'{"accountId": "ACCOUNT", "amount": 5.00}', b'{"amount": 5.00, "accountId": "ACCOUNT"}'),
        (b'{"accountId": "ACCOUNT", "amount": 5}', b'{"accountId": "ACCOUNT", "amount": 5.00}'),
        (b'{"accountId": "ACCOUNT", "amount": 0.5}', b'{"accountId":"ACCOUNT","amount":0.50}'),
        (b'{"accountId": "ACCOUNT", "amount": 10}', b'{"accountId": "ACCOUNT", "amount": 1E+1}'),
        (
            b'{"accountId": "ACCOUNT", "amount": 7}',
            b'{"accountId": "\\u0061cc_' + b"e" * 32 + b'", "amount": 7}',
        ),
    ],
    ids=["keys in another order", "5 then 5.00", "0.5 then 0.50", "10 then 1E+1", "an escaped letter"],
)
def test_the_same_request_spelled_another_way_replays(
    store: MemoryBankingStore, first: bytes, again: bytes
) -> None:
    def send(body: bytes) -> ApiResponse:
        return call(
            "deposit",
            "alice",
            store,
            body.replace(b"ACCOUNT", EUR_ACCOUNT.encode()),
            {"Idempotency-Key": "k"},
        )

    answer, replayed = send(first), send(again)
    assert answer.status == replayed.status == 202, replayed.text()
    assert replayed.headers.get("Idempotent-Replayed") == "true"
    assert seen(replayed) == seen(answer) and len(store.outbox) == 1


def test_a_key_belongs_to_one_operation(store: MemoryBankingStore) -> None:
    """The documented scope: the caller and the operation. A withdrawal with the key of a deposit
    (even the same body) is a request of its own, neither refused nor answered with the deposit's."""
    deposit = move(store, "deposit", 10, key="k")
    withdrawal = move(store, "withdraw", 10, key="k")
    assert deposit.status == withdrawal.status == 202, withdrawal.text()
    assert "Idempotent-Replayed" not in withdrawal.headers
    assert seen(withdrawal)["message"] == "Withdrawal accepted"
    assert [m.type for m in store.outbox] == ["Deposit", "Withdraw"]
    assert move(store, "withdraw", 10, key="k").headers.get("Idempotent-Replayed") == "true"


def test_keys_are_per_user(store: MemoryBankingStore) -> None:
    alices = move(store, "deposit", 10, key="shared")
    bobs = move(store, "deposit", 10, account=BOB_ACCOUNT, user="bob", key="shared")
    assert alices.status == bobs.status == 202
    assert "Idempotent-Replayed" not in bobs.headers
    assert seen(bobs)["operationId"] != seen(alices)["operationId"]
    assert len(store.outbox) == 2


def status_of(store: MemoryBankingStore, operation_id: str, user: str = "alice") -> ApiResponse:
    return call("getOperationStatus", user, store, operation_id=operation_id)


def outcome_data(operation_id: str, amount: str) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "accountId": EUR_ACCOUNT,
        "userId": "alice",
        "amount": Decimal(amount),
        "currency": "EUR",
    }


def test_a_deposit_is_pending_then_completed(store: MemoryBankingStore) -> None:
    operation_id = seen(move(store, "deposit", Decimal("100.1")))["operationId"]
    pending = status_of(store, operation_id)
    assert pending.status == 200
    body = seen(pending)
    assert {k: body[k] for k in ("operationId", "accountId", "type", "currency", "status")} == {
        "operationId": operation_id,
        "accountId": EUR_ACCOUNT,
        "type": "deposit",
        "currency": "EUR",
        "status": "pending",
    }
    assert body["amount"] == Decimal("100.10")
    assert (body["completedAt"], body["errorMessage"], body["errorCode"]) == (None, None, None)
    posted = {
        **outcome_data(operation_id, "100.1"),
        "balance": Decimal("100.1"),
        "sequence": 1,
        "postedAt": "2026-01-15T09:31:00.200Z",
    }
    for _ in range(2):
        deliver(store, "Deposited", EUR_ACCOUNT, operation_id, posted)
    body = seen(status_of(store, operation_id))
    assert (body["status"], body["completedAt"]) == ("completed", "2026-01-15T09:31:00.200Z")
    assert (body["errorMessage"], body["errorCode"]) == (None, None)


def test_a_refused_withdrawal_fails_with_the_ledgers_reason(store: MemoryBankingStore) -> None:
    operation_id = seen(move(store, "withdraw", 500))["operationId"]
    assert seen(status_of(store, operation_id))["status"] == "pending"
    rejected = {
        **outcome_data(operation_id, "500"),
        "reason": "INSUFFICIENT_BALANCE",
        "message": "Insufficient balance",
        "rejectedAt": "2026-01-15T09:31:00.420Z",
    }
    deliver(store, "WithdrawalRejected", EUR_ACCOUNT, operation_id, rejected)
    body = seen(status_of(store, operation_id))
    assert (body["type"], body["status"], body["completedAt"]) == (
        "withdraw",
        "failed",
        "2026-01-15T09:31:00.420Z",
    )
    assert (body["errorMessage"], body["errorCode"]) == ("Insufficient balance", "INSUFFICIENT_BALANCE")


def test_someone_elses_operation_is_not_found(store: MemoryBankingStore) -> None:
    operation_id = seen(move(store, "deposit", 10))["operationId"]
    theirs = status_of(store, operation_id, user="bob")
    unknown = status_of(store, "op_" + "0" * 32)
    assert theirs.status == unknown.status == 404
    assert seen(theirs)["message"] == "Operation not found"
    assert without_timestamp(theirs) == without_timestamp(unknown)


def test_an_outcome_for_an_unknown_operation_is_ignored(store: MemoryBankingStore) -> None:
    unknown = "op_" + "1" * 32
    posted = {
        **outcome_data(unknown, "5"),
        "balance": Decimal("5"),
        "sequence": 1,
        "postedAt": "2026-01-15T09:31:00.200Z",
    }
    deliver(store, "Deposited", EUR_ACCOUNT, unknown, posted)
    assert store.operations == {}
    assert status_of(store, unknown).status == 404
