"""The accounts service's storage port."""

from __future__ import annotations

import abc
from decimal import Decimal
from typing import Any

from handlers.accounts.model import Account
from handlers.messaging.messages import Message
from handlers.storage.remembered import Remembered


class AccountsStore(abc.ABC):
    """Where accounts, their outgoing messages and remembered responses live."""

    @abc.abstractmethod
    def create(self, account: Account, message: Message[Any], remembered: Remembered | None) -> None:
        """Store a new account and its message atomically; KeyTaken if the key was used meanwhile."""

    @abc.abstractmethod
    def get(self, user_id: str, account_id: str) -> Account | None:
        """One of the user's accounts, or None."""

    @abc.abstractmethod
    def list(self, user_id: str) -> list[Account]:
        """Every account of the user, oldest first."""

    @abc.abstractmethod
    def replace(self, account: Account, expected_version: int, message: Message[Any]) -> bool:
        """Store a changed status and its message atomically if neither the account's version nor
        its ledger sequence moved since `account` was read (so a close sees the latest balance)."""

    @abc.abstractmethod
    def record_posting(self, user_id: str, account_id: str, balance: Decimal, sequence: int) -> None:
        """Note a ledger balance unless a newer posting was already noted (or no such account)."""

    @abc.abstractmethod
    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response stored under the user's Idempotency-Key, or None."""
