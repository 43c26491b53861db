"""The four services on DynamoDB (moto), wired as the infrastructure definition wires them.

Outbox streams are read by the same pipe relay the local platform runs; what would travel through
SNS and SQS is queued here in memory, so a test can duplicate, reorder or hold back messages.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from typing import Any

import boto3

from handlers.edge.responses import ApiResponse
from infra.local.pipes import PipeRelay, Positions
from infra.resources import Pipe, destinations, pipes, queue_service
from tests.helpers import Stores, call, deliver

PREFIX = "test-"


class Bank:
    """The whole platform in one process, with its message traffic under the test's control."""

    def __init__(self, dynamo_client: Any) -> None:
        self.stores = Stores.dynamo(dynamo_client)
        streams = boto3.client("dynamodbstreams", region_name="us-east-1")
        positions = Positions(None)
        self.relays = [
            PipeRelay(p, PREFIX + p.source_table, dynamo_client, streams, positions) for p in pipes()
        ]
        self.queues: dict[str, list[str]] = defaultdict(list)

    def api(self, operation: str, user: str, body: Any = None, /, **params: str) -> ApiResponse:
        """One HTTP request through the dispatcher."""
        return call(operation, user, self.stores, body, None, **params)

    def pump(self) -> int:
        """Move new outbox messages into the queues they are routed to; how many moved."""
        return sum(relay.poll(self.enqueue) for relay in self.relays)

    def enqueue(self, pipe: Pipe, body: str, _: dict[str, str]) -> None:
        """Route one message as the pipe, the topic and its filtered subscriptions would."""
        for queue in destinations(pipe, json.loads(body)["type"]):
            self.queues[queue].append(body)

    def deliver(self, queue: str, body: str) -> None:
        """Hand one message to the consumer of a queue, as the Lambda event source would."""
        deliver(queue_service(queue), body, self.stores)

    def deliver_all(self, queue: str) -> None:
        """Hand everything waiting in one queue to its consumer, in order."""
        for body in self.queues.pop(queue, []):
            self.deliver(queue, body)

    def settle(self, rng: random.Random | None = None, copies: int = 1) -> None:
        """Deliver everything until the system is quiet, optionally shuffled and repeated."""
        while self.pump() or any(self.queues.values()):
            batch = [(q, body) for q, bodies in self.queues.items() for body in bodies for _ in range(copies)]
            self.queues.clear()
            if rng:
                rng.shuffle(batch)
            for queue, body in batch:
                self.deliver(queue, body)

    def open_account(self, user: str, currency: str = "EUR") -> str:
        """Open an account and let every service hear of it."""
        response = self.api("createAccount", user, {"name": f"{user}'s account", "currency": currency})
        assert response.status == 201, response.body
        self.settle()
        return str(response.body["accountId"])
