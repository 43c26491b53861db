"""Topics, queues, subscriptions, pipes and consumers, derived from the message catalog.

This, with infra/tables.py, is the one definition of the platform's resources: the AWS template
and the local engine are both built from it, so they cannot disagree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from generated.messages import CATALOG, FIFO_QUEUES, QUEUES

LAMBDA_TIMEOUT = 30  # seconds a consumer may take on one batch
MAX_RECEIVE_COUNT = 5  # deliveries before a message is parked in its queue's DLQ
# Every queue keeps a message 14 days, the most SQS allows: a consumer stopped for days loses nothing.
# A standard DLQ keeps a message's first enqueue time, so its retention should exceed its source's;
# at the maximum it can only equal it, and a message parked after d days in its queue has 14 - d
# days left there (d is minutes while consumers run: five receives, 180 s apart). A FIFO DLQ
# restarts the clock when a message moves in, so a parked command gets the full 14 days.
RETENTION_SECONDS = 14 * 86400
FIFO_BATCH_SIZE = 10  # the most Lambda hands over at once from a FIFO queue
PIPE_MAX_RETRIES = 10
# A pipe parks a batch it could not deliver (a pointer to it, not its records) after this long, well
# within the 24 h a stream keeps a record; the redrive re-publishes it from the outbox.
PIPE_MAX_RECORD_AGE_SECONDS = 3600


@dataclass(frozen=True)
class Queue:
    """An SQS queue read by one service's consumer function, with its dead-letter queue."""

    name: str
    service: str
    fifo: bool = False  # grouped by account, in order within a group; its DLQ is FIFO too, as AWS requires
    batch_size: int = 10
    visibility_timeout: int = 6 * LAMBDA_TIMEOUT  # AWS's advice for Lambda event sources
    max_receive_count: int = MAX_RECEIVE_COUNT

    def __post_init__(self) -> None:
        if self.fifo and self.batch_size > FIFO_BATCH_SIZE:
            raise ValueError(f"{self.name}: a FIFO queue's batches hold at most {FIFO_BATCH_SIZE} messages")

    @property
    def dlq(self) -> str:
        """The dead-letter queue's name."""
        return f"{self.name}-dlq"


def queue_name(name: str, fifo: bool) -> str:
    """A queue's name on SQS, where a FIFO queue's name must end in `.fifo`."""
    return f"{name}.fifo" if fifo else name


@dataclass(frozen=True)
class Subscription:
    """An SNS topic delivering to a queue only the message types its service receives."""

    topic: str
    queue: str
    types: tuple[str, ...]

    def filter_policy(self) -> dict[str, Any]:
        """The SNS filter policy, on the envelope's `type` (scope MessageBody)."""
        return {"type": list(self.types)}


@dataclass(frozen=True)
class Pipe:
    """An EventBridge pipe from a service's outbox stream to a topic or queue."""

    name: str
    service: str
    source_table: str
    target: str
    target_kind: str  # "sns" or "sqs"
    types: tuple[str, ...]
    fifo: bool = False  # its target is a FIFO queue
    max_retries: int = PIPE_MAX_RETRIES
    max_record_age: int = PIPE_MAX_RECORD_AGE_SECONDS

    def filter_pattern(self) -> dict[str, Any]:
        """Outbox items of the types this pipe carries, when written and when rewritten to be
        re-published (a redrive, the pending-operation watchdog); never their expiry."""
        types = list(self.types)
        return {"eventName": ["INSERT", "MODIFY"], "dynamodb": {"NewImage": {"type": {"S": types}}}}

    @property
    def input_template(self) -> str:
        """The target receives the outbox item's `message` attribute: the plain JSON envelope."""
        return "<$.dynamodb.NewImage.message.S>"

    @property
    def fifo_parameters(self) -> dict[str, str]:
        """What a pipe to a FIFO queue sets from the stream record: the message group (the outbox
        item's `group`, the account) and the deduplication id (the stream record's id, so the pipe's
        own repeated send of one record within SQS's 5 minutes is dropped, while a message
        re-published from the outbox, a new record, is delivered; consumers drop a second copy of a
        message by its id in their inbox). Empty for other targets."""
        if not self.fifo:
            return {}
        return {
            "MessageGroupId": "$.dynamodb.NewImage.group.S",
            "MessageDeduplicationId": "$.eventID",
        }

    @property
    def dlq(self) -> str:
        """Where the pipe parks a pointer to a batch it could not deliver."""
        return f"{self.name}-dlq"


def topics() -> tuple[str, ...]:
    """Every SNS topic of the catalog."""
    return tuple(sorted({m.channel for m in CATALOG.values() if m.transport == "sns"}))


def queues() -> tuple[Queue, ...]:
    """Every consumer queue."""
    return tuple(
        Queue(name, service, fifo=name in FIFO_QUEUES)
        for service, names in sorted(QUEUES.items())
        for name in names
    )


def subscriptions() -> tuple[Subscription, ...]:
    """Topic-to-queue subscriptions, filtered to the types each queue's service receives."""
    wanted: dict[tuple[str, str], list[str]] = defaultdict(list)
    for message in CATALOG.values():
        if message.transport == "sns":
            for _, queue in message.consumers:
                wanted[(message.channel, queue)].append(message.name)
    return tuple(Subscription(t, q, tuple(sorted(types))) for (t, q), types in sorted(wanted.items()))


def pipes() -> tuple[Pipe, ...]:
    """One pipe per producing service and target channel."""
    carried: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for message in CATALOG.values():
        carried[(message.producer, message.channel, message.transport)].append(message.name)
    return tuple(
        Pipe(
            f"{service}-outbox-to-{channel}",
            service,
            f"{service}-outbox",
            channel,
            kind,
            tuple(sorted(types)),
            fifo=channel in FIFO_QUEUES,
        )
        for (service, channel, kind), types in sorted(carried.items())
    )


def destinations(pipe: Pipe, message_type: str) -> tuple[str, ...]:
    """The queues a message a pipe carries ends up in: its target queue, or the topic's subscribers."""
    if pipe.target_kind == "sqs":
        return (pipe.target,)
    return tuple(s.queue for s in subscriptions() if s.topic == pipe.target and message_type in s.types)


def queue_service(queue: str) -> str:
    """The service whose consumer reads a queue."""
    (service,) = [q.service for q in queues() if q.name == queue]
    return service


@dataclass(frozen=True)
class UserPool:
    """The Cognito user pool the API trusts, and the app client tokens are issued to."""

    name: str = "bank-users"
    client_name: str = "bank-api"
    auth_flows: tuple[str, ...] = (
        "ALLOW_USER_PASSWORD_AUTH",
        "ALLOW_ADMIN_USER_PASSWORD_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH",
    )
    id_token_minutes: int = 60


USER_POOL = UserPool()
