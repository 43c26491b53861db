"""What answers may carry: failures inside become a bare Problem (no trace, no names, no tables),
a throttled store becomes 429 with Retry-After, and every answer has the security headers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from botocore.exceptions import ClientError

from infra.functions import runtime
from tests.security.conftest import Platform
from tests.security.problems import assert_problem, assert_security_headers, leaks

INSIDE = (
    "ConditionalCheckFailedException on test-accounts (pk USER#alice, sk ACCOUNT#acc_1) "
    'File "/var/task/handlers/accounts/dynamo_store.py", line 42 at 0x7f3a2b1c4d50'
)


class Broken:
    """A DynamoDB client whose every use fails with `error`."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __getattr__(self, _: str) -> Any:
        raise self.error


@pytest.fixture
def break_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Exception], None]]:
    """Wire the API on a client that fails with the given error, for one test."""

    def broken(error: Exception) -> None:
        runtime.api.cache_clear()
        monkeypatch.setattr(runtime, "client", lambda: Broken(error))

    yield broken
    runtime.api.cache_clear()  # what was wired on the broken client


FAILURES = {
    "a bug": RuntimeError(INSIDE),
    "a storage error": ClientError({"Error": {"Code": "ValidationException", "Message": INSIDE}}, "Query"),
    "a cancelled transaction": ClientError(
        {"Error": {"Code": "TransactionCanceledException", "Message": INSIDE}}, "TransactWriteItems"
    ),
}


@pytest.mark.parametrize("error", list(FAILURES.values()), ids=list(FAILURES))
def test_a_failure_inside_is_a_bare_500(
    platform: Platform, break_store: Callable[[Exception], None], error: Exception
) -> None:
    break_store(error)
    response = platform.call("GET", "/accounts")
    assert response.status_code == 500
    assert_problem(response, 500, "INTERNAL_ERROR")
    assert response.json()["detail"] == "An unexpected error occurred"


@pytest.mark.parametrize("code", ["ProvisionedThroughputExceededException", "ThrottlingException"])
def test_a_throttled_store_asks_the_caller_to_come_back(
    platform: Platform, break_store: Callable[[Exception], None], code: str
) -> None:
    break_store(ClientError({"Error": {"Code": code, "Message": INSIDE}}, "GetItem"))
    response = platform.call("GET", f"/balances/{platform.accounts['alice']}")
    assert_problem(response, 429, "RATE_LIMITED")
    assert int(response.headers["retry-after"]) >= 1


def test_a_transaction_cancelled_for_throttling_asks_the_caller_to_come_back(
    platform: Platform, break_store: Callable[[Exception], None]
) -> None:
    reasons = [{"Code": "None"}, {"Code": "ThrottlingError", "Message": INSIDE}]
    answer = {
        "Error": {"Code": "TransactionCanceledException", "Message": INSIDE},
        "CancellationReasons": reasons,
    }
    break_store(ClientError(answer, "TransactWriteItems"))  # type: ignore[arg-type]
    assert_problem(platform.call("GET", "/accounts"), 429, "RATE_LIMITED")


REFUSALS = {
    "no such path": ("GET", "/vaults", 404),
    "no such method": ("DELETE", "/accounts", 405),
    "no token": ("GET", "/balances", 401),
}


@pytest.mark.parametrize(("method", "path", "status"), list(REFUSALS.values()), ids=list(REFUSALS))
def test_the_adapters_own_refusals_are_problems_too(
    platform: Platform, method: str, path: str, status: int
) -> None:
    response = platform.call(method, path, None if status == 401 else "alice")
    assert_problem(response, status)


def test_successes_carry_the_security_headers_too(platform: Platform) -> None:
    account = platform.accounts["alice"]
    for response in (
        platform.call("GET", "/accounts"),
        platform.call("GET", f"/transactions/{account}"),
        platform.call("POST", "/accounts", "dave", body={"name": "Dave's", "currency": "EUR"}),
        platform.call("POST", "/deposit", body={"accountId": account, "amount": 1}),
    ):
        assert response.status_code < 300, response.text
        assert_security_headers(response)
        assert not leaks(response.text)
    platform.bank.settle()
