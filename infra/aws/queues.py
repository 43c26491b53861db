"""SQS queues, their dead-letter queues, and the alarm that says a DLQ is not empty."""

from __future__ import annotations

from typing import Any

from infra import resources as definitions
from infra.aws.naming import Stage, arn, logical_id, queue_id, ref, topic_dlq

ALARM_TOPIC = "AlarmTopic"


# A FIFO queue in high-throughput mode: deduplication and throughput quotas per message group
FIFO = {"FifoQueue": True, "DeduplicationScope": "messageGroup", "FifoThroughputLimit": "perMessageGroupId"}


def queue(name: str, stage: Stage, fifo: bool = False, **properties: Any) -> dict[str, Any]:
    """A queue that keeps messages 14 days, encrypted with SQS-managed keys (no KMS charges)."""
    props = {
        "QueueName": definitions.queue_name(stage.physical(name), fifo),
        "MessageRetentionPeriod": definitions.RETENTION_SECONDS,
        "SqsManagedSseEnabled": True,
    }
    return {"Type": "AWS::SQS::Queue", "Properties": props | (FIFO if fifo else {}) | properties}


def alarm(dlq: str, stage: Stage) -> dict[str, Any]:
    """Alarm as soon as one message sits in the DLQ: each is a message the platform gave up on."""
    return {
        "Type": "AWS::CloudWatch::Alarm",
        "Properties": {
            "AlarmName": stage.physical(f"{dlq}-not-empty"),
            "AlarmDescription": f"{dlq} holds messages that could not be delivered or handled",
            "Namespace": "AWS/SQS",
            "MetricName": "ApproximateNumberOfMessagesVisible",
            "Dimensions": [{"Name": "QueueName", "Value": arn(queue_id(dlq), "QueueName")}],
            "Statistic": "Maximum",
            "Period": 60,
            "EvaluationPeriods": 1,
            "Threshold": 0,
            "ComparisonOperator": "GreaterThanThreshold",
            "TreatMissingData": "notBreaching",
            "AlarmActions": [ref(ALARM_TOPIC)],
            "OKActions": [ref(ALARM_TOPIC)],
        },
    }


def dead_letter(dlq: str, stage: Stage, fifo: bool = False) -> dict[str, Any]:
    """A DLQ (FIFO for a FIFO queue: SQS refuses any other) and its alarm."""
    return {queue_id(dlq): queue(dlq, stage, fifo), logical_id(dlq, "Alarm"): alarm(dlq, stage)}


def consumer_queue(q: definitions.Queue, stage: Stage) -> dict[str, Any]:
    """A consumer's queue, redriven to its DLQ after the definition's number of receives."""
    redrive = {"deadLetterTargetArn": arn(queue_id(q.dlq)), "maxReceiveCount": q.max_receive_count}
    main = queue(q.name, stage, q.fifo, VisibilityTimeout=q.visibility_timeout, RedrivePolicy=redrive)
    return {queue_id(q.name): main, **dead_letter(q.dlq, stage, q.fifo)}


def resources(stage: Stage) -> dict[str, Any]:
    """Every consumer queue, every DLQ (consumers', topics', pipes') with its alarm, and the alarm topic."""
    found: dict[str, Any] = {
        ALARM_TOPIC: {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": stage.physical("alarms")}}
    }
    for q in definitions.queues():
        found |= consumer_queue(q, stage)
    for dlq in [topic_dlq(t) for t in definitions.topics()] + [p.dlq for p in definitions.pipes()]:
        found |= dead_letter(dlq, stage)
    return found
