"""Money rules: exact decimals, ISO 4217 currencies, and the precision amounts are written with.

The contract takes amounts in steps of 0.01 (`multipleOf`), so an amount has at most two decimals
and never more than its currency's minor units: EUR 2, JPY 0, and BHD (three minor units) still 2."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import iso4217

from handlers.core.errors import InvalidAmountError

MIN_AMOUNT = Decimal("0.01")
MAX_AMOUNT = Decimal("1000000")


@cache
def minor_units() -> dict[str, int]:
    """Every ISO 4217 currency that has minor units, with how many (EUR 2, JPY 0, BHD 3)."""
    return {c.code: c.exponent for c in iso4217.Currency if c.exponent is not None}


def is_currency(code: str) -> bool:
    """Whether code is an ISO 4217 currency with minor units."""
    return code in minor_units()


def decimals(amount: Decimal) -> int:
    """How many decimals an amount really has (1.10 has 1, 100 has 0)."""
    exponent = amount.normalize().as_tuple().exponent
    assert isinstance(exponent, int), "amounts are finite"
    return max(0, -exponent)


def check_amount(amount: Decimal, currency: str) -> Decimal:
    """The amount at the currency's precision; InvalidAmountError if it has more decimals."""
    allowed = minor_units()[currency]
    if decimals(amount) > allowed:
        raise InvalidAmountError(f"{currency} amounts take at most {allowed} decimals")
    if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        raise InvalidAmountError(f"amounts must be between {MIN_AMOUNT} and {MAX_AMOUNT}")
    return at_precision(amount, currency)


def places(currency: str) -> int:
    """How many decimals the platform writes an amount of the currency with: its minor units, at most 2."""
    return min(minor_units()[currency], 2)


def at_precision(amount: Decimal, currency: str) -> Decimal:
    """The amount written with the currency's decimals (EUR 100.1 -> 100.10, JPY 5 -> 5)."""
    return amount.quantize(Decimal(1).scaleb(-places(currency)))


def precise(amount: Decimal, currency: str | None) -> Decimal:
    """The amount at the currency's precision, as `at_precision`; as it is when the currency is unknown."""
    return at_precision(amount, currency) if currency and is_currency(currency) else amount
