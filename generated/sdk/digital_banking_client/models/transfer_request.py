# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..decimal_json import as_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferRequest")


@_attrs_define
class TransferRequest:
    """
    Attributes:
        from_account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example:
            acc_0f8fad5bd9cb469fa16570867728950e.
        to_account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example: acc_0f8fad5bd9cb469fa16570867728950e.
        amount (Decimal): An exact decimal amount of the account's currency. The schema steps by 0.0001, the finest minor
            unit of a listed currency (CLF and UYW have four); the account's currency decides the rest: no more decimals
            than its minor units, so at least one minor unit (EUR 0.01, JPY 1, BHD 0.001), else 422 `INVALID_AMOUNT`. The
            platform writes amounts with the currency's minor units (EUR 5.00, JPY 5, BHD 1.005). Example: 100.1.
        description (str | Unset): Shown to both sides of a transfer. Printable text: no control, bidirectional or
            invisible formatting characters (ZWNJ and ZWJ are allowed, as in names). Example: Rent, March.
    """

    from_account_id: str
    to_account_id: str
    amount: Decimal
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_account_id = self.from_account_id

        to_account_id = self.to_account_id

        amount = self.amount

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fromAccountId": from_account_id,
                "toAccountId": to_account_id,
                "amount": amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_account_id = d.pop("fromAccountId")

        to_account_id = d.pop("toAccountId")

        amount = as_decimal(d.pop("amount"))

        description = d.pop("description", UNSET)

        transfer_request = cls(
            from_account_id=from_account_id,
            to_account_id=to_account_id,
            amount=amount,
            description=description,
        )

        return transfer_request
