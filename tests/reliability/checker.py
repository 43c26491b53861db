"""The invariants a quiet bank must hold, whatever happened on the way; each breach is one line.

Money: every account's ledger balance is the sum of its completed deposits and transfers in minus
its completed withdrawals and transfers out, and the sum of its journal; all balances together are
the completed deposits minus the completed withdrawals (transfers create and lose nothing); no
balance is ever negative; each operation ended once, with one posting (a transfer: one on each
side) if it completed and none if it failed. Views: balances, history (balance after
each posting included), account status and the accounts service's noted balance all agree with
the ledger. Closed accounts hold nothing. Nothing is left pending, queued or parked.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any

from handlers.banking.dynamo_store import to_operation
from handlers.banking.model import Operation
from handlers.ledger.model import CREDIT, DEBIT, Entry
from handlers.storage import dynamo
from infra.operator.reconcile import reconcile
from tests.helpers import customer_change
from tests.reliability.history import History
from tests.reliability.sim import SimBank
from tests.reliability.views import check_listings, check_views

TERMINAL = {"completed", "failed"}
REFUSALS = {
    "INSUFFICIENT_BALANCE",
    "ACCOUNT_CLOSED",
    "CURRENCY_MISMATCH",
    "UNKNOWN_ACCOUNT",
    "INVALID_AMOUNT",
    "SAME_ACCOUNT",
}
ENTRY_TYPES = {"deposit": "deposit", "withdraw": "withdraw", "transfer": "transfer_out"}


def check(bank: SimBank) -> list[str]:
    """Every breach of an invariant, after the bank went quiet."""
    found = list(bank.history.violations)
    found += [f"{q} still holds {len(s.messages)} message(s)" for q, s in bank.queues.items() if s.messages]
    found += [
        f"{q} parked {len(s.dlq)} message(s) after the redrive" for q, s in bank.queues.items() if s.dlq
    ]
    operations = stored_operations(bank)
    found += unknown_operations(bank.history, operations)
    found += check_listings(bank)
    for account, user in sorted(bank.history.owners.items()):
        mine = [op for op in operations if op.account_id == account]
        incoming = [op for op in operations if op.counterparty_account_id == account]
        found += check_money(bank, account, user, mine, incoming)
        found += check_views(bank, account, user)
    found += check_conservation(bank, operations)
    return found


def check_conservation(bank: SimBank, operations: list[Operation]) -> list[str]:
    """All the money in the bank came in by a deposit and did not leave by a withdrawal."""
    balances = Decimal(0)
    for account in bank.history.owners:
        state = bank.plain_stores.ledger.state(account)
        balances += state.balance if state else Decimal(0)
    completed = [op for op in operations if op.status == "completed"]
    deposits = sum((op.amount for op in completed if op.type == "deposit"), Decimal(0))
    withdrawals = sum((op.amount for op in completed if op.type == "withdraw"), Decimal(0))
    if balances != deposits - withdrawals:
        return [f"the accounts hold {balances}, deposits minus withdrawals are {deposits - withdrawals}"]
    return []


def stored_operations(bank: SimBank) -> list[Operation]:
    """Every operation banking holds for the workload's users (a Query per user)."""
    users = sorted(set(bank.history.owners.values()) | {c.user for c in bank.clients})
    client, table = bank.plain_client, dynamo.table_name("banking")
    items = [i for u in users for i in dynamo.query_all(client, table, f"USER#{u}", "OP#")]
    return [to_operation(item) for item in items]


def unknown_operations(history: History, operations: list[Operation]) -> list[str]:
    """An operation no client was told of means a retried request was taken twice, unless it is
    the one movement sent without a key that got no answer."""
    doubtful = Counter(history.doubtful)
    found: list[str] = []
    for op in operations:
        if op.operation_id in history.accepted:
            continue
        sent = (op.user_id, op.account_id, op.type, op.amount)
        if doubtful[sent] > 0:
            doubtful[sent] -= 1
        else:
            found.append(f"{op.operation_id} ({op.type} {op.amount}) exists but no client was told of it")
    return found


def check_money(
    bank: SimBank, account: str, user: str, operations: list[Operation], incoming: list[Operation]
) -> list[str]:
    """The ledger against the operations (its own and the transfers to it), and the journal against
    itself."""
    found: list[str] = []
    state, journal = bank.plain_stores.ledger.state(account), bank.plain_stores.ledger.journal(account)
    postings: dict[str, list[Entry]] = defaultdict(list)
    for entry in journal:
        postings[entry.operation_id].append(entry)
    expected = Decimal(0)
    for op in operations:
        found += check_operation(op, user, postings.pop(op.operation_id, []))
        if op.status == "completed":
            expected += op.amount if op.type == "deposit" else -op.amount
    for op in incoming:
        found += check_received(op, account, postings.pop(op.operation_id, []))
        expected += op.amount if op.status == "completed" else 0
    found += [f"{account}: posting for unknown operation {op_id}" for op_id in postings]
    found += check_journal(account, journal)
    balance = state.balance if state else Decimal(0)
    if balance != expected or balance != sum((customer_change(e) for e in journal), Decimal(0)):
        found.append(f"{account}: ledger balance {balance}, completed operations sum to {expected}")
    if state is not None and (state.user_id, state.sequence) != (user, len(journal)):
        found.append(f"{account}: ledger state {state} for owner {user} with {len(journal)} entries")
    return found


def check_operation(op: Operation, user: str, entries: list[Entry]) -> list[str]:
    """One terminal state; one posting if completed, none if failed, matching the operation."""
    name = f"{op.operation_id} ({op.type} {op.amount} {op.currency})"
    if op.status not in TERMINAL or op.completed_at is None:
        return [f"{name} left {op.status}"]
    if op.user_id != user:
        return [f"{name} belongs to {op.user_id}, its account to {user}"]
    if op.status == "failed":
        wrong = op.error_code not in REFUSALS or not op.error_message
        return [f"{name} failed with {op.error_code!r}"] * wrong + [f"{name} failed yet posted"] * bool(
            entries
        )
    if len(entries) != 1:
        return [f"{name} completed with {len(entries)} postings"]
    entry = entries[0]
    if (entry.type, entry.amount, entry.currency) != (
        ENTRY_TYPES[op.type],
        op.amount,
        op.currency,
    ) or op.error_code:
        return [f"{name} posted as {entry.type} {entry.amount} {entry.currency}"]
    if entry.counterparty != op.counterparty_account_id:
        return [f"{name} posted with counterparty {entry.counterparty}"]
    return []


def check_received(op: Operation, account: str, entries: list[Entry]) -> list[str]:
    """A transfer's credit side: one entry if it completed, none otherwise, matching the operation."""
    name = f"{op.operation_id} (transfer {op.amount} {op.currency} to {account})"
    wanted = 1 if op.status == "completed" else 0
    if len(entries) != wanted:
        return [f"{name} {op.status} with {len(entries)} credit(s) on {account}"]
    if entries and (entries[0].type, entries[0].amount, entries[0].counterparty) != (
        "transfer_in",
        op.amount,
        op.account_id,
    ):
        return [f"{name} credited as {entries[0]}"]
    return []


def check_journal(account: str, journal: list[Entry]) -> list[str]:
    """Sequences 1..n, legs that balance, a running balance never below zero."""
    found: list[str] = []
    running = Decimal(0)
    for number, entry in enumerate(journal, start=1):
        running += customer_change(entry)
        debits = sum((leg.amount for leg in entry.legs if leg.side == DEBIT), Decimal(0))
        credits = sum((leg.amount for leg in entry.legs if leg.side == CREDIT), Decimal(0))
        if entry.sequence != number or debits != credits or entry.balance_after != running:
            found.append(f"{account}: entry {number} is {entry}")
        if entry.balance_after < 0:
            found.append(f"{account}: balance went negative at entry {number}: {entry.balance_after}")
    return found


def summary(bank: SimBank) -> dict[str, Any]:
    """The run's figures: operations by outcome, faults by kind."""
    statuses: Counter[str] = Counter()
    for op in stored_operations(bank):
        statuses[op.status if op.status != "failed" else f"failed {op.error_code}"] += 1
    return {
        "requests": sum(bank.history.responses.values()),
        "operations": dict(statuses),
        "responses": dict(bank.history.responses),
        "messages": dict(bank.pipe.routed),
        "relay restarts": bank.pipe.restarts,
    }


def agree_with_reconcile(bank: SimBank, violations: list[str]) -> tuple[list[str], int]:
    """The operator's reconcile on the same quiet bank (its tables as they are, no fault injected):
    a drift it finds is a breach the checker must have found too. The disagreements, and how many
    drifts reconcile found."""
    drifts = reconcile(bank.plain_client, settle=0).drifts
    if drifts and not violations:
        return [f"reconcile found what the checker did not: {d.line()}" for d in drifts], len(drifts)
    return [], len(drifts)
