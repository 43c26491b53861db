"""Interleavings the seeded workload reaches only rarely, forced step by step on DynamoDB (moto)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.scenario.harness import Bank


@pytest.fixture
def bank(dynamo_client: Any) -> Bank:
    return Bank(dynamo_client)


def accepted(bank: Bank, kind: str, account: str, amount: str) -> str:
    response = bank.api(kind, "alice", {"accountId": account, "amount": Decimal(amount)})
    assert response.status == 202, response.body
    return str(response.body["operationId"])


def test_a_refused_close_is_undone_even_when_a_posting_lands_while_it_is_handled(
    bank: Bank, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = bank.open_account("alice")
    accepted(bank, "deposit", account, "5.00")
    assert bank.api("closeAccount", "alice", account_id=account).status == 200
    bank.pump()
    bank.deliver_all("ledger-commands")  # the deposit is posted, so the ledger refuses the close
    bank.deliver_all("ledger-account-events")
    bank.pump()
    to_accounts = bank.queues.pop("accounts-events")
    (deposited,) = [b for b in to_accounts if '"Deposited"' in b]
    (refused,) = [b for b in to_accounts if '"AccountCloseRejected"' in b]
    store = bank.stores.accounts
    read = store.get

    def read_then_the_posting_lands(user: str, account_id: str) -> Any:
        found = read(user, account_id)
        monkeypatch.setattr(store, "get", read)
        bank.deliver("accounts-events", deposited)  # another consumer, between this read and write
        return found

    monkeypatch.setattr(store, "get", read_then_the_posting_lands)
    bank.deliver("accounts-events", refused)
    bank.settle()
    shown = bank.api("getAccount", "alice", account_id=account).body
    assert (shown["status"], shown["closedAt"]) == ("active", None)
    assert bank.api("getBalance", "alice", account_id=account).body["balance"] == Decimal("5.00")
    again = bank.api("withdraw", "alice", {"accountId": account, "amount": Decimal("5.00")})
    assert again.status == 202, "the money must not be stranded in a closed account"
