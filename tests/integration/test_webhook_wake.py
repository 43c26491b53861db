"""The delivery worker is woken exactly when a delivery was queued: by a new event of a user with an
endpoint that takes it, a test ping, a re-send of the user's own event; on AWS by invoking the
worker function asynchronously, and a failed wake leaves the stored delivery to the schedule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from botocore.stub import Stubber

from handlers.core.ids import new_id
from handlers.notifications.model import Endpoint, Event
from infra.bootstrap import wake
from infra.bootstrap.wake import WakingNotificationsStore


@pytest.fixture
def wakes() -> Iterator[list[int]]:
    woken: list[int] = []
    unregister = wake.register(lambda: woken.append(1))
    yield woken
    unregister()


def endpoint(user: str, types: tuple[str, ...] | None = None) -> Endpoint:
    return Endpoint.register(user, "https://receiver.example/hook", types, None, datetime.now(UTC))


def event(user: str, kind: str = "deposit.completed") -> Event:
    return Event(f"evt_{new_id('x')[-32:]}", user, kind, "{}")


def test_only_a_newly_queued_delivery_wakes_the_worker(dynamo_client: Any, wakes: list[int]) -> None:
    store = WakingNotificationsStore(dynamo_client)
    alice = endpoint("alice", ("deposit.completed",))
    store.create_endpoint(alice, None)

    assert store.record_event(event("bob")) == 0  # no endpoint: nothing queued, nobody woken
    assert store.record_event(event("alice", "account.opened")) == 0  # a type the endpoint does not take
    assert wakes == []

    paid = event("alice")
    assert store.record_event(paid) == 1
    assert wakes == [1]
    assert store.record_event(paid) == 0  # the same event again queues nothing
    assert wakes == [1]

    store.queue(alice, event("alice", "ping"), datetime.now(UTC))  # a test ping
    assert wakes == [1, 1]
    assert not store.resend("bob", alice.endpoint_id, paid.event_id, datetime.now(UTC))
    assert wakes == [1, 1]
    assert store.resend("alice", alice.endpoint_id, paid.event_id, datetime.now(UTC))
    assert wakes == [1, 1, 1]


@pytest.fixture
def lambda_stub(monkeypatch: pytest.MonkeyPatch, aws_credentials: None) -> Iterator[Stubber]:
    wake.lambda_client.cache_clear()
    monkeypatch.setenv(wake.SETTING, "bank-dev-webhooks")
    with Stubber(wake.lambda_client()) as stub:
        yield stub
        stub.assert_no_pending_responses()
    wake.lambda_client.cache_clear()


def test_on_aws_a_wake_invokes_the_worker_function_without_waiting(lambda_stub: Stubber) -> None:
    expected = {"FunctionName": "bank-dev-webhooks", "InvocationType": "Event", "Payload": b"{}"}
    lambda_stub.add_response("invoke", {"StatusCode": 202}, expected)
    wake.wake()


def test_a_wake_that_fails_is_logged_and_the_delivery_stays_stored(
    lambda_stub: Stubber, dynamo_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    lambda_stub.add_client_error("invoke", "TooManyRequestsException", http_status_code=429)
    store = WakingNotificationsStore(dynamo_client)
    alice = endpoint("alice")
    store.create_endpoint(alice, None)

    assert store.record_event(event("alice")) == 1  # no exception: the consumer's message succeeds
    assert "could not wake the webhook worker bank-dev-webhooks" in caplog.text
    assert [d.endpoint_id for d in store.due(datetime.now(UTC), 10)] == [alice.endpoint_id]
