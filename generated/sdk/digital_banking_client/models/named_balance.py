# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimal_json import as_decimal
from ..models.currency import Currency

T = TypeVar("T", bound="NamedBalance")


@_attrs_define
class NamedBalance:
    """
    Attributes:
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example: acc_0f8fad5bd9cb469fa16570867728950e.
        account_name (str):
        balance (Decimal): An exact decimal balance of the account's currency, written with its minor units (EUR 70.05,
            JPY 70, BHD 1.005); never negative. Example: 70.05.
        currency (Currency): An ISO 4217 currency code that has minor units (the list is checked against ISO 4217 data).
            Example: EUR.
        last_updated (datetime.datetime): UTC, ISO 8601, millisecond precision. Example: 2026-01-15T09:30:00.000Z.
    """

    account_id: str
    account_name: str
    balance: Decimal
    currency: Currency
    last_updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_name = self.account_name

        balance = self.balance

        currency = self.currency.value

        last_updated = self.last_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "accountName": account_name,
                "balance": balance,
                "currency": currency,
                "lastUpdated": last_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        account_name = d.pop("accountName")

        balance = as_decimal(d.pop("balance"))

        currency = Currency(d.pop("currency"))

        last_updated = datetime.datetime.fromisoformat(d.pop("lastUpdated"))

        named_balance = cls(
            account_id=account_id,
            account_name=account_name,
            balance=balance,
            currency=currency,
            last_updated=last_updated,
        )

        named_balance.additional_properties = d
        return named_balance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
