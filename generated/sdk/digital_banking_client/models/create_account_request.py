# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.currency import Currency

T = TypeVar("T", bound="CreateAccountRequest")


@_attrs_define
class CreateAccountRequest:
    """
    Attributes:
        name (str): At least 3 characters once leading and trailing spaces are trimmed; stored trimmed. Example:
            Everyday account.
        currency (Currency): An ISO 4217 currency code that has minor units (the list is checked against ISO 4217 data).
            Example: EUR.
    """

    name: str
    currency: Currency

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency = self.currency.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        currency = Currency(d.pop("currency"))

        create_account_request = cls(
            name=name,
            currency=currency,
        )

        return create_account_request
