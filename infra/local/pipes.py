"""A local stand-in for EventBridge Pipes: outbox stream records, filtered and shaped as the
pipe definitions in infra/resources.py declare, handed to a delivery function.

As on AWS, a record the pipe could not deliver within its retries or its record age is parked as a
pointer (`DDBStreamBatchInfo`: stream, shard, sequence numbers, arrival times), never as the
record: the message itself must be re-published from its outbox (infra/functions/redrive.py)."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from handlers.core.jsonio import now_iso
from infra.resources import Pipe

Deliver = Callable[[Pipe, str, dict[str, str]], None]
"""Hand a body to the pipe's target, with the SQS parameters the pipe sets (a FIFO queue's group)."""
Park = Callable[[Pipe, dict[str, Any]], None]
SHARDS_REFRESH_SECONDS = 10.0
log = logging.getLogger(__name__)


def matches(pattern: Any, event: Any) -> bool:
    """EventBridge-style matching: each pattern key must be present; a list lists the allowed values."""
    if isinstance(pattern, list):
        return event in pattern
    if not isinstance(pattern, dict) or not isinstance(event, dict):
        return False
    return all(key in event and matches(value, event[key]) for key, value in pattern.items())


def value_at(path: str, event: dict[str, Any]) -> str:
    """A dynamic path parameter `$.a.b.c`: the string found at that path of the event."""
    if not path.startswith("$."):
        raise ValueError(f"unsupported path: {path}")
    node: Any = event
    for part in path[2:].split("."):
        node = node[part]
    if not isinstance(node, str):
        raise ValueError(f"{path} does not lead to a string")
    return node


def render(template: str, event: dict[str, Any]) -> str:
    """Apply an input template of the form `<$.a.b.c>`: the string found at that path."""
    if not (template.startswith("<$.") and template.endswith(">")):
        raise ValueError(f"unsupported input template: {template}")
    return value_at(template[1:-1], event)


def pipe_arn(pipe: Pipe, stream_arn: str) -> str:
    """The pipe's ARN, in the region and account of the stream it reads."""
    _, partition, _, region, account = stream_arn.split(":")[:5]
    return f"arn:{partition}:pipes:{region}:{account}:pipe/{pipe.name}"


def pointer(pipe: Pipe, arn: str, shard: str, record: dict[str, Any], condition: str) -> dict[str, Any]:
    """What a pipe sends its DLQ for a failed batch (here of one record): where it was, not what."""
    arrival = record["dynamodb"]["ApproximateCreationDateTime"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    sequence = record["dynamodb"]["SequenceNumber"]
    return {
        "context": {"partnerResourceArn": pipe_arn(pipe, arn), "condition": condition},
        "version": "1.0",
        "timestamp": now_iso(),
        "DDBStreamBatchInfo": {
            "shardId": shard,
            "startSequenceNumber": sequence,
            "endSequenceNumber": sequence,
            "approximateArrivalOfFirstRecord": arrival,
            "approximateArrivalOfLastRecord": arrival,
            "batchSize": 1,
            "streamArn": arn,
        },
    }


def age_seconds(record: dict[str, Any]) -> float:
    """How long ago the record was written to the stream."""
    written: datetime = record["dynamodb"]["ApproximateCreationDateTime"]
    return (datetime.now(UTC) - written).total_seconds()


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

    def __init__(
        self,
        pipe: Pipe,
        table: str,
        dynamodb: Any,
        streams: Any,
        positions: Positions,
        park: Park | None = None,
    ) -> None:
        self.pipe, self.table, self.dynamodb, self.streams = pipe, table, dynamodb, streams
        self.positions, self.park = positions, park
        self.failures: dict[str, int] = {}
        self._shards: list[tuple[str, str]] = []
        self._shards_at = 0.0
        self._iterators: dict[str, str] = {}

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
        """Deliver every new matching record of every shard; returns how many were delivered.

        A record that cannot be delivered stops its shard (order is kept) and is retried on the
        next poll; after the pipe's retry limit, or once older than its record age, a pointer to it
        is parked in the pipe's DLQ and it is passed over."""
        if not self._shards or time.monotonic() - self._shards_at > SHARDS_REFRESH_SECONDS:
            self._shards, self._shards_at = self.shards(), time.monotonic()
        return sum(self._poll_shard(deliver, arn, shard) for arn, shard in self._shards)

    def _poll_shard(self, deliver: Deliver, arn: str, shard: str) -> int:
        key, delivered = f"{arn}/{shard}", 0
        iterator = self._iterators.pop(key, None) or self.iterator(arn, shard)
        answer = self.streams.get_records(ShardIterator=iterator, Limit=1000)
        for record in answer["Records"]:
            sequence = record["dynamodb"]["SequenceNumber"]
            if matches(self.pipe.filter_pattern(), record):
                if not self._hand_over(deliver, arn, shard, record):
                    return delivered  # the iterator is dropped: the next poll resumes at the position
                delivered += 1
            self.positions.advance(key, sequence)
        if answer.get("NextShardIterator"):
            self._iterators[key] = answer["NextShardIterator"]
        return delivered

    def _hand_over(self, deliver: Deliver, arn: str, shard: str, record: dict[str, Any]) -> bool:
        """Deliver one record as the pipe shapes it, or park a pointer to it; False while it should
        be retried later."""
        record_key = f"{arn}/{shard}/{record['dynamodb']['SequenceNumber']}"
        if self.park is not None and age_seconds(record) > self.pipe.max_record_age:
            self.park(self.pipe, pointer(self.pipe, arn, shard, record, "RecordAgeExceeded"))
        else:
            try:
                parameters = {
                    name: value_at(path, record) for name, path in self.pipe.fifo_parameters.items()
                }
                deliver(self.pipe, render(self.pipe.input_template, record), parameters)
            except Exception as error:
                tries = self.failures[record_key] = self.failures.get(record_key, 0) + 1
                log.warning("pipe %s could not deliver (try %d): %s", self.pipe.name, tries, error)
                if tries <= self.pipe.max_retries or self.park is None:
                    return False
                self.park(self.pipe, pointer(self.pipe, arn, shard, record, "RetryAttemptsExhausted"))
        self.failures.pop(record_key, None)
        return True
