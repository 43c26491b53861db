"""The consumer functions on real SQS-shaped events: partial batch responses, DLQ accounting."""

from __future__ import annotations

import json
from typing import Any

import pytest

from infra.functions import consumers
from infra.local.event_source import LambdaContext
from infra.resources import queues
from tests.aws.banks import sqs_event
from tests.scenario.harness import Bank

pytestmark = pytest.mark.usefixtures("fresh_runtime")
QUERY_LIMIT = next(q.max_receive_count for q in queues() if q.service == "query")


def batch(*events: dict[str, Any]) -> dict[str, Any]:
    """One event holding the records of several."""
    return {"Records": [record for event in events for record in event["Records"]]}


def context() -> LambdaContext:
    return LambdaContext("query-consumer", "request-1")


def account_created(dynamo_client: Any) -> str:
    """A real AccountCreated envelope, as the pipe would have put it in query-events."""
    bank = Bank(dynamo_client)
    assert bank.api("createAccount", "alice", {"name": "Main", "currency": "EUR"}).status == 201
    bank.pump()
    (body,) = bank.queues["query-events"]
    return body


def emitted(out: str) -> list[str]:
    """Names of the metrics in the embedded-metric-format lines of the output."""
    blobs = [json.loads(line) for line in out.splitlines() if '"_aws"' in line]
    return [m["Name"] for b in blobs for d in b["_aws"]["CloudWatchMetrics"] for m in d["Metrics"]]


def test_only_the_failed_messages_of_a_batch_are_reported(dynamo_client: Any) -> None:
    good = sqs_event("query-events", account_created(dynamo_client))
    poison = sqs_event("query-events", '{"type": "AccountCreated", "data": {}}')
    foreign = sqs_event(
        "query-events", json.dumps({**json.loads(good["Records"][0]["body"]), "type": "Deposit"})
    )
    answer = consumers.query(batch(poison, good, foreign), context())
    failed = {f["itemIdentifier"] for f in answer["batchItemFailures"]}
    assert failed == {poison["Records"][0]["messageId"], foreign["Records"][0]["messageId"]}
    assert len(Bank(dynamo_client).api("listBalances", "alice").body) == 1


def test_a_batch_that_fully_succeeds_reports_nothing(dynamo_client: Any) -> None:
    body = account_created(dynamo_client)
    answer = consumers.query(
        batch(sqs_event("query-events", body), sqs_event("query-events", body)), context()
    )
    assert answer == {"batchItemFailures": []}


@pytest.mark.parametrize(
    ("receive_count", "parked"), [(1, False), (QUERY_LIMIT - 1, False), (QUERY_LIMIT, True)]
)
def test_a_failure_on_the_last_receive_is_counted_as_a_dlq_send(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], receive_count: int, parked: bool
) -> None:
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "false")
    answer = consumers.query(sqs_event("query-events", "not json", receive_count), context())
    assert len(answer["batchItemFailures"]) == 1
    names = emitted(capsys.readouterr().out)
    assert "MessagesFailed" in names
    assert ("DlqSends" in names) is parked


def test_each_consumer_is_its_own_services(dynamo_client: Any) -> None:
    body = account_created(dynamo_client)
    assert consumers.accounts(sqs_event("accounts-events", body), context())["batchItemFailures"]
    assert consumers.ledger(sqs_event("ledger-commands", body), context()) == {"batchItemFailures": []}
