"""Make moto's SQS FIFO queues keep a message group's order after a failed receive, as SQS does.

SQS delivers no message of a group while another of that group is in flight, and a message whose
visibility timeout ran out comes back before the later messages of its group. moto releases such
messages one at a time while it walks the queue: when two messages of a group came back together,
the first is skipped (the second still looks in flight) and the second is delivered before it.
Releasing every message whose visibility ran out before the walk, and counting only the messages
still hidden as in flight, keeps the order.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from moto.sqs.models import Queue, SQSBackend


def _in_flight_groups(queue: Queue) -> set[str]:
    """The groups that have a message received and still hidden."""
    return {m.group_id for m in queue._pending_messages if m.group_id is not None and not m.visible}


def _releasing(receive: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(receive)
    def receive_message(self: SQSBackend, queue_name: str, *args: Any, **kwargs: Any) -> Any:
        queue = self.get_queue(queue_name)
        if queue.fifo_queue:
            queue._pending_messages -= {m for m in queue._pending_messages if m.visible}
        return receive(self, queue_name, *args, **kwargs)

    receive_message.releasing = True  # type: ignore[attr-defined]
    return receive_message


def install() -> None:
    """Patch moto's SQS; idempotent."""
    if not getattr(SQSBackend.receive_message, "releasing", False):
        SQSBackend.receive_message = _releasing(SQSBackend.receive_message)  # type: ignore[method-assign]
    Queue.pending_message_groups = property(_in_flight_groups)  # type: ignore[assignment,method-assign]
