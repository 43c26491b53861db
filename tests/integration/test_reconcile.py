"""Reconcile on DynamoDB (moto): a quiet bank has no drift; each way a view can drift from the ledger
is named, with its account or operation and both values; it reads a page at a time and only reads."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from handlers.storage import dynamo
from infra.local import moto_serial
from infra.operator import reading
from infra.operator.reconcile import reconcile
from tests.scenario.harness import Bank
from tests.scenario.test_bank_scenarios import move
from tests.scenario.test_transfers import send


@pytest.fixture
def bank(dynamo_client: Any) -> Bank:
    return Bank(dynamo_client)


def busy(bank: Bank) -> dict[str, str]:
    """Deposits, a withdrawal, a refused one, transfers to oneself and to another customer, a close."""
    alice, savings, bobs, empty = (bank.open_account(u) for u in ("alice", "alice", "bob", "bob"))
    for amount in ("100.10", "0.90", "5"):
        move(bank, "deposit", "alice", alice, amount)
    move(bank, "withdraw", "alice", alice, "1000")  # refused: INSUFFICIENT_BALANCE
    bank.settle()
    move(bank, "withdraw", "alice", alice, "6.00")
    send(bank, "alice", alice, savings, "30.05")
    send(bank, "alice", alice, bobs, "19.99", description="Rent, March")
    bank.settle()
    assert bank.api("closeAccount", "bob", account_id=empty).status == 200
    bank.settle()
    return {"alice": alice, "savings": savings, "bobs": bobs}


def drifts(client: Any) -> list[tuple[str, str, str, str]]:
    return [(d.subject, d.kind, d.ledger, d.seen) for d in reconcile(client, settle=0, workers=1).drifts]


def history_key(user: str, account: str, sequence: int) -> dict[str, Any]:
    return dynamo.to_item({"pk": f"TXN#{user}#{account}", "sk": f"SEQ#{sequence:012d}"})


def test_a_quiet_bank_has_no_drift_and_says_so_in_one_line(bank: Bank, dynamo_client: Any) -> None:
    busy(bank)
    moto_serial.install()  # moto's item operations serialized, as the local engine has them
    report = reconcile(dynamo_client, settle=0, workers=4)
    assert report.drifts == []
    assert (report.accounts, report.entries, report.rows) == (4, 8, 8)
    assert report.operations == 7  # three deposits, two withdrawals (one refused), two transfers out
    assert report.read_units > 0 and report.requests > 0
    assert report.summary().startswith("reconciled 4 accounts, 8 journal entries, 8 history rows")
    assert "no drift" in report.summary() and "\n" not in report.summary()


def test_a_tampered_balance_and_a_deleted_history_row_are_exactly_the_drifts(
    bank: Bank, dynamo_client: Any
) -> None:
    accounts = busy(bank)
    alice, bobs = accounts["alice"], accounts["bobs"]
    query = dynamo.table_name("query")
    dynamo_client.update_item(
        TableName=query,
        Key=dynamo.to_item(dynamo.account_key("alice", alice)),
        UpdateExpression="SET balance = :b",
        ExpressionAttributeValues=dynamo.values(b=Decimal("1000000.01")),
    )
    dynamo_client.delete_item(TableName=query, Key=history_key("bob", bobs, 1))
    found = drifts(dynamo_client)
    assert sorted((s, k) for s, k, _, _ in found) == sorted(
        [(alice, "query_balance"), (f"{bobs}#1", "history_missing")]
    )
    (balance,) = [d for d in found if d[1] == "query_balance"]
    assert balance[2:] == ("49.96", "1000000.01")  # 106 in, 6 out, 30.05 and 19.99 sent


def test_every_other_view_drifting_is_named(bank: Bank, dynamo_client: Any) -> None:
    accounts = busy(bank)
    alice, savings = accounts["alice"], accounts["savings"]
    table = dynamo.table_name
    dynamo_client.update_item(
        TableName=table("accounts"),
        Key=dynamo.to_item(dynamo.account_key("alice", savings)),
        UpdateExpression="SET balance = :b, #s = :s",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues=dynamo.values(b=Decimal(0), s="closed"),
    )
    dynamo_client.update_item(
        TableName=table("query"),
        Key=history_key("alice", alice, 2),
        UpdateExpression="SET amount = :a",
        ExpressionAttributeValues=dynamo.values(a=Decimal("0.09")),
    )
    operations = dynamo.query_all(dynamo_client, table("banking"), "USER#alice", "OP#")
    (refused,) = [op for op in operations if op["status"] == "failed"]
    (first,) = [op for op in operations if op["type"] == "deposit" and op["amount"] == Decimal("100.1")]
    dynamo_client.update_item(
        TableName=table("banking"),
        Key=dynamo.to_item({"pk": "USER#alice", "sk": f"OP#{refused['operationId']}"}),
        UpdateExpression="SET #s = :s",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues=dynamo.values(s="completed"),
    )
    dynamo_client.delete_item(
        TableName=table("banking"),
        Key=dynamo.to_item({"pk": "USER#alice", "sk": f"OP#{first['operationId']}"}),
    )
    kinds = sorted((s, k) for s, k, _, _ in drifts(dynamo_client))
    assert kinds == sorted(
        [
            (savings, "accounts_balance"),
            (savings, "accounts_status"),
            (f"{alice}#2", "history_differs"),
            (refused["operationId"], "operation_status"),
            (first["operationId"], "operation_unknown"),
        ]
    )


def test_a_journal_out_of_step_with_its_state_is_named(bank: Bank, dynamo_client: Any) -> None:
    accounts = busy(bank)
    bobs = accounts["bobs"]
    dynamo_client.update_item(
        TableName=dynamo.table_name("ledger"),
        Key=dynamo.to_item({"pk": f"ACCOUNT#{bobs}", "sk": "STATE"}),
        UpdateExpression="SET balance = :b",
        ExpressionAttributeValues=dynamo.values(b=Decimal("20.99")),
    )
    kinds = sorted((s, k) for s, k, _, _ in drifts(dynamo_client))
    # the state is what the views are held against: all three follow the journal, so all drift
    assert kinds == sorted([(bobs, "ledger_balance"), (bobs, "query_balance"), (bobs, "accounts_balance")])


def test_it_reads_a_page_at_a_time_and_never_writes(
    bank: Bank, dynamo_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    busy(bank)
    monkeypatch.setattr(reading, "PAGE", 2)
    limits: list[int] = []
    calls: list[str] = []
    for name in (
        "scan",
        "query",
        "get_item",
        "put_item",
        "update_item",
        "delete_item",
        "transact_write_items",
    ):
        real = getattr(dynamo_client, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            calls.append(_name)
            if "Limit" in kwargs:
                limits.append(kwargs["Limit"])
            return _real(*args, **kwargs)

        monkeypatch.setattr(dynamo_client, name, spy)
    report = reconcile(dynamo_client, settle=0, workers=1)
    assert report.drifts == []
    assert set(calls) <= {"scan", "query", "get_item"}
    assert limits and set(limits) == {2}
    assert calls.count("scan") > 1  # the ledger's states, over several pages


def test_an_account_the_ledger_never_heard_of_is_a_drift(bank: Bank, dynamo_client: Any) -> None:
    accounts = busy(bank)
    savings = accounts["savings"]
    ledger = dynamo.table_name("ledger")
    key = dynamo.to_item({"pk": f"ACCOUNT#{savings}", "sk": "STATE"})
    dynamo_client.delete_item(TableName=ledger, Key=key)
    assert drifts(dynamo_client) == [(savings, "ledger_missing", "absent", "active in accounts")]
