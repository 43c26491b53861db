"""What one operation costs on DynamoDB end to end, and whether reads grow with other users' data.

Every request the services make goes through a metering client (tools/dynamo_meter.py); messages
travel as the infrastructure routes them (pipes, filtered subscriptions), each delivered once, as
in the normal path. Run: python -m tools.bench_cost
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import boto3
from moto import mock_aws

from infra.local import moto_fast_transactions
from infra.tables import create_tables
from tests.scenario.harness import PREFIX, Bank
from tools.dynamo_meter import MeteredDynamoDB

CACHE_SETTING = "BANK_PROJECTION_CACHE_SECONDS"
READS = ("listAccounts", "listBalances", "getBalance", "getTransactions", "getOperationStatus")


@contextmanager
def metered_bank() -> Iterator[tuple[Bank, MeteredDynamoDB]]:
    """The four services on in-process moto, every DynamoDB request metered."""
    os.environ.update(
        AWS_ACCESS_KEY_ID="bench",
        AWS_SECRET_ACCESS_KEY="bench",  # noqa: S106  (in-process moto takes any credentials)
        AWS_DEFAULT_REGION="us-east-1",
        AWS_ACCOUNT_ID_ENDPOINT_MODE="disabled",
        BANK_TABLE_PREFIX=PREFIX,
    )
    moto_fast_transactions.install()
    # the query projection's pointer is read once here, not once per 5 s: a cost per process and
    # period (one strongly consistent GetItem, 1 read unit), not per request, so left out
    cache = os.environ.get(CACHE_SETTING)
    os.environ[CACHE_SETTING] = "86400"
    try:
        with mock_aws():
            client = boto3.client("dynamodb", region_name="us-east-1")
            create_tables(client, prefix=PREFIX)
            meter = MeteredDynamoDB(client)
            yield Bank(meter), meter
    finally:
        if cache is None:
            os.environ.pop(CACHE_SETTING)
        else:
            os.environ[CACHE_SETTING] = cache


def delivered_counts(bank: Bank) -> Counter[str]:
    """Count each message id handed to a consumer (a second delivery would show as 2)."""
    seen: Counter[str] = Counter()
    original = bank.deliver

    def counting(queue: str, body: str) -> None:
        seen[f"{queue}:{body[body.index('msg_') :][:36]}"] += 1
        original(queue, body)

    bank.deliver = counting  # type: ignore[method-assign]
    return seen


def flow_cost(bank: Bank, meter: MeteredDynamoDB, act: Callable[[], Any]) -> dict[str, float]:
    """Capacity of one API call and everything it causes, until the system is quiet."""
    meter.reset()
    seen = delivered_counts(bank)
    act()
    bank.settle()
    return {**meter.reset(), "deliveries": sum(seen.values()), "repeated": sum(n - 1 for n in seen.values())}


def per_operation() -> dict[str, dict[str, float]]:
    """Write and read units of account creation, deposit, withdrawal, transfer (to another
    customer's account) and close."""
    with metered_bank() as (bank, meter):
        costs: dict[str, dict[str, float]] = {}
        account: dict[str, str] = {}

        def create() -> None:
            account["id"] = bank.api("createAccount", "alice", {"name": "Everyday", "currency": "EUR"}).body[
                "accountId"
            ]

        def money(kind: str, amount: str) -> Callable[[], Any]:
            return lambda: bank.api(kind, "alice", {"accountId": account["id"], "amount": Decimal(amount)})

        costs["createAccount"] = flow_cost(bank, meter, create)
        costs["deposit"] = flow_cost(bank, meter, money("deposit", "100.10"))
        costs["withdraw"] = flow_cost(bank, meter, money("withdraw", "50.05"))
        payee = bank.open_account("bob")

        def transfer() -> None:
            body = {"fromAccountId": account["id"], "toAccountId": payee, "amount": Decimal("50.05")}
            assert bank.api("transfer", "alice", body).status == 202

        costs["transfer"] = flow_cost(bank, meter, transfer)
        costs["closeAccount"] = flow_cost(
            bank, meter, lambda: bank.api("closeAccount", "alice", account_id=account["id"])
        )
        return costs


def clone_others(raw: Any, owner: str, others: int, history: int) -> None:
    """Give `others` other users a copy of the owner's accounts and operations, and one other account
    `history` rows of history, written straight into the tables (the services' own items, re-keyed)."""
    for logical in ("accounts", "banking", "query"):
        table = PREFIX + logical
        mine = [
            i
            for i in raw.scan(TableName=table)["Items"]
            if owner in i["pk"]["S"] and "IDEM#" not in i["sk"]["S"]
        ]
        clones = [
            {**item, "pk": {"S": item["pk"]["S"].replace(owner, f"other{n}")}}
            for n in range(others)
            for item in mine
            if not item["pk"]["S"].startswith("TXN#")
        ]
        rows = [i for i in mine if i["pk"]["S"].startswith("TXN#")][:1]
        clones += [
            {**row, "pk": {"S": "TXN#bob#acc_" + "b" * 32}, "sk": {"S": f"SEQ#{n:012d}"}}
            for n in range(history)
            for row in rows
        ]
        for start in range(0, len(clones), 25):
            batch = [{"PutRequest": {"Item": item}} for item in clones[start : start + 25]]
            raw.batch_write_item(RequestItems={table: batch})


def read_costs(others: int, history: int) -> dict[str, dict[str, float]]:
    """Items examined and read units of each read endpoint, beside that much other data."""
    with metered_bank() as (bank, meter):
        account = bank.open_account("alice")
        ops = [
            bank.api(kind, "alice", {"accountId": account, "amount": Decimal(a)}).body["operationId"]
            for kind, a in (("deposit", "50"), ("withdraw", "20"), ("deposit", "5"))
        ]
        bank.settle()
        clone_others(meter._client, "alice", others, history)
        print(f"tables beside {others} other users: {table_sizes(meter._client)}", file=sys.stderr)
        params = {
            "getBalance": {"account_id": account},
            "getTransactions": {"account_id": account},
            "getOperationStatus": {"operation_id": ops[0]},
        }
        costs = {}
        for name in READS:
            meter.reset()
            assert bank.api(name, "alice", **params.get(name, {})).status == 200
            costs[name] = meter.reset()
        return costs


def table_sizes(raw: Any) -> dict[str, int]:
    """Items per table (to show the other users' data is really there)."""
    return {t: raw.describe_table(TableName=t)["Table"]["ItemCount"] for t in raw.list_tables()["TableNames"]}


def run() -> dict[str, Any]:
    """Per-operation costs, and read costs beside 10 and 10,000 other users' accounts and rows."""
    return {
        "operations": per_operation(),
        "reads_small": read_costs(10, 10),
        "reads_large": read_costs(10_000, 10_000),
    }


def main() -> None:
    """Print both tables."""
    figures = run()
    for name, cost in figures["operations"].items():
        units = (
            f"write units {cost.get('write_units', 0):>4.0f}  read units {cost.get('read_units', 0):>4.1f}"
        )
        print(
            f"{name:<14} {units}  items written {cost.get('items_written', 0):>3.0f}"
            f"  messages delivered {cost['deliveries']:.0f} (repeated {cost['repeated']:.0f})"
        )
    for name in READS:
        small, large = figures["reads_small"][name], figures["reads_large"][name]
        examined = f"{small.get('items_examined', 0):.0f} vs {large.get('items_examined', 0):.0f}"
        print(
            f"{name:<20} items examined {examined}   read units "
            f"{small.get('read_units', 0):.1f} vs {large.get('read_units', 0):.1f}"
        )


if __name__ == "__main__":
    main()
