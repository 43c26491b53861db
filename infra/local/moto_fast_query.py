"""Make moto's DynamoDB Query read one partition instead of sorting the whole table.

moto answers every Query by sorting all of the table's items, then keeping those of the partition
asked for (or, on an index, those carrying the index's keys), and sorting those again. The result
is the same whatever order the first list is in: a table Query re-sorts its partition by sort key,
an index Query by index keys then table keys, a total order. So while a Query runs, ``install()``
has the table hand moto only the partition's items (table Query), or every item unsorted (index
Query): the same answer, without the O(n log n) sort of the table on every call.
"""

from __future__ import annotations

import functools
import inspect
import threading
from collections.abc import Callable
from typing import Any

import moto
from moto.dynamodb.models.dynamo_type import DynamoType, Item
from moto.dynamodb.models.table import Table

PINNED_MOTO_VERSION = "5.2.5"
_querying = threading.local()  # (table, partition key or None) while a Query of that table runs


def _items_of(table: Table, hash_key: DynamoType | None) -> list[Item]:
    """The partition's items (hash_key given), or the table's, in no particular order."""
    if hash_key is not None:
        partition = table.items.get(hash_key)  # not [hash_key]: the items dict is a defaultdict
        if partition is None:
            return []
        return list(partition.values()) if table.range_key_attr else [partition]  # type: ignore[list-item]
    if table.range_key_attr:
        return [item for partition in table.items.values() for item in partition.values()]
    return list(table.items.values())  # type: ignore[arg-type]  # a table without a sort key holds items


def _all_items(original: Callable[[Table], list[Item]]) -> Callable[[Table], list[Item]]:
    @functools.wraps(original)
    def all_items(self: Table) -> list[Item]:
        scope = getattr(_querying, "scope", None)
        if scope is None or scope[0] is not self:
            return original(self)
        return _items_of(self, scope[1])

    all_items.moto_original = original  # type: ignore[attr-defined]
    return all_items


def _query(original: Callable[..., Any]) -> Callable[..., Any]:
    signature = inspect.signature(original)

    @functools.wraps(original)
    def query(self: Table, *args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(self, *args, **kwargs).arguments
        hash_key = bound.get("hash_key")
        on_index = bool(bound.get("index_name"))
        if not on_index and not isinstance(hash_key, DynamoType):
            return original(self, *args, **kwargs)
        _querying.scope = (self, None if on_index else hash_key)
        try:
            return original(self, *args, **kwargs)
        finally:
            _querying.scope = None

    query.moto_original = original  # type: ignore[attr-defined]
    return query


def installed() -> bool:
    """Whether moto's tables currently answer Query from the partition."""
    return hasattr(Table.query, "moto_original")


def install() -> None:
    """Patch moto's Table; calling it again changes nothing."""
    if moto.__version__ != PINNED_MOTO_VERSION:
        raise RuntimeError(
            f"moto_fast_query is written for moto {PINNED_MOTO_VERSION}, found {moto.__version__}: "
            "re-read moto's Table.query and Table.all_items, then update PINNED_MOTO_VERSION"
        )
    if not installed():
        Table.all_items = _all_items(Table.all_items)  # type: ignore[method-assign,assignment]
        Table.query = _query(Table.query)  # type: ignore[method-assign]


def uninstall() -> None:
    """Put moto's own implementation back (to compare against it)."""
    if installed():
        Table.query = Table.query.moto_original  # type: ignore[attr-defined,method-assign]
        Table.all_items = Table.all_items.moto_original  # type: ignore[attr-defined,method-assign]
