"""DynamoDB cost guards: what a deposit writes end to end, and reads that ignore other users' data."""

from __future__ import annotations

import pytest

from tools import bench_cost


@pytest.fixture(scope="module")
def operations() -> dict[str, dict[str, float]]:
    return bench_cost.per_operation()


def test_a_deposit_costs_at_most_16_write_units_and_no_message_twice(
    operations: dict[str, dict[str, float]],
) -> None:
    for name in ("deposit", "withdraw"):
        assert operations[name]["write_units"] <= 16, operations[name]
        # ledger; then banking, query, accounts and notifications (which writes nothing for a user
        # without webhook endpoints: one Query)
        assert operations[name]["deliveries"] == 5
    assert all(cost["repeated"] == 0 for cost in operations.values())


def test_a_transfer_costs_at_most_25_write_units_and_delivers_eight_messages(
    operations: dict[str, dict[str, float]],
) -> None:
    # one ledger transaction writes both accounts, both entries and both events
    transfer = operations["transfer"]
    assert transfer["write_units"] <= 25, transfer
    # ledger; banking; query, accounts and notifications twice (one per side)
    assert transfer["deliveries"] == 8


def test_reads_do_not_grow_with_other_users_data() -> None:
    small, large = bench_cost.read_costs(10, 10), bench_cost.read_costs(1000, 1000)
    for name in bench_cost.READS:
        assert small[name]["items_examined"] == large[name]["items_examined"], name
        assert small[name]["read_units"] == large[name]["read_units"], name
