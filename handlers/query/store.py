"""The query service's storage port."""

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
