"""The accounts service's port on DynamoDB: table `accounts` (pk USER#id, sk ACCOUNT#id | IDEM#key)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from handlers.accounts.model import Account
from handlers.accounts.store import AccountsStore
from handlers.messaging.messages import Message
from handlers.storage import dynamo
from handlers.storage.remembered import Remembered

FIELDS = {
    "account_id": "accountId",
    "user_id": "userId",
    "name": "name",
    "currency": "currency",
    "status": "status",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "closed_at": "closedAt",
    "version": "version",
    "balance": "balance",
    "ledger_sequence": "ledgerSequence",
}


def to_account(item: dict[str, Any]) -> Account:
    """An item back to an Account."""
    fields: dict[str, Any] = {f: item[a] for f, a in FIELDS.items() if a in item}
    fields["version"] = dynamo.as_int(fields["version"])
    fields["ledger_sequence"] = dynamo.as_int(fields["ledger_sequence"])
    return Account(**fields)


class DynamoAccountsStore(AccountsStore):
    """Accounts on DynamoDB, their messages in the `accounts-outbox` table."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.table = dynamo.table_name("accounts")
        self.outbox = dynamo.table_name("accounts-outbox")

    def create(self, account: Account, message: Message[Any], remembered: Remembered | None) -> None:
        """Account, outbox item and remembered response in one transaction."""
        item = dynamo.account_key(account.user_id, account.account_id)
        item |= {a: getattr(account, f) for f, a in FIELDS.items()}
        dynamo.create_with_outbox(self.client, self.table, self.outbox, item, message, remembered)

    def get(self, user_id: str, account_id: str) -> Account | None:
        """One of the user's accounts, or None."""
        item = dynamo.get(self.client, self.table, dynamo.account_key(user_id, account_id))
        return None if item is None else to_account(item)

    def list(self, user_id: str) -> list[Account]:
        """Every account of the user, oldest first."""
        items = dynamo.query_all(self.client, self.table, dynamo.user_pk(user_id), "ACCOUNT#")
        return sorted((to_account(i) for i in items), key=lambda a: (a.created_at, a.account_id))

    def replace(self, account: Account, expected_version: int, message: Message[Any]) -> bool:
        """Update status fields if version and ledger sequence are unchanged, with the message."""
        update = {
            "Update": {
                "TableName": self.table,
                "Key": dynamo.to_item(dynamo.account_key(account.user_id, account.account_id)),
                "UpdateExpression": "SET #s = :s, closedAt = :c, updatedAt = :u, version = :v",
                "ConditionExpression": "version = :expected AND ledgerSequence = :seq",
                "ExpressionAttributeNames": {"#s": "status"},
                "ExpressionAttributeValues": dynamo.values(
                    s=account.status,
                    c=account.closed_at,
                    u=account.updated_at,
                    v=account.version,
                    expected=expected_version,
                    seq=account.ledger_sequence,
                ),
            }
        }
        try:
            dynamo.transact(self.client, [update, dynamo.outbox_put(self.outbox, message)])
        except dynamo.TransactionConflict as conflict:
            if conflict.failed(0):
                return False
            raise
        return True

    def record_posting(self, user_id: str, account_id: str, balance: Decimal, sequence: int) -> None:
        """Note a ledger balance if it is newer than the one noted."""
        # an older or repeated posting, or an account we do not hold, changes nothing
        dynamo.update_if(
            self.client,
            self.table,
            dynamo.account_key(user_id, account_id),
            "SET balance = :b, ledgerSequence = :seq",
            "attribute_exists(pk) AND ledgerSequence < :seq",
            b=balance,
            seq=sequence,
        )

    def remembered(self, user_id: str, key: str) -> Remembered | None:
        """The response stored under the user's key, or None."""
        return dynamo.remembered_get(self.client, self.table, dynamo.user_pk(user_id), key)
