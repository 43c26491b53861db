"""The query service's storage port, and its in-memory fake for unit tests."""

from __future__ import annotations

import abc

from handlers.query.model import AccountView, HistoryPage, Opening, Posting, StatusChange


class QueryStore(abc.ABC):
    """Where the account projections and their histories live; every write is idempotent."""

    @abc.abstractmethod
    def record_posting(self, posting: Posting) -> None:
        """Add the history row (once) and take its balance unless a newer posting was taken."""

    @abc.abstractmethod
    def record_opening(self, opening: Opening) -> None:
        """Set name, currency and creation time, and the active status unless a newer one is set."""

    @abc.abstractmethod
    def record_status(self, change: StatusChange) -> None:
        """Set the status unless the account already has a newer (or the same) version."""

    @abc.abstractmethod
    def account(self, user_id: str, account_id: str) -> AccountView | None:
        """One of the user's accounts, or None."""

    @abc.abstractmethod
    def accounts(self, user_id: str) -> list[AccountView]:
        """Every account of the user that is in the projection, oldest first (unknown times last)."""

    @abc.abstractmethod
    def history(self, user_id: str, account_id: str, limit: int, before: int | None) -> HistoryPage:
        """Up to `limit` postings of the account, newest first, below sequence `before` if given."""


def listing_order(account: AccountView) -> tuple[bool, str, str]:
    """Oldest first; accounts whose creation has not arrived yet go last."""
    return (account.created_at is None, account.created_at or "", account.account_id)


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
        return self.by_user.get(user_id, {}).get(account_id)

    def accounts(self, user_id: str) -> list[AccountView]:
        """Every account of the user, oldest first."""
        mine = list(self.by_user.get(user_id, {}).values())
        self.items_read += len(mine)
        return sorted(mine, key=listing_order)

    def history(self, user_id: str, account_id: str, limit: int, before: int | None) -> HistoryPage:
        """A page newest first; like a DynamoDB Query with Limit, it reads at most limit + 1 rows."""
        rows = self.postings.get((user_id, account_id), {})
        below = sorted((s for s in rows if before is None or s < before), reverse=True)[: limit + 1]
        self.items_read += len(below)
        return HistoryPage([rows[s] for s in below[:limit]], more=len(below) > limit)
