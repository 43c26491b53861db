"""Checks of the message paths: filtered subscriptions SNS may deliver through, and the pipes."""

from __future__ import annotations

import json

from infra import resources as definitions
from tests.aws.template_checks import Template, by_name, of_type, target

STREAM_RETENTION = 86400  # seconds a DynamoDB stream keeps a record


def subscription_problems(template: Template, prefix: str) -> list[str]:
    """Raw delivery, body-scoped filter policy of the definition, a DLQ, and a queue policy for SNS."""
    topics, queues = (
        by_name(template, "AWS::SNS::Topic", "TopicName"),
        by_name(template, "AWS::SQS::Queue", "QueueName"),
    )
    found = {
        (target(p["TopicArn"]), target(p["Endpoint"])): p
        for p in of_type(template, "AWS::SNS::Subscription").values()
    }
    wrong = (
        [] if len(found) == len(definitions.subscriptions()) else ["subscriptions differ from the definition"]
    )
    for sub in definitions.subscriptions():
        topic, queue = topics.get(prefix + sub.topic), queues.get(prefix + sub.queue)
        props = found.get((topic, queue), {})
        expected = {
            "RawMessageDelivery": True,
            "FilterPolicyScope": "MessageBody",
            "FilterPolicy": sub.filter_policy(),
        }
        if any(props.get(k) != v for k, v in expected.items()) or "RedrivePolicy" not in props:
            wrong.append(f"{sub.topic} -> {sub.queue}: {props}")
        if not sns_may_send(template, topic, queue):
            wrong.append(f"SNS may not send from {sub.topic} to {sub.queue}")
    return wrong


def sns_may_send(template: Template, topic: str | None, queue: str | None) -> bool:
    """Whether a queue policy lets SNS send from that topic to that queue."""
    for policy in of_type(template, "AWS::SQS::QueuePolicy").values():
        for s in policy["PolicyDocument"]["Statement"]:
            sources = s.get("Condition", {}).get("ArnEquals", {}).get("aws:SourceArn", [])
            if (
                queue in [target(q) for q in policy["Queues"]]
                and s.get("Principal") == {"Service": "sns.amazonaws.com"}
                and s.get("Action") in ("sqs:SendMessage", ["sqs:SendMessage"])
                and topic in [target(t) for t in sources]
            ):
                return True
    return False


def pipe_problems(template: Template, prefix: str) -> list[str]:
    """Every pipe of the definition: its filter and template, at most 10 retries, a DLQ, a record
    age that parks a failed batch while the stream still holds its records; a pipe to a FIFO queue
    sets the message group (the outbox item's `group`) and deduplication id (the record's id)."""
    pipes = {p["Name"]: p for p in of_type(template, "AWS::Pipes::Pipe").values()}
    tables = by_name(template, "AWS::DynamoDB::Table", "TableName")
    wrong = [] if len(pipes) == len(definitions.pipes()) else ["pipes differ from the definition"]
    for pipe in definitions.pipes():
        props = pipes.get(prefix + pipe.name, {})
        source = props.get("SourceParameters", {})
        stream = source.get("DynamoDBStreamParameters", {})
        patterns = [json.loads(f["Pattern"]) for f in source.get("FilterCriteria", {}).get("Filters", [])]
        if patterns != [pipe.filter_pattern()]:
            wrong.append(f"{pipe.name}: filter {patterns}")
        if not 0 < stream.get("MaximumRetryAttempts", -1) <= 10 or "DeadLetterConfig" not in stream:
            wrong.append(f"{pipe.name}: retries {stream.get('MaximumRetryAttempts')}, no DLQ or unbounded")
        age = stream.get("MaximumRecordAgeInSeconds", -1)
        if not 0 < age < STREAM_RETENTION:
            wrong.append(f"{pipe.name}: record age {age}, unbounded or past the stream's")
        parameters = props.get("TargetParameters", {})
        if parameters.get("InputTemplate") != pipe.input_template:
            wrong.append(f"{pipe.name}: input template")
        fifo = {
            "MessageGroupId": "$.dynamodb.NewImage.group.S",
            "MessageDeduplicationId": "$.eventID",
        }
        if parameters.get("SqsQueueParameters") != (fifo if pipe.fifo else None):
            wrong.append(f"{pipe.name}: SQS parameters {parameters.get('SqsQueueParameters')}")
        if target(props.get("Source")) != tables.get(prefix + pipe.source_table):
            wrong.append(f"{pipe.name}: does not read the stream of {pipe.source_table}")
    return wrong
