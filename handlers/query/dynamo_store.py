"""The query service's port on DynamoDB: table `query`, or `query-green` once a rebuild moved it there
(handlers/query/projection.py: readers read the active table, writers write every table in use).

Account items: pk USER#<userId>, sk ACCOUNT#<accountId>. History rows: pk TXN#<userId>#<accountId>,
sk SEQ#<sequence, 12 digits>. Each write is one guarded single-item request, so a repeated or
late message can only be a no-op: history rows are put if absent, balances move only to a higher
sequence and statuses only to a higher version.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

from handlers.core import money
from handlers.query.model import (
    SEQUENCE_DIGITS,
    AccountView,
    HistoryPage,
    Opening,
    Posting,
    StatusChange,
)
from handlers.query.projection import Projection
from handlers.query.store import QueryStore, listing_order
from handlers.storage import dynamo

# status, name and sequence are DynamoDB reserved words
NAMES = {"#status": "status", "#name": "name", "#seq": "sequence"}


def history_pk(user_id: str, account_id: str) -> str:
    """The partition of one account's history, always built from the owner's id."""
    return f"TXN#{user_id}#{account_id}"


def sequence_sk(sequence: int) -> str:
    """The sort key of a history row."""
    return f"SEQ#{sequence:0{SEQUENCE_DIGITS}d}"


AMOUNTS = ("amount", "balance")
NO_POSTING = {"balance": Decimal(0)}  # an account item before its first posting has no balance yet
VIEW_FIELDS = {
    "account_id": "accountId",
    "user_id": "userId",
    "name": "name",
    "currency": "currency",
    "status": "status",
    "version": "version",
    "created_at": "createdAt",
    "balance": "balance",
    "sequence": "sequence",
    "last_updated": "lastUpdated",
}
POSTING_FIELDS = {
    "operation_id": "id",
    "account_id": "accountId",
    "user_id": "userId",
    "type": "type",
    "amount": "amount",
    "balance": "balance",
    "currency": "currency",
    "sequence": "sequence",
    "posted_at": "timestamp",
    "direction": "direction",
    "counterparty": "counterpartyAccountId",
    "note": "note",
}


def from_fields(item: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """The attributes an item has, by field name; whole numbers as int, amounts at the currency's
    precision (DynamoDB drops trailing zeros)."""
    fields = {f: item[a] for f, a in names.items() if a in item}
    currency = fields.get("currency")
    return {
        f: dynamo.as_int(v)
        if f in ("version", "sequence")
        else money.precise(v, currency)
        if f in AMOUNTS
        else v
        for f, v in fields.items()
    }


def history_row(posting: Posting) -> dict[str, Any]:
    """A posting as a history row item."""
    row = {a: v for f, a in POSTING_FIELDS.items() if (v := getattr(posting, f)) is not None}
    key = {"pk": history_pk(posting.user_id, posting.account_id), "sk": sequence_sk(posting.sequence)}
    return key | row | {"status": "completed", "description": posting.description}


class DynamoQueryStore(QueryStore):
    """The projections on DynamoDB through a boto3 low-level client."""

    def __init__(self, client: Any, projection: Projection | None = None) -> None:
        self.client = client
        self.projection = projection or Projection(client)

    @property
    def table(self) -> str:
        """The table readers read."""
        return dynamo.table_name(self.projection.pointer().active)

    def _writes(self) -> list[str]:
        """The tables a write goes to: the active one, and the one a rebuild fills."""
        return [dynamo.table_name(t) for t in self.projection.pointer().writes]

    def _update(self, owner: tuple[str, str], expression: str, condition: str | None, **v: Any) -> None:
        """One UpdateItem of an account item per table; a failed condition means the item already
        knows better."""
        for table in self._writes():
            self._update_in(table, owner, expression, condition, **v)

    def _update_in(
        self, table: str, owner: tuple[str, str], expression: str, condition: str | None, **v: Any
    ) -> None:
        user_id, account_id = owner
        names = {k: n for k, n in NAMES.items() if k in expression + (condition or "")}
        dynamo.update_if(
            self.client,
            table,
            dynamo.account_key(user_id, account_id),
            expression + ", accountId = :account, userId = :user",
            condition,
            names,
            account=account_id,
            user=user_id,
            **v,
        )

    def record_posting(self, posting: Posting) -> None:
        """Put the history row if absent, then move the balance if this posting is newer."""
        for table in self._writes():
            with contextlib.suppress(self.client.exceptions.ConditionalCheckFailedException):
                self.client.put_item(
                    TableName=table,
                    Item=dynamo.to_item(history_row(posting)),
                    ConditionExpression="attribute_not_exists(pk)",
                )
        self._update(
            (posting.user_id, posting.account_id),
            "SET balance = :balance, #seq = :seq, lastUpdated = :at, currency = :currency",
            "attribute_not_exists(#seq) OR #seq < :seq",
            balance=posting.balance,
            seq=posting.sequence,
            at=posting.posted_at,
            currency=posting.currency,
        )

    def record_opening(self, opening: Opening) -> None:
        """Set the creation facts (the same every time), then the status if newer."""
        self._update(
            (opening.user_id, opening.account_id),
            "SET #name = :name, currency = :currency, createdAt = :created",
            None,
            name=opening.name,
            currency=opening.currency,
            created=opening.created_at,
        )
        self.record_status(StatusChange(opening.account_id, opening.user_id, "active", opening.version))

    def record_status(self, change: StatusChange) -> None:
        """Set the status if its version is newer than the item's."""
        self._update(
            (change.user_id, change.account_id),
            "SET #status = :status, version = :version",
            "attribute_not_exists(version) OR version < :version",
            status=change.status,
            version=change.version,
        )

    def account(self, user_id: str, account_id: str) -> AccountView | None:
        """One of the user's accounts (GetItem), or None."""
        item = dynamo.get(self.client, self.table, dynamo.account_key(user_id, account_id))
        return None if item is None else AccountView(**from_fields(NO_POSTING | item, VIEW_FIELDS))

    def accounts(self, user_id: str) -> list[AccountView]:
        """Every account of the user (a Query on the user's partition), oldest first."""
        items = dynamo.query_all(self.client, self.table, dynamo.user_pk(user_id), "ACCOUNT#")
        return sorted(
            (AccountView(**from_fields(NO_POSTING | i, VIEW_FIELDS)) for i in items), key=listing_order
        )

    def history(self, user_id: str, account_id: str, limit: int, before: int | None) -> HistoryPage:
        """A page newest first: one Query reading at most limit + 1 rows of the account's partition."""
        condition, bound = "pk = :pk AND begins_with(sk, :sk)", "SEQ#"
        if before is not None:
            condition, bound = "pk = :pk AND sk < :sk", sequence_sk(before)
        page = self.client.query(
            TableName=self.table,
            KeyConditionExpression=condition,
            ExpressionAttributeValues=dynamo.values(pk=history_pk(user_id, account_id), sk=bound),
            ScanIndexForward=False,
            Limit=limit + 1,
            ConsistentRead=True,
        )
        rows = [Posting(**from_fields(dynamo.from_item(i), POSTING_FIELDS)) for i in page.get("Items", [])]
        return HistoryPage(rows[:limit], more=len(rows) > limit)
