"""The banking service's storage port."""

from __future__ import annotations

import abc
from typing import Any

from handlers.banking.model import Operation, Outcome, ProjectedAccount, Watched
from handlers.messaging.messages import Message
from handlers.storage.remembered import Remembered


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
    def create_operation(
        self, operation: Operation, command: Message[Any], remembered: Remembered | None
    ) -> None:
        """Store a new operation, its command and the remembered response atomically;
        KeyTaken (and nothing stored) if the Idempotency-Key was used meanwhile."""

    @abc.abstractmethod
    def get_operation(self, user_id: str, operation_id: str) -> Operation | None:
        """One of the user's operations, or None."""

    @abc.abstractmethod
    def finish(self, user_id: str, operation_id: str, outcome: Outcome) -> bool:
        """End an operation that is still pending; False (nothing changed) if it is not or is unknown."""

    @abc.abstractmethod
    def overdue(self, created_before: str) -> list[Watched]:
        """Every operation still pending that was created before the time, oldest first."""

    @abc.abstractmethod
    def oldest_pending(self) -> str | None:
        """When the oldest operation still pending was created; None if none is."""

    @abc.abstractmethod
    def republish(self, watched: Watched, at: str) -> bool:
        """Publish the operation's command again (same message) and note the step, if the operation
        is still as watched; False, nothing done, if not or if the outbox no longer has the command."""

    @abc.abstractmethod
    def request_cancel(self, watched: Watched, cancel: Message[Any], at: str) -> bool:
        """Send the CancelOperation and note the step, if the operation is still as watched."""

    @abc.abstractmethod
    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response stored under the user's Idempotency-Key, or None."""
