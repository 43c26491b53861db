"""EventBridge Pipes from each outbox stream to its topic or queue, with the role each one runs as."""

from __future__ import annotations

import json
from typing import Any

from infra import resources as definitions
from infra.aws.naming import Stage, arn, logical_id, queue_id, ref, table_id, topic_id

BATCH_SIZE = 10  # the most an SNS or SQS target takes in one call
STREAM_READ = [
    "dynamodb:DescribeStream",
    "dynamodb:GetRecords",
    "dynamodb:GetShardIterator",
    "dynamodb:ListStreams",
]


def target_arn(pipe: definitions.Pipe) -> dict[str, Any]:
    """The ARN of the topic or queue a pipe delivers to."""
    return ref(topic_id(pipe.target)) if pipe.target_kind == "sns" else arn(queue_id(pipe.target))


def target_parameters(pipe: definitions.Pipe) -> dict[str, Any]:
    """The bare envelope; for a FIFO queue also its message group and deduplication id."""
    found: dict[str, Any] = {"InputTemplate": pipe.input_template}
    if pipe.fifo_parameters:
        found["SqsQueueParameters"] = pipe.fifo_parameters
    return found


def pipe_resource(pipe: definitions.Pipe, stage: Stage) -> dict[str, Any]:
    """One pipe: outbox items of its types, the bare envelope out, bounded retries and record age,
    then a pointer to the failed batch in its DLQ."""
    return {
        "Type": "AWS::Pipes::Pipe",
        "Properties": {
            "Name": stage.physical(pipe.name),
            "RoleArn": arn(logical_id(pipe.name, "PipeRole")),
            "Source": arn(table_id(pipe.source_table), "StreamArn"),
            "SourceParameters": {
                "FilterCriteria": {"Filters": [{"Pattern": json.dumps(pipe.filter_pattern())}]},
                "DynamoDBStreamParameters": {
                    "StartingPosition": "TRIM_HORIZON",  # nothing written before the pipe existed is lost
                    "BatchSize": BATCH_SIZE,
                    "MaximumRetryAttempts": pipe.max_retries,
                    "MaximumRecordAgeInSeconds": pipe.max_record_age,
                    "OnPartialBatchItemFailure": "AUTOMATIC_BISECT",
                    "DeadLetterConfig": {"Arn": arn(queue_id(pipe.dlq))},
                },
            },
            "Target": target_arn(pipe),
            "TargetParameters": target_parameters(pipe),
        },
    }


def role(pipe: definitions.Pipe) -> dict[str, Any]:
    """Read the one stream, deliver to the one target, park in the one DLQ: nothing else."""
    deliver = "sns:Publish" if pipe.target_kind == "sns" else "sqs:SendMessage"
    statements = [
        {"Effect": "Allow", "Action": STREAM_READ, "Resource": arn(table_id(pipe.source_table), "StreamArn")},
        {"Effect": "Allow", "Action": [deliver], "Resource": target_arn(pipe)},
        {"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": arn(queue_id(pipe.dlq))},
    ]
    trust = {
        "Effect": "Allow",
        "Principal": {"Service": "pipes.amazonaws.com"},
        "Action": "sts:AssumeRole",
        "Condition": {"StringEquals": {"aws:SourceAccount": ref("AWS::AccountId")}},
    }
    return {
        "Type": "AWS::IAM::Role",
        "Properties": {
            "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [trust]},
            "Policies": [
                {
                    "PolicyName": "pipe",
                    "PolicyDocument": {"Version": "2012-10-17", "Statement": statements},
                }
            ],
        },
    }


def resources(stage: Stage) -> dict[str, Any]:
    """Every pipe and its role (their DLQs are made with the other DLQs, in infra/aws/queues.py)."""
    found: dict[str, Any] = {}
    for pipe in definitions.pipes():
        found[logical_id(pipe.name, "Pipe")] = pipe_resource(pipe, stage)
        found[logical_id(pipe.name, "PipeRole")] = role(pipe)
    return found
