"""The timeline of one operation from structured log lines: hops in time order with their delays,
the ledger's verdict, and where an operation is stuck."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from infra.operator.timeline import hops, local_lines, waiting

OP = "op_1"


def line(ms: int, message: str, correlation: str = OP, **keys: Any) -> dict[str, Any]:
    return {
        "timestamp": f"2026-03-01 10:00:00,{ms:03d}+0000",
        "message": message,
        "correlation_id": correlation,
    } | keys


def deposit_lines(answer: str = "Deposited") -> list[dict[str, Any]]:
    return [
        line(900, "handled", consumer="query", message_type=answer),  # logged out of order
        line(100, "answered", operation="deposit", status=202),
        line(150, "published", message_type="Deposit", target="ledger-commands"),
        line(170, "handled", consumer="ledger", message_type="Deposit"),
        line(171, "handled", correlation="op_2", consumer="ledger", message_type="Deposit"),
        line(300, "published", message_type=answer, target="ledger-events"),
        line(400, "handled", consumer="banking", message_type=answer),
        line(450, "handled", consumer="accounts", message_type=answer),
        line(460, "relay step failed; retrying"),
    ]


def test_every_hop_in_order_with_its_delay() -> None:
    timeline = hops(deposit_lines(), OP)
    assert [h.what for h in timeline] == [
        "accepted by the API (202 deposit)",
        "Deposit published to ledger-commands",
        "Deposit handled by the ledger: posted",
        "Deposited published to ledger-events",
        "Deposited applied by banking",
        "Deposited applied by accounts",
        "Deposited applied by query",
    ]
    assert [h.delay for h in timeline][:3] == [None, timedelta(milliseconds=50), timedelta(milliseconds=20)]
    assert timeline[-1].since_start == timedelta(milliseconds=800)
    assert waiting(timeline) == []


def test_a_refusal_is_said_so() -> None:
    timeline = hops(deposit_lines("DepositRejected"), OP)
    assert "Deposit handled by the ledger: refused" in [h.what for h in timeline]
    assert "DepositRejected (refused) applied by banking" in [h.what for h in timeline]


def test_where_it_is_stuck() -> None:
    lines = [entry for entry in deposit_lines() if entry.get("consumer") != "query"]
    assert waiting(hops(lines, OP)) == ["query has not handled Deposited"]
    accepted_only = hops(lines[:1], OP)
    assert waiting(accepted_only) == [
        "the command has not been published (is the banking outbox's relay running?)"
    ]


def test_the_log_file_skips_what_is_not_a_structured_line(tmp_path: Path) -> None:
    log = tmp_path / "operations.log"
    log.write_text('{"timestamp": "2026-03-01 10:00:00,100+0000", "message": "x"}\nnot json\n[1]\n')
    assert [entry["message"] for entry in local_lines(log)] == ["x"]
