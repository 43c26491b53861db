"""DynamoDB plumbing shared by the services: names, (de)serialisation, transactions, outbox, inbox."""

from __future__ import annotations

import contextlib
import os
import random
import time
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import ClientError

from handlers.messaging.messages import Message, group_of, wire
from handlers.storage.remembered import KeyTaken, Remembered

_SER, _DESER = TypeSerializer(), TypeDeserializer()
DAY = 86400
# A message is re-published from its outbox (redrive, watchdog) for as long as anything can point
# at it: a pipe parks a pointer to it at most an hour after the write, and a DLQ keeps that pointer,
# or the message, 14 days. The outbox keeps it one day longer (infra/resources.py has the figures).
OUTBOX_TTL = 15 * DAY
# A consumer must recognise a message for as long as a copy of it can still arrive: re-published up
# to OUTBOX_TTL after it was written, a copy can then wait up to 14 days in a queue (SQS's longest).
# A command the ledger cancelled is refused through its inbox item, so just as long.
INBOX_TTL = OUTBOX_TTL + 15 * DAY
IDEMPOTENCY_TTL = DAY
# cancellation reasons that say nothing about the items, only that now was a bad moment
TRANSIENT_CANCELLATIONS = frozenset(
    {"TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded"}
)
# DynamoDB's throttling codes (and a cancelled transaction's): only now is a bad moment, retry later
THROTTLED = frozenset(
    {
        "ThrottlingException",
        "ProvisionedThroughputExceededException",
        "RequestLimitExceeded",
        "ThrottlingError",
        "ProvisionedThroughputExceeded",
    }
)
TRANSACT_ATTEMPTS = 5
TRANSACT_BACKOFF_SECONDS = 0.005
_jitter = random.SystemRandom()


def table_name(logical: str) -> str:
    """The physical name of a table: BANK_TABLE_PREFIX + its logical name."""
    return os.environ.get("BANK_TABLE_PREFIX", "") + logical


def user_pk(user_id: str) -> str:
    """The partition that holds everything of one user, in every service's table."""
    return f"USER#{user_id}"


def account_key(user_id: str, account_id: str) -> dict[str, Any]:
    """The key of an account item, in its owner's partition."""
    return {"pk": user_pk(user_id), "sk": f"ACCOUNT#{account_id}"}


def to_item(values: dict[str, Any]) -> dict[str, Any]:
    """Plain values to DynamoDB attribute values (None attributes are left out)."""
    return {k: _SER.serialize(v) for k, v in values.items() if v is not None}


def from_item(item: dict[str, Any]) -> dict[str, Any]:
    """DynamoDB attribute values to plain values (numbers as Decimal)."""
    return {k: _DESER.deserialize(v) for k, v in item.items()}


def values(**kwargs: Any) -> dict[str, Any]:
    """Expression attribute values from keyword arguments, named :key."""
    return {f":{k}": _SER.serialize(v) for k, v in kwargs.items()}


def expires_in(seconds: int) -> int:
    """An epoch-seconds TTL attribute value."""
    return int(time.time()) + seconds


class TransactionConflict(Exception):
    """A transaction was cancelled: reasons[i] is the failure code of item i, or None."""

    def __init__(self, reasons: list[str | None]) -> None:
        super().__init__(reasons)
        self.reasons = reasons

    def failed(self, index: int) -> bool:
        """Whether item `index` failed its condition."""
        return index < len(self.reasons) and self.reasons[index] == "ConditionalCheckFailed"


def transact(client: Any, items: Sequence[dict[str, Any]]) -> None:
    """Write items atomically; TransactionConflict names which conditions failed.

    A transaction cancelled only because another write touched one of its items at that moment,
    or for throttling, wrote nothing: it is sent again (botocore retries neither), a few times."""
    for attempt in range(1, TRANSACT_ATTEMPTS + 1):
        try:
            client.transact_write_items(TransactItems=list(items))
            return
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") != "TransactionCanceledException":
                raise
            reasons = exc.response.get("CancellationReasons") or []
            codes = [None if r.get("Code") in (None, "None") else r["Code"] for r in reasons]
            if "ConditionalCheckFailed" in codes:
                raise TransactionConflict(codes) from exc
            transient = {c for c in codes if c}
            if attempt == TRANSACT_ATTEMPTS or not transient or not transient <= TRANSIENT_CANCELLATIONS:
                raise
            time.sleep(_jitter.uniform(0, TRANSACT_BACKOFF_SECONDS * 2**attempt))


def put(
    table: str, values_: dict[str, Any], condition: str | None = None, **condition_values: Any
) -> dict[str, Any]:
    """A transactional Put, optionally conditional (the condition's :values as keyword arguments)."""
    op: dict[str, Any] = {"TableName": table, "Item": to_item(values_)}
    if condition:
        op["ConditionExpression"] = condition
    if condition_values:
        op["ExpressionAttributeValues"] = values(**condition_values)
    return {"Put": op}


def outbox_put(table: str, message: Message[Any]) -> dict[str, Any]:
    """The outbox item that carries one message to its pipe (with its message group, for a FIFO queue)."""
    return put(
        table,
        {
            "id": message.id,
            "type": message.type,
            "group": group_of(message),
            "message": wire(message),
            "createdAt": message.time,
            "expiresAt": expires_in(OUTBOX_TTL),
        },
        "attribute_not_exists(id)",
    )


def republish_update(table: str, message_id: str) -> dict[str, Any]:
    """The transactional Update that publishes an outbox item again: its stream emits it once more
    (MODIFY) and its pipe delivers the same message, same id; fails if the item has expired."""
    return {
        "Update": {
            "TableName": table,
            "Key": to_item({"id": message_id}),
            "UpdateExpression": "SET republishedAt = :at ADD republished :one",
            "ConditionExpression": "attribute_exists(id)",
            "ExpressionAttributeValues": values(at=int(time.time()), one=1),
        }
    }


def republish(client: Any, table: str, message_id: str) -> bool:
    """Publish an outbox message again (see republish_update); False if the outbox no longer has it."""
    request = republish_update(table, message_id)["Update"]
    with contextlib.suppress(client.exceptions.ConditionalCheckFailedException):
        client.update_item(**request)
        return True
    return False


def inbox_put(table: str, message: Message[Any]) -> dict[str, Any]:
    """The inbox item that marks one message as handled; fails if it already was."""
    return put(
        table,
        {"id": message.id, "type": message.type, "expiresAt": expires_in(INBOX_TTL)},
        "attribute_not_exists(id)",
    )


def update_if(
    client: Any,
    table: str,
    key: dict[str, Any],
    update: str,
    condition: str | None = None,
    names: dict[str, str] | None = None,
    **attributes: Any,
) -> bool:
    """One UpdateItem of the item at key; False when its condition fails (then nothing is written)."""
    request: dict[str, Any] = {
        "TableName": table,
        "Key": to_item(key),
        "UpdateExpression": update,
        "ExpressionAttributeValues": values(**attributes),
    }
    if condition:
        request["ConditionExpression"] = condition
    if names:
        request["ExpressionAttributeNames"] = names
    with contextlib.suppress(client.exceptions.ConditionalCheckFailedException):
        client.update_item(**request)
        return True
    return False


def get(client: Any, table: str, key: dict[str, Any]) -> dict[str, Any] | None:
    """One item by key (strongly consistent), or None."""
    found = client.get_item(TableName=table, Key=to_item(key), ConsistentRead=True).get("Item")
    return None if found is None else from_item(found)


def query_page(client: Any, table: str, pk: str, sk_prefix: str, **options: Any) -> dict[str, Any]:
    """One page of a partition's items whose sort key starts with sk_prefix."""
    return dict(
        client.query(
            TableName=table,
            KeyConditionExpression="pk = :pk AND begins_with(sk, :prefix)",
            ExpressionAttributeValues=values(pk=pk, prefix=sk_prefix),
            **options,
        )
    )


def query_all(client: Any, table: str, pk: str, sk_prefix: str) -> list[dict[str, Any]]:
    """Every item of a partition whose sort key starts with sk_prefix, in key order."""
    items: list[dict[str, Any]] = []
    options: dict[str, Any] = {"ConsistentRead": True}
    while True:
        page = query_page(client, table, pk, sk_prefix, **options)
        items += [from_item(i) for i in page.get("Items", [])]
        if "LastEvaluatedKey" not in page:
            return items
        options["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def as_int(value: Any) -> int:
    """A DynamoDB number (Decimal) that is a whole number, as int."""
    return int(Decimal(value))


def throttled(error: Exception) -> bool:
    """Whether an AWS error says the store is throttled (read duck-typed: any botocore ClientError)."""
    answer = getattr(error, "response", None)
    if not isinstance(answer, dict):
        return False
    reasons = answer.get("CancellationReasons") or []
    codes = {answer.get("Error", {}).get("Code")} | {r.get("Code") for r in reasons if isinstance(r, dict)}
    return bool(codes & THROTTLED)


def remembered_put(table: str, pk: str, remembered: Remembered) -> dict[str, Any]:
    """The transactional Put of a response remembered under an Idempotency-Key; fails if taken.

    A record whose 24 hours are over is no longer the key's: DynamoDB deletes expired items only
    eventually (often days later), so the put takes its place rather than failing on it."""
    now = int(time.time())
    item = {
        "pk": pk,
        "sk": f"IDEM#{remembered.key}",
        "fingerprint": remembered.fingerprint,
        "status": remembered.status,
        "body": remembered.body,
        "expiresAt": now + IDEMPOTENCY_TTL,
    }
    return put(table, item, "attribute_not_exists(pk) OR expiresAt < :now", now=now)


def remembered_get(client: Any, table: str, pk: str, key: str) -> Remembered | None:
    """The response remembered under a key in a partition, or None (also once expired)."""
    item = get(client, table, {"pk": pk, "sk": f"IDEM#{key}"})
    if item is None or as_int(item["expiresAt"]) < int(time.time()):
        return None
    return Remembered(key, item["fingerprint"], as_int(item["status"]), item["body"])


def create_with_outbox(
    client: Any,
    table: str,
    outbox: str,
    item: dict[str, Any],
    message: Message[Any],
    remembered: Remembered | None,
) -> None:
    """A new item, its outbox message and the remembered response, in one transaction: KeyTaken when
    the caller's Idempotency-Key was taken meanwhile; TransactionConflict (item 0) when the item exists."""
    items = [put(table, item, "attribute_not_exists(pk)"), outbox_put(outbox, message)]
    if remembered:
        items.append(remembered_put(table, item["pk"], remembered))
    try:
        transact(client, items)
    except TransactionConflict as conflict:
        if conflict.failed(2):
            raise KeyTaken(remembered.key if remembered else "") from None
        raise
