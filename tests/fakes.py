"""In-memory fakes of the five services' storage ports: the same conditions and atomicity as DynamoDB,
for unit tests (tests/integration runs one contract suite against both)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from handlers.accounts.model import Account
from handlers.accounts.store import AccountsStore
from handlers.banking.model import CANCELLING, NEW, REPUBLISHED, Operation, Outcome, ProjectedAccount, Watched
from handlers.banking.store import BankingStore
from handlers.core import money
from handlers.core.jsonio import timestamp
from handlers.ledger.model import Entry, LedgerAccount
from handlers.ledger.store import Change, LedgerStore
from handlers.ledger.store import Outcome as Applied
from handlers.messaging.messages import Message
from handlers.notifications.dynamo_store import attempt_sk, new_delivery
from handlers.notifications.model import Attempt, Delivery, Endpoint, Event
from handlers.notifications.store import AttemptPage, NotificationsStore
from handlers.query.model import AccountView, HistoryPage, Opening, Posting, StatusChange
from handlers.query.store import QueryStore, listing_order
from handlers.storage.dynamo import IDEMPOTENCY_TTL, TransactionConflict
from handlers.storage.remembered import KeyTaken, Remembered


class MemoryKeys:
    """Responses remembered under each user's keys, for a day, as the DynamoDB stores keep them: an
    expired record is no longer found, and a new request with its key takes its place."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], tuple[Remembered, int]] = {}

    def get(self, user_id: str, key: str) -> Remembered | None:
        """The response remembered under the user's key, unless expired."""
        remembered, expires_at = self.kept.get((user_id, key), (None, 0))
        return remembered if expires_at >= int(time.time()) else None

    def check(self, user_id: str, remembered: Remembered | None) -> None:
        """KeyTaken if the key is remembered for another request already."""
        if remembered and self.get(user_id, remembered.key):
            raise KeyTaken(remembered.key)

    def keep(self, user_id: str, remembered: Remembered | None) -> None:
        """Remember a response under its key."""
        if remembered:
            self.kept[(user_id, remembered.key)] = (remembered, int(time.time()) + IDEMPOTENCY_TTL)


class MemoryAccountsStore(AccountsStore):
    """The port in memory: for unit tests, with the same atomicity as DynamoDB."""

    def __init__(self) -> None:
        self.accounts: dict[tuple[str, str], Account] = {}
        self.keys = MemoryKeys()
        self.outbox: list[Message[Any]] = []

    def create(self, account: Account, message: Message[Any], remembered: Remembered | None) -> None:
        """Store a new account and its message atomically."""
        self.keys.check(account.user_id, remembered)
        self.accounts[(account.user_id, account.account_id)] = account
        self.keys.keep(account.user_id, remembered)
        self.outbox.append(message)

    def get(self, user_id: str, account_id: str) -> Account | None:
        """One of the user's accounts, or None."""
        return self.accounts.get((user_id, account_id))

    def list(self, user_id: str) -> list[Account]:
        """Every account of the user, oldest first."""
        mine = [a for (owner, _), a in self.accounts.items() if owner == user_id]
        return sorted(mine, key=lambda a: (a.created_at, a.account_id))

    def replace(self, account: Account, expected_version: int, message: Message[Any]) -> bool:
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
        return self.keys.get(user_id, key)


class MemoryBankingStore(BankingStore):
    """The port in memory: for unit tests, with the same conditions and atomicity as DynamoDB."""

    def __init__(self) -> None:
        self.accounts: dict[tuple[str, str], ProjectedAccount] = {}
        self.operations: dict[tuple[str, str], Operation] = {}
        self.watch: dict[tuple[str, str], tuple[str, str]] = {}  # a pending operation's step and since
        self.keys = MemoryKeys()
        self.outbox: list[Message[Any]] = []  # every message published, in order (again when re-published)

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

    def create_operation(
        self, operation: Operation, command: Message[Any], remembered: Remembered | None
    ) -> None:
        """Check every condition, then store all three."""
        self.keys.check(operation.user_id, remembered)
        if (operation.user_id, operation.operation_id) in self.operations:
            raise RuntimeError(f"operation {operation.operation_id} already exists")
        key = (operation.user_id, operation.operation_id)
        self.operations[key] = replace(operation, command_id=command.id)
        self.watch[key] = (NEW, operation.created_at)
        self.keys.keep(operation.user_id, remembered)
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
        del self.watch[(user_id, operation_id)]
        return True

    def overdue(self, created_before: str) -> list[Watched]:
        """Every pending operation created before the time, oldest first."""
        found = [
            Watched(self.operations[key], *self.watch[key])
            for key in self.watch
            if self.operations[key].created_at < created_before
        ]
        return sorted(found, key=lambda w: (w.operation.created_at, w.operation.operation_id))

    def oldest_pending(self) -> str | None:
        """The creation time of the oldest pending operation."""
        return min((self.operations[key].created_at for key in self.watch), default=None)

    def republish(self, watched: Watched, at: str) -> bool:
        """The command published again, if the operation is as watched and the command still kept."""
        sent = [m for m in self.outbox if m.id == watched.operation.command_id]
        if not sent or not self._step(watched, REPUBLISHED, at):
            return False
        self.outbox.append(sent[0])
        return True

    def request_cancel(self, watched: Watched, cancel: Message[Any], at: str) -> bool:
        """The cancel sent, if the operation is as watched."""
        if not self._step(watched, CANCELLING, at):
            return False
        self.outbox.append(cancel)
        return True

    def _step(self, watched: Watched, step: str, at: str) -> bool:
        key = (watched.operation.user_id, watched.operation.operation_id)
        if key not in self.watch or self.watch[key][1] != watched.since:
            return False
        self.watch[key] = (step, at)
        return True

    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response stored under the user's key, or None."""
        return self.keys.get(user_id, key)


def unchanged(current: LedgerAccount | None, expected: LedgerAccount | None) -> bool:
    """Whether the account is still as it was read: same sequence and status, or still absent."""
    if current is None or expected is None:
        return current is None and expected is None
    return (current.sequence, current.status) == (expected.sequence, expected.status)


class MemoryLedgerStore(LedgerStore):
    """The port in memory: for unit tests, with the same conditions and atomicity as DynamoDB."""

    def __init__(self) -> None:
        self.states: dict[str, LedgerAccount] = {}
        self.entries: dict[str, dict[int, Entry]] = {}
        self.inbox: set[str] = set()
        self.outbox: list[Message[Any]] = []

    def state(self, account_id: str) -> LedgerAccount | None:
        """The account's current state, or None."""
        return self.states.get(account_id)

    def journal(self, account_id: str) -> list[Entry]:
        """The account's entries, in sequence order."""
        entries = self.entries.get(account_id, {})
        return [entries[s] for s in sorted(entries)]

    def apply(self, change: Change) -> Applied:
        """Check every condition, then write everything."""
        return self.apply_together([change])

    def apply_together(self, changes: Sequence[Change]) -> Applied:
        """Check every condition, then write everything: the account ends in the last state given."""
        first = changes[0]
        ids = [c.message.id for c in changes]
        if len(set(ids)) != len(ids):
            raise ValueError("a transaction cannot write one inbox item twice")
        if any(i in self.inbox for i in ids):
            return Applied.DUPLICATE
        if not unchanged(self.states.get(first.account_id), first.expected):
            return Applied.STALE
        credits = [c.credit for c in changes if c.credit is not None]
        if any(not unchanged(self.states.get(c.state.account_id), c.expected) for c in credits):
            return Applied.STALE
        journal = self.entries.setdefault(first.account_id, {})
        entries = [c.entry for c in changes if c.entry is not None]
        if any(e.sequence in journal for e in entries):
            raise TransactionConflict([None, None, "ConditionalCheckFailed"])
        for change in changes:
            self.inbox.add(change.message.id)
            if change.state is not None:
                self.states[change.account_id] = change.state
            if change.entry is not None:
                journal[change.entry.sequence] = change.entry
            if change.event is not None:
                self.outbox.append(change.event)
        for credit in credits:
            self.states[credit.state.account_id] = credit.state
            self.entries.setdefault(credit.state.account_id, {})[credit.entry.sequence] = credit.entry
            self.outbox.append(credit.event)
        return Applied.APPLIED

    def forbid(self, command_id: str, refusal: Message[Any]) -> bool:
        """Take the command's inbox place and send the refusal, unless the command was handled."""
        if command_id in self.inbox:
            return False
        self.inbox.add(command_id)
        self.outbox.append(refusal)
        return True

    def posting(self, account_id: str, operation_id: str, not_before: str) -> Entry | None:
        """The operation's entry, newest first, looking back no further than not_before."""
        for entry in reversed(self.journal(account_id)):
            if entry.operation_id == operation_id:
                return entry
            if entry.posted_at < not_before:
                return None
        return None

    def publish(self, event: Message[Any]) -> None:
        """Send the event."""
        self.outbox.append(event)


def at_precision(account: AccountView) -> AccountView:
    """The view as DynamoDB's store reads it back: the balance at the currency's precision."""
    return replace(account, balance=money.precise(account.balance, account.currency))


class MemoryQueryStore(QueryStore):
    """The port in memory, with DynamoDB's per-item conditions; `items_read` counts items read."""

    def __init__(self) -> None:
        self.by_user: dict[str, dict[str, AccountView]] = {}
        self.postings: dict[tuple[str, str], dict[int, Posting]] = {}
        self.items_read = 0

    def _change(self, user_id: str, account_id: str) -> tuple[dict[str, AccountView], AccountView]:
        """The user's partition and the account in it (a blank one if none yet)."""
        partition = self.by_user.setdefault(user_id, {})
        return partition, partition.get(account_id) or AccountView(account_id, user_id)

    def record_posting(self, posting: Posting) -> None:
        """Add the history row once; take the balance if the posting is newer."""
        self.postings.setdefault((posting.user_id, posting.account_id), {}).setdefault(
            posting.sequence, posting
        )
        partition, current = self._change(posting.user_id, posting.account_id)
        partition[posting.account_id] = current.with_posting(posting)

    def record_opening(self, opening: Opening) -> None:
        """Set the creation facts and, if newer, the active status."""
        partition, current = self._change(opening.user_id, opening.account_id)
        partition[opening.account_id] = current.with_opening(opening)

    def record_status(self, change: StatusChange) -> None:
        """Set the status if its version is newer."""
        partition, current = self._change(change.user_id, change.account_id)
        partition[change.account_id] = current.with_status(change)

    def account(self, user_id: str, account_id: str) -> AccountView | None:
        """One of the user's accounts, or None."""
        self.items_read += 1
        found = self.by_user.get(user_id, {}).get(account_id)
        return None if found is None else at_precision(found)

    def accounts(self, user_id: str) -> list[AccountView]:
        """Every account of the user, oldest first."""
        mine = [at_precision(a) for a in self.by_user.get(user_id, {}).values()]
        self.items_read += len(mine)
        return sorted(mine, key=listing_order)

    def history(self, user_id: str, account_id: str, limit: int, before: int | None) -> HistoryPage:
        """A page newest first; like a DynamoDB Query with Limit, it reads at most limit + 1 rows."""
        rows = self.postings.get((user_id, account_id), {})
        below = sorted((s for s in rows if before is None or s < before), reverse=True)[: limit + 1]
        self.items_read += len(below)
        return HistoryPage([rows[s] for s in below[:limit]], more=len(below) > limit)


class MemoryNotificationsStore(NotificationsStore):
    """Endpoints (by owner), deliveries and attempts (by endpoint) in dicts, with the DynamoDB
    store's conditions: a delivery is queued once, claimed once per due time, resent only by its user."""

    def __init__(self) -> None:
        self.endpoints_by_key: dict[tuple[str, str], Endpoint] = {}
        self.deliveries: dict[tuple[str, str], Delivery] = {}
        self.attempt_rows: dict[str, list[Attempt]] = {}
        self.keys = MemoryKeys()

    def create_endpoint(self, endpoint: Endpoint, remembered: Remembered | None) -> None:
        self.keys.check(endpoint.user_id, remembered)
        self.endpoints_by_key[(endpoint.user_id, endpoint.endpoint_id)] = endpoint
        self.keys.keep(endpoint.user_id, remembered)

    def remembered(self, user_id: str, key: str) -> Remembered | None:
        return self.keys.get(user_id, key)

    def endpoint(self, user_id: str, endpoint_id: str) -> Endpoint | None:
        return self.endpoints_by_key.get((user_id, endpoint_id))

    def endpoints(self, user_id: str) -> list[Endpoint]:
        mine = [e for (u, _), e in self.endpoints_by_key.items() if u == user_id]
        return sorted(mine, key=lambda e: (e.created_at, e.endpoint_id))

    def delete_endpoint(self, user_id: str, endpoint_id: str) -> bool:
        endpoint = self.endpoints_by_key.pop((user_id, endpoint_id), None)
        if endpoint is not None and endpoint.idempotency_key:
            self.keys.kept.pop((user_id, endpoint.idempotency_key), None)
        return endpoint is not None

    def save_endpoint(self, endpoint: Endpoint) -> bool:
        key = (endpoint.user_id, endpoint.endpoint_id)
        if key not in self.endpoints_by_key:
            return False
        self.endpoints_by_key[key] = endpoint
        return True

    def _put_new(self, delivery: Delivery) -> bool:
        key = (delivery.endpoint_id, delivery.event_id)
        if key in self.deliveries:
            return False
        self.deliveries[key] = delivery
        return True

    def record_event(self, event: Event) -> int:
        now = timestamp(datetime.now(UTC))
        taking = [e for e in self.endpoints(event.user_id) if e.takes(event.type)]
        return sum(self._put_new(new_delivery(e, event, now)) for e in taking)

    def queue(self, endpoint: Endpoint, event: Event, now: datetime) -> None:
        self._put_new(new_delivery(endpoint, event, timestamp(now)))

    def due(self, now: datetime, limit: int) -> list[Delivery]:
        at = timestamp(now)
        found = [
            d for d in self.deliveries.values() if d.status == "pending" and (d.next_attempt_at or "") <= at
        ]
        return sorted(found, key=lambda d: d.next_attempt_at or "")[:limit]

    def claim(self, delivery: Delivery, until: datetime) -> bool:
        key = (delivery.endpoint_id, delivery.event_id)
        current = self.deliveries.get(key)
        if (
            current is None
            or current.status != "pending"
            or current.next_attempt_at != delivery.next_attempt_at
        ):
            return False
        self.deliveries[key] = replace(current, next_attempt_at=timestamp(until))
        return True

    def record_attempt(self, delivery: Delivery, attempt: Attempt) -> None:
        self.attempt_rows.setdefault(attempt.endpoint_id, []).append(attempt)
        self.deliveries[(delivery.endpoint_id, delivery.event_id)] = delivery

    def resend(self, user_id: str, endpoint_id: str, event_id: str, now: datetime) -> bool:
        current = self.deliveries.get((endpoint_id, event_id))
        if current is None or current.user_id != user_id:
            return False
        again = replace(
            current, status="pending", next_attempt_at=timestamp(now), round_start=current.attempts
        )
        self.deliveries[(endpoint_id, event_id)] = again
        return True

    def attempts(self, endpoint_id: str, limit: int, before: str | None) -> AttemptPage:
        rows = sorted(self.attempt_rows.get(endpoint_id, []), key=attempt_sk, reverse=True)
        if before is not None:
            rows = [a for a in rows if attempt_sk(a) < f"ATTEMPT#{before}"]
        return AttemptPage(rows[:limit], more=len(rows) > limit)
