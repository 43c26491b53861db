"""Create every table, topic, queue, subscription and the user pool on an AWS endpoint (the local
engine), from the same definitions the AWS template is built from."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from infra import resources
from infra.tables import create_tables

RETENTION = {"MessageRetentionPeriod": str(resources.RETENTION_SECONDS)}
FIFO = {"FifoQueue": "true", "DeduplicationScope": "messageGroup", "FifoThroughputLimit": "perMessageGroupId"}


@dataclass
class Provisioned:
    """What the relays and the API need to find the resources."""

    topic_arns: dict[str, str] = field(default_factory=dict)
    queue_urls: dict[str, str] = field(default_factory=dict)
    queue_arns: dict[str, str] = field(default_factory=dict)
    user_pool_id: str = ""
    client_id: str = ""


def create_queue(
    sqs: Any, name: str, attributes: dict[str, str], done: Provisioned, fifo: bool = False
) -> None:
    """One queue that keeps messages 14 days (a FIFO one named `.fifo`), remembered by its plain name."""
    attributes = RETENTION | (FIFO if fifo else {}) | attributes
    url = sqs.create_queue(QueueName=resources.queue_name(name, fifo), Attributes=attributes)["QueueUrl"]
    done.queue_urls[name] = url
    done.queue_arns[name] = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]


def create_queues(sqs: Any, done: Provisioned, visibility_timeout: int | None) -> None:
    """Every consumer queue with its DLQ and redrive policy, and every pipe's DLQ."""
    for queue in resources.queues():
        create_queue(sqs, queue.dlq, {}, done, queue.fifo)
        redrive = {
            "deadLetterTargetArn": done.queue_arns[queue.dlq],
            "maxReceiveCount": queue.max_receive_count,
        }
        timeout = visibility_timeout or queue.visibility_timeout
        attributes = {"VisibilityTimeout": str(timeout), "RedrivePolicy": json.dumps(redrive)}
        create_queue(sqs, queue.name, attributes, done, queue.fifo)
    for pipe in resources.pipes():
        create_queue(sqs, pipe.dlq, {}, done)


def create_topics(sns: Any, done: Provisioned) -> None:
    """Every topic and its filtered, raw-delivery subscriptions."""
    for topic in resources.topics():
        done.topic_arns[topic] = sns.create_topic(Name=topic)["TopicArn"]
    for sub in resources.subscriptions():
        sns.subscribe(
            TopicArn=done.topic_arns[sub.topic],
            Protocol="sqs",
            Endpoint=done.queue_arns[sub.queue],
            Attributes={
                "RawMessageDelivery": "true",
                "FilterPolicyScope": "MessageBody",
                "FilterPolicy": json.dumps(sub.filter_policy()),
            },
        )


def create_user_pool(cognito: Any, done: Provisioned) -> None:
    """The user pool and its app client (no secret: the API takes tokens, not passwords)."""
    pool = resources.USER_POOL
    done.user_pool_id = cognito.create_user_pool(PoolName=pool.name)["UserPool"]["Id"]
    done.client_id = cognito.create_user_pool_client(
        UserPoolId=done.user_pool_id,
        ClientName=pool.client_name,
        ExplicitAuthFlows=list(pool.auth_flows),
        GenerateSecret=False,
    )["UserPoolClient"]["ClientId"]


def provision(
    clients: dict[str, Any], table_prefix: str, visibility_timeout: int | None = None
) -> Provisioned:
    """Everything, in dependency order."""
    done = Provisioned()
    create_tables(clients["dynamodb"], prefix=table_prefix)
    create_queues(clients["sqs"], done, visibility_timeout)
    create_topics(clients["sns"], done)
    create_user_pool(clients["cognito-idp"], done)
    return done
