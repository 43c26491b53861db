"""The ledger's view of an account, its journal entries, and the rules of posting and closing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from handlers.core import money
from handlers.core.errors import InvalidAmountError

ACTIVE, CLOSED = "active", "closed"
DEPOSIT, WITHDRAW = "deposit", "withdraw"
DEBIT, CREDIT = "debit", "credit"
CASH = "cash"


class Refused(Exception):
    """A command the ledger will not post, with the reason code and message of its rejection."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"{reason}: {message}")
        self.reason = reason
        self.message = message


# the answer to a CancelOperation for a command the ledger never posted (and now never will)
TIMED_OUT = Refused(
    "OPERATION_TIMED_OUT", "The operation did not reach the ledger in time: nothing was posted"
)


def customer(account_id: str) -> str:
    """The journal account that holds a customer account's money."""
    return f"customer:{account_id}"


@dataclass(frozen=True)
class Leg:
    """One side of an entry: a debit or a credit of an amount on a journal account."""

    account: str
    side: str
    amount: Decimal


@dataclass(frozen=True)
class Entry:
    """One posting in an account's journal: two legs that balance, and the balance they leave."""

    operation_id: str
    account_id: str
    type: str
    amount: Decimal
    currency: str
    balance_after: Decimal
    sequence: int
    posted_at: str
    legs: tuple[Leg, ...]


def legs_of(kind: str, account_id: str, amount: Decimal) -> tuple[Leg, Leg]:
    """A deposit moves cash into the customer's account, a withdrawal moves it back out."""
    if kind == DEPOSIT:
        return Leg(CASH, DEBIT, amount), Leg(customer(account_id), CREDIT, amount)
    return Leg(customer(account_id), DEBIT, amount), Leg(CASH, CREDIT, amount)


@dataclass(frozen=True)
class LedgerAccount:
    """An account as the ledger holds it; currency is unknown only for one closed before it opened."""

    account_id: str
    user_id: str
    currency: str | None
    status: str = ACTIVE
    balance: Decimal = Decimal(0)
    sequence: int = 0

    @classmethod
    def opened(cls, account_id: str, user_id: str, currency: str) -> LedgerAccount:
        """A new active, empty account."""
        return cls(account_id, user_id, currency, ACTIVE, money.precise(Decimal(0), currency))

    def checked_amount(self, kind: str, amount: Decimal, currency: str) -> Decimal:
        """The amount at the currency's precision, or Refused if the command cannot be posted."""
        if self.status == CLOSED:
            raise Refused("ACCOUNT_CLOSED", "The account is closed")
        if currency != self.currency:
            raise Refused("CURRENCY_MISMATCH", f"The account holds {self.currency}, not {currency}")
        if not money.is_currency(currency):
            raise Refused("INVALID_AMOUNT", f"{currency} amounts cannot be posted")
        try:
            exact = money.check_amount(amount, currency)
        except InvalidAmountError as exc:
            raise Refused("INVALID_AMOUNT", exc.detail) from None
        if kind == WITHDRAW and exact > self.balance:
            raise Refused("INSUFFICIENT_BALANCE", "Insufficient balance")
        return exact

    def posted(
        self, kind: str, operation_id: str, amount: Decimal, currency: str, posted_at: str
    ) -> tuple[LedgerAccount, Entry]:
        """This account after posting the command, and the journal entry; Refused if it cannot be."""
        exact = self.checked_amount(kind, amount, currency)
        balance = money.at_precision(self.balance + (exact if kind == DEPOSIT else -exact), currency)
        after = replace(self, balance=balance, sequence=self.sequence + 1)
        legs = legs_of(kind, self.account_id, exact)
        entry = Entry(
            operation_id, self.account_id, kind, exact, currency, balance, after.sequence, posted_at, legs
        )
        return after, entry

    def closed(self) -> LedgerAccount:
        """This account closed; Refused (ACCOUNT_NOT_EMPTY) while it holds money."""
        if self.balance != 0:
            raise Refused("ACCOUNT_NOT_EMPTY", f"The account still holds {self.balance} {self.currency}")
        return replace(self, status=CLOSED)
