"""One consumer function per queue: an SQS batch in, a partial batch response out.

A message that breaks the contract or whose handler fails is reported in `batchItemFailures`; the
others of its batch are kept, and SQS redelivers only the failed ones (then parks them in the DLQ).
"""

from __future__ import annotations

from infra.functions import init_phase  # first: no garbage collection while the rest loads

# isort: split

from collections.abc import Callable
from typing import Any, cast

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from generated.messages import QUEUES
from handlers.core.errors import InvalidMessageError
from handlers.messaging import messages
from infra.bootstrap import consumers as _wiring  # noqa: F401  refuses to start if a message has no handler
from infra.functions import runtime
from infra.functions.telemetry import (
    COMPLETED,
    DLQ_SENDS,
    FAILED,
    HANDLED,
    UNHANDLED,
    count,
    logger,
    metrics,
    tracer,
)
from infra.resources import queues

LambdaHandler = Callable[[dict[str, Any], Any], dict[str, Any]]
# banking owns operations: these messages end one, so its consumer counts the outcome
OUTCOMES = {
    "Deposited": COMPLETED,
    "Withdrawn": COMPLETED,
    "DepositRejected": FAILED,
    "WithdrawalRejected": FAILED,
}
LOG_KEYS = ("correlation_id", "message_id", "message_type")


def envelope_keys(envelope: Any) -> dict[str, str]:
    """What the logs carry of a decoded message, read leniently: a broken message must still be logged."""
    if not isinstance(envelope, dict):
        return {}
    found = {"correlation_id": envelope.get("correlationid"), "message_id": envelope.get("id")}
    found["message_type"] = envelope.get("type")
    return {k: v for k, v in found.items() if isinstance(v, str)}


def handle_record(service: str, record: SQSRecord, max_receive_count: int) -> None:
    """Apply one message, logged under its correlation id; a failure is counted, logged and re-raised."""
    try:
        envelope, error = messages.decode(record.body), None
    except InvalidMessageError as exc:
        envelope, error = None, exc
    keys = envelope_keys(envelope)
    logger.thread_safe_append_keys(consumer=service, **keys)
    tracer.put_annotation("correlation_id", keys.get("correlation_id", "none"))
    try:
        if error is not None:
            raise error
        message = runtime.consumer(service)(messages.read(envelope, record.body))
    except Exception:
        count(UNHANDLED)
        final = int(record.attributes.approximate_receive_count) >= max_receive_count
        if final:  # SQS moves it to the DLQ instead of delivering it again
            count(DLQ_SENDS)
        logger.exception("message not handled", extra={"sqs_message_id": record.message_id, "to_dlq": final})
        raise
    else:
        logger.info("handled")
    finally:
        logger.thread_safe_remove_keys(["consumer", *LOG_KEYS])
    count(HANDLED)
    if service == "banking" and message.type in OUTCOMES:
        count(OUTCOMES[message.type])


def consumer_for(service: str) -> LambdaHandler:
    """The Lambda handler of the queue a service reads."""
    # a batch whose every message failed is reported like any other, not raised as a function error
    processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
    (max_receive_count,) = [q.max_receive_count for q in queues() if q.service == service]

    @tracer.capture_method(capture_response=False)
    def record_handler(record: SQSRecord) -> None:
        handle_record(service, record, max_receive_count)

    @logger.inject_lambda_context(clear_state=True)
    @tracer.capture_lambda_handler(capture_response=False)
    @metrics.log_metrics
    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        return dict(process_partial_response(event, record_handler, processor, context))

    # Lambda finds it as infra.functions.consumers.<service> (see infra/chalice/app.py)
    handler.__name__ = handler.__qualname__ = service
    return cast(LambdaHandler, handler)


if init_phase.ON_LAMBDA:
    runtime.client()  # in Lambda, build the client during init, not on the first message

# service -> handler; the infrastructure names each as infra.functions.consumers.<service>
BY_SERVICE: dict[str, LambdaHandler] = {service: consumer_for(service) for service in QUEUES}
accounts, banking, ledger, query = (BY_SERVICE[s] for s in ("accounts", "banking", "ledger", "query"))

init_phase.finished()
