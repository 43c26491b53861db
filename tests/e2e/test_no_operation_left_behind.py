"""No operation left behind, against platforms started as `make run` starts them.

A command deleted from the ledger's queue unread is published again by the watchdog, or cancelled
when it cannot be: every deposit ends within 2 x BANK_PENDING_TIMEOUT + 10 s, with balances and
history that agree with how it ended. A pipe that cannot reach its queue parks pointers, as on AWS,
and `make redrive` ends every operation it stranded.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import boto3
import httpx
import pytest

from infra import resources
from infra.local import launcher
from tests.e2e.platform import ROOT, RunningPlatform

TIMEOUT = 3  # BANK_PENDING_TIMEOUT of the platform the watchdog test runs on
# what a queue is created with (the rest of its attributes SQS keeps itself)
SETTABLE = {
    "VisibilityTimeout",
    "RedrivePolicy",
    "MessageRetentionPeriod",
    "FifoQueue",
    "ContentBasedDeduplication",
}
LEDGER = next(q for q in resources.queues() if q.name == "ledger-commands")
LEDGER_QUEUE = resources.queue_name(LEDGER.name, LEDGER.fifo)  # its name on SQS (`.fifo`)
COMMANDS = next(p for p in resources.pipes() if p.target == LEDGER.name)


@contextmanager
def started(tmp_path_factory: pytest.TempPathFactory, pending_timeout: int) -> Iterator[RunningPlatform]:
    """A platform of its own, as `make run` starts it with BANK_PENDING_TIMEOUT set."""
    log = (tmp_path_factory.getbasetemp() / f"platform-timeout-{pending_timeout}.log").open("wb")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("BANK_PENDING_TIMEOUT", str(pending_timeout))
        with launcher.running_platform(tmp_path_factory.mktemp("platform"), log) as launched:
            yield RunningPlatform(launched.url, launched.env)


def engine(platform: RunningPlatform, service: str) -> Any:
    """A client of the platform's embedded engine, as an operator with console access has."""
    endpoint = f"http://127.0.0.1:{platform.env['BANK_ENGINE_PORT']}"
    make: Any = boto3.client
    return make(
        service,
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="x",
        aws_secret_access_key="x",
    )


def wait_for(check: Any, seconds: float) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := check():
            return found
        time.sleep(0.05)
    return None


def post_deposit(api: httpx.Client, account: str, amount: str) -> httpx.Response:
    body = f'{{"accountId": "{account}", "amount": {amount}}}'  # the amount as written, not a float
    return api.post("/deposit", content=body, headers={"content-type": "application/json"})


def open_account(api: httpx.Client) -> str:
    """A new EUR account holding 1.00, known everywhere."""
    account = str(api.post("/accounts", json={"name": "Everyday", "currency": "EUR"}).json()["accountId"])
    assert wait_for(lambda: post_deposit(api, account, "1.00").status_code == 202, 5)
    assert wait_for(lambda: balance(api, account) == Decimal("1.00"), 5)
    return account


def deposit(api: httpx.Client, account: str, amount: str) -> str:
    answer = post_deposit(api, account, amount)
    assert answer.status_code == 202
    return str(answer.json()["operationId"])


def ended(api: httpx.Client, operation: str) -> dict[str, Any] | None:
    found: dict[str, Any] = api.get(f"/operation-status/{operation}").json()
    return found if found["status"] != "pending" else None


def balance(api: httpx.Client, account: str) -> Decimal:
    return Decimal(str(api.get(f"/balances/{account}").json()["balance"]))


def history(api: httpx.Client, account: str) -> list[tuple[str, Decimal, Decimal]]:
    rows = api.get(f"/transactions/{account}").json()["transactions"]
    return [(row["id"], Decimal(str(row["amount"])), Decimal(str(row["balance"]))) for row in rows]


def queue_counts(sqs: Any, url: str) -> tuple[int, ...]:
    names = [
        "ApproximateNumberOfMessages",
        "ApproximateNumberOfMessagesNotVisible",
        "ApproximateNumberOfMessagesDelayed",
    ]
    found = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=names)["Attributes"]
    return tuple(int(found[n]) for n in names)


def outbox_item(dynamodb: Any, operation: str) -> dict[str, Any]:
    """The banking outbox item of an operation's command."""
    for item in dynamodb.scan(TableName="banking-outbox")["Items"]:
        if json.loads(item["message"]["S"])["correlationid"] == operation:
            return dict(item)
    raise AssertionError(f"no command of {operation} in the outbox")


@pytest.fixture(scope="module")
def watched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPlatform]:
    with started(tmp_path_factory, TIMEOUT) as platform:
        yield platform


@pytest.fixture(scope="module")
def unwatched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPlatform]:
    """A platform whose watchdog will not act during the test: only the redrive can help."""
    with started(tmp_path_factory, 3600) as platform:
        yield platform


def test_deposits_whose_commands_are_deleted_unread_still_end(watched: RunningPlatform) -> None:
    sqs, dynamodb = engine(watched, "sqs"), engine(watched, "dynamodb")
    url = sqs.get_queue_url(QueueName=LEDGER_QUEUE)["QueueUrl"]
    with watched.client() as api:
        account = open_account(api)
        sqs.set_queue_attributes(
            QueueUrl=url, Attributes={"DelaySeconds": "900"}
        )  # the ledger cannot read yet
        accepted = time.monotonic()
        published_again, cancelled = deposit(api, account, "10.00"), deposit(api, account, "20.00")
        assert wait_for(lambda: queue_counts(sqs, url) == (0, 0, 2), 5), (
            "the two commands never reached the queue"
        )
        lost = outbox_item(
            dynamodb, cancelled
        )  # this one's outbox item is gone too: it cannot be published again
        dynamodb.delete_item(TableName="banking-outbox", Key={"id": lost["id"]})
        sqs.purge_queue(QueueUrl=url)  # both commands deleted before the ledger read them
        sqs.set_queue_attributes(QueueUrl=url, Attributes={"DelaySeconds": "0"})
        outcomes = wait_for(
            lambda: (a := ended(api, published_again)) and (b := ended(api, cancelled)) and (a, b),
            2 * TIMEOUT + 10 - (time.monotonic() - accepted),
        )
        assert outcomes, f"still pending {2 * TIMEOUT + 10} s after they were accepted"
        completed, failed = outcomes
        assert (completed["status"], completed["errorCode"]) == ("completed", None)
        assert (failed["status"], failed["errorCode"]) == ("failed", "OPERATION_TIMED_OUT")
        assert failed["completedAt"] and failed["errorMessage"]
        assert wait_for(lambda: balance(api, account) == Decimal("11.00"), 5)
        assert next(row[0] for row in history(api, account)) == published_again
        assert [row[1:] for row in history(api, account)] == [
            (Decimal("10.00"), Decimal("11.00")),
            (Decimal("1.00"), Decimal("1.00")),
        ]
        late = {"MessageGroupId": account, "MessageDeduplicationId": "late"}  # as the pipe groups it
        sqs.send_message(
            QueueUrl=url, MessageBody=lost["message"]["S"], **late
        )  # the cancelled command, late
        assert wait_for(lambda: queue_counts(sqs, url) == (0, 0, 0), 5)
        time.sleep(1)  # what a posting would change takes well under a second to show
        assert balance(api, account) == Decimal("11.00") and len(history(api, account)) == 2
        assert ended(api, cancelled) == failed


def test_a_pipe_that_fails_parks_pointers_and_make_redrive_ends_what_it_stranded(
    unwatched: RunningPlatform,
) -> None:
    sqs = engine(unwatched, "sqs")
    url, parked = (sqs.get_queue_url(QueueName=name)["QueueUrl"] for name in (LEDGER_QUEUE, COMMANDS.dlq))
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    with unwatched.client() as api:
        account = open_account(api)
        sqs.delete_queue(QueueUrl=url)  # the pipe's target is gone: every delivery fails
        stranded = [deposit(api, account, amount) for amount in ("2.00", "3.00")]
        assert wait_for(lambda: queue_counts(sqs, parked)[0] == 2, 10), "the pipe parked nothing"
        pointers = [
            json.loads(m["Body"])
            for m in sqs.receive_message(QueueUrl=parked, MaxNumberOfMessages=10, VisibilityTimeout=0)[
                "Messages"
            ]
        ]
        assert all(
            set(p["DDBStreamBatchInfo"]) >= {"streamArn", "shardId", "startSequenceNumber"} for p in pointers
        )
        assert not any(operation in json.dumps(p) for p in pointers for operation in stranded)
        settings = {name: value for name, value in attributes.items() if name in SETTABLE}
        sqs.create_queue(QueueName=LEDGER_QUEUE, Attributes=settings)  # the fix
        time.sleep(1)
        assert [ended(api, operation) for operation in stranded] == [None, None]
        redrive = subprocess.run(
            ["make", "-s", "redrive"],  # noqa: S607  (make from the PATH, as a person runs it)
            cwd=ROOT,
            env=unwatched.env,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert redrive.returncode == 0, redrive.stdout + redrive.stderr
        # the pointers' windows take in the first deposit's command too: the ledger drops it as a duplicate
        assert json.loads(redrive.stdout) == {"parked": 2, "republished": 3, "kept": 0}
        outcomes = wait_for(
            lambda: all(ended(api, o) for o in stranded) and [ended(api, o) for o in stranded], 10
        )
        assert outcomes and [o["status"] for o in outcomes] == ["completed", "completed"]
        assert wait_for(lambda: balance(api, account) == Decimal("6.00"), 5)
        rows = history(api, account)  # newest first, each balance the one before it plus its amount
        assert sorted(amount for _, amount, _ in rows) == [Decimal("1.00"), Decimal("2.00"), Decimal("3.00")]
        assert [after for _, _, after in rows] == [sum(amount for _, amount, _ in rows[i:]) for i in range(3)]
