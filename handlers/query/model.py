"""The query service's projections and their convergence rules, whatever the delivery order."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, replace
from decimal import Decimal

from handlers.core.errors import InvalidCursorError

SEQUENCE_DIGITS = 12  # sort keys hold the sequence zero-padded, so key order is ledger order
MAX_SEQUENCE = 10**SEQUENCE_DIGITS - 1
DESCRIPTIONS = {"deposit": "Deposit", "withdraw": "Withdrawal", "transfer": "Transfer"}
CREDIT, DEBIT = "credit", "debit"


@dataclass(frozen=True)
class Posting:
    """One ledger posting (Deposited, Withdrawn, or one side of a transfer) as a row of the account's
    history. A transfer's row names the other account and keeps the sender's description."""

    operation_id: str
    account_id: str
    user_id: str
    type: str
    amount: Decimal
    balance: Decimal
    currency: str
    sequence: int
    posted_at: str
    direction: str = CREDIT
    counterparty: str | None = None
    note: str | None = None  # a transfer's description, if it was given one

    @property
    def description(self) -> str:
        """What the history shows for this posting: a transfer's own words, else its kind."""
        return self.note or DESCRIPTIONS[self.type]


@dataclass(frozen=True)
class Opening:
    """The facts AccountCreated fixes for good: name, currency, creation time (and version 1)."""

    account_id: str
    user_id: str
    name: str
    currency: str
    created_at: str
    version: int


@dataclass(frozen=True)
class StatusChange:
    """An account status as of one account version."""

    account_id: str
    user_id: str
    status: str
    version: int


@dataclass(frozen=True)
class AccountView:
    """An account as far as the events received so far tell; 0 means no version or posting yet."""

    account_id: str
    user_id: str
    name: str | None = None
    currency: str | None = None
    status: str | None = None
    version: int = 0
    created_at: str | None = None
    balance: Decimal = Decimal(0)
    sequence: int = 0
    last_updated: str | None = None

    @property
    def last_changed(self) -> str | None:
        """The newest posting's time, else the creation time."""
        return self.last_updated or self.created_at

    @property
    def known(self) -> bool:
        """Whether enough has arrived to answer a balance (a currency and a time)."""
        return self.currency is not None and self.last_changed is not None

    @property
    def listed(self) -> bool:
        """Whether listBalances shows it: open, and its name known."""
        return self.status == "active" and self.name is not None and self.known

    def with_posting(self, posting: Posting) -> AccountView:
        """This account with a newer posting's balance; an older or repeated one changes nothing."""
        if posting.sequence <= self.sequence:
            return self
        return replace(
            self,
            currency=posting.currency,
            balance=posting.balance,
            sequence=posting.sequence,
            last_updated=posting.posted_at,
        )

    def with_opening(self, opening: Opening) -> AccountView:
        """This account with its creation facts, then its status as of the opening's version."""
        named = replace(self, name=opening.name, currency=opening.currency, created_at=opening.created_at)
        return named.with_status(StatusChange(self.account_id, self.user_id, "active", opening.version))

    def with_status(self, change: StatusChange) -> AccountView:
        """This account with a newer status; a stale or repeated one changes nothing."""
        if change.version <= self.version:
            return self
        return replace(self, status=change.status, version=change.version)


@dataclass(frozen=True)
class HistoryPage:
    """One page of an account's postings, newest first, and whether older ones remain."""

    rows: list[Posting]
    more: bool


def encode_cursor(sequence: int) -> str:
    """The opaque cursor of a page that continues below `sequence`."""
    return base64.urlsafe_b64encode(str(sequence).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The sequence a cursor continues below; InvalidCursorError unless encode_cursor made it."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except (binascii.Error, ValueError):
        text = ""
    if not text.isdigit() or not 1 < int(text) <= MAX_SEQUENCE or encode_cursor(int(text)) != cursor:
        raise InvalidCursorError(
            "cursor: not a cursor of this list", [{"field": "cursor", "message": "not a cursor of this list"}]
        )
    return int(text)
