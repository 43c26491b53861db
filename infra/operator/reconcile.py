"""Reconcile: every view of the money against the ledger, which is the truth; reads only.

The ledger's account states are scanned a page at a time; for each account its journal is read in
order (a Query) and checked against itself — sequences 1..n, legs that balance, each entry's balance
after it, the state's balance and sequence — and against every other service's view of it:

- query: the balance and status of the account item, and the history, row by row (a Query read in
  step with the journal, so neither is ever held whole), in the table readers read;
- accounts: the ledger balance and sequence it noted, and the status;
- the ledger itself, from the other side: every account of the accounts table has a ledger state;
- banking: the status it projects, and the operations of the account: a completed one has exactly
  its posting (same type and amount), a failed or pending one none, and every posting of the
  account's own (deposit, withdrawal, transfer out) has a banking operation.

An account found drifting is read once more, strongly consistent, after a short pause: a projection
a moment behind the ledger (messages in flight) is not a drift. What is left is reported, each with
the account or operation, the kind of drift and both values. The soak's checker
(tests/reliability/checker.py and views.py) holds the same invariants over the API.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from handlers.ledger.dynamo_store import ENTRY, STATE, account_pk, exact
from handlers.ledger.model import CREDIT, DEBIT, customer
from handlers.query.projection import BLUE, read_pointer
from handlers.storage import dynamo
from infra.operator.reading import Reader

# how the query history shows each kind of journal entry: its type and direction
SHOWN_AS = {
    "deposit": ("deposit", CREDIT),
    "withdraw": ("withdraw", DEBIT),
    "transfer_out": ("transfer", DEBIT),
    "transfer_in": ("transfer", CREDIT),
}
# the journal entry a completed banking operation posts on its own account
POSTED_AS = {"deposit": "deposit", "withdraw": "withdraw", "transfer": "transfer_out"}
SETTLE_SECONDS = 1.0
WORKERS = 4  # accounts checked at once (each waits on its reads, not on the CPU)


@dataclass(frozen=True)
class Drift:
    """One disagreement: what it is about (an account or an operation), its kind, the ledger's value
    and the value the other service holds."""

    subject: str
    kind: str
    ledger: str
    seen: str

    def line(self) -> str:
        """The drift in one line."""
        return f"{self.subject} {self.kind}: ledger {self.ledger}, seen {self.seen}"


@dataclass
class Report:
    """What a reconcile read and found."""

    accounts: int = 0
    entries: int = 0
    rows: int = 0
    operations: int = 0
    drifts: list[Drift] = field(default_factory=list)
    read_units: float = 0.0
    requests: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """One line: what was compared, what was found, what it cost."""
        found = f"{len(self.drifts)} drift(s)" if self.drifts else "no drift"
        return (
            f"reconciled {self.accounts} accounts, {self.entries} journal entries, {self.rows} history rows, "
            f"{self.operations} operations: {found}; {self.read_units:g} read units in "
            f"{self.requests} requests, {self.seconds:.1f} s"
        )

    def as_json(self) -> dict[str, Any]:
        """The report for machines."""
        return {
            "accounts": self.accounts,
            "entries": self.entries,
            "rows": self.rows,
            "operations": self.operations,
            "drifts": [vars(d) for d in self.drifts],
            "readUnits": self.read_units,
            "requests": self.requests,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Counts:
    """What one account's check read."""

    entries: int = 0
    rows: int = 0
    operations: int = 0


def text(value: Any) -> str:
    """A value as a drift shows it (None: absent; a history row: its fields, space separated)."""
    if isinstance(value, tuple):
        return " ".join(str(v) for v in value if v is not None)
    return "absent" if value is None else str(value)


def customer_change(entry: dict[str, Any]) -> Decimal:
    """What a journal entry adds to its account's customer balance: credits minus debits there."""
    mine = [leg for leg in entry["legs"] if leg["account"] == customer(entry["accountId"])]
    return sum((Decimal(leg["amount"]) * (1 if leg["side"] == CREDIT else -1) for leg in mine), Decimal(0))


def shown(entry: dict[str, Any]) -> tuple[Any, ...]:
    """A journal entry as its history row should show it."""
    kind, direction = SHOWN_AS.get(entry["type"], (entry["type"], "?"))
    amount, after = Decimal(entry["amount"]), Decimal(entry["balanceAfter"])
    return (entry["operationId"], kind, direction, amount, after, entry.get("counterparty"))


def row_shows(row: dict[str, Any]) -> tuple[Any, ...]:
    """What a history row shows, in the same shape."""
    amount, after = Decimal(row.get("amount", 0)), Decimal(row.get("balance", 0))
    return (
        row.get("id"),
        row.get("type"),
        row.get("direction"),
        amount,
        after,
        row.get("counterpartyAccountId"),
    )


def by_sequence(items: Iterator[dict[str, Any]]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Items that carry a sequence number, with it."""
    for item in items:
        yield dynamo.as_int(item["sequence"]), item


def check_account(reader: Reader, state: dict[str, Any], counts: Counts, query: str = BLUE) -> list[Drift]:
    """Every view of one account against its ledger state and journal (the query projection in
    table `query`, or the one a rebuild fills)."""
    account, user, currency = str(state["accountId"]), str(state["userId"]), state.get("currency")
    balance, sequence, status = (
        exact(state["balance"], currency),
        dynamo.as_int(state["sequence"]),
        state["status"],
    )
    found: list[Drift] = []
    posted: dict[str, dict[str, Any]] = {}  # the account's own postings by operation: one account's
    journal = by_sequence(reader.partition("ledger", account_pk(account), ENTRY))
    history = by_sequence(reader.partition(query, f"TXN#{user}#{account}", "SEQ#"))
    running, expected_sequence = Decimal(0), 0
    entry, row = next(journal, None), next(history, None)
    while entry is not None or row is not None:
        if row is None or (entry is not None and entry[0] < row[0]):
            assert entry is not None
            number, item = entry
            expected_sequence += 1
            counts.entries += 1
            running += customer_change(item)
            found += check_entry(account, item, number, expected_sequence, running)
            found += note_posting(posted, account, item)
            found.append(Drift(f"{account}#{number}", "history_missing", text(shown(item)), "absent"))
            entry = next(journal, None)
        elif entry is None or row[0] < entry[0]:
            counts.rows += 1
            found.append(Drift(f"{account}#{row[0]}", "history_extra", "absent", text(row_shows(row[1]))))
            row = next(history, None)
        else:
            number, item = entry
            expected_sequence += 1
            counts.entries += 1
            counts.rows += 1
            running += customer_change(item)
            found += check_entry(account, item, number, expected_sequence, running)
            found += note_posting(posted, account, item)
            if shown(item) != row_shows(row[1]):
                found.append(
                    Drift(
                        f"{account}#{number}", "history_differs", text(shown(item)), text(row_shows(row[1]))
                    )
                )
            entry, row = next(journal, None), next(history, None)
    if running != balance:
        found.append(Drift(account, "ledger_balance", f"{balance} (state)", f"{running} (journal sum)"))
    if expected_sequence != sequence:
        found.append(Drift(account, "ledger_sequence", f"{sequence} (state)", f"{expected_sequence} entries"))
    found += check_views(reader, query, (account, user), (balance, sequence, status, currency))
    found += check_operations(reader, account, user, posted, counts)
    return found


def note_posting(posted: dict[str, dict[str, Any]], account: str, item: dict[str, Any]) -> list[Drift]:
    """Keep a posting of the account's own operation; an operation posted twice is a drift."""
    if item["type"] == "transfer_in":
        return []
    operation = str(item["operationId"])
    twice = operation in posted
    posted[operation] = item
    return [Drift(operation, "operation_posted_twice", f"postings on {account}", "2 or more")] * twice


def check_entry(
    account: str, item: dict[str, Any], number: int, expected: int, running: Decimal
) -> list[Drift]:
    """One journal entry against the journal: its place, its legs, its balance after."""
    found: list[Drift] = []
    subject = f"{account}#{number}"
    if number != expected:
        found.append(Drift(subject, "journal_sequence", str(expected), str(number)))
    debits = sum((Decimal(leg["amount"]) for leg in item["legs"] if leg["side"] == DEBIT), Decimal(0))
    credits = sum((Decimal(leg["amount"]) for leg in item["legs"] if leg["side"] == CREDIT), Decimal(0))
    if debits != credits:
        found.append(Drift(subject, "journal_legs", f"debits {debits}", f"credits {credits}"))
    if Decimal(item["balanceAfter"]) != running:
        found.append(Drift(subject, "journal_balance_after", str(running), str(item["balanceAfter"])))
    if running < 0:
        found.append(Drift(subject, "journal_negative", "0 or more", str(running)))
    return found


def check_views(
    reader: Reader,
    query: str,
    owned: tuple[str, str],
    ledger: tuple[Decimal, int, str, str | None],
) -> list[Drift]:
    """The query item, the accounts item and banking's projection of the (account, user) against
    the ledger's (balance, sequence, status, currency)."""
    (account, user), (balance, sequence, status, currency) = owned, ledger
    found: list[Drift] = []
    key = dynamo.account_key(user, account)
    view = reader.get(query, key)
    if view is None:
        found.append(Drift(account, "query_missing", f"{status} {balance}", "absent"))
    else:
        seen = exact(view.get("balance", 0), currency)
        if seen != balance:
            found.append(Drift(account, "query_balance", str(balance), str(seen)))
        if view.get("status") != status:
            found.append(Drift(account, "query_status", status, text(view.get("status"))))
    noted = reader.get("accounts", key)
    if noted is None:
        found.append(Drift(account, "accounts_missing", f"{status} {balance}", "absent"))
    else:
        seen_noted = (exact(noted.get("balance", 0), currency), dynamo.as_int(noted.get("ledgerSequence", 0)))
        if seen_noted != (balance, sequence):
            found.append(
                Drift(
                    account,
                    "accounts_balance",
                    f"{balance} after {sequence}",
                    f"{seen_noted[0]} after {seen_noted[1]}",
                )
            )
        if noted.get("status") != status:
            found.append(Drift(account, "accounts_status", status, text(noted.get("status"))))
    projected = reader.get("banking", key)
    if projected is None or projected.get("status") != status:
        found.append(Drift(account, "banking_status", status, text(projected and projected.get("status"))))
    return found


def check_operations(
    reader: Reader, account: str, user: str, posted: dict[str, dict[str, Any]], counts: Counts
) -> list[Drift]:
    """Banking's operations on the account against its postings (the operations are in the owner's
    partition; those of other accounts of the owner are filtered out)."""
    found: list[Drift] = []
    operations = reader.partition(
        "banking",
        dynamo.user_pk(user),
        "OP#",
        FilterExpression="accountId = :account",
        values={"account": account},
    )
    for op in operations:
        counts.operations += 1
        op_id, status = str(op["operationId"]), op.get("status")
        entry = posted.pop(op_id, None)
        if status == "completed":
            if entry is None:
                found.append(Drift(op_id, "operation_status", "not posted", "completed"))
            elif (entry["type"], Decimal(entry["amount"])) != (
                POSTED_AS.get(op["type"]),
                Decimal(op["amount"]),
            ):
                seen = f"{op['type']} {op['amount']}"
                found.append(Drift(op_id, "operation_differs", f"{entry['type']} {entry['amount']}", seen))
        elif entry is not None:
            found.append(
                Drift(op_id, "operation_status", f"posted {entry['type']} {entry['amount']}", text(status))
            )
    found += [Drift(op_id, "operation_unknown", f"posted on {account}", "absent") for op_id in posted]
    return found


def settled(
    reader: Reader, state: dict[str, Any], settle: float, query: str = BLUE
) -> tuple[list[Drift], Counts]:
    """One account's drifts; one found drifting is read again, strongly, once the messages in
    flight had time to land (a projection only behind the ledger is no drift)."""
    counts = Counts()
    drifts = check_account(reader, state, counts, query)
    if drifts:
        time.sleep(settle)
        strong = reader.strong()
        again = strong.get("ledger", {"pk": state["pk"], "sk": STATE})
        if again is not None:
            counts = Counts()
            drifts = check_account(strong, again, counts, query)
    return drifts, counts


def unknown_to_ledger(reader: Reader, settle: float) -> list[Drift]:
    """Accounts the accounts service holds that the ledger has no state for (its AccountCreated
    never handled there): a page of the accounts table at a time, one GetItem per account; one
    found missing is read again, strongly, after the pause (a new account's event in flight)."""
    missing: list[Drift] = []
    accounts = reader.scan("accounts", FilterExpression="begins_with(sk, :a)", values={"a": "ACCOUNT#"})
    for item in accounts:
        key = {"pk": account_pk(str(item["accountId"])), "sk": STATE}
        if reader.get("ledger", key) is None:
            time.sleep(settle)
            if reader.strong().get("ledger", key) is None:
                missing.append(
                    Drift(str(item["accountId"]), "ledger_missing", "absent", f"{item['status']} in accounts")
                )
    return missing


def reconcile(
    client: Any,
    settle: float = SETTLE_SECONDS,
    progress: Callable[[Report], None] | None = None,
    workers: int = WORKERS,
    query: str | None = None,
) -> Report:
    """Reconcile every account the ledger holds, `workers` accounts at a time; reads only. The
    ledger's states are scanned a page at a time and at most twice `workers` accounts wait. The
    query projection checked is the one readers read, unless `query` names another table."""
    started = time.monotonic()
    reader, report = Reader(client), Report()
    if query is None:
        query = read_pointer(client)[0].active

    def absorb(done: Iterable[Future[tuple[list[Drift], Counts]]]) -> None:
        for future in done:
            drifts, counts = future.result()
            report.accounts += 1
            report.entries += counts.entries
            report.rows += counts.rows
            report.operations += counts.operations
            report.drifts += drifts
        report.read_units, report.requests = reader.read_units, reader.requests
        if progress:
            progress(report)

    states = reader.scan("ledger", FilterExpression="sk = :state", values={"state": STATE})
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        pending: set[Future[tuple[list[Drift], Counts]]] = set()
        for state in states:
            pending.add(pool.submit(settled, reader, state, settle, query))
            if len(pending) >= 2 * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                absorb(done)
        absorb(wait(pending).done)
    report.drifts += unknown_to_ledger(reader, settle)
    report.drifts.sort(key=lambda d: (d.subject, d.kind))
    report.read_units, report.requests = reader.read_units, reader.requests
    report.seconds = time.monotonic() - started
    return report
