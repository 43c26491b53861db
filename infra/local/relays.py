"""The relays that do locally what AWS does between the services: pipes, Lambda event sources, the
EventBridge schedule that runs the pending-operation watchdog, and the webhook delivery worker."""

from __future__ import annotations

import functools
import json
import logging
import threading
import uuid
from collections.abc import Callable
from typing import Any

from handlers.storage.dynamo import table_name
from infra import resources
from infra.bootstrap import wake
from infra.functions import watchdog, webhooks
from infra.functions.consumers import BY_SERVICE
from infra.functions.telemetry import logger
from infra.local.event_source import EventSourceRelay, LambdaContext
from infra.local.pipes import PipeRelay, Positions
from infra.local.provision import Provisioned
from infra.resources import Pipe

log = logging.getLogger("relay")
PIPE_POLL_SECONDS = 0.05
WATCHDOG_SECONDS = 1.0  # AWS runs it every minute; locally the timeout is seconds, not minutes
# The local webhook worker looks for due deliveries as soon as one is queued (a new event, a test
# ping, a re-send: infra/bootstrap/wake.py), and otherwise this often (for the retries).
WEBHOOK_IDLE_SECONDS = 1.0


class Relays:
    """Background threads: one for the pipes, one per queue; stopped together."""

    def __init__(
        self, clients: dict[str, Any], found: Provisioned, positions: Positions, region: str
    ) -> None:
        self.clients, self.found, self.stop_event = clients, found, threading.Event()
        self.deliveries_queued = threading.Event()  # set when a delivery is queued (infra/bootstrap/wake.py)
        self.unregister = wake.register(self.deliveries_queued.set)
        self.pipes = [
            PipeRelay(
                p,
                table_name(p.source_table),
                clients["dynamodb"],
                clients["dynamodbstreams"],
                positions,
                self.park,
            )
            for p in resources.pipes()
        ]
        self.sources = [
            EventSourceRelay(
                clients["sqs"],
                q,
                found.queue_urls[q.name],
                found.queue_arns[q.name],
                BY_SERVICE[q.service],
                region,
            )
            for q in resources.queues()
        ]
        self.threads: list[threading.Thread] = []

    def deliver(self, pipe: Pipe, body: str, parameters: dict[str, str]) -> None:
        """What the pipe's target does with a message: publish it to the topic or send it to the queue."""
        if pipe.target_kind == "sns":
            self.clients["sns"].publish(TopicArn=self.found.topic_arns[pipe.target], Message=body)
        else:
            url = self.found.queue_urls[pipe.target]
            self.clients["sqs"].send_message(QueueUrl=url, MessageBody=body, **parameters)
        message = json.loads(body)
        log.info("%s -> %s: %s %s", pipe.source_table, pipe.target, message["type"], message["id"])
        published = {"message_id": message["id"], "message_type": message["type"], "target": pipe.target}
        logger.info(
            "published", extra={"correlation_id": message.get("correlationid"), "pipe": pipe.name} | published
        )

    def park(self, pipe: Pipe, pointer: dict[str, Any]) -> None:
        """Send the pointer to a batch the pipe could not deliver to the pipe's DLQ, as AWS does."""
        self.clients["sqs"].send_message(
            QueueUrl=self.found.queue_urls[pipe.dlq], MessageBody=json.dumps(pointer)
        )
        batch = pointer["DDBStreamBatchInfo"]
        log.error(
            "%s: parked a pointer in %s (%s, from %s): `make redrive` re-publishes it",
            pipe.name,
            pipe.dlq,
            pointer["context"]["condition"],
            batch["approximateArrivalOfFirstRecord"],
        )

    def start(self) -> None:
        """Start every thread."""
        self._spawn("pipes", self._run_pipes)
        self._spawn("watchdog", self._run_watchdog)
        self._spawn("webhooks", self._run_webhooks)
        for source in self.sources:
            self._spawn(source.queue.name, functools.partial(self._run_source, source))

    def _spawn(self, name: str, target: Callable[[], None]) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self.threads.append(thread)

    def _run_pipes(self) -> None:
        while not self.stop_event.is_set():
            moved = sum(self._guarded(functools.partial(relay.poll, self.deliver)) for relay in self.pipes)
            if not moved:
                self.stop_event.wait(PIPE_POLL_SECONDS)

    def _run_source(self, source: EventSourceRelay) -> None:
        while not self.stop_event.is_set():
            handled = self._guarded(functools.partial(source.poll, 1))
            if handled:
                log.info("%s handled %d message(s)", source.queue.name, handled)

    def _run_watchdog(self) -> None:
        while not self.stop_event.wait(WATCHDOG_SECONDS):
            self._guarded(self.watch)

    def _run_webhooks(self) -> None:
        worker = webhooks.worker()  # hands attempts to its pool and returns: a slow receiver holds no pass
        while not self.stop_event.is_set():
            self.deliveries_queued.wait(WEBHOOK_IDLE_SECONDS)
            self.deliveries_queued.clear()
            if not self.stop_event.is_set():
                self._guarded(worker.submit_due)

    def watch(self) -> int:
        """One scheduled run of the watchdog function (it logs what it does); how many it acted on."""
        report = watchdog.handler({}, LambdaContext("watchdog", str(uuid.uuid4())))
        return int(report["republished"] + report["cancels"])

    def _guarded(self, step: Callable[[], int]) -> int:
        try:
            return step()
        except Exception:
            if not self.stop_event.is_set():
                log.exception("relay step failed; retrying")
                self.stop_event.wait(1)
            return 0

    def stop(self) -> None:
        """Stop the threads and wait for them (an in-flight long poll ends within a second)."""
        self.stop_event.set()
        self.unregister()
        self.deliveries_queued.set()
        for thread in self.threads:
            thread.join(timeout=5)
