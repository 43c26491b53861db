"""SNS topics, their filtered subscriptions, and the queue policies that let SNS deliver."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from infra import resources as definitions
from infra.aws.naming import Stage, arn, logical_id, queue_id, ref, topic_dlq, topic_id


def topic(name: str, stage: Stage) -> dict[str, Any]:
    """A standard topic: every consumer converges by version and sequence, so order is not needed."""
    return {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": stage.physical(name)}}


def subscription(sub: definitions.Subscription) -> dict[str, Any]:
    """A queue's subscription: raw envelopes, only the types its service receives, failures to a DLQ."""
    return {
        "Type": "AWS::SNS::Subscription",
        "Properties": {
            "TopicArn": ref(topic_id(sub.topic)),
            "Protocol": "sqs",
            "Endpoint": arn(queue_id(sub.queue)),
            "RawMessageDelivery": True,
            "FilterPolicyScope": "MessageBody",
            "FilterPolicy": sub.filter_policy(),
            "RedrivePolicy": {"deadLetterTargetArn": arn(queue_id(topic_dlq(sub.topic)))},
        },
    }


def sns_may_send(queue: str, topics: list[str]) -> dict[str, Any]:
    """A queue policy: these topics, and nothing else, may send to the queue."""
    return {
        "Type": "AWS::SQS::QueuePolicy",
        "Properties": {
            "Queues": [ref(queue_id(queue))],
            "PolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"Service": "sns.amazonaws.com"},
                        "Action": "sqs:SendMessage",
                        "Resource": arn(queue_id(queue)),
                        "Condition": {"ArnEquals": {"aws:SourceArn": [ref(topic_id(t)) for t in topics]}},
                    }
                ],
            },
        },
    }


def senders() -> dict[str, list[str]]:
    """Queue -> the topics that deliver to it (subscribed queues, and each topic's DLQ)."""
    found: dict[str, list[str]] = defaultdict(list)
    for sub in definitions.subscriptions():
        if sub.topic not in found[sub.queue]:
            found[sub.queue].append(sub.topic)
    for name in definitions.topics():
        found[topic_dlq(name)].append(name)
    return dict(found)


def resources(stage: Stage) -> dict[str, Any]:
    """Every topic, subscription and SNS-facing queue policy."""
    found: dict[str, Any] = {topic_id(t): topic(t, stage) for t in definitions.topics()}
    for sub in definitions.subscriptions():
        found[logical_id(sub.topic, "To") + logical_id(sub.queue, "Subscription")] = subscription(sub)
    for queue, topics in senders().items():
        found[logical_id(queue, "Policy")] = sns_may_send(queue, topics)
    return found
