"""The notifications service's HTTP operations: a user's webhook endpoints, their tests, their
delivery attempts and re-sends. Every operation on an endpoint finds it in the caller's partition,
so another user's endpoint is not found (404), exactly like one that does not exist."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import msgspec

from generated import api_models as m
from generated import message_models as mm
from handlers.core.errors import InvalidCursorError, NotFoundError
from handlers.core.ids import new_id
from handlers.core.jsonio import timestamp
from handlers.edge.calls import Call, Operations
from handlers.edge.idempotency import once, remember
from handlers.notifications.events import payload
from handlers.notifications.model import PING, ROTATION_GRACE, Attempt, Endpoint, Event
from handlers.notifications.ssrf import Policy, check_url
from handlers.notifications.store import NotificationsStore

DEFAULT_LIMIT = 50
CURSOR = re.compile(r"^[0-9]{13}[0-9a-f]{8}$")


def owned(store: NotificationsStore, call: Call) -> Endpoint:
    """The caller's endpoint named in the path, or not found (the same for someone else's)."""
    endpoint = store.endpoint(call.user_id, call.params.endpoint_id)
    if endpoint is None:
        raise NotFoundError("Webhook endpoint not found")
    return endpoint


def view(endpoint: Endpoint) -> m.WebhookEndpoint:
    """An endpoint as the contract shows it: never a secret."""
    return m.WebhookEndpoint(
        endpoint_id=endpoint.endpoint_id,
        url=endpoint.url,
        event_types=list(endpoint.event_types),
        description=endpoint.description,
        status=endpoint.status,
        disabled_reason=endpoint.disabled_reason,
        created_at=endpoint.created_at,
    )


def create_webhook_endpoint(call: Call, store: NotificationsStore) -> m.WebhookEndpointCreated:
    """POST /webhook-endpoints: check the URL, register it with a fresh secret shown this once."""

    def act() -> m.WebhookEndpointCreated:
        url = call.body.url.strip()
        check_url(url, Policy.from_env())
        types = None if call.body.event_types is msgspec.UNSET else tuple(call.body.event_types)
        description = None if call.body.description is msgspec.UNSET else call.body.description
        endpoint = Endpoint.register(call.user_id, url, types, description, datetime.now(UTC))
        if call.idempotency is not None:
            endpoint = replace(endpoint, idempotency_key=call.idempotency.key)
        shown = msgspec.structs.asdict(view(endpoint))
        response = m.WebhookEndpointCreated(**shown, secret=endpoint.secrets[0].value)
        store.create_endpoint(endpoint, remember(call, response))
        return response

    return once(call, lambda key: store.remembered(call.user_id, key), act)


def list_webhook_endpoints(call: Call, store: NotificationsStore) -> list[m.WebhookEndpoint]:
    """GET /webhook-endpoints: the caller's, oldest first."""
    return [view(e) for e in store.endpoints(call.user_id)]


def get_webhook_endpoint(call: Call, store: NotificationsStore) -> m.WebhookEndpoint:
    """GET /webhook-endpoints/{endpoint_id}."""
    return view(owned(store, call))


def delete_webhook_endpoint(call: Call, store: NotificationsStore) -> None:
    """DELETE /webhook-endpoints/{endpoint_id}: nothing more is sent to it."""
    if not store.delete_endpoint(call.user_id, call.params.endpoint_id):
        raise NotFoundError("Webhook endpoint not found")


def rotate_webhook_secret(call: Call, store: NotificationsStore) -> m.WebhookSecret:
    """POST …/rotate-secret: a new secret; the previous one signs too for 24 hours."""
    now = datetime.now(UTC)
    rotated = owned(store, call).rotated(now)
    if not store.save_endpoint(rotated):
        raise NotFoundError("Webhook endpoint not found")
    return m.WebhookSecret(
        endpoint_id=rotated.endpoint_id,
        secret=rotated.secrets[0].value,
        previous_secret_expires_at=timestamp(now + ROTATION_GRACE),
    )


def send_test_event(call: Call, store: NotificationsStore) -> m.WebhookEventAccepted:
    """POST …/test: a ping event for this endpoint alone, delivered like any other."""
    endpoint = owned(store, call)
    now = datetime.now(UTC)
    event_id = new_id("evt")
    data = mm.WebhookPingData(endpoint_id=endpoint.endpoint_id, message="It works")
    store.queue(
        endpoint, Event(event_id, call.user_id, PING, payload(event_id, PING, timestamp(now), data)), now
    )
    return m.WebhookEventAccepted(message="Ping queued", event_id=event_id)


def attempt_view(attempt: Attempt) -> m.WebhookDelivery:
    """One attempt as the contract shows it."""
    return m.WebhookDelivery(
        event_id=attempt.event_id,
        event_type=attempt.event_type,
        attempt=attempt.attempt,
        outcome=attempt.outcome,
        http_status=attempt.http_status,
        error=attempt.error,
        duration_ms=attempt.duration_ms,
        attempted_at=attempt.attempted_at,
        next_attempt_at=attempt.next_attempt_at,
    )


def cursor_bound(cursor: str) -> str:
    """The attempt key a cursor continues below; INVALID_CURSOR unless it is one we issue."""
    if not CURSOR.match(cursor):
        raise InvalidCursorError(
            "cursor: not a cursor of this list", [{"field": "cursor", "message": "not a cursor of this list"}]
        )
    return cursor


def list_webhook_deliveries(call: Call, store: NotificationsStore) -> m.WebhookDeliveryPage:
    """GET …/deliveries: one page of the endpoint's attempts, newest first."""
    endpoint = owned(store, call)
    before = None if call.params.cursor is msgspec.UNSET else cursor_bound(call.params.cursor)
    # the partition comes from the caller's own endpoint, never from the cursor
    page = store.attempts(endpoint.endpoint_id, call.params.limit or DEFAULT_LIMIT, before)
    last = page.rows[-1] if page.rows else None
    cursor = None
    if page.more and last is not None:
        ms = int(datetime.fromisoformat(last.attempted_at).timestamp() * 1000)
        cursor = f"{ms:013d}{last.attempt_key}"
    return m.WebhookDeliveryPage(deliveries=[attempt_view(a) for a in page.rows], next_cursor=cursor)


def resend_webhook_event(call: Call, store: NotificationsStore) -> m.WebhookEventAccepted:
    """POST …/events/{event_id}/resend: attempted again at once, on a new round of retries."""
    endpoint = owned(store, call)
    if not store.resend(call.user_id, endpoint.endpoint_id, call.params.event_id, datetime.now(UTC)):
        raise NotFoundError("Webhook event not found")
    return m.WebhookEventAccepted(message="Event queued again", event_id=call.params.event_id)


OPERATIONS: Operations[NotificationsStore] = {
    "createWebhookEndpoint": create_webhook_endpoint,
    "listWebhookEndpoints": list_webhook_endpoints,
    "getWebhookEndpoint": get_webhook_endpoint,
    "deleteWebhookEndpoint": delete_webhook_endpoint,
    "rotateWebhookSecret": rotate_webhook_secret,
    "testWebhookEndpoint": send_test_event,
    "listWebhookDeliveries": list_webhook_deliveries,
    "resendWebhookEvent": resend_webhook_event,
}
