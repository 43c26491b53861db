"""Timeline: every hop of one operation across the services, from the structured logs keyed by its
correlation id (the operation id; an account's id for its life), with the delay of each hop.

The hops of a deposit: the API accepted it (202); the command was published to the ledger's queue;
the ledger handled it; its answer (Deposited, or DepositRejected when refused) was published; banking,
query and accounts each applied it. Where a hop is missing, the operation is stuck before it: the
timeline ends naming the services that have not yet handled a message they consume.

The lines come from the local platform's log (infra/local/oplog.py) or, on AWS, from CloudWatch Logs
Insights over the stage's function log groups (the relays are EventBridge Pipes there, which write
no line per message: the published hops are then missing, not stuck).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from generated.messages import consumed_by

SERVICES = ("accounts", "banking", "ledger", "query")
COMMANDS = {"Deposit", "Withdraw", "Transfer", "CancelOperation"}
REFUSALS = {"DepositRejected", "WithdrawalRejected", "TransferRejected", "AccountCloseRejected"}


@dataclass(frozen=True)
class Hop:
    """One step of an operation: when, what, and how long after the step before it."""

    at: datetime
    what: str
    service: str
    message_type: str
    delay: timedelta | None
    since_start: timedelta


def moment(line: dict[str, Any]) -> datetime:
    """A log line's time (Powertools: `2026-03-01 10:00:00,123+0000`)."""
    return datetime.strptime(str(line["timestamp"]), "%Y-%m-%d %H:%M:%S,%f%z")


def describe(line: dict[str, Any]) -> tuple[str, str, str] | None:
    """A log line as a hop (what, service, message type), or None if it is no hop."""
    kind = line.get("message_type", "")
    if line.get("message") == "answered":
        return f"accepted by the API ({line.get('status')} {line.get('operation')})", "api", ""
    if line.get("message") == "published":
        return f"{kind} published to {line.get('target')}", "pipe", kind
    if line.get("message") == "handled" and line.get("consumer"):
        service = str(line["consumer"])
        if service == "ledger":
            return f"{kind} handled by the ledger", service, kind
        refused = " (refused)" if kind in REFUSALS else ""
        return f"{kind}{refused} applied by {service}", service, kind
    if line.get("message") == "message not handled" and line.get("consumer"):
        return f"{kind} FAILED in {line['consumer']} (retried, then parked)", str(line["consumer"]), kind
    return None


def hops(lines: Iterable[dict[str, Any]], correlation_id: str) -> list[Hop]:
    """The hops of one operation, in time order, each with its delay."""
    mine = [line for line in lines if line.get("correlation_id") == correlation_id]
    steps = sorted(
        ((moment(line), d) for line in mine if (d := describe(line)) is not None), key=lambda s: s[0]
    )
    answers = [kind for _, (_, service, kind) in steps if service == "pipe" and kind not in COMMANDS]
    result: list[Hop] = []
    for at, (what, service, kind) in steps:
        if service == "ledger" and kind in COMMANDS and answers:
            what += ": refused" if answers[0] in REFUSALS else ": posted"
        delay = at - result[-1].at if result else None
        start = result[0].at if result else at
        result.append(Hop(at, what, service, kind, delay, at - start))
    return result


def waiting(timeline: list[Hop]) -> list[str]:
    """What has not happened yet: each published message a service consumes but has not handled."""
    handled = {(h.service, h.message_type) for h in timeline if h.service in SERVICES}
    published = [h.message_type for h in timeline if h.service == "pipe"]
    missing = [
        f"{service} has not handled {kind}"
        for kind in dict.fromkeys(published)
        for service in SERVICES
        if kind in consumed_by(service) and (service, kind) not in handled
    ]
    if timeline and not published and timeline[-1].service == "api":
        missing.append("the command has not been published (is the banking outbox's relay running?)")
    return missing


def local_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The local platform's structured log, line by line (a line that is not JSON is skipped)."""
    with path.open(encoding="utf-8") as log:
        for text in log:
            try:
                line = json.loads(text)
            except ValueError:
                continue
            if isinstance(line, dict) and "timestamp" in line:
                yield line


def aws_lines(logs: Any, prefix: str, correlation_id: str, hours: int = 24) -> list[dict[str, Any]]:
    """The stage's function log lines of one correlation id, by a CloudWatch Logs Insights query."""
    groups = [f"/aws/lambda/{prefix}{name}" for name in ("api", *(f"{s}-consumer" for s in SERVICES))]
    end = int(time.time())
    query = logs.start_query(
        logGroupNames=groups,
        startTime=end - hours * 3600,
        endTime=end,
        queryString=f"fields @message | filter correlation_id = '{correlation_id}' | limit 1000",
    )["queryId"]
    while (answer := logs.get_query_results(queryId=query))["status"] in ("Scheduled", "Running"):
        time.sleep(0.5)
    messages = [field["value"] for row in answer["results"] for field in row if field["field"] == "@message"]
    return [json.loads(m) for m in messages if m.startswith("{")]
