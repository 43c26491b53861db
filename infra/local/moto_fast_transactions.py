"""Make moto's DynamoDB TransactWriteItems cost O(touched items) instead of O(table size).

moto backs up every table named in a transaction with ``copy.deepcopy`` before applying it.
``install()`` runs moto's own implementation with that backup disabled, snapshots only the item
slots and stream records the transaction can change, and restores exactly those if moto raises.
"""

from __future__ import annotations

import copy
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import moto
from moto.dynamodb.exceptions import ResourceNotFoundException
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType, Item
from moto.dynamodb.models.table import StreamShard, Table

PINNED_MOTO_VERSION = "5.2.5"
TransactWrite = Callable[[DynamoDBBackend, list[dict[str, Any]]], None]
# Stands in for the `copy` module inside moto's function: the "backup" is the live table, so moto's
# own rollback (`self.tables[name] = backup`) becomes a no-op and ours takes over.
_NO_TABLE_BACKUP = types.SimpleNamespace(deepcopy=lambda table: table)


@dataclass
class _SlotSnapshot:
    """What ``container[key]`` held before the transaction."""

    container: dict[Any, Any]
    key: DynamoType
    existed: bool
    value: Any
    frozen_item: Item | None  # a deep copy, because Update mutates the stored item in place


@dataclass
class _StreamSnapshot:
    """A stream shard's record list and its length before the transaction (records are only appended)."""

    shard: StreamShard
    records: list[Any]
    length: int


Snapshot = _SlotSnapshot | _StreamSnapshot


def _touched_key(table: Table, op_type: str, op: dict[str, Any]) -> tuple[DynamoType, Any] | None:
    """The (hash, range) key moto will write for this operation, or None if moto rejects it unwritten."""
    raw = op.get("Item") if op_type == "Put" else op.get("Key")
    if not isinstance(raw, dict) or (table.has_range_key and table.range_key_attr not in raw):
        return None
    if table.hash_key_attr not in raw and op_type != "Update":
        return None
    try:
        # moto's update_item falls back to the whole Key as the hash value if the hash attribute is missing.
        hash_key = DynamoType(raw.get(table.hash_key_attr, raw))
        range_key = DynamoType(raw[table.range_key_attr]) if table.has_range_key else None
        hash((hash_key, range_key))  # a key moto cannot hash fails there, before anything is written
    except Exception:
        return None
    return hash_key, range_key


def _snapshot_slot(table: Table, hash_key: DynamoType, range_key: DynamoType | None) -> _SlotSnapshot:
    """Record the outermost dict slot the write can create or change."""
    # For a hash new to a range-key table the slot is the hash entry: removing it undoes all below it.
    container: dict[Any, Any] = table.items
    key = hash_key
    if range_key is not None and hash_key in table.items:
        container, key = table.items[hash_key], range_key
    value = container.get(key)  # not [key]: the items dict is a defaultdict and would grow
    frozen = copy.deepcopy(value) if isinstance(value, Item) else None
    return _SlotSnapshot(container, key, key in container, value, frozen)


def _find_table(backend: DynamoDBBackend, name: Any) -> Table | None:
    """Resolve a table by name or ARN as moto does, or None if the operation will fail on it."""
    try:
        return backend.get_table(name)
    except ResourceNotFoundException:
        return None


def _snapshot(backend: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> list[Snapshot]:
    """Snapshot every item slot and stream shard the transaction can change."""
    slots: list[_SlotSnapshot] = []
    streams: dict[int, _StreamSnapshot] = {}
    for entry in transact_items:
        for op_type, op in entry.items():
            table = _find_table(backend, op.get("TableName"))
            key = _touched_key(table, op_type, op) if table is not None else None
            if table is None or key is None:
                continue
            slots.append(_snapshot_slot(table, *key))
            if (shard := table.stream_shard) is not None and id(shard) not in streams:
                streams[id(shard)] = _StreamSnapshot(shard, shard.items, len(shard.items))
    return [*reversed(slots), *streams.values()]


def _restore(snapshots: list[Snapshot]) -> None:
    """Put every snapshotted slot, item and stream back as it was."""
    for snapshot in snapshots:
        if isinstance(snapshot, _StreamSnapshot):
            # Lambda event-source delivery may have swapped in a new list; the old one only grew.
            snapshot.shard.items = snapshot.records
            del snapshot.records[snapshot.length :]
        elif not snapshot.existed:
            snapshot.container.pop(snapshot.key, None)
        else:
            if snapshot.frozen_item is not None:
                vars(snapshot.value).clear()
                vars(snapshot.value).update(vars(snapshot.frozen_item))
            # A deleted key returns at the end of the dict: no moto read depends on that order
            # (scan, query and export all sort by key), and keeping it would cost O(table) again.
            snapshot.container[snapshot.key] = snapshot.value


def _touched_items_only(original: TransactWrite) -> TransactWrite:
    """Wrap moto's transaction so a failure restores only what it touched."""
    if not isinstance(original, types.FunctionType):
        raise TypeError(f"expected moto's plain function, got {original!r}")
    globals_without_backup = {**original.__globals__, "copy": _NO_TABLE_BACKUP}
    without_backup = types.FunctionType(original.__code__, globals_without_backup, original.__name__)

    def transact_write_items(self: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> None:
        """Apply all writes or none, snapshotting only the touched items."""
        # No lock: moto serialises nothing either, and a lock could deadlock a stream-triggered Lambda
        # that writes back to this server while its triggering transaction waits for it.
        snapshots = _snapshot(self, transact_items)
        try:
            without_backup(self, transact_items)
        except BaseException:
            _restore(snapshots)
            raise

    transact_write_items.moto_original = original  # type: ignore[attr-defined]
    return transact_write_items


def installed() -> bool:
    """Whether moto's backend currently runs the touched-items version."""
    return hasattr(DynamoDBBackend.transact_write_items, "moto_original")


def install() -> None:
    """Patch moto's DynamoDB backend; calling it again changes nothing."""
    if moto.__version__ != PINNED_MOTO_VERSION:
        raise RuntimeError(
            f"moto_fast_transactions is written for moto {PINNED_MOTO_VERSION}, found {moto.__version__}: "
            "re-read moto's DynamoDBBackend.transact_write_items, then update PINNED_MOTO_VERSION"
        )
    if not installed():
        patched = _touched_items_only(DynamoDBBackend.transact_write_items)
        DynamoDBBackend.transact_write_items = patched  # type: ignore[method-assign,assignment]


def uninstall() -> None:
    """Put moto's own implementation back (to compare against it)."""
    original = getattr(DynamoDBBackend.transact_write_items, "moto_original", None)
    if original is not None:
        DynamoDBBackend.transact_write_items = original  # type: ignore[method-assign]
