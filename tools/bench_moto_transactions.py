"""Benchmark moto's TransactWriteItems throughput against table size, with and without the local fix.

Each transaction is our real write shape: Put a new item into an accounts table plus Put into an
outbox table. Run with ``python -m tools.bench_moto_transactions`` from the repository root.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from moto import mock_aws
from moto.core.models import DEFAULT_ACCOUNT_ID
from moto.dynamodb.models import DynamoDBBackend, dynamodb_backends

from infra.local import moto_fast_transactions

REGION = "us-east-1"
TABLE_SIZES = (100, 10_000)
MAX_TRANSACTIONS_PER_REP = 1000
TIME_BUDGET_PER_REP_S = 2.0
MIN_TRANSACTIONS_PER_REP = 5
PAYLOAD = "x" * 200


@contextmanager
def patch_enabled(enabled: bool) -> Iterator[None]:
    """Install or remove the fix for the duration, then put back whatever was there before."""
    was_installed = moto_fast_transactions.installed()
    (moto_fast_transactions.install if enabled else moto_fast_transactions.uninstall)()
    try:
        yield
    finally:
        (moto_fast_transactions.install if was_installed else moto_fast_transactions.uninstall)()


def create_table(client: Any, name: str) -> None:
    """A hash-key-only on-demand table, like the accounts and outbox tables."""
    client.create_table(
        TableName=name,
        BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
    )


def item(key: str) -> dict[str, Any]:
    """An item of roughly the size of our account and outbox records."""
    return {"pk": {"S": key}, "status": {"S": "OPEN"}, "version": {"N": "1"}, "payload": {"S": PAYLOAD}}


def prefill(backend: DynamoDBBackend, table_name: str, size: int) -> None:
    """Load items straight into moto's backend rather than through boto3."""
    # boto3 batch_write_item takes about 1.4 s per 10,000 items here, six times this path, and a run
    # fills twelve tables of 10,000: batches alone would take most of the time budget.
    for index in range(size):
        backend.put_item(table_name, item(f"existing-{index}"))


def transaction(accounts: str, outbox: str, key: str) -> list[dict[str, Any]]:
    """Put a new account item and its outbox event, both only if absent."""
    condition = "attribute_not_exists(pk)"
    return [
        {"Put": {"TableName": accounts, "Item": item(key), "ConditionExpression": condition}},
        {"Put": {"TableName": outbox, "Item": item(key), "ConditionExpression": condition}},
    ]


def timed_transactions(client: Any, backend: DynamoDBBackend, accounts: str, outbox: str) -> float:
    """Transactions per second, deleting each transaction's items untimed so table sizes stay fixed."""
    elapsed, done = 0.0, 0
    while done < MAX_TRANSACTIONS_PER_REP and (
        elapsed < TIME_BUDGET_PER_REP_S or done < MIN_TRANSACTIONS_PER_REP
    ):
        key = f"new-{done}"
        started = time.perf_counter()
        client.transact_write_items(TransactItems=transaction(accounts, outbox, key))
        elapsed += time.perf_counter() - started
        done += 1
        for name in (accounts, outbox):
            backend.delete_item(name, {"pk": {"S": key}})
    return done / elapsed


def measure_once(client: Any, backend: DynamoDBBackend, size: int, run_id: str) -> float:
    """Transactions per second with both tables holding ``size`` items throughout."""
    accounts, outbox = f"accounts-{run_id}", f"outbox-{run_id}"
    for name in (accounts, outbox):
        create_table(client, name)
        prefill(backend, name, size)
    client.transact_write_items(TransactItems=transaction(accounts, outbox, "warm-up"))
    # Garbage left by earlier runs (whole-table copies) must not be collected inside this run's timing.
    gc.collect()
    rate = timed_transactions(client, backend, accounts, outbox)
    for name in (accounts, outbox):
        backend.delete_table(name)
    return rate


def run(repetitions: int = 3) -> dict[str, Any]:
    """Median transactions/s per table size, with and without the fix, and the large/small ratio."""
    results: dict[str, Any] = {}
    with mock_aws():
        client = boto3.client("dynamodb", region_name=REGION)
        backend = dynamodb_backends[DEFAULT_ACCOUNT_ID][REGION]
        for label, enabled in (("unpatched", False), ("patched", True)):
            samples: dict[int, list[float]] = {size: [] for size in TABLE_SIZES}
            with patch_enabled(enabled):
                # Sizes alternate within each repetition, so a passing slowdown of the machine hits both.
                for rep in range(repetitions):
                    for size in TABLE_SIZES:
                        samples[size].append(measure_once(client, backend, size, f"{label}-{size}-{rep}"))
            medians = {size: statistics.median(values) for size, values in samples.items()}
            results[label] = {"samples": samples, "median": medians, "ratio": medians[10_000] / medians[100]}
    return results


def print_table(results: dict[str, Any], repetitions: int) -> None:
    """Print medians side by side."""
    print(f"TransactWriteItems (2 Puts), in-process moto, transactions/s, median of {repetitions}")
    print(f"{'':<10}{'100 items':>12}{'10,000 items':>15}{'ratio':>8}")
    for label, figures in results.items():
        median = figures["median"]
        print(f"{label:<10}{median[100]:>12.1f}{median[10_000]:>15.1f}{figures['ratio']:>8.2f}")


if __name__ == "__main__":
    repetitions = 3
    started = time.perf_counter()
    print_table(run(repetitions), repetitions)
    print(f"total runtime {time.perf_counter() - started:.1f} s")
