"""A pipe that cannot deliver parks pointers, as EventBridge Pipes does, and the redrive re-publishes
the messages they point at from the outboxes: every stranded operation ends, every effect once."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from handlers.storage.dynamo import DAY, INBOX_TTL, OUTBOX_TTL
from infra import resources
from infra.functions.redrive import Redrive, Tally
from infra.local.pipes import PipeRelay, Positions
from infra.local.provision import Provisioned
from infra.local.relays import Relays
from infra.resources import Pipe
from tests.helpers import call, runtime_stores

COMMANDS = next(p for p in resources.pipes() if p.target == "ledger-commands")
ACCOUNT_EVENTS = next(p for p in resources.pipes() if p.service == "accounts")
BATCH_INFO = {
    "shardId",
    "startSequenceNumber",
    "endSequenceNumber",
    "approximateArrivalOfFirstRecord",
    "approximateArrivalOfLastRecord",
    "batchSize",
    "streamArn",
}


class Platform:
    """The local relays, pumped by hand; a pipe named in `broken` cannot reach its target."""

    def __init__(self, clients: dict[str, Any], found: Provisioned, positions: Path) -> None:
        self.clients, self.found = clients, found
        self.relays = Relays(clients, found, Positions(positions), "us-east-1")
        self.broken: set[str] = set()

    def deliver(self, pipe: Pipe, body: str, parameters: dict[str, str]) -> None:
        if pipe.name in self.broken:
            raise ConnectionError(f"{pipe.target} unreachable")
        self.relays.deliver(pipe, body, parameters)

    def pump(self) -> None:
        """Relay until nothing moves, giving a broken pipe every retry it has."""
        quiet, patience = 0, resources.PIPE_MAX_RETRIES + 1 if self.broken else 1
        while quiet <= patience:
            moved = sum(p.poll(self.deliver) for p in self.relays.pipes)
            moved += sum(s.poll(0) for s in self.relays.sources)
            quiet = 0 if moved else quiet + 1

    def redrive(self) -> Tally:
        return Redrive(
            self.clients["dynamodb"], self.clients["sqs"], "test-", self.found.queue_urls.__getitem__
        )

    def parked(self, dlq: str) -> list[str]:
        answer = self.clients["sqs"].receive_message(
            QueueUrl=self.found.queue_urls[dlq], MaxNumberOfMessages=10
        )
        return [m["Body"] for m in answer.get("Messages", [])]


@pytest.fixture
def platform(aws: tuple[dict[str, Any], Provisioned], tmp_path: Path) -> Platform:
    return Platform(*aws, tmp_path / "positions.json")


def open_account(platform: Platform) -> str:
    created = call("createAccount", "alice", runtime_stores(), {"name": "Everyday", "currency": "EUR"})
    assert created.status == 201
    platform.pump()
    return str(created.body["accountId"])


def deposit(account: str, amount: str) -> tuple[int, str]:
    answer = call("deposit", "alice", runtime_stores(), {"accountId": account, "amount": Decimal(amount)})
    return answer.status, str(answer.body.get("operationId"))


def status(operation: str) -> str:
    found = runtime_stores().banking.get_operation("alice", operation)
    assert found is not None
    return found.status


def test_a_pipe_parks_a_pointer_to_what_it_could_not_deliver_never_the_message(platform: Platform) -> None:
    account = open_account(platform)
    platform.broken.add(COMMANDS.name)
    _, operation = deposit(account, "10.00")
    platform.pump()
    (body,) = platform.parked(COMMANDS.dlq)
    parked = json.loads(body)
    assert set(parked) == {"context", "version", "timestamp", "DDBStreamBatchInfo"}
    assert parked["context"]["condition"] == "RetryAttemptsExhausted"
    assert parked["context"]["partnerResourceArn"].endswith(f":pipe/{COMMANDS.name}")
    batch = parked["DDBStreamBatchInfo"]
    assert set(batch) == BATCH_INFO and batch["batchSize"] == 1
    assert batch["startSequenceNumber"] == batch["endSequenceNumber"]
    assert ":table/test-banking-outbox/stream/" in batch["streamArn"]
    assert batch["approximateArrivalOfFirstRecord"].endswith("Z")
    assert operation not in body and account not in body  # a pointer, not the message
    assert status(operation) == "pending"


def test_a_record_older_than_the_pipe_allows_is_parked_without_a_delivery(aws: Any, tmp_path: Path) -> None:
    clients, _ = aws
    written = call("createAccount", "alice", runtime_stores(), {"name": "Old", "currency": "EUR"})
    assert written.status == 201
    pointers: list[dict[str, Any]] = []
    relay = PipeRelay(
        replace(ACCOUNT_EVENTS, max_record_age=-1),
        "test-accounts-outbox",
        clients["dynamodb"],
        clients["dynamodbstreams"],
        Positions(tmp_path / "positions.json"),
        lambda _, pointer: pointers.append(pointer),
    )
    delivered: list[str] = []
    assert relay.poll(lambda _, body, __: delivered.append(body)) == 1
    assert delivered == [] and [p["context"]["condition"] for p in pointers] == ["RecordAgeExceeded"]


def test_the_redrive_ends_every_stranded_operation_once(platform: Platform) -> None:
    account = open_account(platform)
    platform.broken.add(COMMANDS.name)
    operations = [deposit(account, amount)[1] for amount in ("10.00", "2.50")]
    platform.pump()
    platform.broken.clear()  # the fix
    platform.pump()
    assert [status(o) for o in operations] == ["pending", "pending"]  # nothing comes back by itself
    assert platform.redrive().everything() == Tally(parked=2, republished=2)
    platform.pump()
    assert [status(o) for o in operations] == ["completed", "completed"]
    assert runtime_stores().ledger.state(account).balance == Decimal("12.50")
    assert runtime_stores().query.account("alice", account).balance == Decimal("12.50")
    assert platform.redrive().everything() == Tally()


def test_a_redrive_publishes_again_only_what_consumers_already_ignore(platform: Platform) -> None:
    account = open_account(platform)
    _, operation = deposit(account, "10.00")
    platform.pump()
    assert status(operation) == "completed"
    ledger = runtime_stores().ledger
    (entry,) = ledger.journal(account)
    pipes = {p.name: p for p in resources.pipes()}
    again = sum(
        platform.redrive().window(p, "2000-01-01T00:00:00.000Z", "2100-01-01T00:00:00.000Z")
        for p in pipes.values()
    )
    assert again == 3  # AccountCreated, Deposit, Deposited
    platform.pump()
    assert ledger.journal(account) == [entry] and ledger.state(account).balance == Decimal("10.00")
    assert [row.sequence for row in runtime_stores().query.history("alice", account, 10, None).rows] == [1]


def test_an_account_whose_creation_was_never_delivered_is_usable_after_the_redrive(
    platform: Platform,
) -> None:
    platform.broken.add(ACCOUNT_EVENTS.name)
    account = open_account(platform)
    assert deposit(account, "1.00")[0] == 404  # banking never heard of it
    platform.broken.clear()
    assert platform.redrive().everything() == Tally(parked=1, republished=1)
    platform.pump()
    status_code, operation = deposit(account, "1.00")
    platform.pump()
    assert status_code == 202 and status(operation) == "completed"


def test_a_message_parked_by_a_consumer_is_published_again_from_its_outbox(platform: Platform) -> None:
    account = open_account(platform)
    _, operation = deposit(account, "4.00")
    relay = next(r for r in platform.relays.pipes if r.pipe == COMMANDS)
    assert relay.poll(platform.deliver) == 1
    sqs, urls = platform.clients["sqs"], platform.found.queue_urls
    command = sqs.receive_message(QueueUrl=urls["ledger-commands"], WaitTimeSeconds=1)["Messages"][0]
    sqs.delete_message(QueueUrl=urls["ledger-commands"], ReceiptHandle=command["ReceiptHandle"])
    fifo = {"MessageGroupId": account}  # the DLQ of a FIFO queue is FIFO
    parked = {"MessageBody": command["Body"], "MessageDeduplicationId": "parked"}
    sqs.send_message(QueueUrl=urls["ledger-commands-dlq"], **parked, **fifo)  # as SQS parks it
    stranger = {"MessageBody": '{"id": "not ours"}', "MessageDeduplicationId": "stranger"}
    sqs.send_message(QueueUrl=urls["ledger-commands-dlq"], **stranger, **fifo)
    platform.pump()
    assert status(operation) == "pending"
    assert platform.redrive().everything() == Tally(parked=2, republished=1, kept=1)
    platform.pump()
    assert status(operation) == "completed"
    attributes = sqs.get_queue_attributes(QueueUrl=urls["ledger-commands-dlq"], AttributeNames=["All"])
    assert attributes["Attributes"]["ApproximateNumberOfMessagesNotVisible"] == "1"  # the kept one


def test_an_outbox_keeps_a_message_as_long_as_anything_can_point_at_it() -> None:
    """A pointer is parked at most the pipe's record age after the write and kept as long as a DLQ
    keeps anything; a re-published copy may then wait 14 days in a queue, and the inbox must still
    recognise it."""
    parked_for = resources.PIPE_MAX_RECORD_AGE_SECONDS + resources.RETENTION_SECONDS
    assert parked_for < OUTBOX_TTL
    assert INBOX_TTL > OUTBOX_TTL + 14 * DAY
