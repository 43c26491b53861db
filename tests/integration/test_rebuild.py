"""Rebuild of the query projection on DynamoDB (moto): the replay gives exactly the items the events
gave, repairs what was tampered with, misses nothing that arrives meanwhile, resumes where it was
interrupted, and moves readers only to a projection that reconciles."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from handlers.query.projection import BLUE, GREEN, read_pointer
from handlers.storage import dynamo
from infra.operator.rebuild import Rebuilt, rebuild
from infra.operator.reconcile import reconcile
from tests.integration.test_reconcile import busy, drifts, history_key
from tests.scenario.harness import Bank
from tests.scenario.test_bank_scenarios import move


class Stop(Exception):
    """The operator's Ctrl-C, at a chosen moment."""


@pytest.fixture
def bank(dynamo_client: Any, monkeypatch: pytest.MonkeyPatch) -> Bank:
    # every read of the pointer is fresh: the test moves it without waiting
    monkeypatch.setenv("BANK_PROJECTION_CACHE_SECONDS", "0")
    return Bank(dynamo_client)


def items(client: Any, logical: str) -> list[dict[str, Any]]:
    table = dynamo.table_name(logical)
    found = client.scan(TableName=table, ConsistentRead=True)["Items"]
    return sorted((dynamo.from_item(i) for i in found), key=lambda i: (i["pk"], i["sk"]))


def quick(client: Any, **options: Any) -> Rebuilt:
    return rebuild(client, settle=0, workers=1, pause=options.pop("pause", lambda _: None), **options)


def balance(bank: Bank, user: str, account: str) -> Decimal:
    response = bank.api("getBalance", user, account_id=account)
    assert response.status == 200, response.body
    return Decimal(response.body["balance"])


def test_a_rebuild_gives_the_very_items_the_events_gave_and_moves_readers(
    bank: Bank, dynamo_client: Any
) -> None:
    busy(bank)
    by_events = items(dynamo_client, BLUE)
    assert items(dynamo_client, GREEN) == []
    done = quick(dynamo_client)
    assert (done.source, done.target, done.switched, done.resumed) == (BLUE, GREEN, True, False)
    assert (done.accounts, done.entries) == (4, 8)
    assert items(dynamo_client, GREEN) == by_events
    assert read_pointer(dynamo_client)[0].active == GREEN and read_pointer(dynamo_client)[0].building is None
    assert "readers moved from query to query-green" in done.summary()


def test_a_rebuild_repairs_a_tampered_balance_and_a_deleted_row_and_later_events_land_in_it(
    bank: Bank, dynamo_client: Any
) -> None:
    accounts = busy(bank)
    alice, bobs = accounts["alice"], accounts["bobs"]
    dynamo_client.update_item(
        TableName=dynamo.table_name(BLUE),
        Key=dynamo.to_item(dynamo.account_key("alice", alice)),
        UpdateExpression="SET balance = :b",
        ExpressionAttributeValues=dynamo.values(b=Decimal("999.99")),
    )
    dynamo_client.delete_item(TableName=dynamo.table_name(BLUE), Key=history_key("bob", bobs, 1))
    assert balance(bank, "alice", alice) == Decimal("999.99")
    assert len(drifts(dynamo_client)) == 2
    assert quick(dynamo_client).switched
    assert drifts(dynamo_client) == []
    assert balance(bank, "alice", alice) == Decimal("49.96")
    history = bank.api("getTransactions", "bob", account_id=bobs).body["transactions"]
    assert [(r["direction"], r["amount"]) for r in history] == [("credit", Decimal("19.99"))]
    move(bank, "deposit", "alice", alice, "0.04")
    bank.settle()
    assert balance(bank, "alice", alice) == Decimal("50.00")  # the consumer now writes the green table
    assert drifts(dynamo_client) == []
    # and back again: the second rebuild empties the blue table first, then fills it
    again = quick(dynamo_client)
    assert (again.target, again.switched) == (BLUE, True) and again.emptied > 0
    assert items(dynamo_client, BLUE) == items(dynamo_client, GREEN)


def interrupt(when: Callable[[Rebuilt], bool]) -> Callable[[Rebuilt], None]:
    def tell(done: Rebuilt) -> None:
        if when(done):
            raise Stop

    return tell


def test_an_interrupted_rebuild_misses_nothing_that_arrived_meanwhile_and_resumes_where_it_stopped(
    bank: Bank, dynamo_client: Any
) -> None:
    accounts = busy(bank)
    alice = accounts["alice"]
    with pytest.raises(Stop):  # stopped once the accounts were replayed, before any journal
        quick(dynamo_client, tell=interrupt(lambda done: done.accounts > 0))
    seen: list[Rebuilt] = []
    with pytest.raises(Stop):  # resumed, and stopped again once every journal was replayed
        quick(dynamo_client, tell=interrupt(lambda done: seen.append(done) or done.entries > 0))
    assert (seen[-1].resumed, seen[-1].accounts, seen[-1].entries) == (True, 0, 8)  # no account again
    assert read_pointer(dynamo_client)[0].building == GREEN
    assert balance(bank, "alice", alice) == Decimal("49.96")  # readers still read blue
    # handled while the rebuild is stopped, after the replay read alice's journal: only the
    # consumer's write to both tables can bring it to the green one
    move(bank, "deposit", "alice", alice, "0.04")
    bank.settle()
    resumed = quick(dynamo_client)
    assert (resumed.resumed, resumed.switched, resumed.accounts, resumed.entries) == (True, True, 0, 0)
    assert balance(bank, "alice", alice) == Decimal("50.00")
    assert drifts(dynamo_client) == []


def test_a_rebuild_stopped_while_readers_move_finishes_the_move(bank: Bank, dynamo_client: Any) -> None:
    busy(bank)
    with pytest.raises(Stop):

        def stop(_: float) -> None:
            if read_pointer(dynamo_client)[0].active == GREEN:
                raise Stop

        quick(dynamo_client, pause=stop)
    pointer = read_pointer(dynamo_client)[0]
    assert (pointer.active, pointer.building) == (GREEN, BLUE)  # readers moved, writers write both
    finished = quick(dynamo_client)
    assert (finished.resumed, finished.switched, finished.entries) == (True, True, 0)
    assert read_pointer(dynamo_client)[0].writes == (GREEN,)


def test_readers_stay_on_a_projection_while_its_rebuilt_copy_drifts_and_the_next_run_repairs_it(
    bank: Bank, dynamo_client: Any
) -> None:
    accounts = busy(bank)
    bobs = accounts["bobs"]

    def lose_a_row(done: Rebuilt) -> None:  # a row lost from the copy after it was replayed
        if done.entries == 8:
            dynamo_client.delete_item(TableName=dynamo.table_name(GREEN), Key=history_key("bob", bobs, 1))

    failed = quick(dynamo_client, tell=lose_a_row)
    assert not failed.switched and failed.verified is not None
    assert [(d.subject, d.kind) for d in failed.verified.drifts] == [(f"{bobs}#1", "history_missing")]
    assert read_pointer(dynamo_client)[0].active == BLUE
    assert reconcile(dynamo_client, settle=0, workers=1).drifts == []  # what readers read is whole
    repaired = quick(dynamo_client)
    assert (repaired.resumed, repaired.switched, repaired.entries) == (True, True, 8)
    assert items(dynamo_client, GREEN) == items(dynamo_client, BLUE)
