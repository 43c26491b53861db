"""Poison and bad messages: in a batch of ten on the ledger's queue, the nine good ones are applied
once and the bad one is retried up to the receive count, then parked in the DLQ; nothing is lost."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from tests.helpers import runtime_stores
from tests.reliability.sqs import LEDGER, Spy, deposit, drain, messages, relay


def broken(change: Any) -> str:
    envelope = json.loads(deposit(99))
    change(envelope)
    return json.dumps(envelope)


BAD = {
    "not json": "{",
    "not an object": "[1, 2]",
    "unknown type": broken(lambda e: e.update(type="Teleport")),
    "not for this queue": broken(lambda e: e.update(type="Deposited")),
    "amount a string": broken(lambda e: e["data"].update(amount="ten")),
    "amount negative": broken(lambda e: e["data"].update(amount=-5)),
    "amount 1e400": deposit(99).replace('"amount":10.00', '"amount":1e400'),
    "field missing": broken(lambda e: e["data"].pop("accountId")),
    "unknown field": broken(lambda e: e["data"].update(overdraft=True)),
    "bad id": broken(lambda e: e["data"].update(accountId="acc_../../etc")),
}


@pytest.mark.parametrize(("case", "bad"), list(enumerate(BAD.values())), ids=list(BAD))
def test_a_bad_message_in_a_batch_of_ten_is_parked_and_the_nine_are_applied(
    aws: Any, case: int, bad: str
) -> None:
    clients, found = aws
    accounts = [1000 * (case + 1) + n for n in range(9)]
    bodies = [deposit(n) for n in accounts]
    entries = [{"Id": str(i), "MessageBody": b} for i, b in enumerate([*bodies[:3], bad, *bodies[3:]])]
    clients["sqs"].send_message_batch(QueueUrl=found.queue_urls[LEDGER.name], Entries=entries)
    spy = Spy()
    drain(relay(aws, spy))
    assert sorted(spy.seen[0]) == sorted([*bodies, bad]), "the ten arrive as one batch"
    assert sum(batch.count(bad) for batch in spy.seen) == LEDGER.max_receive_count
    for n, body in zip(accounts, bodies, strict=True):
        assert sum(batch.count(body) for batch in spy.seen) == 1
        assert [e.amount for e in runtime_stores().ledger.journal(f"acc_{n:032x}")] == [Decimal("10.00")]
    assert runtime_stores().ledger.state(f"acc_{99:032x}") is None
    assert messages(clients["sqs"], found.queue_urls[LEDGER.dlq]) == [bad]
    assert messages(clients["sqs"], found.queue_urls[LEDGER.name]) == []
