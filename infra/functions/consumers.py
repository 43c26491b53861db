"""One consumer function per service, fed by each queue it reads: an SQS batch in, a partial batch
response out.

A message that breaks the contract or whose handler fails is reported in `batchItemFailures`; the
others of its batch are kept, and SQS redelivers only the failed ones (then parks them in the DLQ).
From a FIFO queue, a batch is taken message group by message group, in order: several messages of
a group are first offered to the service at once (the ledger posts them in one transaction), else
applied one by one; the first that fails is reported with every later one of its group (they must
wait for it), and the other groups go on.
"""

from __future__ import annotations

from infra.functions import init_phase  # first: no garbage collection while the rest loads

# isort: split

from collections import defaultdict
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
    invocation,
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


def applied_together(service: str, group: list[SQSRecord]) -> bool:
    """Whether the service applied a FIFO group's messages at once (False: take them one by one)."""
    if len(group) < 2:
        return False
    try:
        parsed = [messages.parse(r.body) for r in group]
        together = runtime.consumer(service).together(parsed)
    except Exception:  # a message that breaks the contract, or a store error: one by one finds out
        logger.warning("messages not applied together", exc_info=True)
        return False
    if together:
        logger.info("handled together", extra={"message_ids": [r.message_id for r in group]})
        for message in parsed:  # each under its own correlation id, as one by one would be
            keys = {
                "correlation_id": message.correlation_id,
                "message_id": message.id,
                "message_type": message.type,
            }
            logger.info("handled", extra={"consumer": service, "together": len(group)} | keys)
        count(HANDLED, len(group))
    return together


def unhandled(service: str, group: list[SQSRecord], max_receive_count: int) -> list[SQSRecord]:
    """Apply a FIFO group's messages in order; the first that fails and every one after it."""
    if applied_together(service, group):
        return []
    for i, record in enumerate(group):
        try:
            handle_record(service, record, max_receive_count)
        except Exception:
            return group[i:]
    return []


def fifo_response(service: str, event: dict[str, Any], max_receive_count: int) -> dict[str, Any]:
    """A FIFO batch, message group by message group: the failed and unprocessed messages."""
    groups: defaultdict[str | None, list[SQSRecord]] = defaultdict(list)  # a batch may interleave groups
    for record in (SQSRecord(r) for r in event["Records"]):
        groups[record.attributes.message_group_id].append(record)
    failed = [r for group in groups.values() for r in unhandled(service, group, max_receive_count)]
    return {"batchItemFailures": [{"itemIdentifier": r.message_id} for r in failed]}


def from_fifo(event: dict[str, Any]) -> bool:
    """Whether a batch comes from a FIFO queue (its records carry their message group)."""
    return any("MessageGroupId" in r.get("attributes", {}) for r in event.get("Records", []))


def consumer_for(service: str) -> LambdaHandler:
    """The Lambda handler of the queues a service reads."""
    # a batch whose every message failed is reported like any other, not raised as a function error
    processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
    (max_receive_count,) = {q.max_receive_count for q in queues() if q.service == service}

    @tracer.capture_method(capture_response=False)
    def record_handler(record: SQSRecord) -> None:
        handle_record(service, record, max_receive_count)

    @invocation()
    @tracer.capture_lambda_handler(capture_response=False)
    @metrics.log_metrics
    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        if from_fifo(event):
            return fifo_response(service, event, max_receive_count)
        return dict(process_partial_response(event, record_handler, processor, context))

    # Lambda finds it as infra.functions.consumers.<service> (see infra/chalice/app.py)
    handler.__name__ = handler.__qualname__ = service
    return cast(LambdaHandler, handler)


if init_phase.ON_LAMBDA:
    runtime.client()  # in Lambda, build the client during init, not on the first message

# service -> handler; the infrastructure names each as infra.functions.consumers.<service>
BY_SERVICE: dict[str, LambdaHandler] = {service: consumer_for(service) for service in QUEUES}
accounts, banking, ledger, query = (BY_SERVICE[s] for s in ("accounts", "banking", "ledger", "query"))
notifications = BY_SERVICE["notifications"]

init_phase.finished()
