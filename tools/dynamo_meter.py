"""A DynamoDB client that counts what each request would be billed: write and read units, items.

Sizes follow DynamoDB's rules (attribute names + values; writes per 1 KB, reads per 4 KB, rounded up
per item for writes and per request for queries); transactional items cost double. An update is
billed on the larger of the item before and after, so the meter looks at both (unmetered).
"""

from __future__ import annotations

import math
from collections import defaultdict
from decimal import Decimal
from typing import Any

WRITE_UNIT, READ_UNIT = 1024, 4096


def value_size(value: dict[str, Any]) -> int:
    """Bytes of one attribute value in DynamoDB's accounting."""
    ((kind, inner),) = value.items()
    if kind == "S":
        return len(inner.encode())
    if kind == "N":
        digits = len(Decimal(inner).normalize().as_tuple().digits)
        return math.ceil(digits / 2) + 1
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "M":
        return 3 + sum(len(k.encode()) + value_size(v) + 1 for k, v in inner.items())
    if kind == "L":
        return 3 + sum(value_size(v) + 1 for v in inner)
    return len(str(inner).encode())


def item_size(item: dict[str, Any] | None) -> int:
    """Bytes of an item."""
    return sum(len(k.encode()) + value_size(v) for k, v in (item or {}).items())


class MeteredDynamoDB:
    """Forwards to a boto3 DynamoDB client and adds up the capacity its requests consume."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.units: defaultdict[str, float] = defaultdict(float)  # an eventual read costs half a unit
        self._schemas: dict[str, list[str]] = {}

    def reset(self) -> dict[str, float]:
        """The counts so far, and start again."""
        counts, self.units = dict(self.units), defaultdict(float)
        return counts

    def _stored(self, table: str, key: dict[str, Any]) -> dict[str, Any] | None:
        found: dict[str, Any] | None = self._client.get_item(
            TableName=table, Key=key, ConsistentRead=True
        ).get("Item")
        return found

    def _bill(self, size: int, factor: int) -> None:
        self.units["write_units"] += factor * max(1, math.ceil(size / WRITE_UNIT))
        self.units["items_written"] += 1

    def _read(self, items: list[dict[str, Any]], consistent: bool) -> None:
        units = max(1, math.ceil(sum(item_size(i) for i in items) / READ_UNIT))
        self.units["read_units"] += units if consistent else units / 2
        self.units["items_read"] += len(items)

    def get_item(self, **kwargs: Any) -> Any:
        """GetItem, metered."""
        answer = self._client.get_item(**kwargs)
        found = [answer["Item"]] if "Item" in answer else []
        self._read(found, kwargs.get("ConsistentRead", False))
        self.units["items_examined"] += len(found)
        return answer

    def query(self, **kwargs: Any) -> Any:
        """Query, metered on the items it examined."""
        answer = self._client.query(**kwargs)
        self._read(answer.get("Items", []), kwargs.get("ConsistentRead", False))
        self.units["items_examined"] += answer.get("ScannedCount", 0)
        return answer

    def put_item(self, **kwargs: Any) -> Any:
        """PutItem, metered on the larger of the old and new item (a failed condition is billed too)."""
        before = item_size(self._stored(kwargs["TableName"], self._key(kwargs["TableName"], kwargs["Item"])))
        self._bill(max(before, item_size(kwargs["Item"])), 1)
        return self._client.put_item(**kwargs)

    def update_item(self, **kwargs: Any) -> Any:
        """UpdateItem, metered on the larger of the item before and after."""
        before = item_size(self._stored(kwargs["TableName"], kwargs["Key"]))
        try:
            return self._client.update_item(**kwargs)
        finally:
            self._bill(max(before, item_size(self._stored(kwargs["TableName"], kwargs["Key"]))), 1)

    def transact_write_items(self, **kwargs: Any) -> Any:
        """TransactWriteItems: every item at twice the price, whether it commits or not."""
        keyed = []
        for entry in kwargs["TransactItems"]:
            ((_, op),) = entry.items()
            key = op.get("Key") or self._key(op["TableName"], op["Item"])
            keyed.append(
                (op["TableName"], key, op.get("Item"), item_size(self._stored(op["TableName"], key)))
            )
        try:
            return self._client.transact_write_items(**kwargs)
        finally:
            for table, key, new_item, before in keyed:
                after = item_size(new_item) if new_item is not None else item_size(self._stored(table, key))
                self._bill(max(before, after), 2)

    def _key(self, table: str, item: dict[str, Any]) -> dict[str, Any]:
        if table not in self._schemas:
            self._schemas[table] = [
                k["AttributeName"] for k in self._client.describe_table(TableName=table)["Table"]["KeySchema"]
            ]
        return {name: item[name] for name in self._schemas[table]}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)
