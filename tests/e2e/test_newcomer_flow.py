"""What the README promises a newcomer, against a platform started as `make run` starts it."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import httpx

from handlers import jsonio
from tests.e2e.conftest import RunningPlatform


def wait_until(check: Any, seconds: float) -> Any:
    """Poll until check() returns something truthy; the value, or None after the deadline."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.02)
    return None


def post(client: httpx.Client, path: str, body: dict[str, Any]) -> httpx.Response:
    return client.post(path, content=jsonio.dumps(body), headers={"content-type": "application/json"})


def settled(client: httpx.Client, operation_id: str) -> dict[str, Any] | None:
    body = jsonio.loads(client.get(f"/operation-status/{operation_id}").content)
    return body if body["status"] != "pending" else None


def accept(client: httpx.Client, kind: str, account: str, amount: str) -> str:
    """POST the movement; a brand-new account reaches banking a moment after it is opened."""
    body = {"accountId": account, "amount": Decimal(amount)}
    response = wait_until(lambda: (r := post(client, f"/{kind}", body)).status_code != 404 and r, 2)
    assert response is not None and response.status_code == 202, "the account never became usable"
    return str(response.json()["operationId"])


def move(client: httpx.Client, kind: str, account: str, amount: str) -> tuple[dict[str, Any], float]:
    """A movement from 202 to its end; the operation and the seconds it took."""
    operation_id = accept(client, kind, account, amount)
    started = time.monotonic()
    done = wait_until(lambda: settled(client, operation_id), 5)
    assert done, "the operation stayed pending"
    return done, time.monotonic() - started


def test_open_deposit_withdraw_and_read(platform: RunningPlatform) -> None:
    with platform.client() as client:
        created = post(client, "/accounts", {"name": "Everyday", "currency": "EUR"})
        assert created.status_code == 201 and created.headers["content-type"] == "application/json"
        account = created.json()["accountId"]
        deposit, seconds = move(client, "deposit", account, "100.10")
        assert deposit["status"] == "completed" and seconds < 2
        withdrawal, seconds = move(client, "withdraw", account, "30.05")
        assert withdrawal["status"] == "completed" and seconds < 2
        balance = jsonio.loads(client.get(f"/balances/{account}").content)
        assert balance["balance"] == Decimal("70.05")
        history = jsonio.loads(client.get(f"/transactions/{account}").content)["transactions"]
        assert [(t["type"], t["balance"]) for t in history] == [
            ("withdraw", Decimal("70.05")),
            ("deposit", Decimal("100.10")),
        ]
        refused, _ = move(client, "withdraw", account, "500")
        assert (refused["status"], refused["errorCode"]) == ("failed", "INSUFFICIENT_BALANCE")


def test_other_users_and_strangers_see_nothing(platform: RunningPlatform) -> None:
    with platform.client("alice") as alice, platform.client("bob") as bob:
        account = post(alice, "/accounts", {"name": "Alice's", "currency": "EUR"}).json()["accountId"]
        assert bob.get(f"/accounts/{account}").status_code == 404
        assert bob.get("/accounts").json() == []
    anonymous = httpx.get(f"{platform.url}/accounts", timeout=5)
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"] == "application/problem+json"
    assert anonymous.json()["code"] == "UNAUTHORIZED"
    forged = httpx.get(f"{platform.url}/accounts", headers={"Authorization": "Bearer x.y.z"}, timeout=5)
    assert forged.status_code == 401


def test_the_contract_and_its_ui_are_served(platform: RunningPlatform) -> None:
    assert (
        httpx.get(f"{platform.url}/openapi.json", timeout=5).json()["info"]["title"] == "Digital Banking API"
    )
    assert "swagger" in httpx.get(f"{platform.url}/ui/", timeout=5).text.lower()
