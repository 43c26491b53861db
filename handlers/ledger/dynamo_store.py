"""The ledger's port on DynamoDB.

Table `ledger`, one partition per account (pk `ACCOUNT#<accountId>`): sk `STATE` holds the status,
balance and sequence; sk `ENTRY#<sequence, 12 digits>` holds one journal entry per posting, so a
Query returns the journal in order. Handled message ids go to `ledger-inbox` and outgoing messages
to `ledger-outbox`, in the same transaction as the change they belong to. A transfer writes two
partitions in that transaction: both states, each guarded, and an entry in each journal.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from handlers.core import money
from handlers.ledger.model import Entry, LedgerAccount, Leg
from handlers.ledger.store import Change, LedgerStore, Outcome
from handlers.messaging.messages import Message
from handlers.storage import dynamo

STATE = "STATE"
ENTRY = "ENTRY#"
JOURNAL_PAGE = 25  # entries read at a time looking back for a posting (most recent first)


def account_pk(account_id: str) -> str:
    """The partition of one account."""
    return f"ACCOUNT#{account_id}"


def entry_sk(sequence: int) -> str:
    """The sort key of an entry: zero-padded so key order is sequence order."""
    return f"{ENTRY}{sequence:012d}"


def exact(value: Any, currency: str | None) -> Decimal:
    """A stored number at the currency's precision (DynamoDB drops trailing zeros)."""
    return money.precise(Decimal(value), currency)


def state_item(state: LedgerAccount) -> dict[str, Any]:
    """An account state as an item."""
    return {
        "pk": account_pk(state.account_id),
        "sk": STATE,
        "accountId": state.account_id,
        "userId": state.user_id,
        "currency": state.currency,
        "status": state.status,
        "balance": state.balance,
        "sequence": state.sequence,
    }


def to_state(item: dict[str, Any]) -> LedgerAccount:
    """An item back to an account state."""
    currency = item.get("currency")
    return LedgerAccount(
        item["accountId"],
        item["userId"],
        currency,
        item["status"],
        exact(item["balance"], currency),
        dynamo.as_int(item["sequence"]),
    )


def entry_item(entry: Entry) -> dict[str, Any]:
    """A journal entry as an item."""
    return {
        "pk": account_pk(entry.account_id),
        "sk": entry_sk(entry.sequence),
        "operationId": entry.operation_id,
        "accountId": entry.account_id,
        "type": entry.type,
        "amount": entry.amount,
        "currency": entry.currency,
        "balanceAfter": entry.balance_after,
        "sequence": entry.sequence,
        "postedAt": entry.posted_at,
        "legs": [{"account": leg.account, "side": leg.side, "amount": leg.amount} for leg in entry.legs],
    } | {name: value for name, value in transfer_fields(entry).items() if value is not None}


def transfer_fields(entry: Entry) -> dict[str, str | None]:
    """What only a transfer's entry holds."""
    return {"counterparty": entry.counterparty, "description": entry.description}


def to_entry(item: dict[str, Any]) -> Entry:
    """An item back to a journal entry."""
    currency = item["currency"]
    legs = tuple(Leg(leg["account"], leg["side"], exact(leg["amount"], currency)) for leg in item["legs"])
    return Entry(
        item["operationId"],
        item["accountId"],
        item["type"],
        exact(item["amount"], currency),
        currency,
        exact(item["balanceAfter"], currency),
        dynamo.as_int(item["sequence"]),
        item["postedAt"],
        legs,
        item.get("counterparty"),
        item.get("description"),
    )


def guard(expected: LedgerAccount | None) -> dict[str, Any]:
    """The condition that the account is still as read: same sequence and status, or still absent."""
    if expected is None:
        return {"ConditionExpression": "attribute_not_exists(pk)"}
    return {
        "ConditionExpression": "#seq = :seq AND #status = :status",
        "ExpressionAttributeNames": {"#seq": "sequence", "#status": "status"},
        "ExpressionAttributeValues": dynamo.values(seq=expected.sequence, status=expected.status),
    }


class DynamoLedgerStore(LedgerStore):
    """The ledger on DynamoDB."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.table = dynamo.table_name("ledger")
        self.inbox = dynamo.table_name("ledger-inbox")
        self.outbox = dynamo.table_name("ledger-outbox")

    def state(self, account_id: str) -> LedgerAccount | None:
        """The account's current state (strongly consistent), or None."""
        item = dynamo.get(self.client, self.table, {"pk": account_pk(account_id), "sk": STATE})
        return None if item is None else to_state(item)

    def journal(self, account_id: str) -> list[Entry]:
        """The account's entries, in sequence order."""
        return [to_entry(i) for i in dynamo.query_all(self.client, self.table, account_pk(account_id), ENTRY)]

    def apply(self, change: Change) -> Outcome:
        """Inbox item, guarded state, entry and outgoing message in one transaction."""
        return self.apply_together([change])

    def apply_together(self, changes: Sequence[Change]) -> Outcome:
        """The changes' transaction; which of its conditions failed says what became of them."""
        try:
            dynamo.transact(self.client, self.transaction(changes))
        except dynamo.TransactionConflict as conflict:
            if any(conflict.failed(i) for i in range(len(changes))):
                return Outcome.DUPLICATE
            if conflict.failed(len(changes)) or conflict.failed(len(changes) + 1):
                return Outcome.STALE
            raise
        return Outcome.APPLIED

    def transaction(self, changes: Sequence[Change]) -> list[dict[str, Any]]:
        """Every change's inbox item, then the account's last state guarded by what the first change
        read, then a transfer's destination state guarded likewise, then every entry and outgoing
        message (at most 100 items)."""
        first = changes[0]
        assert all(c.account_id == first.account_id for c in changes), "one account at a time"
        credits = [c.credit for c in changes if c.credit is not None]
        assert not credits or len(changes) == 1, "a transfer is applied alone"
        last = next((c.state for c in reversed(changes) if c.state is not None), None)
        items = [dynamo.inbox_put(self.inbox, c.message) for c in changes]
        items.append(self._state_write(first.account_id, first.expected, last))
        items += [self._state_write(c.state.account_id, c.expected, c.state) for c in credits]
        entries = [c.entry for c in changes if c.entry is not None] + [c.entry for c in credits]
        items += [dynamo.put(self.table, entry_item(e), "attribute_not_exists(pk)") for e in entries]
        events = [c.event for c in changes if c.event is not None] + [c.event for c in credits]
        items += [dynamo.outbox_put(self.outbox, e) for e in events]
        return items

    def _state_write(
        self, account_id: str, expected: LedgerAccount | None, state: LedgerAccount | None
    ) -> dict[str, Any]:
        """The new state's Put, or only a check when the state stays, guarded either way."""
        if state is not None:
            put = {"TableName": self.table, "Item": dynamo.to_item(state_item(state))}
            return {"Put": put | guard(expected)}
        key = dynamo.to_item({"pk": account_pk(account_id), "sk": STATE})
        return {"ConditionCheck": {"TableName": self.table, "Key": key} | guard(expected)}

    def forbid(self, command_id: str, refusal: Message[Any]) -> bool:
        """The command's inbox item and the refusal in one transaction, unless the item exists."""
        refused = {"id": command_id, "type": refusal.type, "expiresAt": dynamo.expires_in(dynamo.INBOX_TTL)}
        forbidden = dynamo.put(self.inbox, refused, "attribute_not_exists(id)")
        items = [forbidden, dynamo.outbox_put(self.outbox, refusal)]
        try:
            dynamo.transact(self.client, items)
        except dynamo.TransactionConflict as conflict:
            if conflict.failed(0):
                return False
            raise
        return True

    def posting(self, account_id: str, operation_id: str, not_before: str) -> Entry | None:
        """Entries newest first, a page at a time, until the operation's or one posted before not_before."""
        options: dict[str, Any] = {"ConsistentRead": True, "ScanIndexForward": False, "Limit": JOURNAL_PAGE}
        while True:
            page = dynamo.query_page(self.client, self.table, account_pk(account_id), ENTRY, **options)
            for item in map(dynamo.from_item, page.get("Items", [])):
                if item["operationId"] == operation_id:
                    return to_entry(item)
                if item["postedAt"] < not_before:
                    return None
            if "LastEvaluatedKey" not in page:
                return None
            options["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def publish(self, event: Message[Any]) -> None:
        """The event alone into the outbox."""
        self.client.put_item(**dynamo.outbox_put(self.outbox, event)["Put"])
