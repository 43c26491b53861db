"""The banking port on DynamoDB: table `banking`, pk USER#<userId>, sk ACCOUNT#<accountId> (the
accounts projection) | OP#<operationId> (operations) | IDEM#<key> (remembered responses).

An operation carries `pendingShard` and `watchedAt` only while it is pending: they are the keys of
the sparse index `pending` (with `createdAt`), so the watchdog reads pending operations alone. The
shard (one of PENDING_SHARDS, from the operation id) spreads the index's writes over partitions."""

from __future__ import annotations

from typing import Any

from handlers.banking.model import CANCELLING, NEW, REPUBLISHED, Operation, Outcome, ProjectedAccount, Watched
from handlers.banking.store import BankingStore
from handlers.core import money
from handlers.messaging.messages import Message
from handlers.storage import dynamo
from handlers.storage.remembered import Remembered

OPERATION_FIELDS = {
    "operation_id": "operationId",
    "user_id": "userId",
    "account_id": "accountId",
    "type": "type",
    "amount": "amount",
    "currency": "currency",
    "status": "status",
    "created_at": "createdAt",
    "completed_at": "completedAt",
    "error_message": "errorMessage",
    "error_code": "errorCode",
    "command_id": "commandId",
    "counterparty_account_id": "counterpartyAccountId",
    "description": "description",
}
PENDING_INDEX = "pending"
PENDING_SHARDS = 8  # one index partition takes 1,000 writes a second; an operation costs it two
WATCHED = "#status = :pending AND watchedAt = :since"  # still pending, nothing done since it was read


def operation_key(user_id: str, operation_id: str) -> dict[str, Any]:
    """The key of an operation item, in its owner's partition."""
    return {"pk": dynamo.user_pk(user_id), "sk": f"OP#{operation_id}"}


def pending_shard(operation_id: str) -> str:
    """The index partition a pending operation is listed in."""
    return str(int(operation_id[-2:], 16) % PENDING_SHARDS)


def to_operation(item: dict[str, Any]) -> Operation:
    """An item back to an Operation; DynamoDB drops trailing zeros, so the amount is re-scaled."""
    fields: dict[str, Any] = {f: item[a] for f, a in OPERATION_FIELDS.items() if a in item}
    fields["amount"] = money.at_precision(fields["amount"], fields["currency"])
    return Operation(**fields)


class DynamoBankingStore(BankingStore):
    """Banking on DynamoDB, its commands in the `banking-outbox` table.

    There is no inbox: every message effect is an UpdateItem whose condition makes a repeated or
    stale message fail it and change nothing (a version guard for the projection, a pending guard
    for operations)."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.table = dynamo.table_name("banking")
        self.outbox = dynamo.table_name("banking-outbox")

    def _update_if(self, key: dict[str, Any], update: str, condition: str, **values: Any) -> bool:
        """One conditional UpdateItem; False when the condition fails (nothing written)."""
        names = {"#status": "status"}
        return dynamo.update_if(self.client, self.table, key, update, condition, names, **values)

    def get_account(self, user_id: str, account_id: str) -> ProjectedAccount | None:
        """One of the user's accounts as projected, or None."""
        item = dynamo.get(self.client, self.table, dynamo.account_key(user_id, account_id))
        if item is None:
            return None
        currency = item.get("currency")
        version = dynamo.as_int(item["version"])
        return ProjectedAccount(item["accountId"], item["userId"], currency, item["status"], version)

    def project_created(self, user_id: str, account_id: str, currency: str, version: int) -> None:
        """Set the currency once; status and version only where no status change set them first."""
        # AccountCreated is version 1 and every status change is newer, so if_not_exists keeps
        # whatever a status change that overtook it wrote; the currency condition drops repeats.
        self._update_if(
            dynamo.account_key(user_id, account_id),
            "SET accountId = :a, userId = :u, currency = :c,"
            " #status = if_not_exists(#status, :active), version = if_not_exists(version, :v)",
            "attribute_not_exists(currency)",
            a=account_id,
            u=user_id,
            c=currency,
            active="active",
            v=version,
        )

    def project_status(self, user_id: str, account_id: str, status: str, version: int) -> None:
        """Set the status if newer; the version guard drops stale and repeated messages."""
        self._update_if(
            dynamo.account_key(user_id, account_id),
            "SET accountId = :a, userId = :u, #status = :s, version = :v",
            "attribute_not_exists(version) OR version < :v",
            a=account_id,
            u=user_id,
            s=status,
            v=version,
        )

    def create_operation(
        self, operation: Operation, command: Message[Any], remembered: Remembered | None
    ) -> None:
        """Operation, outbox item and remembered response in one transaction."""
        item = operation_key(operation.user_id, operation.operation_id)
        item |= {a: getattr(operation, f) for f, a in OPERATION_FIELDS.items()}
        item |= {"commandId": command.id, "watchedAt": operation.created_at}
        item["pendingShard"] = pending_shard(operation.operation_id)
        try:
            dynamo.create_with_outbox(self.client, self.table, self.outbox, item, command, remembered)
        except dynamo.TransactionConflict as conflict:
            if conflict.failed(0):
                raise RuntimeError(f"operation {operation.operation_id} already exists") from None
            raise

    def get_operation(self, user_id: str, operation_id: str) -> Operation | None:
        """One of the user's operations, or None."""
        item = dynamo.get(self.client, self.table, operation_key(user_id, operation_id))
        return None if item is None else to_operation(item)

    def finish(self, user_id: str, operation_id: str, outcome: Outcome) -> bool:
        """End a pending operation."""
        # The pending guard makes a repeated outcome a no-op, and fails on a missing item, so an
        # event about an operation we never stored creates nothing.
        update = "REMOVE pendingShard, watchedAt, watchStep SET #status = :s, completedAt = :at"
        extra: dict[str, Any] = {}
        if outcome.error_message is not None:
            update += ", errorMessage = :m"
            extra["m"] = outcome.error_message
        if outcome.error_code is not None:
            update += ", errorCode = :c"
            extra["c"] = outcome.error_code
        return self._update_if(
            operation_key(user_id, operation_id),
            update,
            "#status = :pending",
            s=outcome.status,
            at=outcome.finished_at,
            pending="pending",
            **extra,
        )

    def overdue(self, created_before: str) -> list[Watched]:
        """Every shard of the pending index, up to the time; oldest first."""
        found: list[Watched] = []
        for shard in range(PENDING_SHARDS):
            options: dict[str, Any] = {}
            while True:
                page = self._pending(str(shard), created_before, **options)
                found += [self._watched(dynamo.from_item(i)) for i in page.get("Items", [])]
                if "LastEvaluatedKey" not in page:
                    break
                options["ExclusiveStartKey"] = page["LastEvaluatedKey"]
        return sorted(found, key=lambda w: (w.operation.created_at, w.operation.operation_id))

    def oldest_pending(self) -> str | None:
        """The first item of every shard of the pending index."""
        firsts = [self._pending(str(s), None, Limit=1).get("Items", []) for s in range(PENDING_SHARDS)]
        return min((str(dynamo.from_item(i)["createdAt"]) for items in firsts for i in items), default=None)

    def _pending(self, shard: str, created_before: str | None, **options: Any) -> dict[str, Any]:
        """One page of a shard of the pending index, oldest first, created before the time if given
        (eventually consistent: an index lags its table a moment; the watchdog's writes are guarded)."""
        condition, bounds = "pendingShard = :shard", {"shard": shard}
        if created_before is not None:
            condition, bounds = condition + " AND createdAt < :before", bounds | {"before": created_before}
        return dict(
            self.client.query(
                TableName=self.table,
                IndexName=PENDING_INDEX,
                KeyConditionExpression=condition,
                ExpressionAttributeValues=dynamo.values(**bounds),
                **options,
            )
        )

    def _watched(self, item: dict[str, Any]) -> Watched:
        return Watched(to_operation(item), item.get("watchStep", NEW), item["watchedAt"])

    def republish(self, watched: Watched, at: str) -> bool:
        """The step noted and the command's outbox item rewritten, in one transaction."""
        command_id = watched.operation.command_id
        if command_id is None:
            return False
        return self._step(watched, REPUBLISHED, at, dynamo.republish_update(self.outbox, command_id))

    def request_cancel(self, watched: Watched, cancel: Message[Any], at: str) -> bool:
        """The step noted and the CancelOperation in the outbox, in one transaction."""
        return self._step(watched, CANCELLING, at, dynamo.outbox_put(self.outbox, cancel))

    def _step(self, watched: Watched, step: str, at: str, outbox_write: dict[str, Any]) -> bool:
        operation = watched.operation
        note = {
            "Update": {
                "TableName": self.table,
                "Key": dynamo.to_item(operation_key(operation.user_id, operation.operation_id)),
                "UpdateExpression": "SET watchStep = :step, watchedAt = :at",
                "ConditionExpression": WATCHED,
                "ExpressionAttributeNames": {"#status": "status"},
                "ExpressionAttributeValues": dynamo.values(
                    step=step, at=at, pending="pending", since=watched.since
                ),
            }
        }
        try:
            dynamo.transact(self.client, [note, outbox_write])
        except dynamo.TransactionConflict:
            return False
        return True

    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response stored under the user's key, or None."""
        return dynamo.remembered_get(self.client, self.table, dynamo.user_pk(user_id), key)
