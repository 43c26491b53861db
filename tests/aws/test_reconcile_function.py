"""The hourly reconcile function on AWS's terms: it reads the stage's tables, logs each drift and
reports their number as the metric the `reconcile-drift` alarm watches."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from handlers.storage import dynamo
from infra.functions import reconcile
from infra.local.event_source import LambdaContext
from tests.integration.test_reconcile import busy
from tests.scenario.harness import Bank

pytestmark = pytest.mark.usefixtures("fresh_runtime")


def metric(out: str, name: str) -> list[float]:
    """The values of one metric in the embedded-metric-format lines of the output (each a list)."""
    blobs = [json.loads(line) for line in out.splitlines() if '"_aws"' in line]
    return [b[name] for b in blobs if name in b]


def test_a_drift_is_logged_and_counted_in_the_metric_the_alarm_watches(
    dynamo_client: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "false")
    alice = busy(Bank(dynamo_client))["alice"]
    clean = reconcile.handler({}, LambdaContext("reconcile", "run-1"))
    assert clean["drifts"] == [] and clean["accounts"] == 4
    assert metric(capsys.readouterr().out, "ReconcileDrifts") == [[0]]
    dynamo_client.update_item(
        TableName=dynamo.table_name("query"),
        Key=dynamo.to_item(dynamo.account_key("alice", alice)),
        UpdateExpression="SET balance = :b",
        ExpressionAttributeValues=dynamo.values(b=Decimal("1")),
    )
    drifted = reconcile.handler({}, LambdaContext("reconcile", "run-2"))
    assert [(d["subject"], d["kind"]) for d in drifted["drifts"]] == [(alice, "query_balance")]
    out = capsys.readouterr().out
    assert metric(out, "ReconcileDrifts") == [[1]]
    logged = [r for r in caplog.records if r.getMessage() == "drift"]
    assert [(r.subject, r.kind, r.seen) for r in logged] == [(alice, "query_balance", "1.00")]  # type: ignore[attr-defined]
