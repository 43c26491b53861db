"""The local SQS -> function path on the ledger's FIFO queue behaves as SQS FIFO and Lambda do: a
message group is delivered in order, one batch at a time; a failed message holds its group back
(the messages after it too) until it succeeds or is parked in the FIFO DLQ; other groups go on."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import boto3
import pytest

from infra import resources
from infra.local import moto_fifo
from infra.local.event_source import EventSourceRelay
from infra.local.provision import Provisioned, provision

COMMANDS = next(q for q in resources.queues() if q.fifo)
VISIBILITY = 1  # seconds


@pytest.fixture
def sqs(dynamo_client: Any) -> Iterator[tuple[Any, Provisioned]]:
    moto_fifo.install()  # as the local engine runs
    clients = {n: boto3.client(n, region_name="us-east-1") for n in ("sqs", "sns", "cognito-idp")}
    clients["dynamodb"] = dynamo_client
    for table in dynamo_client.list_tables()["TableNames"]:
        dynamo_client.delete_table(TableName=table)
    yield clients["sqs"], provision(clients, "test-", visibility_timeout=VISIBILITY)


class Function:
    """A consumer function that fails the bodies it is told to (the first `times` times) and, as a
    FIFO consumer must, reports the messages of that group after the failed one too."""

    def __init__(self, failing: dict[str, int] | None = None, during: Any = None) -> None:
        self.failing, self.during = failing or {}, during
        self.batches: list[list[tuple[str, str]]] = []

    def __call__(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        records = event["Records"]
        self.batches.append([(r["attributes"]["MessageGroupId"], r["body"]) for r in records])
        if self.during:
            self.during()
        failed_groups: set[str] = set()
        failures = []
        for record in records:
            group = record["attributes"]["MessageGroupId"]
            if group not in failed_groups and self.failing.get(record["body"], 0) > 0:
                self.failing[record["body"]] -= 1
                failed_groups.add(group)
            if group in failed_groups:
                failures.append({"itemIdentifier": record["messageId"]})
        return {"batchItemFailures": failures}


def relay(sqs: tuple[Any, Provisioned], function: Function) -> EventSourceRelay:
    client, found = sqs
    url, arn = found.queue_urls[COMMANDS.name], found.queue_arns[COMMANDS.name]
    return EventSourceRelay(client, COMMANDS, url, arn, function, "us-east-1")


def send(sqs: tuple[Any, Provisioned], group: str, *bodies: str, queue: str = COMMANDS.name) -> None:
    client, found = sqs
    for body in bodies:
        client.send_message(
            QueueUrl=found.queue_urls[queue],
            MessageBody=body,
            MessageGroupId=group,
            MessageDeduplicationId=body,
        )


def visible(sqs: tuple[Any, Provisioned], queue: str) -> list[str]:
    client, found = sqs
    answer = client.receive_message(
        QueueUrl=found.queue_urls[queue], MaxNumberOfMessages=10, WaitTimeSeconds=0
    )
    return [m["Body"] for m in answer.get("Messages", [])]


def test_a_group_comes_in_order_and_never_in_two_batches_at_once(sqs: tuple[Any, Provisioned]) -> None:
    send(sqs, "A", "a1", "a2", "a3")
    send(sqs, "B", "b1")
    meanwhile: list[list[str]] = []
    function = Function(during=lambda: meanwhile.append(visible(sqs, COMMANDS.name)))
    assert relay(sqs, function).poll(wait_seconds=0) == 4
    (batch,) = function.batches
    assert [b for g, b in batch if g == "A"] == ["a1", "a2", "a3"]
    assert meanwhile == [[]]  # another poller finds nothing of a group in flight
    send(sqs, "A", "a4")
    assert relay(sqs, Function()).poll(wait_seconds=0) == 1


def test_a_failed_message_holds_back_its_group_and_comes_back_first(sqs: tuple[Any, Provisioned]) -> None:
    send(sqs, "A", "a1", "a2")
    send(sqs, "B", "b1")
    function = Function(failing={"a1": 1})
    source = relay(sqs, function)
    assert source.poll(wait_seconds=0) == 1  # b1; a1 failed and a2 waits behind it
    send(sqs, "A", "a3")
    assert source.poll(wait_seconds=0) == 0  # the group is held while a1 is in flight
    time.sleep(VISIBILITY + 0.2)
    assert source.poll(wait_seconds=0) == 3
    assert [b for g, b in function.batches[-1]] == ["a1", "a2", "a3"]


def test_a_message_that_keeps_failing_is_parked_then_its_group_goes_on(sqs: tuple[Any, Provisioned]) -> None:
    send(sqs, "A", "poison")
    function = Function(failing={"poison": 99})
    source = relay(sqs, function)
    source.poll(wait_seconds=0)
    send(sqs, "A", "after")  # sent while the poison is in flight
    for _ in range(COMMANDS.max_receive_count):
        time.sleep(VISIBILITY + 0.1)
        source.poll(wait_seconds=0)
    # received behind the poison and held back with it each time (its receive count grows too:
    # had it come in the poison's first batch, it would be parked with it), then delivered alone
    limit = COMMANDS.max_receive_count
    assert [[b for _, b in batch] for batch in function.batches] == [
        ["poison"],
        *[["poison", "after"]] * (limit - 1),
        ["after"],
    ]
    assert visible(sqs, COMMANDS.dlq) == ["poison"]  # the DLQ of a FIFO queue is FIFO: it keeps the group
