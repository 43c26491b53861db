"""Webhooks end to end within the notifications service, on both stores (memory and DynamoDB on
moto), with real HTTP receivers on 127.0.0.1 and a fake clock for the retry schedule."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from digital_banking_client.webhooks import verify as sdk_verify
from standardwebhooks import Webhook, WebhookVerificationError

from handlers.core import jsonio
from handlers.core.ids import new_id
from handlers.notifications import delivery
from handlers.notifications.model import ATTEMPTS, RETRY_DELAYS
from handlers.notifications.ssrf import Policy
from tests.helpers import Stores, call, deliver, message_of
from tests.receivers import Receiver, receiving
from tools.oas_validation import MessageValidator, decimalized, problems
from tools.spec_model import deref, load_yaml

ALICE, BOB = "alice", "bob"
LOOPBACK = Policy(allow_loopback=True)
ASYNCAPI = load_yaml(Path(__file__).resolve().parents[2] / "specs" / "asyncapi.yaml")


class Clock:
    """A clock the test moves, a second ahead of the wall clock that dates new deliveries."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC) + timedelta(seconds=1)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def stores(any_stores: Stores, monkeypatch: pytest.MonkeyPatch) -> Stores:
    """Every store, with loopback receivers allowed (as `make run` allows them)."""
    monkeypatch.setenv("BANK_WEBHOOK_ALLOW_LOOPBACK", "1")
    return any_stores


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=8) as workers:
        yield workers


def register(stores: Stores, url: str, user: str = ALICE, **extra: Any) -> dict[str, Any]:
    """A new endpoint of the user; its 201 body (with the secret)."""
    answer = call("createWebhookEndpoint", user, stores, {"url": url, **extra})
    assert answer.status == 201, answer.body
    return dict(answer.body)


def deposited(user: str = ALICE, amount: str = "100.10") -> Any:
    """A Deposited message about an account of the user."""
    account, operation = new_id("acc"), new_id("op")
    data = {
        "operationId": operation,
        "accountId": account,
        "userId": user,
        "amount": Decimal(amount),
        "currency": "EUR",
        "balance": Decimal(amount),
        "sequence": 1,
        "postedAt": jsonio.now_iso(),
    }
    return message_of("Deposited", account, operation, data)


def run(stores: Stores, pool: ThreadPoolExecutor, clock: Clock) -> int:
    """One pass of the delivery worker."""
    return delivery.deliver_due(stores.notifications, LOOPBACK, pool, clock)


def attempts(stores: Stores, endpoint_id: str, user: str = ALICE) -> list[dict[str, Any]]:
    answer = call("listWebhookDeliveries", user, stores, endpoint_id=endpoint_id)
    assert answer.status == 200, answer.body
    return list(answer.body["deliveries"])


def fits(document: Any, name: str) -> list[Any]:
    """What in a payload breaks the catalog's schema `name` (nothing, when it fits)."""
    schema = decimalized(deref(ASYNCAPI, {"$ref": f"#/components/schemas/{name}"}))
    return list(problems(MessageValidator(schema, format_checker=MessageValidator.FORMAT_CHECKER), document))


def test_a_deposit_arrives_signed_and_verifies_with_standardwebhooks(stores: Stores, pool: Any) -> None:
    with receiving(Receiver()) as receiver:
        endpoint = register(stores, receiver.url)
        message = deposited()
        deliver("notifications", message.text, stores)
        deliver("notifications", message.text, stores)  # redelivered: still one event
        assert run(stores, pool, Clock()) == 1
        deliver("notifications", message.text, stores)  # and once delivered, nothing sent again
        assert run(stores, pool, Clock()) == 0
        (got,) = receiver.wait_for(1)
    verified = Webhook(endpoint["secret"]).verify(got.body, got.headers)
    assert verified["type"] == "deposit.completed"
    assert verified["id"] == got.headers["webhook-id"]
    document = jsonio.loads(got.body)
    assert fits(document, "WebhookOperationEvent") == []
    assert document["data"]["amount"] == Decimal("100.10") and document["data"]["balance"] == Decimal(
        "100.10"
    )
    assert document["data"]["operationId"] == message.data.operation_id
    assert "userId" not in document["data"]
    with pytest.raises(WebhookVerificationError):
        Webhook("whsec_" + "A" * 32).verify(got.body, got.headers)
    # the Python SDK's helper: the same check, amounts read as Decimal
    assert sdk_verify(got.body, got.headers, endpoint["secret"])["data"]["amount"] == Decimal("100.10")
    with pytest.raises(WebhookVerificationError):
        sdk_verify(got.body.replace("100.10", "100.11"), got.headers, endpoint["secret"])
    assert [a["outcome"] for a in attempts(stores, endpoint["endpointId"])] == ["succeeded"]


def test_a_receiver_failing_twice_gets_the_event_on_the_third_attempt(stores: Stores, pool: Any) -> None:
    clock = Clock()
    with receiving(Receiver(statuses=[500, 503, 200])) as receiver:
        endpoint = register(stores, receiver.url)
        deliver("notifications", deposited().text, stores)
        started = clock.now
        for step in range(3):
            assert run(stores, pool, clock) == 1
            assert run(stores, pool, clock) == 0  # not due again before its time
            rows = attempts(stores, endpoint["endpointId"])
            if step < 2:
                retry = datetime.fromisoformat(rows[0]["nextAttemptAt"])
                expected = RETRY_DELAYS[step].total_seconds()
                assert 0.8 * expected <= (retry - clock.now).total_seconds() <= 1.2 * expected + 1
                clock.now = retry
        assert len(receiver.got) == 3
        assert len({r.headers["webhook-id"] for r in receiver.got}) == 1
    rows = attempts(stores, endpoint["endpointId"])
    assert [(r["attempt"], r["outcome"], r["httpStatus"]) for r in rows] == [
        (3, "succeeded", 200),
        (2, "failed", 503),
        (1, "failed", 500),
    ]
    assert rows[0]["nextAttemptAt"] is None and all(r["durationMs"] >= 0 for r in rows)
    assert clock.now - started > timedelta(minutes=4)


def test_a_dead_receiver_ends_parked_and_a_resend_delivers_it(stores: Stores, pool: Any) -> None:
    clock = Clock()
    with receiving(Receiver(statuses=[503])) as receiver:
        endpoint = register(stores, receiver.url)
        deliver("notifications", deposited().text, stores)
        for _ in range(ATTEMPTS):
            assert run(stores, pool, clock) == 1
            clock.now += timedelta(hours=13)
        assert run(stores, pool, clock) == 0  # parked: never tried again by itself
        rows = attempts(stores, endpoint["endpointId"])
        assert [r["outcome"] for r in rows] == ["parked"] + ["failed"] * (ATTEMPTS - 1)
        assert rows[0]["nextAttemptAt"] is None
        receiver.statuses = [200]
        event_id = rows[0]["eventId"]
        answer = call(
            "resendWebhookEvent", ALICE, stores, endpoint_id=endpoint["endpointId"], event_id=event_id
        )
        assert answer.status == 202
        assert run(stores, pool, clock) == 1
    newest = attempts(stores, endpoint["endpointId"])[0]
    assert (newest["attempt"], newest["outcome"], newest["eventId"]) == (ATTEMPTS + 1, "succeeded", event_id)


def test_an_endpoint_failing_for_days_is_disabled_with_its_reason(stores: Stores, pool: Any) -> None:
    clock = Clock()
    with receiving(Receiver(statuses=[500])) as receiver:
        endpoint = register(stores, receiver.url)
        for day in range(7):
            deliver("notifications", deposited().text, stores)
            run(stores, pool, clock)
            clock.now += timedelta(days=1)
            seen = call("getWebhookEndpoint", ALICE, stores, endpoint_id=endpoint["endpointId"]).body
            assert seen["status"] == ("disabled" if day >= 5 else "enabled"), (day, seen)
    assert "failed for 5 days" in seen["disabledReason"]


def test_events_go_to_their_owners_endpoints_only(stores: Stores, pool: Any) -> None:
    with receiving(Receiver()) as alices, receiving(Receiver()) as bobs:
        register(stores, alices.url)
        register(stores, bobs.url, BOB)
        deliver("notifications", deposited(ALICE).text, stores)
        run(stores, pool, Clock())
        alices.wait_for(1)
    assert len(alices.got) == 1 and bobs.got == []


def test_an_endpoint_gets_only_the_types_it_chose(stores: Stores, pool: Any) -> None:
    with receiving(Receiver()) as receiver:
        register(stores, receiver.url, eventTypes=["withdrawal.failed"])
        deliver("notifications", deposited().text, stores)
        assert run(stores, pool, Clock()) == 0
    assert receiver.got == []


def test_a_rotated_secret_and_the_previous_one_both_verify_during_the_grace(
    stores: Stores, pool: Any
) -> None:
    with receiving(Receiver()) as receiver:
        endpoint = register(stores, receiver.url)
        rotated = call("rotateWebhookSecret", ALICE, stores, endpoint_id=endpoint["endpointId"])
        assert rotated.status == 200 and rotated.body["secret"] != endpoint["secret"]
        deliver("notifications", deposited().text, stores)
        run(stores, pool, Clock())
        (got,) = receiver.wait_for(1)
    assert len(got.headers["webhook-signature"].split(" ")) == 2
    for secret in (endpoint["secret"], rotated.body["secret"]):
        Webhook(secret).verify(got.body, got.headers)


def test_one_slow_receiver_does_not_delay_another(stores: Stores, pool: Any) -> None:
    with receiving(Receiver(delay=1.5)) as slow, receiving(Receiver()) as fast:
        register(stores, slow.url)
        deliver("notifications", deposited().text, stores)  # the slow receiver's event is due first
        register(stores, fast.url)
        deliver("notifications", deposited().text, stores)
        worker = delivery.Worker(stores.notifications, LOOPBACK, pool, Clock())
        started = time.monotonic()
        assert worker.submit_due() == 3
        assert worker.submit_due() == 0  # what is in flight is not handed out twice
        (got,) = fast.wait_for(1)
        assert got.at - started < 1.0  # while the slow receiver still holds its two attempts


def test_no_answer_in_time_is_a_failed_attempt(
    stores: Stores, pool: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(delivery.sender, "SUCCESS_WITHIN_SECONDS", 0.3)
    with receiving(Receiver(delay=1.0)) as receiver:
        endpoint = register(stores, receiver.url)
        deliver("notifications", deposited().text, stores)
        run(stores, pool, Clock())
    (row,) = attempts(stores, endpoint["endpointId"])
    assert row["outcome"] == "failed" and row["httpStatus"] is None and "no answer" in row["error"]


def test_a_redirect_is_not_followed(stores: Stores, pool: Any) -> None:
    with receiving(Receiver()) as inner, receiving(Receiver(statuses=[302], location=inner.url)) as outer:
        endpoint = register(stores, outer.url)
        deliver("notifications", deposited().text, stores)
        run(stores, pool, Clock())
    (row,) = attempts(stores, endpoint["endpointId"])
    assert (row["outcome"], row["httpStatus"]) == ("failed", 302) and inner.got == []


def test_a_ping_reaches_the_endpoint(stores: Stores, pool: Any) -> None:
    with receiving(Receiver()) as receiver:
        endpoint = register(stores, receiver.url, eventTypes=["deposit.completed"])
        answer = call("testWebhookEndpoint", ALICE, stores, endpoint_id=endpoint["endpointId"])
        assert answer.status == 202
        run(stores, pool, Clock())
        (got,) = receiver.wait_for(1)
    document = Webhook(endpoint["secret"]).verify(got.body, got.headers)
    assert document["type"] == "ping" and document["id"] == answer.body["eventId"]
    assert fits(jsonio.loads(got.body), "WebhookPing") == []


def test_a_deleted_endpoint_gets_nothing_more(stores: Stores, pool: Any) -> None:
    with receiving(Receiver()) as receiver:
        endpoint = register(stores, receiver.url)
        deliver("notifications", deposited().text, stores)
        assert call("deleteWebhookEndpoint", ALICE, stores, endpoint_id=endpoint["endpointId"]).status == 204
        run(stores, pool, Clock())
    assert receiver.got == []


ENDPOINT_OPERATIONS = [
    "getWebhookEndpoint",
    "deleteWebhookEndpoint",
    "rotateWebhookSecret",
    "testWebhookEndpoint",
    "listWebhookDeliveries",
]


@pytest.mark.parametrize("operation", ENDPOINT_OPERATIONS)
def test_bob_cannot_see_or_touch_alices_endpoint(stores: Stores, operation: str) -> None:
    endpoint = register(stores, "https://hooks.example.com/alice")
    before = call("getWebhookEndpoint", ALICE, stores, endpoint_id=endpoint["endpointId"]).body
    bobs = call(operation, BOB, stores, endpoint_id=endpoint["endpointId"])
    nobodys = call(operation, BOB, stores, endpoint_id=new_id("whe"))
    assert bobs.status == nobodys.status == 404
    assert {**bobs.body, "timestamp": ""} == {**nobodys.body, "timestamp": ""}
    assert call("getWebhookEndpoint", ALICE, stores, endpoint_id=endpoint["endpointId"]).body == before
    assert call("listWebhookEndpoints", BOB, stores).body == []


def test_bob_cannot_resend_alices_event(stores: Stores, pool: Any) -> None:
    with receiving(Receiver()) as receiver:
        endpoint = register(stores, receiver.url)
        deliver("notifications", deposited().text, stores)
        run(stores, pool, Clock())
        event_id = attempts(stores, endpoint["endpointId"])[0]["eventId"]
        bobs = call("resendWebhookEvent", BOB, stores, endpoint_id=endpoint["endpointId"], event_id=event_id)
        assert bobs.status == 404
        assert run(stores, pool, Clock()) == 0
    assert len(receiver.got) == 1


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("https://169.254.169.254/latest/meta-data/", 422),
        ("https://[::ffff:10.0.0.1]/", 422),
        ("https://2852039166/", 422),  # 169.254.169.254 in decimal
        ("http://hooks.example.com/", 422),
        ("https://user:pw@hooks.example.com/", 422),
        ("not a url", 400),
        ("gopher://hooks.example.com/", 400),
    ],
)
def test_a_url_that_may_not_be_called_is_not_registered(stores: Stores, url: str, status: int) -> None:
    answer = call("createWebhookEndpoint", ALICE, stores, {"url": url})
    assert answer.status == status, answer.body
    assert answer.body["code"] == ("INVALID_WEBHOOK_URL" if status == 422 else "VALIDATION_ERROR")
    assert call("listWebhookEndpoints", ALICE, stores).body == []


def test_the_secret_is_shown_once(stores: Stores) -> None:
    endpoint = register(stores, "https://hooks.example.com/alice")
    assert endpoint["secret"].startswith("whsec_")
    shown = [call("getWebhookEndpoint", ALICE, stores, endpoint_id=endpoint["endpointId"]).body]
    shown += call("listWebhookEndpoints", ALICE, stores).body
    assert all("secret" not in s and endpoint["secret"] not in str(s) for s in shown)


def test_a_due_delivery_is_claimed_once_and_resent_only_by_its_owner(stores: Stores) -> None:
    endpoint = register(stores, "https://hooks.example.com/alice")
    deliver("notifications", deposited().text, stores)
    store, clock = stores.notifications, Clock()
    (due,) = store.due(clock.now, 10)
    assert store.claim(due, clock.now + timedelta(minutes=1))
    assert not store.claim(due, clock.now + timedelta(minutes=1))  # a second worker does not get it
    assert store.due(clock.now, 10) == []
    assert not store.resend(BOB, endpoint["endpointId"], due.event_id, clock.now)
    assert store.due(clock.now, 10) == []
    assert store.resend(ALICE, endpoint["endpointId"], due.event_id, clock.now)
    assert [d.event_id for d in store.due(clock.now, 10)] == [due.event_id]


def test_a_delivery_another_worker_claimed_is_not_sent_again(stores: Stores) -> None:
    with receiving(Receiver()) as receiver:
        register(stores, receiver.url)
        deliver("notifications", deposited().text, stores)
        clock = Clock()
        (due,) = stores.notifications.due(clock.now, 10)  # two workers read the same due delivery
        assert delivery.attempt_one(stores.notifications, due, LOOPBACK, clock) is not None
        assert delivery.attempt_one(stores.notifications, due, LOOPBACK, clock) is None
    assert len(receiver.got) == 1


def test_a_registration_sent_again_with_its_idempotency_key_registers_once(stores: Stores) -> None:
    body, key = {"url": "https://hooks.example.com/alice"}, {"Idempotency-Key": "hook-1"}
    first = call("createWebhookEndpoint", ALICE, stores, body, key)
    again = call("createWebhookEndpoint", ALICE, stores, body, key)
    assert (first.status, again.status) == (201, 201) and first.body == again.body
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert len(call("listWebhookEndpoints", ALICE, stores).body) == 1
    other = call("createWebhookEndpoint", ALICE, stores, {"url": "https://hooks.example.com/other"}, key)
    assert other.status == 409
    # once the endpoint is deleted, its key registers a new one rather than replaying one that is gone
    assert call("deleteWebhookEndpoint", ALICE, stores, endpoint_id=first.body["endpointId"]).status == 204
    anew = call("createWebhookEndpoint", ALICE, stores, body, key)
    assert anew.status == 201 and anew.body["endpointId"] != first.body["endpointId"]
    assert call("getWebhookEndpoint", ALICE, stores, endpoint_id=anew.body["endpointId"]).status == 200
