"""The notifications service's port on DynamoDB: table `notifications`.

Endpoints: pk USER#<userId>, sk ENDPOINT#<endpointId> (so an endpoint is only ever found through
its owner). Deliveries: pk ENDPOINT#<endpointId>, sk EVENT#<eventId>, put only if absent (a
redelivered message queues nothing twice); a pending one carries `dueShard` and `nextAttemptAt`,
the keys of the sparse index `due` the delivery worker reads. Attempts: pk ENDPOINT#<endpointId>,
sk ATTEMPT#<epoch ms, 13 digits><8 hex>, newest last. Attempts and finished deliveries expire
after 30 days.
"""

from __future__ import annotations

import contextlib
import hashlib
from datetime import UTC, datetime
from typing import Any

from handlers.core.jsonio import timestamp
from handlers.notifications.model import Attempt, Delivery, Endpoint, Event, Secret
from handlers.notifications.store import AttemptPage, NotificationsStore
from handlers.storage import dynamo
from handlers.storage.remembered import KeyTaken, Remembered

SHARDS = 4  # the due index's partitions: pending deliveries spread over them by endpoint
KEEP_SECONDS = 30 * dynamo.DAY
NAMES = {"#status": "status"}
DELETED = "deleted"  # a deleted endpoint's status until the item expires


def endpoint_key(user_id: str, endpoint_id: str) -> dict[str, str]:
    """An endpoint's key, in its owner's partition."""
    return {"pk": dynamo.user_pk(user_id), "sk": f"ENDPOINT#{endpoint_id}"}


def delivery_key(endpoint_id: str, event_id: str) -> dict[str, str]:
    """A delivery's key, in its endpoint's partition."""
    return {"pk": f"ENDPOINT#{endpoint_id}", "sk": f"EVENT#{event_id}"}


def shard(endpoint_id: str) -> str:
    """The due index partition of an endpoint's pending deliveries."""
    return f"DUE#{int(hashlib.sha256(endpoint_id.encode()).hexdigest(), 16) % SHARDS}"


def attempt_sk(attempt: Attempt) -> str:
    """An attempt's sort key: its time in epoch milliseconds, then a random tie-breaker."""
    ms = int(datetime.fromisoformat(attempt.attempted_at).timestamp() * 1000)
    return f"ATTEMPT#{ms:013d}{attempt.attempt_key}"


def endpoint_item(endpoint: Endpoint) -> dict[str, Any]:
    """An endpoint as an item."""
    return endpoint_key(endpoint.user_id, endpoint.endpoint_id) | {
        "endpointId": endpoint.endpoint_id,
        "userId": endpoint.user_id,
        "url": endpoint.url,
        "eventTypes": list(endpoint.event_types),
        "description": endpoint.description,
        "createdAt": endpoint.created_at,
        "secrets": [
            {"value": s.value, **({"expiresAt": s.expires_at} if s.expires_at else {})}
            for s in endpoint.secrets
        ],
        "status": endpoint.status,
        "disabledReason": endpoint.disabled_reason,
        "failingSince": endpoint.failing_since,
        "idempotencyKey": endpoint.idempotency_key,
    }


def endpoint_of(item: dict[str, Any]) -> Endpoint:
    """An item as an endpoint."""
    return Endpoint(
        endpoint_id=item["endpointId"],
        user_id=item["userId"],
        url=item["url"],
        event_types=tuple(item["eventTypes"]),
        description=item.get("description"),
        created_at=item["createdAt"],
        secrets=tuple(Secret(s["value"], s.get("expiresAt")) for s in item["secrets"]),
        status=item["status"],
        disabled_reason=item.get("disabledReason"),
        failing_since=item.get("failingSince"),
        idempotency_key=item.get("idempotencyKey"),
    )


def delivery_item(delivery: Delivery) -> dict[str, Any]:
    """A delivery as an item: indexed as due while pending, expiring once finished."""
    item = delivery_key(delivery.endpoint_id, delivery.event_id) | {
        "endpointId": delivery.endpoint_id,
        "userId": delivery.user_id,
        "eventId": delivery.event_id,
        "eventType": delivery.event_type,
        "payload": delivery.payload,
        "status": delivery.status,
        "attempts": delivery.attempts,
        "roundStart": delivery.round_start,
        "nextAttemptAt": delivery.next_attempt_at,
    }
    if delivery.status == "pending":
        return item | {"dueShard": shard(delivery.endpoint_id)}
    return item | {"expiresAt": dynamo.expires_in(KEEP_SECONDS)}


def delivery_of(item: dict[str, Any]) -> Delivery:
    """An item as a delivery."""
    return Delivery(
        endpoint_id=item["endpointId"],
        user_id=item["userId"],
        event_id=item["eventId"],
        event_type=item["eventType"],
        payload=item["payload"],
        status=item["status"],
        attempts=dynamo.as_int(item["attempts"]),
        round_start=dynamo.as_int(item.get("roundStart", 0)),
        next_attempt_at=item.get("nextAttemptAt"),
    )


ATTEMPT_FIELDS = {
    "endpoint_id": "endpointId",
    "event_id": "eventId",
    "event_type": "eventType",
    "attempt": "attempt",
    "outcome": "outcome",
    "http_status": "httpStatus",
    "error": "error",
    "duration_ms": "durationMs",
    "attempted_at": "attemptedAt",
    "next_attempt_at": "nextAttemptAt",
    "attempt_key": "attemptKey",
}
WHOLE = ("attempt", "http_status", "duration_ms")


def attempt_of(item: dict[str, Any]) -> Attempt:
    """An item as an attempt."""
    fields: dict[str, Any] = {f: item.get(a) for f, a in ATTEMPT_FIELDS.items()}
    for name in WHOLE:
        if fields[name] is not None:
            fields[name] = dynamo.as_int(fields[name])
    return Attempt(**fields)


class DynamoNotificationsStore(NotificationsStore):
    """Endpoints, deliveries and attempts on DynamoDB through a boto3 low-level client."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.table = dynamo.table_name("notifications")

    def create_endpoint(self, endpoint: Endpoint, remembered: Remembered | None) -> None:
        """The endpoint and the remembered response in one transaction."""
        items = [dynamo.put(self.table, endpoint_item(endpoint), "attribute_not_exists(pk)")]
        if remembered:
            items.append(dynamo.remembered_put(self.table, dynamo.user_pk(endpoint.user_id), remembered))
        try:
            dynamo.transact(self.client, items)
        except dynamo.TransactionConflict as conflict:
            if conflict.failed(1):
                raise KeyTaken(remembered.key if remembered else "") from None
            raise

    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response remembered in the user's partition."""
        return dynamo.remembered_get(self.client, self.table, dynamo.user_pk(user_id), key)

    def endpoint(self, user_id: str, endpoint_id: str) -> Endpoint | None:
        """GetItem in the user's partition; a deleted endpoint is none."""
        item = dynamo.get(self.client, self.table, endpoint_key(user_id, endpoint_id))
        return None if item is None or item["status"] == DELETED else endpoint_of(item)

    def endpoints(self, user_id: str) -> list[Endpoint]:
        """A Query of the user's partition, oldest first."""
        items = dynamo.query_all(self.client, self.table, dynamo.user_pk(user_id), "ENDPOINT#")
        kept = (endpoint_of(i) for i in items if i["status"] != DELETED)
        return sorted(kept, key=lambda e: (e.created_at, e.endpoint_id))

    def delete_endpoint(self, user_id: str, endpoint_id: str) -> bool:
        """Marked deleted (an UpdateItem, so the API's role needs no DeleteItem), secrets dropped,
        gone after a day; only if it is the user's and not deleted already. Its remembered
        response is made expired, which frees the key (handlers/storage/dynamo.remembered_put)."""
        endpoint = self.endpoint(user_id, endpoint_id)
        if endpoint is None or not self._mark_deleted(user_id, endpoint_id):
            return False
        if endpoint.idempotency_key:
            dynamo.update_if(
                self.client,
                self.table,
                {"pk": dynamo.user_pk(user_id), "sk": f"IDEM#{endpoint.idempotency_key}"},
                "SET expiresAt = :gone",
                "attribute_exists(pk)",
                gone=0,
            )
        return True

    def _mark_deleted(self, user_id: str, endpoint_id: str) -> bool:
        return dynamo.update_if(
            self.client,
            self.table,
            endpoint_key(user_id, endpoint_id),
            "SET #status = :deleted, secrets = :none, expiresAt = :expires",
            "attribute_exists(pk) AND #status <> :deleted",
            NAMES,
            deleted=DELETED,
            none=[],
            expires=dynamo.expires_in(dynamo.DAY),
        )

    def save_endpoint(self, endpoint: Endpoint) -> bool:
        """Put the endpoint back, only if it still exists."""
        with contextlib.suppress(self.client.exceptions.ConditionalCheckFailedException):
            self.client.put_item(
                TableName=self.table,
                Item=dynamo.to_item(endpoint_item(endpoint)),
                ConditionExpression="attribute_exists(pk) AND #status <> :deleted",
                ExpressionAttributeNames=NAMES,
                ExpressionAttributeValues=dynamo.values(deleted=DELETED),
            )
            return True
        return False

    def _put_new(self, delivery: Delivery) -> bool:
        """Put a delivery unless it exists (a repeated event queues nothing)."""
        with contextlib.suppress(self.client.exceptions.ConditionalCheckFailedException):
            self.client.put_item(
                TableName=self.table,
                Item=dynamo.to_item(delivery_item(delivery)),
                ConditionExpression="attribute_not_exists(pk)",
            )
            return True
        return False

    def record_event(self, event: Event) -> int:
        """One delivery per endpoint of the event's user that takes its type."""
        now = timestamp(datetime.now(UTC))
        taking = [e for e in self.endpoints(event.user_id) if e.takes(event.type)]
        return sum(self._put_new(new_delivery(e, event, now)) for e in taking)

    def queue(self, endpoint: Endpoint, event: Event, now: datetime) -> None:
        """One delivery, due now."""
        self._put_new(new_delivery(endpoint, event, timestamp(now)))

    def due(self, now: datetime, limit: int) -> list[Delivery]:
        """A Query of each shard of the due index, up to the time given."""
        found: list[Delivery] = []
        for n in range(SHARDS):
            page = self.client.query(
                TableName=self.table,
                IndexName="due",
                KeyConditionExpression="dueShard = :shard AND nextAttemptAt <= :now",
                ExpressionAttributeValues=dynamo.values(shard=f"DUE#{n}", now=timestamp(now)),
                Limit=limit,
            )
            found += [delivery_of(dynamo.from_item(i)) for i in page.get("Items", [])]
        return sorted(found, key=lambda d: d.next_attempt_at or "")[:limit]

    def claim(self, delivery: Delivery, until: datetime) -> bool:
        """Conditional on the delivery being pending at the time this worker read."""
        return dynamo.update_if(
            self.client,
            self.table,
            delivery_key(delivery.endpoint_id, delivery.event_id),
            "SET nextAttemptAt = :until",
            "#status = :pending AND nextAttemptAt = :seen",
            NAMES,
            until=timestamp(until),
            pending="pending",
            seen=delivery.next_attempt_at,
        )

    def record_attempt(self, delivery: Delivery, attempt: Attempt) -> None:
        """The attempt's row and the delivery's state, in one transaction."""
        row: dict[str, Any] = {"pk": f"ENDPOINT#{attempt.endpoint_id}", "sk": attempt_sk(attempt)}
        row |= {a: getattr(attempt, f) for f, a in ATTEMPT_FIELDS.items()}
        row["expiresAt"] = dynamo.expires_in(KEEP_SECONDS)
        dynamo.transact(
            self.client, [dynamo.put(self.table, row), dynamo.put(self.table, delivery_item(delivery))]
        )

    def resend(self, user_id: str, endpoint_id: str, event_id: str, now: datetime) -> bool:
        """Pending again, due now, a new round of attempts; only the user's own delivery."""
        return dynamo.update_if(
            self.client,
            self.table,
            delivery_key(endpoint_id, event_id),
            "SET #status = :pending, nextAttemptAt = :now, dueShard = :shard, roundStart = attempts "
            "REMOVE expiresAt",
            "userId = :user",
            NAMES,
            pending="pending",
            now=timestamp(now),
            shard=shard(endpoint_id),
            user=user_id,
        )

    def attempts(self, endpoint_id: str, limit: int, before: str | None) -> AttemptPage:
        """One Query of the endpoint's partition, newest first, reading at most limit + 1 rows."""
        condition, bound = "pk = :pk AND begins_with(sk, :sk)", "ATTEMPT#"
        if before is not None:
            condition, bound = "pk = :pk AND sk BETWEEN :low AND :sk", f"ATTEMPT#{before}"
        extra = {"low": "ATTEMPT#"} if before is not None else {}
        page = self.client.query(
            TableName=self.table,
            KeyConditionExpression=condition,
            ExpressionAttributeValues=dynamo.values(pk=f"ENDPOINT#{endpoint_id}", sk=bound, **extra),
            ScanIndexForward=False,
            Limit=limit + 2,
            ConsistentRead=True,
        )
        items = [dynamo.from_item(i) for i in page.get("Items", [])]
        rows = [attempt_of(i) for i in items if i["sk"] != bound]
        return AttemptPage(rows[:limit], more=len(rows) > limit)


def new_delivery(endpoint: Endpoint, event: Event, due_at: str) -> Delivery:
    """An event's delivery to one endpoint, due at once."""
    return Delivery(
        endpoint.endpoint_id,
        endpoint.user_id,
        event.event_id,
        event.type,
        event.payload,
        next_attempt_at=due_at,
    )
