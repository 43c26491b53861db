"""Banking's view of accounts, its operations, and the rules for accepting a money movement."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from handlers.core import money
from handlers.core.errors import AccountClosedError, NotFoundError
from handlers.core.ids import new_id
from handlers.core.jsonio import now_iso

# What each movement sends to the ledger and answers the caller.
COMMANDS = {"deposit": "Deposit", "withdraw": "Withdraw", "transfer": "Transfer"}
ACCEPTED = {"deposit": "Deposit accepted", "withdraw": "Withdrawal accepted", "transfer": "Transfer accepted"}
# What the watchdog did last to a pending operation: nothing yet, published its command again, or
# asked the ledger to cancel it.
NEW, REPUBLISHED, CANCELLING = "new", "republished", "cancelling"


@dataclass(frozen=True)
class ProjectedAccount:
    """An account as banking learnt it from account events; currency is None until AccountCreated."""

    account_id: str
    user_id: str
    currency: str | None
    status: str
    version: int


@dataclass(frozen=True)
class Operation:
    """One money movement and, once the ledger answered, its outcome."""

    operation_id: str
    user_id: str
    account_id: str
    type: str
    amount: Decimal
    currency: str
    status: str
    created_at: str
    completed_at: str | None = None
    error_message: str | None = None
    error_code: str | None = None
    command_id: str | None = None  # the id of its Deposit, Withdraw or Transfer message, once stored
    counterparty_account_id: str | None = None  # a transfer's destination
    description: str | None = None  # a transfer's description, if given


@dataclass(frozen=True)
class Watched:
    """A pending operation as the watchdog left it: its last step, and when (its creation at first)."""

    operation: Operation
    step: str
    since: str


@dataclass(frozen=True)
class Outcome:
    """How the ledger ended an operation: completed, or failed with its message and reason."""

    status: str
    finished_at: str
    error_message: str | None = None
    error_code: str | None = None


def new_operation(
    account: ProjectedAccount | None,
    kind: str,
    amount: Decimal,
    counterparty_account_id: str | None = None,
    description: str | None = None,
) -> Operation:
    """A pending operation on the caller's account (a transfer's source), its amount at the
    currency's precision. Of a transfer's destination nothing is checked here: only the ledger
    knows whether it can receive, and answers so to the sender alone.

    NotFoundError if banking does not know the account (or has not yet seen its AccountCreated),
    AccountClosedError if it is closed, InvalidAmountError if the amount has more decimals than the
    currency."""
    if account is None or account.currency is None:
        raise NotFoundError("Account not found")
    if account.status == "closed":
        raise AccountClosedError("The account is closed")
    return Operation(
        operation_id=new_id("op"),
        user_id=account.user_id,
        account_id=account.account_id,
        type=kind,
        amount=money.check_amount(amount, account.currency),
        currency=account.currency,
        status="pending",
        created_at=now_iso(),
        counterparty_account_id=counterparty_account_id,
        description=description,
    )
