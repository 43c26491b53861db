"""Money rules: exact decimals, ISO 4217 currencies, and the precision amounts are written with.

An amount never has more decimals than its currency has minor units (EUR 2, JPY 0, BHD 3, CLF 4)
and is at least one minor unit; it is refused, never rounded."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import iso4217

from handlers.core.errors import InvalidAmountError

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


def minor_unit(currency: str) -> Decimal:
    """The currency's smallest amount (EUR 0.01, JPY 1, BHD 0.001)."""
    return Decimal(1).scaleb(-minor_units()[currency])


def check_amount(amount: Decimal, currency: str) -> Decimal:
    """The amount at the currency's precision; InvalidAmountError if it has more decimals than the
    currency's minor units or lies outside one minor unit to MAX_AMOUNT."""
    allowed = minor_units()[currency]
    if decimals(amount) > allowed:
        raise InvalidAmountError(f"{currency} amounts take at most {allowed} decimals")
    smallest = minor_unit(currency)
    if not smallest <= amount <= MAX_AMOUNT:
        raise InvalidAmountError(f"{currency} amounts must be between {smallest} and {MAX_AMOUNT}")
    return at_precision(amount, currency)


def at_precision(amount: Decimal, currency: str) -> Decimal:
    """The amount written with the currency's minor units (EUR 100.1 -> 100.10, JPY 5 -> 5, BHD 1.005)."""
    return amount.quantize(minor_unit(currency))


def precise(amount: Decimal, currency: str | None) -> Decimal:
    """The amount at the currency's precision, as `at_precision`; as it is when the currency is unknown."""
    return at_precision(amount, currency) if currency and is_currency(currency) else amount
