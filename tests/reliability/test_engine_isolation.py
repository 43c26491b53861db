"""The local engine under concurrency: a stream reader must not see what a failing transaction wrote.

moto applies a transaction's items one by one and undoes them all if one condition fails, so for a
moment the stream holds records of writes that never happen. The pipe relays read the streams on
their own thread while consumers write on theirs: an unlocked read there publishes a phantom event
(a duplicate command's posting, with a balance the ledger never had).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto.dynamodb.models import DynamoDBBackend

from handlers.storage import dynamo
from infra.local import moto_serial
from tests.helpers import message_of

PAUSE_SECONDS = 2.0  # how long the failing transaction waits for a reader (the reader, if locked out)


@pytest.fixture
def paused_outbox_puts(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """Outbox puts announce themselves once applied, then wait (bounded) to be let go."""
    applied, resume = threading.Event(), threading.Event()
    put = DynamoDBBackend.put_item

    def pausing(self: DynamoDBBackend, table_name: str, *args: Any, **kwargs: Any) -> Any:
        written = put(self, table_name, *args, **kwargs)
        if table_name.endswith("ledger-outbox") and not applied.is_set():
            applied.set()
            resume.wait(PAUSE_SECONDS)
        return written

    monkeypatch.setattr(DynamoDBBackend, "put_item", pausing)
    yield applied, resume
    resume.set()


def test_a_stream_reader_never_sees_the_writes_of_a_transaction_that_fails(
    dynamo_client: Any, paused_outbox_puts: tuple[threading.Event, threading.Event]
) -> None:
    moto_serial.install()  # as the local engine runs
    applied, resume = paused_outbox_puts
    streams = boto3.client("dynamodbstreams", region_name="us-east-1")
    arn = dynamo_client.describe_table(TableName="test-ledger-outbox")["Table"]["LatestStreamArn"]
    shard = streams.describe_stream(StreamArn=arn)["StreamDescription"]["Shards"][0]["ShardId"]
    iterator = streams.get_shard_iterator(StreamArn=arn, ShardId=shard, ShardIteratorType="TRIM_HORIZON")
    account = "acc_" + "1" * 32
    handled = message_of("AccountCreated", account, account, account_created())
    dynamo.transact(dynamo_client, [dynamo.inbox_put("test-ledger-inbox", handled)])
    duplicate = [
        dynamo.inbox_put("test-ledger-inbox", handled),
        dynamo.outbox_put("test-ledger-outbox", handled),
    ]
    failed: list[BaseException] = []
    writer = threading.Thread(target=lambda: transact_expecting_failure(dynamo_client, duplicate, failed))
    writer.start()
    assert applied.wait(10), "the transaction never reached its outbox put"
    seen = streams.get_records(ShardIterator=iterator["ShardIterator"])["Records"]
    resume.set()
    writer.join()
    assert [type(e).__name__ for e in failed] == ["TransactionConflict"]
    assert seen == [], "a reader saw a record of a transaction that was then undone"


def transact_expecting_failure(client: Any, items: list[dict[str, Any]], failed: list[BaseException]) -> None:
    try:
        dynamo.transact(client, items)
    except BaseException as error:  # handed to the test thread to assert on
        failed.append(error)


def account_created() -> dict[str, Any]:
    data = {"accountId": "acc_" + "1" * 32, "userId": "alice", "name": "Main", "currency": "EUR"}
    return data | {"createdAt": "2026-01-01T00:00:00.000Z", "version": 1}
