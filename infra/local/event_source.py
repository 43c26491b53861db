"""A local stand-in for Lambda's SQS event source mapping: poll a queue, invoke the consumer
function with a real SQS event, delete what it handled, leave its failures to SQS."""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from infra.resources import Queue

log = logging.getLogger(__name__)
Function = Callable[[dict[str, Any], Any], dict[str, Any]]


@dataclass
class LambdaContext:
    """The parts of Lambda's context object a handler may read."""

    function_name: str
    aws_request_id: str
    memory_limit_in_mb: int = 256
    invoked_function_arn: str = ""

    def get_remaining_time_in_millis(self) -> int:
        """Time left before the function would be stopped."""
        return 30_000


def sqs_record(message: dict[str, Any], queue_arn: str, region: str) -> dict[str, Any]:
    """An SQS message as Lambda hands it to a function."""
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message["Body"],
        "attributes": message.get("Attributes", {}),
        "messageAttributes": message.get("MessageAttributes", {}),
        "md5OfBody": message.get("MD5OfBody") or hashlib.md5(message["Body"].encode()).hexdigest(),  # noqa: S324
        "eventSource": "aws:sqs",
        "eventSourceARN": queue_arn,
        "awsRegion": region,
    }


class EventSourceRelay:
    """Feeds one queue to one function, batch by batch, honouring partial batch failures."""

    def __init__(self, sqs: Any, queue: Queue, url: str, arn: str, function: Function, region: str) -> None:
        self.sqs, self.queue, self.url, self.arn, self.function = sqs, queue, url, arn, function
        self.region = region

    def poll(self, wait_seconds: int = 1) -> int:
        """Receive one batch and invoke the function with it; how many messages it handled."""
        messages = self.sqs.receive_message(
            QueueUrl=self.url,
            MaxNumberOfMessages=self.queue.batch_size,
            WaitTimeSeconds=wait_seconds,
            AttributeNames=["All"],
            MessageAttributeNames=["All"],
        ).get("Messages", [])
        if not messages:
            return 0
        event = {"Records": [sqs_record(m, self.arn, self.region) for m in messages]}
        context = LambdaContext(f"{self.queue.service}-consumer", str(uuid.uuid4()))
        try:
            failed = {f["itemIdentifier"] for f in self.function(event, context).get("batchItemFailures", [])}
        except Exception:
            log.exception("%s failed on a whole batch; SQS will redeliver it", context.function_name)
            return 0
        handled = [m for m in messages if m["MessageId"] not in failed]
        self.delete(handled)
        return len(handled)

    def delete(self, messages: list[dict[str, Any]]) -> None:
        """Delete handled messages (failed ones come back after the visibility timeout)."""
        if messages:
            entries = [{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(messages)]
            self.sqs.delete_message_batch(QueueUrl=self.url, Entries=entries)
