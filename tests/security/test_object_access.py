"""Object-level authorization: Bob with Alice's ids gets the very answer an id of nobody's gets
(404, same body: nothing to enumerate), and nothing of Alice's changes."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from tests.security.conftest import Platform, Snapshot
from tests.security.problems import assert_problem

NOBODYS_ACCOUNT, NOBODYS_OPERATION = "acc_" + "0" * 32, "op_" + "0" * 32
Probe = Callable[[Platform, str, str], Any]  # (platform, account id, operation id) -> response as Bob


def move(kind: str) -> Probe:
    def probe(p: Platform, account: str, _: str) -> Any:
        return p.call("POST", f"/{kind}", "bob", body={"accountId": account, "amount": Decimal("5.00")})

    return probe


PROBES: dict[str, Probe] = {
    "getAccount": lambda p, account, _: p.call("GET", f"/accounts/{account}", "bob"),
    "closeAccount": lambda p, account, _: p.call("PUT", f"/accounts/{account}/close", "bob"),
    "getBalance": lambda p, account, _: p.call("GET", f"/balances/{account}", "bob"),
    "getTransactions": lambda p, account, _: p.call("GET", f"/transactions/{account}", "bob"),
    "getTransactions, a page": lambda p, account, _: p.call(
        "GET", f"/transactions/{account}", "bob", params={"limit": "1", "cursor": "Mg"}
    ),
    "getOperationStatus": lambda p, _, op: p.call("GET", f"/operation-status/{op}", "bob"),
    "deposit": move("deposit"),
    "withdraw": move("withdraw"),
}


def comparable(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != "timestamp"}


@pytest.mark.parametrize("probe", list(PROBES.values()), ids=list(PROBES))
def test_another_users_id_answers_as_a_missing_one_and_changes_nothing(
    platform: Platform, alices_state: Snapshot, probe: Probe
) -> None:
    before = alices_state()
    stolen = probe(platform, platform.accounts["alice"], platform.deposit_id)
    missing = probe(platform, NOBODYS_ACCOUNT, NOBODYS_OPERATION)
    assert comparable(assert_problem(stolen, 404, "NOT_FOUND")) == comparable(assert_problem(missing, 404))
    assert stolen.headers.keys() == missing.headers.keys()
    platform.bank.settle()  # anything it may have set going would show now
    assert alices_state() == before


def test_an_idempotency_key_is_the_callers_own(platform: Platform) -> None:
    key = {"Idempotency-Key": "shared-key-1"}
    alices = {"accountId": platform.accounts["alice"], "amount": Decimal("3.00")}
    first = platform.call("POST", "/deposit", "alice", headers=key, body=alices)
    assert first.status_code == 202
    replayed_to_bob = platform.call("POST", "/deposit", "bob", headers=key, body=alices)
    assert_problem(replayed_to_bob, 404, "NOT_FOUND")
    bobs = {"accountId": platform.accounts["bob"], "amount": Decimal("3.00")}
    own = platform.call("POST", "/deposit", "bob", headers=key, body=bobs)
    assert own.status_code == 202 and "idempotent-replayed" not in own.headers
    assert own.json()["operationId"] != first.json()["operationId"]
    platform.bank.settle()


def test_lists_show_only_the_callers_own(platform: Platform) -> None:
    for user in ("alice", "bob"):
        accounts = platform.call("GET", "/accounts", user).json()
        balances = platform.call("GET", "/balances", user).json()
        assert [a["accountId"] for a in accounts] == [platform.accounts[user]]
        assert {a["userId"] for a in accounts} == {platform.subs[user]}
        assert [b["accountId"] for b in balances] == [platform.accounts[user]]
