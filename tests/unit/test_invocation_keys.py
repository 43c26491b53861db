"""Log lines name their own invocation: the local platform runs every function side by side in threads
of one process, and a line must carry its function's name and its request's correlation id, never
those of an invocation running beside it."""

from __future__ import annotations

import io
import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from infra.functions.telemetry import invocation, logger
from infra.local.event_source import LambdaContext


@pytest.fixture
def lines() -> Iterator[io.StringIO]:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logger.registered_formatter)
    logger.addHandler(handler)
    yield out
    logger.removeHandler(handler)


def test_two_invocations_at_once_each_log_their_own_function_and_correlation_id(lines: io.StringIO) -> None:
    both_started = threading.Barrier(2)

    @invocation(correlation_id_path="requestContext.requestId")
    def handler(event: dict[str, Any], _context: Any) -> None:
        both_started.wait(5)  # each sets its keys before the other logs
        logger.info("answered", extra={"mine": event["requestContext"]["requestId"]})

    calls = [
        threading.Thread(target=handler, args=({"requestContext": {"requestId": r}}, LambdaContext(f, r)))
        for f, r in (("api", "req-a"), ("watchdog", "req-b"))
    ]
    for call in calls:
        call.start()
    for call in calls:
        call.join(10)
    logged = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert sorted((line["function_name"], line["correlation_id"], line["mine"]) for line in logged) == [
        ("api", "req-a", "req-a"),
        ("watchdog", "req-b", "req-b"),
    ]
    logger.info("after")  # and nothing of theirs is left on the thread
    assert "function_name" not in json.loads(lines.getvalue().splitlines()[-1])
