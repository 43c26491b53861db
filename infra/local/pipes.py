"""A local stand-in for EventBridge Pipes: outbox stream records, filtered and shaped as the
pipe definitions in infra/resources.py declare, handed to a delivery function."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from infra.resources import Pipe

Deliver = Callable[[Pipe, str], None]


def matches(pattern: Any, event: Any) -> bool:
    """EventBridge-style matching: each pattern key must be present; a list lists the allowed values."""
    if isinstance(pattern, list):
        return event in pattern
    if not isinstance(pattern, dict) or not isinstance(event, dict):
        return False
    return all(key in event and matches(value, event[key]) for key, value in pattern.items())


def render(template: str, event: dict[str, Any]) -> str:
    """Apply an input template of the form `<$.a.b.c>`: the string found at that path."""
    if not (template.startswith("<$.") and template.endswith(">")):
        raise ValueError(f"unsupported input template: {template}")
    node: Any = event
    for part in template[3:-1].split("."):
        node = node[part]
    if not isinstance(node, str):
        raise ValueError(f"{template} does not lead to a string")
    return node


class Positions:
    """Where each stream shard was read up to, kept in a JSON file so a restart resumes there."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.lock = threading.Lock()
        self.seen: dict[str, str] = json.loads(path.read_text()) if path and path.exists() else {}

    def get(self, shard: str) -> str | None:
        """The last sequence number handled in a shard."""
        return self.seen.get(shard)

    def advance(self, shard: str, sequence: str) -> None:
        """Record that a shard was handled up to sequence, durably when there is a file."""
        with self.lock:
            self.seen[shard] = sequence
            if self.path:
                tmp = self.path.with_suffix(".tmp")
                tmp.write_text(json.dumps(self.seen, sort_keys=True))
                tmp.replace(self.path)


class PipeRelay:
    """Reads one outbox table's stream and delivers the matching records, once each, in order."""

    def __init__(self, pipe: Pipe, table: str, dynamodb: Any, streams: Any, positions: Positions) -> None:
        self.pipe, self.table, self.dynamodb, self.streams = pipe, table, dynamodb, streams
        self.positions = positions

    def shards(self) -> list[tuple[str, str]]:
        """(stream arn, shard id) of every shard of the table's stream."""
        arn = self.dynamodb.describe_table(TableName=self.table)["Table"]["LatestStreamArn"]
        described = self.streams.describe_stream(StreamArn=arn)["StreamDescription"]
        return [(arn, shard["ShardId"]) for shard in described["Shards"]]

    def iterator(self, arn: str, shard: str) -> str:
        """A shard iterator just after the last record handled, or at the start."""
        key = f"{arn}/{shard}"
        last = self.positions.get(key)
        options = {"ShardIteratorType": "TRIM_HORIZON"}
        if last:
            options = {"ShardIteratorType": "AFTER_SEQUENCE_NUMBER", "SequenceNumber": last}
        return str(self.streams.get_shard_iterator(StreamArn=arn, ShardId=shard, **options)["ShardIterator"])

    def poll(self, deliver: Deliver) -> int:
        """Deliver every new matching record of every shard; returns how many were delivered."""
        delivered = 0
        for arn, shard in self.shards():
            records = self.streams.get_records(ShardIterator=self.iterator(arn, shard), Limit=1000)["Records"]
            for record in records:
                if matches(self.pipe.filter_pattern(), record):
                    deliver(self.pipe, render(self.pipe.input_template, record))
                    delivered += 1
                self.positions.advance(f"{arn}/{shard}", record["dynamodb"]["SequenceNumber"])
        return delivered
