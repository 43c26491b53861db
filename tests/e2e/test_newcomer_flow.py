"""What the README promises a newcomer, against a platform started as `make run` starts it.

Every call goes through the generated SDK, and the referee judges every response it receives.
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import httpx
from digital_banking_client import AuthenticatedClient
from digital_banking_client.api.accounts import create_account, get_account, list_accounts
from digital_banking_client.api.banking import deposit, get_operation_status, withdraw
from digital_banking_client.api.query import get_balance, get_transactions
from digital_banking_client.models import (
    AccountCreated,
    Balance,
    CreateAccountRequest,
    Currency,
    MoneyMovementRequest,
    Operation,
    OperationAccepted,
    Problem,
    TransactionPage,
)

from tests.e2e.platform import RunningPlatform

MOVES = {"deposit": deposit, "withdraw": withdraw}


def wait_until(check: Any, seconds: float) -> Any:
    """Poll until check() returns something truthy; the value, or None after the deadline."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.02)
    return None


def open_account(bank: AuthenticatedClient, name: str) -> str:
    body = CreateAccountRequest(name=name, currency=Currency.EUR)
    created = create_account.sync_detailed(client=bank, body=body)
    assert created.status_code == 201 and created.headers["content-type"] == "application/json"
    assert isinstance(created.parsed, AccountCreated)
    return created.parsed.account_id


def reads(balance: Any, amount: str) -> Any:
    """The balance once it shows the amount, else None (to wait on)."""
    return balance if isinstance(balance, Balance) and balance.balance == Decimal(amount) else None


def settled(bank: AuthenticatedClient, operation_id: str) -> Operation | None:
    operation = get_operation_status.sync(client=bank, operation_id=operation_id)
    assert isinstance(operation, Operation)
    return operation if operation.status != "pending" else None


def accept(bank: AuthenticatedClient, kind: str, account: str, amount: str) -> str:
    """POST the movement; a brand-new account reaches banking a moment after it is opened."""
    body = MoneyMovementRequest(account_id=account, amount=Decimal(amount))
    send = MOVES[kind].sync_detailed
    response = wait_until(lambda: (r := send(client=bank, body=body)).status_code != 404 and r, 2)
    assert response is not None and response.status_code == 202, "the account never became usable"
    assert isinstance(response.parsed, OperationAccepted)
    return response.parsed.operation_id


def move(bank: AuthenticatedClient, kind: str, account: str, amount: str) -> tuple[Operation, float]:
    """A movement from 202 to its end; the operation and the seconds it took."""
    operation_id = accept(bank, kind, account, amount)
    started = time.monotonic()
    done = wait_until(lambda: settled(bank, operation_id), 5)
    assert done, "the operation stayed pending"
    return done, time.monotonic() - started


def test_open_deposit_withdraw_and_read(platform: RunningPlatform) -> None:
    with platform.bank() as bank:
        account = open_account(bank, "Everyday")
        deposited, seconds = move(bank, "deposit", account, "100.10")
        assert deposited.status == "completed" and seconds < 2
        withdrawal, seconds = move(bank, "withdraw", account, "30.05")
        assert withdrawal.status == "completed" and seconds < 2
        # the query service hears of a posting in parallel with banking: it may trail by a moment
        balance = wait_until(lambda: reads(get_balance.sync(client=bank, account_id=account), "70.05"), 2)
        assert isinstance(balance, Balance) and balance.balance == Decimal("70.05")
        page = get_transactions.sync(client=bank, account_id=account)
        assert isinstance(page, TransactionPage)
        assert [(t.type_, t.balance) for t in page.transactions] == [
            ("withdraw", Decimal("70.05")),
            ("deposit", Decimal("100.10")),
        ]
        refused, _ = move(bank, "withdraw", account, "500")
        assert (refused.status, refused.error_code) == ("failed", "INSUFFICIENT_BALANCE")


def test_other_users_and_strangers_see_nothing(platform: RunningPlatform) -> None:
    with platform.bank("alice") as alice, platform.bank("bob") as bob:
        account = open_account(alice, "Alice's")
        assert get_account.sync_detailed(client=bob, account_id=account).status_code == 404
        assert list_accounts.sync(client=bob) == []
    with platform.anonymous() as anonymous:
        refused = list_accounts.sync_detailed(client=anonymous)
    assert refused.status_code == 401
    assert refused.headers["content-type"] == "application/problem+json"
    assert isinstance(refused.parsed, Problem) and refused.parsed.code == "UNAUTHORIZED"
    with platform.bank(token="x.y.z") as forged:
        assert list_accounts.sync_detailed(client=forged).status_code == 401


def test_the_contract_and_its_ui_are_served(platform: RunningPlatform) -> None:
    assert (
        httpx.get(f"{platform.url}/openapi.json", timeout=5).json()["info"]["title"] == "Digital Banking API"
    )
    assert "swagger" in httpx.get(f"{platform.url}/ui/", timeout=5).text.lower()
