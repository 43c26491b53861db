"""The ledger's storage port, and its in-memory fake for unit tests."""

from __future__ import annotations

import abc
import enum
from dataclasses import dataclass

from handlers.dynamo import TransactionConflict
from handlers.ledger.model import Entry, LedgerAccount
from handlers.messages import Message


class Outcome(enum.Enum):
    """What became of a change."""

    APPLIED = "applied"
    DUPLICATE = "duplicate"  # the message was handled before: nothing written
    STALE = "stale"  # the account changed since it was read: nothing written, decide again


@dataclass(frozen=True)
class Change:
    """Everything one consumed message does, written all at once or not at all.

    `expected` is the account as read (None: it had no state), so the change applies only if the
    account's sequence and status are still those; `state`, when given, replaces it.
    """

    message: Message
    account_id: str
    expected: LedgerAccount | None
    state: LedgerAccount | None = None
    entry: Entry | None = None
    event: Message | None = None


def unchanged(current: LedgerAccount | None, expected: LedgerAccount | None) -> bool:
    """Whether the account is still as it was read: same sequence and status, or still absent."""
    if current is None or expected is None:
        return current is None and expected is None
    return (current.sequence, current.status) == (expected.sequence, expected.status)


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


class MemoryLedgerStore(LedgerStore):
    """The port in memory: for unit tests, with the same conditions and atomicity as DynamoDB."""

    def __init__(self) -> None:
        self.states: dict[str, LedgerAccount] = {}
        self.entries: dict[str, dict[int, Entry]] = {}
        self.inbox: set[str] = set()
        self.outbox: list[Message] = []

    def state(self, account_id: str) -> LedgerAccount | None:
        """The account's current state, or None."""
        return self.states.get(account_id)

    def journal(self, account_id: str) -> list[Entry]:
        """The account's entries, in sequence order."""
        entries = self.entries.get(account_id, {})
        return [entries[s] for s in sorted(entries)]

    def apply(self, change: Change) -> Outcome:
        """Check every condition, then write everything."""
        if change.message.id in self.inbox:
            return Outcome.DUPLICATE
        if not unchanged(self.states.get(change.account_id), change.expected):
            return Outcome.STALE
        journal = self.entries.setdefault(change.account_id, {})
        if change.entry is not None and change.entry.sequence in journal:
            raise TransactionConflict([None, None, "ConditionalCheckFailed"])
        self.inbox.add(change.message.id)
        if change.state is not None:
            self.states[change.account_id] = change.state
        if change.entry is not None:
            journal[change.entry.sequence] = change.entry
        if change.event is not None:
            self.outbox.append(change.event)
        return Outcome.APPLIED
