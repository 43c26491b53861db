"""The local relays: killed mid-flow and restarted, they lose nothing and apply nothing twice."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from handlers.messaging.messages import wire
from infra import resources
from infra.functions import consumers
from infra.local.event_source import EventSourceRelay
from infra.local.pipes import PipeRelay, Positions
from infra.local.provision import Provisioned
from tests.helpers import call, message_of, runtime_stores

ACCOUNTS_PIPE = next(p for p in resources.pipes() if p.service == "accounts")
COMMANDS = next(q for q in resources.queues() if q.name == "ledger-commands")


class Killed(BaseException):
    """The relay process dies here (not an error it could catch and retry)."""


def open_accounts(n: int) -> None:
    for i in range(n):
        assert (
            call(
                "createAccount", "alice", runtime_stores(), {"name": f"Account {i}", "currency": "EUR"}
            ).status
            == 201
        )


def pipe_relay(clients: dict[str, Any], positions: Path) -> PipeRelay:
    return PipeRelay(
        ACCOUNTS_PIPE,
        "test-accounts-outbox",
        clients["dynamodb"],
        clients["dynamodbstreams"],
        Positions(positions),
    )


def test_a_pipe_relay_killed_mid_batch_resumes_where_it_was(aws: Any, tmp_path: Path) -> None:
    clients, _ = aws
    delivered: list[str] = []

    def dies_on_the_third(_: Any, body: str, __: dict[str, str]) -> None:
        if len(delivered) == 2:
            raise Killed
        delivered.append(json.loads(body)["id"])

    open_accounts(3)
    with pytest.raises(Killed):
        pipe_relay(clients, tmp_path / "positions.json").poll(dies_on_the_third)
    restarted = pipe_relay(clients, tmp_path / "positions.json")
    assert restarted.poll(lambda _, body, __: delivered.append(json.loads(body)["id"])) == 1
    open_accounts(2)
    assert restarted.poll(lambda _, body, __: delivered.append(json.loads(body)["id"])) == 2
    assert len(delivered) == len(set(delivered)) == 5


def deposit_command(account: str) -> str:
    op = "op_" + "1" * 32
    return wire(
        message_of(
            "Deposit",
            account,
            op,
            {
                "operationId": op,
                "accountId": account,
                "userId": "alice",
                "amount": Decimal("10.00"),
                "currency": "EUR",
                "requestedAt": "2026-01-01T00:00:00.000Z",
            },
        )
    )


def ledger_relay(clients: dict[str, Any], found: Provisioned) -> EventSourceRelay:
    return EventSourceRelay(
        clients["sqs"],
        COMMANDS,
        found.queue_urls[COMMANDS.name],
        found.queue_arns[COMMANDS.name],
        consumers.ledger,
        "us-east-1",
    )


def fifo(group: str, body: str) -> dict[str, str]:
    """What a pipe sends with a message to a FIFO queue."""
    return {"MessageBody": body, "MessageGroupId": group, "MessageDeduplicationId": str(hash(body))}


def test_a_consumer_relay_killed_before_deleting_applies_the_message_once(aws: Any) -> None:
    clients, found = aws
    account = "acc_" + "a" * 32
    clients["sqs"].send_message(
        QueueUrl=found.queue_urls["ledger-commands"], **fifo(account, deposit_command(account))
    )
    dying = ledger_relay(clients, found)
    dying.delete = lambda messages: (_ for _ in ()).throw(Killed)  # type: ignore[method-assign]
    with pytest.raises(Killed):
        dying.poll(wait_seconds=0)
    time.sleep(1.2)  # the visibility timeout: the message comes back
    assert ledger_relay(clients, found).poll(wait_seconds=1) == 1
    assert len(runtime_stores().ledger.journal(account)) == 1
    assert runtime_stores().ledger.state(account).balance == Decimal("10.00")
    left = clients["sqs"].receive_message(QueueUrl=found.queue_urls["ledger-commands"], WaitTimeSeconds=0)
    assert "Messages" not in left


def test_a_poison_message_goes_to_the_dlq_and_the_batch_goes_on(aws: Any) -> None:
    clients, found = aws
    url = found.queue_urls["ledger-commands"]
    clients["sqs"].set_queue_attributes(QueueUrl=url, Attributes={"VisibilityTimeout": "0"})
    accounts = [f"acc_{i:032x}" for i in range(9)]
    bodies = [deposit_command(a).replace("1" * 32, f"{i:032x}") for i, a in enumerate(accounts)]
    bodies.insert(4, '{"type": "Deposit", "id": "not a message"}')
    groups = [*accounts[:4], "poison", *accounts[4:]]
    clients["sqs"].send_message_batch(
        QueueUrl=url,
        Entries=[{"Id": str(i)} | fifo(g, b) for i, (g, b) in enumerate(zip(groups, bodies, strict=True))],
    )
    relay = ledger_relay(clients, found)
    handled = sum(relay.poll(wait_seconds=0) for _ in range(8))
    assert handled == 9
    assert all(runtime_stores().ledger.state(a).balance == Decimal("10.00") for a in accounts)
    parked = clients["sqs"].receive_message(
        QueueUrl=found.queue_urls["ledger-commands-dlq"], MaxNumberOfMessages=10
    )
    assert [m["Body"] for m in parked["Messages"]] == [bodies[4]]


def stream_records(clients: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """Every record of a table's stream, from its start."""
    streams = clients["dynamodbstreams"]
    arn = clients["dynamodb"].describe_table(TableName=table)["Table"]["LatestStreamArn"]
    records = []
    for shard in streams.describe_stream(StreamArn=arn)["StreamDescription"]["Shards"]:
        iterator = streams.get_shard_iterator(
            StreamArn=arn, ShardId=shard["ShardId"], ShardIteratorType="TRIM_HORIZON"
        )["ShardIterator"]
        records += streams.get_records(ShardIterator=iterator)["Records"]
    return records


def test_a_command_reaches_its_fifo_queue_in_the_group_of_its_account(aws: Any, tmp_path: Path) -> None:
    clients, _ = aws
    stores = runtime_stores()
    account = call("createAccount", "alice", stores, {"name": "Shop", "currency": "EUR"}).body["accountId"]
    stores.banking.project_created("alice", account, "EUR", 1)
    assert call("deposit", "alice", stores, {"accountId": account, "amount": Decimal("5.00")}).status == 202
    (pipe,) = [p for p in resources.pipes() if p.target == COMMANDS.name]
    sent: list[tuple[str, dict[str, str]]] = []
    relay = PipeRelay(
        pipe, "test-banking-outbox", clients["dynamodb"], clients["dynamodbstreams"], Positions(None)
    )
    assert relay.poll(lambda _, body, parameters: sent.append((body, parameters))) == 1
    ((body, parameters),) = sent
    assert json.loads(body)["data"]["accountId"] == account
    # deduplicated by the stream record, not the message: a message re-published from the outbox
    # (a new record) is delivered again, where a pipe's own repeated send of one record is not
    (record,) = [r for r in stream_records(clients, "test-banking-outbox") if r["eventName"] == "INSERT"]
    assert parameters == {"MessageGroupId": account, "MessageDeduplicationId": record["eventID"]}
