"""The alarms that say a message or an operation is stuck (each DLQ's own alarm is in queues.py).

- the oldest pending operation is older than the watchdog lets one be (or the watchdog stopped);
- the hourly reconcile found a drift (or stopped reporting);
- a pipe failed to deliver (it retries, then parks a pointer in its DLQ: the DLQ alarm follows);
- a consumer queue holds a message older than its retries take (its consumer is stuck or failing).
Every alarm notifies the alarm topic, and again when it clears. docs/deployment.md is the runbook.
"""

from __future__ import annotations

from typing import Any

from infra import resources as definitions
from infra.aws.functions import PENDING_TIMEOUT_SECONDS, RECONCILE, WATCHDOG_ALARM_SLACK
from infra.aws.naming import Stage, arn, logical_id, queue_id, ref
from infra.aws.queues import ALARM_TOPIC
from infra.functions.telemetry import NAMESPACE, OLDEST_PENDING, RECONCILE_DRIFTS

MINUTE, HOUR = 60, 3600


def alarm(stage: Stage, name: str, description: str, metric: dict[str, Any], **rule: Any) -> dict[str, Any]:
    """An alarm on one metric (namespace, name, dimensions, statistic) above a threshold."""
    return {
        "Type": "AWS::CloudWatch::Alarm",
        "Properties": {
            "AlarmName": stage.physical(name),
            "AlarmDescription": description,
            **metric,
            "Period": MINUTE,
            "ComparisonOperator": "GreaterThanThreshold",
            "TreatMissingData": "notBreaching",
            "AlarmActions": [ref(ALARM_TOPIC)],
            "OKActions": [ref(ALARM_TOPIC)],
            **rule,
        },
    }


def oldest_pending(stage: Stage) -> dict[str, Any]:
    """No operation pending past two timeouts and a round; no data for 5 minutes: the watchdog is down."""
    metric = {
        "Namespace": NAMESPACE,
        "MetricName": OLDEST_PENDING,
        "Dimensions": [{"Name": "service", "Value": "banking"}],
        "Statistic": "Maximum",
    }
    return alarm(
        stage,
        "oldest-pending-operation",
        "An operation is still pending after the watchdog should have ended it, or the watchdog stopped",
        metric,
        Threshold=2 * PENDING_TIMEOUT_SECONDS + WATCHDOG_ALARM_SLACK,
        EvaluationPeriods=5,
        DatapointsToAlarm=1,
        TreatMissingData="breaching",
    )


def reconcile_drift(stage: Stage) -> dict[str, Any]:
    """A reconcile found a projection disagreeing with the ledger; or no reconcile reported for two
    hours (it runs hourly): either way someone should look (docs/operations.md)."""
    metric = {
        "Namespace": NAMESPACE,
        "MetricName": RECONCILE_DRIFTS,
        "Dimensions": [{"Name": "service", "Value": RECONCILE}],
        "Statistic": "Maximum",
    }
    return alarm(
        stage,
        "reconcile-drift",
        "A projection disagrees with the ledger (make reconcile; make rebuild), or reconcile stopped",
        metric,
        Threshold=0,
        Period=HOUR,
        EvaluationPeriods=2,
        DatapointsToAlarm=1,
        TreatMissingData="breaching",
    )


def pipe_failures(pipe: definitions.Pipe, stage: Stage) -> dict[str, Any]:
    """A pipe's failed executions: it cannot reach its target."""
    metric = {
        "Namespace": "AWS/EventBridge/Pipes",
        "MetricName": "ExecutionFailed",
        "Dimensions": [{"Name": "PipeName", "Value": stage.physical(pipe.name)}],
        "Statistic": "Sum",
    }
    description = f"{pipe.name} failed to deliver; after its retries it parks pointers in {pipe.dlq}"
    return alarm(stage, f"{pipe.name}-failing", description, metric, Threshold=0, EvaluationPeriods=1)


def oldest_message(queue: definitions.Queue, stage: Stage) -> dict[str, Any]:
    """A message older than all its deliveries take: its consumer is stuck."""
    metric = {
        "Namespace": "AWS/SQS",
        "MetricName": "ApproximateAgeOfOldestMessage",
        "Dimensions": [{"Name": "QueueName", "Value": arn(queue_id(queue.name), "QueueName")}],
        "Statistic": "Maximum",
    }
    description = f"{queue.name} holds a message older than its {queue.max_receive_count} deliveries take"
    threshold = queue.visibility_timeout * queue.max_receive_count
    return alarm(stage, f"{queue.name}-stuck", description, metric, Threshold=threshold, EvaluationPeriods=1)


def resources(stage: Stage) -> dict[str, Any]:
    """The watchdog's and the reconcile's alarms, one per pipe and one per consumer queue."""
    found = {
        "OldestPendingOperationAlarm": oldest_pending(stage),
        "ReconcileDriftAlarm": reconcile_drift(stage),
    }
    for pipe in definitions.pipes():
        found[logical_id(pipe.name, "FailingAlarm")] = pipe_failures(pipe, stage)
    for queue in definitions.queues():
        found[logical_id(queue.name, "StuckAlarm")] = oldest_message(queue, stage)
    return found
