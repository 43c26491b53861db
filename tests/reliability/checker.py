"""The invariants a quiet bank must hold, whatever happened on the way; each breach is one line.

Money: every account's ledger balance is the sum of its completed deposits and transfers in minus
its completed withdrawals and transfers out, and the sum of its journal; all balances together are
the completed deposits minus the completed withdrawals (transfers create and lose nothing); no
balance is ever negative; each operation ended once, with one posting (a transfer: one on each
side) if it completed and none if it failed. Views: balances, history (balance after
each posting included), account status and the accounts service's noted balance all agree with
the ledger. Closed accounts hold nothing. Nothing is left pending, queued or parked. Webhooks:
every event of every ended operation and every opened or closed account reached each of its
owner's endpoints that takes its type (a 2xx at least once); no endpoint received an event about
another user's account, or of a type it does not take, or signed with anything but its secret;
each user has exactly the endpoints they registered, and no delivery is left pending or parked.
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
from tests.reliability.webhooks import deliveries, payload_of

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
# an operation's type and how it ended -> its webhook event's type
EVENT_TYPES = {
    ("deposit", "completed"): "deposit.completed",
    ("deposit", "failed"): "deposit.failed",
    ("withdraw", "completed"): "withdrawal.completed",
    ("withdraw", "failed"): "withdrawal.failed",
    ("transfer", "completed"): "transfer.completed",
    ("transfer", "failed"): "transfer.failed",
}


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
    found += check_webhooks(bank, operations)
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


def expected_events(bank: SimBank, operations: list[Operation]) -> list[tuple[str, str, str]]:
    """The webhook events the bank owes: (user, event type, the operation or account it is about)."""
    owed: list[tuple[str, str, str]] = []
    for op in operations:
        if op.status in TERMINAL:
            owed.append((op.user_id, EVENT_TYPES[op.type, op.status], op.operation_id))
        receiver = bank.history.owners.get(op.counterparty_account_id or "")
        if op.type == "transfer" and op.status == "completed" and receiver is not None:
            owed.append((receiver, "transfer.received", op.operation_id))
    for account, user in bank.history.owners.items():
        owed.append((user, "account.opened", account))
        noted = bank.plain_stores.accounts.get(user, account)
        if noted is not None and noted.status == "closed":
            owed.append((user, "account.closed", account))
    return owed


def about(document: dict[str, Any]) -> str:
    """What an event is about: its operation, else its account."""
    data = document.get("data", {})
    return str(data.get("operationId") or data.get("accountId"))


def check_webhooks(bank: SimBank, operations: list[Operation]) -> list[str]:
    """Each event owed reached every endpoint of its owner that takes its type; nothing reached an
    endpoint that was not owed to it; nothing is left pending or parked."""
    history, found = bank.history, []
    users = [c.user for c in bank.clients]
    for user in users:
        listed = {e["endpointId"] for e in bank.api("listWebhookEndpoints", user).body}
        registered = {e.endpoint_id for e in history.endpoints.values() if e.user == user}
        if listed != registered:
            found.append(f"{user} has webhook endpoints {sorted(listed)}, registered {sorted(registered)}")
    taken = {(a.url, d["type"], about(d)) for a in bank.receiver.arrivals if a.taken for d in [payload_of(a)]}
    for user, kind, subject in expected_events(bank, operations):
        for endpoint in (e for e in history.endpoints.values() if e.user == user):
            if kind in endpoint.event_types and (endpoint.url, kind, subject) not in taken:
                found.append(f"{kind} of {subject} ({user}) never reached {endpoint.url}")
    for arrival in bank.receiver.arrivals:
        found += check_arrival(bank, arrival.url, arrival.event_id, payload_of(arrival), arrival.verified)
    for d in deliveries(bank.plain_stores.notifications, bank.plain_client, users):
        if d.status != "delivered":
            found.append(f"{d.event_type} {d.event_id} to {d.endpoint_id} left {d.status} after {d.attempts}")
    return list(dict.fromkeys(found))  # an event that arrived five times is one breach


def check_arrival(
    bank: SimBank, url: str, event_id: str, document: dict[str, Any], verified: bool | None
) -> list[str]:
    """One POST a receiver got: its owner's, of a type it takes, its id, signed with its secret."""
    endpoint = bank.history.endpoints.get(url)
    name = f"{document.get('type')} {event_id} at {url}"
    if endpoint is None:
        return [f"{name}: no client registered that URL"]
    found = []
    account = document.get("data", {}).get("accountId")
    owner = bank.history.owners.get(account)
    if owner != endpoint.user:
        found.append(f"{name}, {endpoint.user}'s endpoint, is about {account} of {owner}")
    if document.get("type") not in endpoint.event_types:
        found.append(f"{name}, which takes only {', '.join(endpoint.event_types)}")
    if document.get("id") != event_id:
        found.append(f"{name} carries the id {document.get('id')}")
    if verified is False:
        found.append(f"{name} is not signed with that endpoint's secret")
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
        "webhook attempts": dict(bank.receiver.outcomes),
        "webhooks resent": bank.resent,
        "webhook closes undone": closes_undone(bank),
    }


def closes_undone(bank: SimBank) -> int:
    """Accounts whose `account.closed` reached a receiver though the ledger refused the close and the
    account is open again: no webhook event tells of a reopening (a known gap, counted, not a breach)."""
    told = [payload_of(a) for a in bank.receiver.arrivals if a.taken]
    closed = {d["data"]["accountId"] for d in told if d["type"] == "account.closed"}
    accounts = [bank.plain_stores.accounts.get(bank.history.owners.get(a, ""), a) for a in sorted(closed)]
    return sum(1 for account in accounts if account is not None and account.status == "active")


def agree_with_reconcile(bank: SimBank, violations: list[str]) -> tuple[list[str], int]:
    """The operator's reconcile on the same quiet bank (its tables as they are, no fault injected):
    a drift it finds is a breach the checker must have found too. The disagreements, and how many
    drifts reconcile found."""
    drifts = reconcile(bank.plain_client, settle=0).drifts
    if drifts and not violations:
        return [f"reconcile found what the checker did not: {d.line()}" for d in drifts], len(drifts)
    return [], len(drifts)
