"""The money rules: an amount has at most its currency's minor units and is written with them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from handlers.core import money
from handlers.core.errors import InvalidAmountError


@pytest.mark.parametrize(
    ("amount", "currency", "exact"),
    [
        ("1.005", "BHD", "1.005"),
        ("1.5", "BHD", "1.500"),
        ("0.001", "OMR", "0.001"),
        ("1.0001", "CLF", "1.0001"),
        ("5", "EUR", "5.00"),
        ("0.01", "EUR", "0.01"),
        ("5", "JPY", "5"),
        ("1.00", "JPY", "1"),
        ("1000000", "BHD", "1000000.000"),
    ],
)
def test_an_amount_is_kept_exact_at_its_currency_s_minor_units(
    amount: str, currency: str, exact: str
) -> None:
    assert str(money.check_amount(Decimal(amount), currency)) == exact


@pytest.mark.parametrize(
    ("amount", "currency"),
    [
        ("1.0005", "BHD"),
        ("0.0005", "BHD"),
        ("0.5", "JPY"),
        ("0.001", "EUR"),
        ("1.00001", "CLF"),
        ("0", "BHD"),
        ("-0.001", "BHD"),
        ("1000000.001", "BHD"),
    ],
)
def test_an_amount_finer_than_its_currency_or_out_of_bounds_is_refused(amount: str, currency: str) -> None:
    with pytest.raises(InvalidAmountError):
        money.check_amount(Decimal(amount), currency)


@pytest.mark.parametrize(
    ("currency", "unit"), [("EUR", "0.01"), ("JPY", "1"), ("BHD", "0.001"), ("CLF", "0.0001")]
)
def test_the_minor_unit_is_the_currency_s_own(currency: str, unit: str) -> None:
    assert str(money.minor_unit(currency)) == unit
