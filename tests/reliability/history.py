"""What the clients saw: every account and operation they were told of, and anything wrong on the way."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Accepted:
    """A money movement the API accepted (202)."""

    operation_id: str
    user: str
    account_id: str
    kind: str
    amount: Decimal


@dataclass(frozen=True)
class Registered:
    """A webhook endpoint a client registered, as it was told: its id, owner, URL, secret, types."""

    endpoint_id: str
    user: str
    url: str
    secret: str
    event_types: tuple[str, ...]


@dataclass
class History:
    """The clients' shared record; safe to write from several threads."""

    owners: dict[str, str] = field(default_factory=dict)  # account id -> user
    currencies: dict[str, str] = field(default_factory=dict)
    accepted: dict[str, Accepted] = field(default_factory=dict)
    seen_status: dict[str, str] = field(default_factory=dict)  # operation -> first terminal status seen
    doubtful: Counter[tuple[str, str, str, Decimal]] = field(default_factory=Counter)  # unanswered, no key
    responses: Counter[str] = field(default_factory=Counter)
    endpoints: dict[str, Registered] = field(default_factory=dict)  # url -> the endpoint registered there
    violations: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def opened(self, user: str, account_id: str, currency: str) -> None:
        """An account a client was told it opened."""
        with self.lock:
            if self.owners.setdefault(account_id, user) != user:
                self.violations.append(f"{account_id} was given to {user} and to {self.owners[account_id]}")
            self.currencies[account_id] = currency

    def registered(self, endpoint: Registered) -> None:
        """A webhook endpoint a client was told it registered; one per URL."""
        with self.lock:
            known = self.endpoints.setdefault(endpoint.url, endpoint)
            if known != endpoint:
                self.violations.append(f"{endpoint.url} was registered as {known} and as {endpoint}")

    def accept(self, accepted: Accepted) -> None:
        """A 202; a replay must name the same movement."""
        with self.lock:
            known = self.accepted.setdefault(accepted.operation_id, accepted)
            if known != accepted:
                self.violations.append(f"{accepted.operation_id} accepted as {known} and as {accepted}")

    def in_doubt(self, user: str, operation: str, body: dict[str, Any]) -> None:
        """A movement without an Idempotency-Key that got no answer: the bank may or may not hold it."""
        with self.lock:
            account = body.get("accountId") or body["fromAccountId"]
            self.doubtful[(user, account, operation, Decimal(body["amount"]))] += 1

    def status_seen(self, operation_id: str, status: str) -> None:
        """An operation's status as read; once terminal it may never change."""
        with self.lock:
            first = self.seen_status.get(operation_id)
            if first is None and status != "pending":
                self.seen_status[operation_id] = status
            elif first is not None and first != status:
                self.violations.append(f"{operation_id} was {first}, later {status}")

    def answered(self, operation: str, status: int, code: str | None = None) -> None:
        """Count a response."""
        with self.lock:
            self.responses[f"{operation} {status}{' ' + code if code else ''}"] += 1

    def wrong(self, what: str) -> None:
        """Something no client should ever see."""
        with self.lock:
            self.violations.append(what)

    def operations_of(self, user: str) -> list[str]:
        """The movements the user was told were accepted."""
        with self.lock:
            return [a.operation_id for a in self.accepted.values() if a.user == user]

    def accounts_of(self, user: str) -> list[str]:
        """The user's accounts, in the order they were opened."""
        with self.lock:
            return [a for a, owner in self.owners.items() if owner == user]
