"""Make moto's DynamoDB item operations serializable when its server handles requests in threads.

DynamoDB checks a condition and writes in one atomic step; moto checks, then writes, in Python,
and its server runs each request on its own thread. Two conditional writes can then both pass
their check, and a read can see half of a transaction. One lock around every item operation
gives moto the isolation DynamoDB has (the local engine is one process anyway). Stream reads take
it too: moto writes a failing transaction's items before undoing them all, and a stream reader
in between would deliver the stream records of writes that never happened.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodbstreams.models import DynamoDBStreamsBackend

ITEM_OPERATIONS = (
    "put_item",
    "get_item",
    "update_item",
    "delete_item",
    "query",
    "scan",
    "transact_write_items",
)
STREAM_OPERATIONS = ("describe_stream", "get_shard_iterator", "get_records")
_LOCK = threading.RLock()


def _serialized(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def locked(*args: Any, **kwargs: Any) -> Any:
        with _LOCK:
            return method(*args, **kwargs)

    locked.serialized = True  # type: ignore[attr-defined]
    return locked


def install() -> None:
    """Wrap each item operation and stream read of moto's DynamoDB in one process-wide lock; idempotent.

    Install it after moto_fast_transactions, which must see moto's own transaction function."""
    for backend, names in ((DynamoDBBackend, ITEM_OPERATIONS), (DynamoDBStreamsBackend, STREAM_OPERATIONS)):
        for name in names:
            method = getattr(backend, name)
            if not getattr(method, "serialized", False):
                setattr(backend, name, _serialized(method))
