"""The account aggregate and its rules."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from handlers.core.errors import AccountClosedError, AccountNotEmptyError
from handlers.core.ids import new_id
from handlers.core.jsonio import now_iso


@dataclass(frozen=True)
class Account:
    """An account as the accounts service owns it, with the ledger balance it last heard of."""

    account_id: str
    user_id: str
    name: str
    currency: str
    status: str
    created_at: str
    updated_at: str
    closed_at: str | None = None
    version: int = 1
    balance: Decimal = Decimal(0)
    ledger_sequence: int = 0

    @classmethod
    def open(cls, user_id: str, name: str, currency: str) -> Account:
        """A new active account; the name is stored trimmed."""
        now = now_iso()
        return cls(new_id("acc"), user_id, name.strip(), currency, "active", now, now)

    def check_can_close(self) -> None:
        """Raise unless the account is open and, as far as we know, empty."""
        if self.status == "closed":
            raise AccountClosedError("The account is already closed")
        if self.balance != 0:
            raise AccountNotEmptyError(
                f"The account still holds {self.balance} {self.currency}; withdraw it before closing"
            )

    def closed(self) -> Account:
        """This account, closed now."""
        now = now_iso()
        return replace(self, status="closed", closed_at=now, updated_at=now, version=self.version + 1)

    def reopened(self) -> Account:
        """This account, active again after the ledger refused its close."""
        return replace(self, status="active", closed_at=None, updated_at=now_iso(), version=self.version + 1)

    def with_posting(self, balance: Decimal, sequence: int) -> Account:
        """This account with a newer ledger balance; an older or repeated posting changes nothing."""
        if sequence <= self.ledger_sequence:
            return self
        return replace(self, balance=balance, ledger_sequence=sequence)
