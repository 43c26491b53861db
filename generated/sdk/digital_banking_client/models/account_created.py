# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_created_status import AccountCreatedStatus
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCreated")


@_attrs_define
class AccountCreated:
    """
    Attributes:
        message (str):
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example: acc_0f8fad5bd9cb469fa16570867728950e.
        user_id (str): The owner's Cognito `sub`. Example: 6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69.
        name (str):
        currency (Currency): An ISO 4217 currency code that has minor units (the list is checked against ISO 4217 data).
            Example: EUR.
        status (AccountCreatedStatus):
        created_at (datetime.datetime): UTC, ISO 8601, millisecond precision. Example: 2026-01-15T09:30:00.000Z.
        updated_at (datetime.datetime): UTC, ISO 8601, millisecond precision. Example: 2026-01-15T09:30:00.000Z.
        closed_at (datetime.datetime | None | Unset):
    """

    message: str
    account_id: str
    user_id: str
    name: str
    currency: Currency
    status: AccountCreatedStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    closed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        account_id = self.account_id

        user_id = self.user_id

        name = self.name

        currency = self.currency.value

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "accountId": account_id,
                "userId": user_id,
                "name": name,
                "currency": currency,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if closed_at is not UNSET:
            field_dict["closedAt"] = closed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        account_id = d.pop("accountId")

        user_id = d.pop("userId")

        name = d.pop("name")

        currency = Currency(d.pop("currency"))

        status = AccountCreatedStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closedAt", UNSET))

        account_created = cls(
            message=message,
            account_id=account_id,
            user_id=user_id,
            name=name,
            currency=currency,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            closed_at=closed_at,
        )

        account_created.additional_properties = d
        return account_created

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
