"""The accounts service's storage port, and its in-memory fake for unit tests."""

from __future__ import annotations

import abc
from dataclasses import replace
from decimal import Decimal

from handlers.accounts.model import Account
from handlers.idempotency import KeyTaken, Remembered
from handlers.messages import Message


class AccountsStore(abc.ABC):
    """Where accounts, their outgoing messages and remembered responses live."""

    @abc.abstractmethod
    def create(self, account: Account, message: Message, remembered: Remembered | None) -> None:
        """Store a new account and its message atomically; KeyTaken if the key was used meanwhile."""

    @abc.abstractmethod
    def get(self, user_id: str, account_id: str) -> Account | None:
        """One of the user's accounts, or None."""

    @abc.abstractmethod
    def list(self, user_id: str) -> list[Account]:
        """Every account of the user, oldest first."""

    @abc.abstractmethod
    def replace(self, account: Account, expected_version: int, message: Message) -> bool:
        """Store a changed status and its message atomically if neither the account's version nor
        its ledger sequence moved since `account` was read (so a close sees the latest balance)."""

    @abc.abstractmethod
    def record_posting(self, user_id: str, account_id: str, balance: Decimal, sequence: int) -> None:
        """Note a ledger balance unless a newer posting was already noted (or no such account)."""

    @abc.abstractmethod
    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response stored under the user's Idempotency-Key, or None."""


class MemoryAccountsStore(AccountsStore):
    """The port in memory: for unit tests, with the same atomicity as DynamoDB."""

    def __init__(self) -> None:
        self.accounts: dict[tuple[str, str], Account] = {}
        self.keys: dict[tuple[str, str], Remembered] = {}
        self.outbox: list[Message] = []

    def create(self, account: Account, message: Message, remembered: Remembered | None) -> None:
        """Store a new account and its message atomically."""
        if remembered and (account.user_id, remembered.key) in self.keys:
            raise KeyTaken(remembered.key)
        self.accounts[(account.user_id, account.account_id)] = account
        if remembered:
            self.keys[(account.user_id, remembered.key)] = remembered
        self.outbox.append(message)

    def get(self, user_id: str, account_id: str) -> Account | None:
        """One of the user's accounts, or None."""
        return self.accounts.get((user_id, account_id))

    def list(self, user_id: str) -> list[Account]:
        """Every account of the user, oldest first."""
        mine = [a for (owner, _), a in self.accounts.items() if owner == user_id]
        return sorted(mine, key=lambda a: (a.created_at, a.account_id))

    def replace(self, account: Account, expected_version: int, message: Message) -> bool:
        """Store a changed account if its version is still the expected one."""
        current = self.get(account.user_id, account.account_id)
        if current is None or current.version != expected_version:
            return False
        if current.ledger_sequence != account.ledger_sequence:
            return False
        kept = replace(account, balance=current.balance, ledger_sequence=current.ledger_sequence)
        self.accounts[(account.user_id, account.account_id)] = kept
        self.outbox.append(message)
        return True

    def record_posting(self, user_id: str, account_id: str, balance: Decimal, sequence: int) -> None:
        """Note a newer ledger balance."""
        current = self.get(user_id, account_id)
        if current is not None:
            self.accounts[(user_id, account_id)] = current.with_posting(balance, sequence)

    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response stored under the user's key, or None."""
        return self.keys.get((user_id, key))
