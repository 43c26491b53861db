"""The DynamoDB tables of the four services: the one definition AWS and the local engine share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Table:
    """One table: its owner, its keys, whether it streams (outboxes) and its TTL attribute."""

    logical_name: str
    service: str
    keys: tuple[str, ...]
    stream: bool = False
    ttl_attribute: str | None = None

    def create_table_args(self, physical_name: str) -> dict[str, Any]:
        """Arguments of DynamoDB CreateTable for this table (on-demand billing)."""
        key_types = ("HASH", "RANGE")
        args: dict[str, Any] = {
            "TableName": physical_name,
            "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [{"AttributeName": k, "AttributeType": "S"} for k in self.keys],
            "KeySchema": [
                {"AttributeName": k, "KeyType": t} for k, t in zip(self.keys, key_types, strict=False)
            ],
        }
        if self.stream:
            args["StreamSpecification"] = {"StreamEnabled": True, "StreamViewType": "NEW_IMAGE"}
        return args


# pk/sk tables hold a user's (or an account's) items in one partition, so reads are key lookups
# and queries whose cost does not grow with other users' data.
TABLES: tuple[Table, ...] = (
    Table("accounts", "accounts", ("pk", "sk"), ttl_attribute="expiresAt"),
    Table("accounts-outbox", "accounts", ("id",), stream=True, ttl_attribute="expiresAt"),
    Table("banking", "banking", ("pk", "sk"), ttl_attribute="expiresAt"),
    Table("banking-outbox", "banking", ("id",), stream=True, ttl_attribute="expiresAt"),
    Table("ledger", "ledger", ("pk", "sk")),
    Table("ledger-inbox", "ledger", ("id",), ttl_attribute="expiresAt"),
    Table("ledger-outbox", "ledger", ("id",), stream=True, ttl_attribute="expiresAt"),
    Table("query", "query", ("pk", "sk")),
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
