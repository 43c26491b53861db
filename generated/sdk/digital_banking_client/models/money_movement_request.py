# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..decimal_json import as_decimal

T = TypeVar("T", bound="MoneyMovementRequest")


@_attrs_define
class MoneyMovementRequest:
    """
    Attributes:
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example: acc_0f8fad5bd9cb469fa16570867728950e.
        amount (Decimal): An exact decimal amount of the account's currency. The schema steps by 0.0001, the finest minor
            unit of a listed currency (CLF and UYW have four); the account's currency decides the rest: no more decimals
            than its minor units, so at least one minor unit (EUR 0.01, JPY 1, BHD 0.001), else 422 `INVALID_AMOUNT`. The
            platform writes amounts with the currency's minor units (EUR 5.00, JPY 5, BHD 1.005). Example: 100.1.
    """

    account_id: str
    amount: Decimal

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        amount = as_decimal(d.pop("amount"))

        money_movement_request = cls(
            account_id=account_id,
            amount=amount,
        )

        return money_movement_request
