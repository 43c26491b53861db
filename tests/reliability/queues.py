"""SQS queues as the simulation needs them: at-least-once, on a clock it controls.

A received message is hidden for the visibility timeout and comes back unless deleted with its
latest receipt handle; once received `max_receive_count` times it moves to the dead-letter queue
on its next receive, as a redrive policy does. A standard queue delivers in any order; a FIFO
queue delivers each message group in order and none of a group while one of it is in flight.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from infra.resources import Queue

Clock = Callable[[], float]
REACH = 0.3  # the chance that a receive reaches the server holding a given message


@dataclass
class SqsMessage:
    """One message in a queue: its body, how often it was received, when it is visible again."""

    message_id: str
    body: str
    receive_count: int = 0
    visible_at: float = 0.0
    receipt: str = ""
    group: str | None = None  # its message group, on a FIFO queue


class SimQueue:
    """One consumer queue and its DLQ; safe to share between threads."""

    def __init__(self, queue: Queue, clock: Clock, visibility: float) -> None:
        self.queue, self.clock, self.visibility = queue, clock, visibility
        self.messages: list[SqsMessage] = []
        self.dlq: list[SqsMessage] = []
        self.lock = threading.RLock()
        self.serial = 0

    def _next(self, prefix: str) -> str:
        self.serial += 1
        return f"{prefix}-{self.queue.name}-{self.serial}"

    def send(self, body: str, group: str | None = None) -> None:
        """Add a message, visible at once."""
        with self.lock:
            self.messages.append(SqsMessage(self._next("m"), body, visible_at=self.clock(), group=group))

    def candidates(self, rng: random.Random, now: float) -> list[SqsMessage]:
        """The visible messages a receive may return, in the order it considers them. A standard
        queue's receive reaches only some of SQS's servers: each visible message is in reach by
        chance (one at least), so messages sent together are often handled by different consumers."""
        visible = [m for m in self.messages if m.visible_at <= now]
        if not self.queue.fifo:
            reached = [m for m in visible if rng.random() < REACH] or visible[:1]
            return rng.sample(reached, len(reached))
        in_flight = {m.group for m in self.messages if m.visible_at > now}
        return [m for m in visible if m.group not in in_flight]  # in the order they were sent

    def receive(self, rng: random.Random, limit: int) -> list[SqsMessage]:
        """Up to `limit` visible messages, hidden for the visibility timeout."""
        with self.lock:
            now = self.clock()
            batch: list[SqsMessage] = []
            for message in self.candidates(rng, now):
                if message.receive_count >= self.queue.max_receive_count:
                    self.messages.remove(message)
                    self.dlq.append(message)
                    continue
                if len(batch) < limit:
                    message.receive_count += 1
                    message.visible_at = now + self.visibility
                    message.receipt = self._next("r")
                    batch.append(SqsMessage(**vars(message)))
            return batch

    def delete(self, received: SqsMessage) -> bool:
        """Delete by receipt handle; a stale handle (received again since) deletes nothing."""
        with self.lock:
            for message in self.messages:
                if message.message_id == received.message_id and message.receipt == received.receipt:
                    self.messages.remove(message)
                    return True
            return False

    def release(self, received: SqsMessage) -> None:
        """Make a received message visible at once, as when its visibility timeout ran out early."""
        with self.lock:
            for message in self.messages:
                if message.message_id == received.message_id:
                    message.visible_at = self.clock()

    def redrive(self) -> int:
        """Move every parked message back, with a fresh receive count; how many moved."""
        with self.lock:
            moved = len(self.dlq)
            for message in self.dlq:
                self.messages.append(
                    SqsMessage(message.message_id, message.body, 0, self.clock(), group=message.group)
                )
            self.dlq.clear()
            return moved

    def has_visible(self) -> bool:
        """Whether a receive now would find something."""
        with self.lock:
            now = self.clock()
            return any(m.visible_at <= now for m in self.messages)

    def next_visible(self) -> float | None:
        """When the next hidden message comes back, or None if the queue is empty."""
        with self.lock:
            return min((m.visible_at for m in self.messages), default=None)
