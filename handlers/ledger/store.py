"""The ledger's storage port."""

from __future__ import annotations

import abc
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from handlers.ledger.model import Entry, LedgerAccount
from handlers.messaging.messages import Message


class Outcome(enum.Enum):
    """What became of a change."""

    APPLIED = "applied"
    DUPLICATE = "duplicate"  # the message was handled before: nothing written
    STALE = "stale"  # the account changed since it was read: nothing written, decide again


@dataclass(frozen=True)
class Credit:
    """The second account a transfer writes: its state as read (the change applies only if it is
    still so), its state after, the entry its journal keeps and the event about it."""

    expected: LedgerAccount
    state: LedgerAccount
    entry: Entry
    event: Message[Any]


@dataclass(frozen=True)
class Change:
    """Everything one consumed message does, written all at once or not at all.

    `expected` is the account as read (None: it had no state), so the change applies only if the
    account's sequence and status are still those; `state`, when given, replaces it. A posted
    transfer also writes its destination (`credit`), under the same kind of guard.
    """

    message: Message[Any]
    account_id: str
    expected: LedgerAccount | None
    state: LedgerAccount | None = None
    entry: Entry | None = None
    event: Message[Any] | None = None
    credit: Credit | None = None


class LedgerStore(abc.ABC):
    """Where account states, journals, handled message ids and outgoing messages live."""

    @abc.abstractmethod
    def state(self, account_id: str) -> LedgerAccount | None:
        """The account's current state (a consistent read), or None."""

    @abc.abstractmethod
    def journal(self, account_id: str) -> list[Entry]:
        """The account's entries, in sequence order."""

    @abc.abstractmethod
    def apply(self, change: Change) -> Outcome:
        """Record the message as handled with its effects, atomically; see Outcome."""

    @abc.abstractmethod
    def forbid(self, command_id: str, refusal: Message[Any]) -> bool:
        """Record that a command will never be applied (the inbox item it would need, so it arrives
        as a duplicate) and send its refusal, atomically; False, nothing written, if it was applied."""

    @abc.abstractmethod
    def posting(self, account_id: str, operation_id: str, not_before: str) -> Entry | None:
        """The journal entry that posted an operation, among those posted since `not_before`."""

    @abc.abstractmethod
    def publish(self, event: Message[Any]) -> None:
        """Send an event that changes nothing else (an answer given again)."""

    @abc.abstractmethod
    def apply_together(self, changes: Sequence[Change]) -> Outcome:
        """Record several messages of one account as handled with their effects, all at once or not at
        all: each change was decided on the state the one before it leaves, so the account ends in the
        last state given, on condition that it is still as the first change read it. DUPLICATE if any
        message was handled before, STALE if the account changed meanwhile (nothing written either way)."""
