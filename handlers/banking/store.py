"""The banking service's storage port, and its in-memory fake for unit tests."""

from __future__ import annotations

import abc
from dataclasses import replace

from handlers.banking.model import Operation, Outcome, ProjectedAccount
from handlers.idempotency import KeyTaken, Remembered
from handlers.messages import Message


class BankingStore(abc.ABC):
    """Where the accounts projection, operations, outgoing commands and remembered responses live."""

    @abc.abstractmethod
    def get_account(self, user_id: str, account_id: str) -> ProjectedAccount | None:
        """One of the user's accounts as projected, or None."""

    @abc.abstractmethod
    def project_created(self, user_id: str, account_id: str, currency: str, version: int) -> None:
        """Learn an account's currency; status and version only if no status change came first."""

    @abc.abstractmethod
    def project_status(self, user_id: str, account_id: str, status: str, version: int) -> None:
        """Set an account's status if `version` is newer than the projected one (or none is)."""

    @abc.abstractmethod
    def create_operation(self, operation: Operation, command: Message, remembered: Remembered | None) -> None:
        """Store a new operation, its command and the remembered response atomically;
        KeyTaken (and nothing stored) if the Idempotency-Key was used meanwhile."""

    @abc.abstractmethod
    def get_operation(self, user_id: str, operation_id: str) -> Operation | None:
        """One of the user's operations, or None."""

    @abc.abstractmethod
    def finish(self, user_id: str, operation_id: str, outcome: Outcome) -> bool:
        """End an operation that is still pending; False (nothing changed) if it is not or is unknown."""

    @abc.abstractmethod
    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response stored under the user's Idempotency-Key, or None."""


class MemoryBankingStore(BankingStore):
    """The port in memory: for unit tests, with the same conditions and atomicity as DynamoDB."""

    def __init__(self) -> None:
        self.accounts: dict[tuple[str, str], ProjectedAccount] = {}
        self.operations: dict[tuple[str, str], Operation] = {}
        self.keys: dict[tuple[str, str], Remembered] = {}
        self.outbox: list[Message] = []

    def get_account(self, user_id: str, account_id: str) -> ProjectedAccount | None:
        """One of the user's accounts as projected, or None."""
        return self.accounts.get((user_id, account_id))

    def project_created(self, user_id: str, account_id: str, currency: str, version: int) -> None:
        """Learn an account's currency once; a status change seen earlier keeps its status."""
        current = self.get_account(user_id, account_id)
        if current is None:
            current = ProjectedAccount(account_id, user_id, None, "active", version)
        elif current.currency is not None:
            return  # a repeated AccountCreated
        self.accounts[(user_id, account_id)] = replace(current, currency=currency)

    def project_status(self, user_id: str, account_id: str, status: str, version: int) -> None:
        """Set a newer status; a stale or repeated one changes nothing."""
        current = self.get_account(user_id, account_id)
        if current is not None and current.version >= version:
            return
        currency = current.currency if current else None
        self.accounts[(user_id, account_id)] = ProjectedAccount(
            account_id, user_id, currency, status, version
        )

    def create_operation(self, operation: Operation, command: Message, remembered: Remembered | None) -> None:
        """Check every condition, then store all three."""
        if remembered and (operation.user_id, remembered.key) in self.keys:
            raise KeyTaken(remembered.key)
        if (operation.user_id, operation.operation_id) in self.operations:
            raise RuntimeError(f"operation {operation.operation_id} already exists")
        self.operations[(operation.user_id, operation.operation_id)] = operation
        if remembered:
            self.keys[(operation.user_id, remembered.key)] = remembered
        self.outbox.append(command)

    def get_operation(self, user_id: str, operation_id: str) -> Operation | None:
        """One of the user's operations, or None."""
        return self.operations.get((user_id, operation_id))

    def finish(self, user_id: str, operation_id: str, outcome: Outcome) -> bool:
        """End a pending operation."""
        current = self.get_operation(user_id, operation_id)
        if current is None or current.status != "pending":
            return False
        self.operations[(user_id, operation_id)] = replace(
            current,
            status=outcome.status,
            completed_at=outcome.finished_at,
            error_message=outcome.error_message,
            error_code=outcome.error_code,
        )
        return True

    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response stored under the user's key, or None."""
        return self.keys.get((user_id, key))
