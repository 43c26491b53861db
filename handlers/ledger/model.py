"""The ledger's view of an account, its journal entries, and the rules of posting, transferring and
closing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from handlers.core import money
from handlers.core.errors import InvalidAmountError

ACTIVE, CLOSED = "active", "closed"
DEPOSIT, WITHDRAW = "deposit", "withdraw"
# the two entries of one transfer: the source's journal holds the one, the destination's the other
TRANSFER, TRANSFER_OUT, TRANSFER_IN = "transfer", "transfer_out", "transfer_in"
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
    counterparty: str | None = None  # a transfer's other account
    description: str | None = None  # a transfer's description, if it was given one


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

    def sent(
        self,
        to: LedgerAccount | None,
        operation_id: str,
        amount: Decimal,
        currency: str,
        posted_at: str,
        description: str | None = None,
    ) -> tuple[LedgerAccount, LedgerAccount, Entry, Entry]:
        """This account and the destination after a transfer of `amount` from this one to it, and the
        entry each journal keeps (the same two legs: this account debited, the destination credited);
        Refused if it cannot be. The destination is looked at only once this account can pay, and a
        closed one and one the ledger does not know are refused alike."""
        if to is not None and to.account_id == self.account_id:
            raise Refused("SAME_ACCOUNT", "A transfer needs two different accounts")
        exact = self.checked_amount(WITHDRAW, amount, currency)
        if to is None or to.status == CLOSED:
            raise Refused("ACCOUNT_CLOSED", "The destination account is closed or does not exist")
        if to.currency != currency:
            raise Refused("CURRENCY_MISMATCH", f"The destination account does not hold {currency}")
        source = replace(
            self, balance=money.at_precision(self.balance - exact, currency), sequence=self.sequence + 1
        )
        destination = replace(
            to, balance=money.at_precision(to.balance + exact, currency), sequence=to.sequence + 1
        )
        legs = (Leg(customer(self.account_id), DEBIT, exact), Leg(customer(to.account_id), CREDIT, exact))

        def entry(side: LedgerAccount, kind: str, other: str) -> Entry:
            return Entry(
                operation_id,
                side.account_id,
                kind,
                exact,
                currency,
                side.balance,
                side.sequence,
                posted_at,
                legs,
                other,
                description,
            )

        out, into = (
            entry(source, TRANSFER_OUT, to.account_id),
            entry(destination, TRANSFER_IN, self.account_id),
        )
        return source, destination, out, into

    def closed(self) -> LedgerAccount:
        """This account closed; Refused (ACCOUNT_NOT_EMPTY) while it holds money."""
        if self.balance != 0:
            raise Refused("ACCOUNT_NOT_EMPTY", f"The account still holds {self.balance} {self.currency}")
        return replace(self, status=CLOSED)
