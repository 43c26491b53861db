"""The clients: each a user who first registers one or two webhook endpoints, then does random
deposits, withdrawals, transfers (to their own accounts, to other users', to closed, unknown,
other-currency accounts and to the source itself), closes, reads and probes of another user's ids,
through the dispatcher as the HTTP adapters call it.

A client retries what it could not get an answer to (the connection died, or 429) with the same
Idempotency-Key, as a careful client does, so every movement the bank took is one it heard of. A
movement sent without a key is not sent again: it is noted as in doubt (taken or not, unknown).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from handlers.notifications.model import EVENT_TYPES
from tests.helpers import call
from tests.reliability.faults import Crash
from tests.reliability.history import History
from tests.reliability.observe import observe

MAX_ATTEMPTS = 30
PATIENCE = 8  # how often a client asks again while its new account is not known yet
KEYLESS = 0.25  # the share of movements sent without an Idempotency-Key
MOVEMENTS = ("deposit", "withdraw", "transfer")
UNKNOWN_ACCOUNT = "acc_" + "f" * 32  # an id no account has


@dataclass
class Request:
    """One request, kept as it was first sent so a retry is the same request."""

    operation: str
    params: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    key: str | None = None
    probe: bool = False
    until_known: bool = False  # a 404 is asked again, a few times: the account is new
    at_once: bool = False  # once answered, the next request of the plan leaves in the same breath
    attempts: int = 0


class Client:
    """One user's session: `operations` requests, then done."""

    def __init__(self, user: str, others: list[str], stores: Any, history: History, rng: random.Random):
        self.user, self.others, self.stores, self.history, self.rng = user, others, stores, history, rng
        self.name, self.busy = f"client-{user}", False
        self.clock: Callable[[], float] = lambda: 0.0
        self.backoff_unit, self.not_before = 1.0, 0.0  # a retry waits a growing number of units
        self.remaining, self.sent, self.endpoints = 0, 0, 0
        self.pending: Request | None = None
        self.plan: list[Callable[[], Request | None]] = []
        self.balances: dict[str, Decimal] = {}

    def runnable(self) -> bool:
        """Whether the client has something to send now (not while backing off)."""
        if self.pending is not None:
            return self.clock() >= self.not_before
        return bool(self.plan) or self.remaining > 0

    def finished(self) -> bool:
        """Whether every request got its answer."""
        return self.pending is None and not self.plan and self.remaining <= 0

    def step(self) -> None:
        """Send the pending request, or the next one; keep it pending if unanswered."""
        request = self.pending or self.next_request()
        if request is None:
            return
        self.pending, request.attempts = request, request.attempts + 1
        headers = {"Idempotency-Key": request.key} if request.key else None
        try:
            response = call(
                request.operation, self.user, self.stores, request.body, headers, **request.params
            )
        except Crash:
            self.history.answered(request.operation, 0, "CONNECTION_LOST")
            unanswered = True
        else:
            observe(self, request, response)
            unanswered = response.status == 429  # throttled, maybe after its write was applied
            unknown = response.status == 404 and request.until_known and request.attempts < PATIENCE
            if not unanswered and not unknown:
                self.pending = None
        if unanswered and request.key is None and request.operation in MOVEMENTS:
            # sent again, a movement without a key could be taken twice: the client lets it go
            assert request.body is not None
            self.history.in_doubt(self.user, request.operation, request.body)
            self.pending = None
        if self.pending is not None:  # as a careful client does: back off, up to a limit
            self.not_before = self.clock() + self.backoff_unit * min(2**request.attempts, 64)
            if request.attempts >= MAX_ATTEMPTS:
                self.history.wrong(
                    f"{self.user} gave up on {request.operation} after {request.attempts} tries"
                )
                self.pending = None
        if self.pending is None and request.at_once and self.plan:
            self.step()

    def next_request(self) -> Request | None:
        """The next request of the plan, or a new random one."""
        if self.plan:
            return self.plan.pop(0)()
        self.remaining -= 1
        roll, accounts = self.rng.random(), self.history.accounts_of(self.user)
        if not accounts or roll < 0.06:
            return self.open()
        account = self.rng.choice(accounts)
        if roll < 0.36:
            return self.move("deposit", account, self.amount(account, 50000))
        if roll < 0.50:
            return self.move("withdraw", account, self.amount(account, 20000))
        if roll < 0.57:  # empty it, then close it
            self.plan = [lambda: self.withdraw_all(account), lambda: self.close(account)]
            return Request("getBalance", {"account_id": account})
        if roll < 0.67:  # a new account's first deposits, and at once a close that races them to the ledger
            self.plan = [self.first_deposit, self.next_deposit, self.close_newest]
            return self.open()
        if roll < 0.68:
            return self.close(account)
        if roll < 0.82:
            return self.transfer(account)
        return self.read(account) if roll < 0.92 else self.probe()

    def key(self) -> str:
        """A fresh Idempotency-Key."""
        self.sent += 1
        return f"{self.user}-{self.sent}"

    def amount(self, account: str, cents: int) -> Decimal:
        """A random amount the account's currency can hold."""
        whole = self.history.currencies[account] == "JPY"
        return (
            Decimal(self.rng.randint(1, cents // 100)) if whole else Decimal(self.rng.randint(1, cents)) / 100
        )

    def open(self) -> Request:
        """Open an account."""
        currency = self.rng.choice(["EUR", "EUR", "JPY"])
        return Request(
            "createAccount", body={"name": f"{self.user} {currency}", "currency": currency}, key=self.key()
        )

    def register_webhook(self) -> Request:
        """A webhook endpoint whose URL names its owner: the first takes every event type, a second
        only some."""
        self.endpoints += 1
        body: dict[str, Any] = {"url": f"https://{self.user}-{self.endpoints}.receiver.test/hook"}
        if self.endpoints > 1:
            body["eventTypes"] = self.rng.sample(EVENT_TYPES, self.rng.randint(1, 3))
        return Request("createWebhookEndpoint", body=body, key=self.key())

    def move(self, kind: str, account: str, amount: Decimal) -> Request:
        """A deposit or withdrawal, now and then without an Idempotency-Key (it is optional)."""
        key = None if self.rng.random() < KEYLESS else self.key()
        return Request(kind, body={"accountId": account, "amount": amount}, key=key)

    def transfer(self, source: str) -> Request:
        """A transfer from one of the client's accounts: mostly to an account of the same currency
        (the client's own or another user's, open or closed), sometimes to one that cannot take it."""
        everyone = [a for a in self.history.owners if a != source]
        alike = [a for a in everyone if self.history.currencies[a] == self.history.currencies[source]]
        roll = self.rng.random()
        if alike and roll < 0.85:
            destination = self.rng.choice(alike)
        elif roll < 0.92 and everyone:
            destination = self.rng.choice(everyone)  # another currency, often
        else:
            destination = self.rng.choice([source, UNKNOWN_ACCOUNT])
        key = None if self.rng.random() < KEYLESS else self.key()
        amount = self.amount(source, 5000)
        body = {"fromAccountId": source, "toAccountId": destination, "amount": amount}
        if self.rng.random() < 0.5:
            body["description"] = f"from {self.user}"
        return Request("transfer", body=body, key=key)

    def first_deposit(self) -> Request:
        """A deposit on the newest account, asked again until banking has heard of the account."""
        return replace(self.next_deposit(), until_known=True)

    def next_deposit(self) -> Request:
        """A deposit on the newest account, followed at once by the next request."""
        newest = self.history.accounts_of(self.user)[-1]
        return replace(self.move("deposit", newest, self.amount(newest, 1000)), at_once=True)

    def close_newest(self) -> Request:
        """Close the newest account."""
        return self.close(self.history.accounts_of(self.user)[-1])

    def withdraw_all(self, account: str) -> Request | None:
        """Withdraw the balance last read, if any."""
        balance = self.balances.get(account, Decimal(0))
        return self.move("withdraw", account, balance) if balance > 0 else None

    def close(self, account: str) -> Request:
        """Close an account."""
        return Request("closeAccount", {"account_id": account})

    def read(self, account: str) -> Request:
        """A read of the client's own things."""
        mine = self.history.operations_of(self.user)
        if mine and self.rng.random() < 0.4:
            return Request("getOperationStatus", {"operation_id": self.rng.choice(mine)})
        kind = self.rng.choice(
            ["getBalance", "getTransactions", "getAccount", "listBalances", "listAccounts"]
        )
        return Request(kind, {} if kind.startswith("list") else {"account_id": account})

    def probe(self) -> Request | None:
        """Another user's account or operation, as this user: it must not exist for them."""
        other = self.rng.choice(self.others)
        theirs = self.history.operations_of(other)
        if theirs and self.rng.random() < 0.3:
            return Request("getOperationStatus", {"operation_id": self.rng.choice(theirs)}, probe=True)
        accounts = self.history.accounts_of(other)
        if not accounts:
            return None
        account = self.rng.choice(accounts)
        kind = self.rng.choice(
            ["getAccount", "getBalance", "getTransactions", "closeAccount", "deposit", "withdraw", "transfer"]
        )
        if kind == "transfer":  # from their account to one of mine
            mine = self.history.accounts_of(self.user) or [account]
            body = {"fromAccountId": account, "toAccountId": mine[0], "amount": Decimal(1)}
            return Request(kind, body=body, key=self.key(), probe=True)
        if kind in ("deposit", "withdraw"):
            return Request(
                kind, body={"accountId": account, "amount": Decimal(1)}, key=self.key(), probe=True
            )
        return Request(kind, {"account_id": account}, probe=True)
