"""One consumer function per queue: an SQS batch in, a partial batch response out.

A message that breaks the contract or whose handler fails is reported in `batchItemFailures`; the
others of its batch are kept, and SQS redelivers only the failed ones (then parks them in the DLQ).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from generated.messages import QUEUES
from handlers import consumer
from infra.functions import runtime

log = logging.getLogger(__name__)
LambdaHandler = Callable[[dict[str, Any], Any], dict[str, Any]]


def consumer_for(service: str) -> LambdaHandler:
    """The Lambda handler of the queue a service reads."""
    processor = BatchProcessor(event_type=EventType.SQS)

    def record_handler(record: SQSRecord) -> None:
        try:
            consumer.handle(service, record.body, runtime.MESSAGE_HANDLERS, runtime.stores())
        except Exception as error:
            log.warning("%s could not handle message %s: %s", service, record.message_id, error)
            raise

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        response = process_partial_response(
            event=event, record_handler=record_handler, processor=processor, context=context
        )
        return dict(response)

    handler.__name__ = f"{service}_consumer"
    return handler


# service -> handler; the infrastructure names each as infra.functions.consumers.<service>
BY_SERVICE: dict[str, LambdaHandler] = {service: consumer_for(service) for service in QUEUES}
accounts, banking, ledger, query = (BY_SERVICE[s] for s in ("accounts", "banking", "ledger", "query"))
