"""The DynamoDB tables of the five services: the one definition AWS and the local engine share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def key_schema(keys: tuple[str, ...]) -> list[dict[str, str]]:
    """A KeySchema: the first key is the partition key, the second (if any) the sort key."""
    return [{"AttributeName": k, "KeyType": t} for k, t in zip(keys, ("HASH", "RANGE"), strict=False)]


@dataclass(frozen=True)
class Index:
    """A global secondary index, sparse when its keys are attributes only some items carry."""

    name: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """One table: its owner, its keys, whether it streams (outboxes), its TTL attribute, its indexes."""

    logical_name: str
    service: str
    keys: tuple[str, ...]
    stream: bool = False
    ttl_attribute: str | None = None
    indexes: tuple[Index, ...] = ()

    def create_table_args(self, physical_name: str) -> dict[str, Any]:
        """Arguments of DynamoDB CreateTable for this table (on-demand billing)."""
        attributes = dict.fromkeys([*self.keys, *(k for i in self.indexes for k in i.keys)])
        args: dict[str, Any] = {
            "TableName": physical_name,
            "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [{"AttributeName": k, "AttributeType": "S"} for k in attributes],
            "KeySchema": key_schema(self.keys),
        }
        if self.stream:
            args["StreamSpecification"] = {"StreamEnabled": True, "StreamViewType": "NEW_IMAGE"}
        if self.indexes:
            args["GlobalSecondaryIndexes"] = [
                {"IndexName": i.name, "KeySchema": key_schema(i.keys), "Projection": {"ProjectionType": ALL}}
                for i in self.indexes
            ]
        return args


ALL = "ALL"  # an index item holds the whole item: the watchdog needs all of an operation
PENDING = Index("pending", ("pendingShard", "createdAt"))
# `due`: only pending webhook deliveries carry its keys, so the delivery worker reads those alone
DUE = Index("due", ("dueShard", "nextAttemptAt"))

# pk/sk tables hold a user's (or an account's) items in one partition, so reads are key lookups
# and queries whose cost does not grow with other users' data.
TABLES: tuple[Table, ...] = (
    Table("accounts", "accounts", ("pk", "sk"), ttl_attribute="expiresAt"),
    Table("accounts-outbox", "accounts", ("id",), stream=True, ttl_attribute="expiresAt"),
    # `pending`: only operations still pending carry its keys, so the watchdog reads those alone
    Table("banking", "banking", ("pk", "sk"), ttl_attribute="expiresAt", indexes=(PENDING,)),
    Table("banking-outbox", "banking", ("id",), stream=True, ttl_attribute="expiresAt"),
    Table("ledger", "ledger", ("pk", "sk")),
    Table("ledger-inbox", "ledger", ("id",), ttl_attribute="expiresAt"),
    Table("ledger-outbox", "ledger", ("id",), stream=True, ttl_attribute="expiresAt"),
    # the query projection, blue and green: a rebuild fills the one readers do not read, then the
    # pointer in `query-projection` moves them to it (handlers/query/projection.py)
    Table("query", "query", ("pk", "sk")),
    Table("query-green", "query", ("pk", "sk")),
    Table("query-projection", "query", ("id",)),
    Table("notifications", "notifications", ("pk", "sk"), ttl_attribute="expiresAt", indexes=(DUE,)),
)


def create_tables(client: Any, prefix: str = "") -> None:
    """Create every table (and its TTL setting) through a boto3 DynamoDB client."""
    for table in TABLES:
        name = prefix + table.logical_name
        client.create_table(**table.create_table_args(name))
        if table.ttl_attribute:
            client.update_time_to_live(
                TableName=name,
                TimeToLiveSpecification={"Enabled": True, "AttributeName": table.ttl_attribute},
            )
