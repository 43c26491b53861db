"""Reads that count what they cost: every request asks DynamoDB for its consumed capacity, and every
table is read a page at a time (a Scan or a Query never holds more than one page in memory)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from handlers.storage import dynamo

PAGE = 100  # items a Scan or Query page asks for


@dataclass
class Tally:
    """What reads cost, added up from several threads."""

    read_units: float = 0.0
    requests: int = 0
    items: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, answer: dict[str, Any]) -> None:
        """Count one answer's consumed capacity and items."""
        units = float(answer.get("ConsumedCapacity", {}).get("CapacityUnits", 0.0))
        items = len(answer.get("Items", [])) + (1 if "Item" in answer else 0)
        with self.lock:
            self.read_units += units
            self.requests += 1
            self.items += items


@dataclass
class Reader:
    """A DynamoDB client's reads (boto3 clients are thread-safe), with what they cost in a tally."""

    client: Any
    consistent: bool = False  # eventually consistent reads cost half; drifts are read again strongly
    tally: Tally = field(default_factory=Tally)

    @property
    def read_units(self) -> float:
        """The read units used so far (by every reader sharing the tally)."""
        return self.tally.read_units

    @property
    def requests(self) -> int:
        """The requests made so far (by every reader sharing the tally)."""
        return self.tally.requests

    def strong(self) -> Reader:
        """The same reads, strongly consistent, counted in the same tally."""
        return Reader(self.client, True, self.tally)

    def _count(self, table: str, answer: dict[str, Any]) -> None:
        self.tally.add(answer)

    def get(self, logical: str, key: dict[str, Any]) -> dict[str, Any] | None:
        """One item by key, or None."""
        table = dynamo.table_name(logical)
        answer = self.client.get_item(
            TableName=table,
            Key=dynamo.to_item(key),
            ConsistentRead=self.consistent,
            ReturnConsumedCapacity="TOTAL",
        )
        self._count(logical, answer)
        found = answer.get("Item")
        return None if found is None else dynamo.from_item(found)

    def pages(self, logical: str, operation: str, request: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
        """Every page of a Scan or Query, one at a time, as plain items."""
        for items, _ in self.positioned(logical, operation, request):
            yield items

    def positioned(
        self, logical: str, operation: str, request: dict[str, Any]
    ) -> Iterator[tuple[list[dict[str, Any]], dict[str, Any] | None]]:
        """Every page of a Scan or Query (from the request's ExclusiveStartKey, if it has one), each
        with the key to continue after it (None after the last page)."""
        table = dynamo.table_name(logical)
        call = self.client.scan if operation == "scan" else self.client.query
        request = {
            "TableName": table,
            "Limit": PAGE,
            "ConsistentRead": self.consistent,
            "ReturnConsumedCapacity": "TOTAL",
        } | request
        while True:
            answer = call(**request)
            self._count(logical, answer)
            after = answer.get("LastEvaluatedKey")
            yield [dynamo.from_item(i) for i in answer.get("Items", [])], after
            if after is None:
                return
            request["ExclusiveStartKey"] = after

    def partition(self, logical: str, pk: str, sk_prefix: str, **extra: Any) -> Iterator[dict[str, Any]]:
        """The items of one partition whose sort key starts with sk_prefix, in key order."""
        values = dynamo.values(pk=pk, prefix=sk_prefix) | dynamo.values(**extra.pop("values", {}))
        request = {
            "KeyConditionExpression": "pk = :pk AND begins_with(sk, :prefix)",
            "ExpressionAttributeValues": values,
        }
        for page in self.pages(logical, "query", request | extra):
            yield from page

    def scan(self, logical: str, **extra: Any) -> Iterator[dict[str, Any]]:
        """The items of a whole table, a page at a time (a filter saves transfer, not read units)."""
        if "values" in extra:
            extra["ExpressionAttributeValues"] = dynamo.values(**extra.pop("values"))
        for page in self.pages(logical, "scan", extra):
            yield from page
