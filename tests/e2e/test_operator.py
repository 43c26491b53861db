"""The operator's tool as an operator runs it, on a platform started as `make run` starts it: after a
busy run `make reconcile` finds nothing; a tampered query balance and a deleted history row, written
through the engine, are exactly the drifts it names; `make rebuild` repairs them while a customer
keeps using the bank, and `make reconcile` finds nothing again; `make timeline` shows every hop of a
deposit.

The platform is one of its own: reconcile reads every account, and the one the session shares holds
the contract campaign's hundreds by then (a minute a run of reconcile there, four runs here)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from threading import Event
from typing import Any

import boto3
import httpx
import pytest

from handlers.storage import dynamo
from infra.local import launcher
from infra.local.users import PlatformState
from tests.e2e.platform import ROOT, RunningPlatform
from tests.e2e.test_transfers import accepted, balance, ended, open_account, post, read, transfer


@pytest.fixture(scope="module")
def quiet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPlatform]:
    """A platform of its own, as `make run` starts it."""
    with (
        (tmp_path_factory.getbasetemp() / "platform-operator.log").open("wb") as log,
        launcher.running_platform(tmp_path_factory.mktemp("platform"), log) as launched,
    ):
        yield RunningPlatform(launched.url, launched.env)


def make(platform: RunningPlatform, *target: str) -> subprocess.CompletedProcess[str]:
    """`make -s <target>` in the platform's environment, as a person runs it in another terminal."""
    return subprocess.run(
        ["make", "-s", *target],  # noqa: S607  (make from the PATH, as a person runs it)
        cwd=ROOT,
        env=platform.env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def engine(platform: RunningPlatform) -> Any:
    """A DynamoDB client on the platform's engine, found through its state file."""
    state = PlatformState.load(Path(platform.env["BANK_STATE_DIR"]) / "platform.json")
    return boto3.client(
        "dynamodb",
        endpoint_url=state.endpoint,
        region_name=state.region,
        aws_access_key_id="local",
        aws_secret_access_key="local",
    )


def keep_asking(
    api: httpx.Client, bob: httpx.Client, accounts: tuple[str, str, str], done: Event
) -> dict[str, Any]:
    """A customer using the bank while the projection is rebuilt: balances, a history, deposits."""
    main, savings, bobs = accounts
    seen: dict[str, Any] = {"main": [], "rows": [], "failures": [], "requests": 0, "deposited": Decimal(0)}
    while not done.is_set():
        shown = api.get(f"/balances/{main}")
        rows = bob.get(f"/transactions/{bobs}")
        paid = post(api, "/deposit", {"accountId": savings, "amount": Decimal("0.01")})
        seen["requests"] += 3
        seen["failures"] += [r.status_code for r in (shown, rows, paid) if r.status_code >= 300]
        if shown.status_code == 200:
            seen["main"].append(f"{read(shown)['balance']:.2f}")
        if rows.status_code == 200:
            seen["rows"].append(len(read(rows)["transactions"]))
        if paid.status_code == 202:
            seen["deposited"] += Decimal("0.01")
            ended(api, read(paid)["operationId"])
        time.sleep(0.1)
    return seen


def test_reconcile_finds_exactly_what_was_tampered_rebuild_repairs_it_live_and_timeline_follows_a_deposit(
    quiet: RunningPlatform,
) -> None:
    platform = quiet
    with platform.client() as api, platform.client("bob") as bob:
        main, savings, bobs = open_account(api), open_account(api), open_account(bob)
        with ThreadPoolExecutor(4) as pool:
            deposits = list(
                pool.map(
                    lambda a: accepted(api, "/deposit", {"accountId": main, "amount": Decimal(a)}),
                    ["10", "20.5", "3"],
                )
            )
        assert [ended(api, op)["status"] for op in deposits] == ["completed"] * 3
        assert transfer(api, main, savings, "5.25")["status"] == "completed"
        assert transfer(api, main, bobs, "1.25")["status"] == "completed"
        withdrawal = accepted(api, "/withdraw", {"accountId": savings, "amount": Decimal("0.25")})
        assert ended(api, withdrawal)["status"] == "completed"
        balance(api, savings, "5.00")
        balance(bob, bobs, "1.25")
        balance(api, main, "27.00")

    clean = make(platform, "reconcile")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    (summary,) = clean.stdout.splitlines()
    assert summary.startswith("reconciled ") and "no drift" in summary and "read units" in summary

    client = engine(platform)
    owner, bob_owner = (
        dynamo.get(client, "ledger", {"pk": f"ACCOUNT#{a}", "sk": "STATE"}) for a in (main, bobs)
    )
    assert owner is not None and bob_owner is not None
    view_key = dynamo.to_item(dynamo.account_key(owner["userId"], main))
    row_key = dynamo.to_item({"pk": f"TXN#{bob_owner['userId']}#{bobs}", "sk": f"SEQ#{1:012d}"})
    client.update_item(
        TableName="query",
        Key=view_key,
        UpdateExpression="SET balance = :b",
        ExpressionAttributeValues={":b": {"N": "999.99"}},
    )
    client.delete_item(TableName="query", Key=row_key)
    drifted = make(platform, "reconcile", "JSON=1")
    assert drifted.returncode != 0, drifted.stdout + drifted.stderr
    drifts = json.loads(drifted.stdout)["drifts"]
    assert sorted((d["subject"], d["kind"]) for d in drifts) == sorted(
        [(main, "query_balance"), (f"{bobs}#1", "history_missing")]
    )
    (tampered,) = [d for d in drifts if d["kind"] == "query_balance"]
    assert (tampered["ledger"], tampered["seen"]) == ("27.00", "999.99")
    table = subprocess.run(  # the tool itself, as a scheduler runs it: 1 is "drift", 2 "could not run"
        [sys.executable, "-m", "infra.operator", "reconcile"],
        cwd=ROOT,
        env=platform.env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert table.returncode == 1, table.stdout + table.stderr
    assert main in table.stdout and "history_missing" in table.stdout
    assert table.stdout.splitlines()[-1].startswith("reconciled ")

    with platform.client() as api, platform.client("bob") as bob, ThreadPoolExecutor(1) as pool:
        serving = Event()
        answers = pool.submit(keep_asking, api, bob, (main, savings, bobs), serving)
        repaired = make(platform, "rebuild")
        serving.set()
        seen = answers.result()
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "readers moved from query to query-green" in repaired.stdout.splitlines()[-1]
    # the API answered throughout: the tampered balance until readers moved, the ledger's after
    assert seen["failures"] == [] and seen["requests"] > 10, seen
    assert seen["main"][-1] == "27.00" and set(seen["main"]) <= {"999.99", "27.00"}, seen["main"]
    assert seen["rows"][-1] == 1
    assert make(platform, "reconcile").returncode == 0
    with platform.client() as api:  # a deposit made during the rebuild is in the projection readers read
        balance(api, savings, f"{Decimal('5.00') + seen['deposited']:.2f}")

    appliers = ("accounts", "banking", "notifications", "query")  # the services that take Deposited
    deadline = time.monotonic() + 10
    while True:  # each service applies the posting in its own time: follow until all four have
        followed = make(platform, "timeline", f"OP={deposits[0]}", "JSON=1")
        assert followed.returncode == 0, followed.stdout + followed.stderr
        hops = json.loads(followed.stdout)["hops"]
        shown = [h["hop"] for h in hops]
        if len(shown) >= 4 + len(appliers) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert shown[:4] == [
        "accepted by the API (202 deposit)",
        "Deposit published to ledger-commands",
        "Deposit handled by the ledger: posted",
        "Deposited published to ledger-events",
    ], shown
    assert sorted(shown[4:]) == [f"Deposited applied by {s}" for s in appliers]
    assert [h["at"] for h in hops] == sorted(h["at"] for h in hops)
    assert hops[0]["delayMs"] is None and all(h["delayMs"] >= 0 for h in hops[1:])
    unknown = make(platform, "timeline", "OP=op_00000000000000000000000000000000")
    assert unknown.returncode != 0 and "nothing logged" in unknown.stderr
