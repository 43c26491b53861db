# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimal_json import as_decimal
from ..models.currency import Currency
from ..models.direction import Direction
from ..models.operation_type import OperationType
from ..models.transaction_status import TransactionStatus

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        id (str): `op_` and 32 lowercase hexadecimal digits. Example: op_7c9e6679742540de944be07fc1f90ae7.
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example: acc_0f8fad5bd9cb469fa16570867728950e.
        type_ (OperationType):
        direction (Direction): `credit`: money came into the account; `debit`: money left it.
        counterparty_account_id (None | str): The other account of a transfer (the receiver on a debit row, the sender
            on a credit row); null otherwise.
        amount (Decimal): An exact decimal amount of the account's currency. The schema steps by 0.0001, the finest minor
            unit of a listed currency (CLF and UYW have four); the account's currency decides the rest: no more decimals
            than its minor units, so at least one minor unit (EUR 0.01, JPY 1, BHD 0.001), else 422 `INVALID_AMOUNT`. The
            platform writes amounts with the currency's minor units (EUR 5.00, JPY 5, BHD 1.005). Example: 100.1.
        balance (Decimal): An exact decimal balance of the account's currency, written with its minor units (EUR 70.05,
            JPY 70, BHD 1.005); never negative. Example: 70.05.
        currency (Currency): An ISO 4217 currency code that has minor units (the list is checked against ISO 4217 data).
            Example: EUR.
        status (TransactionStatus):
        sequence (int): The posting's place in the account's ledger, 1 for the first.
        timestamp (datetime.datetime): UTC, ISO 8601, millisecond precision. Example: 2026-01-15T09:30:00.000Z.
        description (str):
    """

    id: str
    account_id: str
    type_: OperationType
    direction: Direction
    counterparty_account_id: None | str
    amount: Decimal
    balance: Decimal
    currency: Currency
    status: TransactionStatus
    sequence: int
    timestamp: datetime.datetime
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        type_ = self.type_.value

        direction = self.direction.value

        counterparty_account_id: None | str
        counterparty_account_id = self.counterparty_account_id

        amount = self.amount

        balance = self.balance

        currency = self.currency.value

        status = self.status.value

        sequence = self.sequence

        timestamp = self.timestamp.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "accountId": account_id,
                "type": type_,
                "direction": direction,
                "counterpartyAccountId": counterparty_account_id,
                "amount": amount,
                "balance": balance,
                "currency": currency,
                "status": status,
                "sequence": sequence,
                "timestamp": timestamp,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("accountId")

        type_ = OperationType(d.pop("type"))

        direction = Direction(d.pop("direction"))

        def _parse_counterparty_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        counterparty_account_id = _parse_counterparty_account_id(d.pop("counterpartyAccountId"))

        amount = as_decimal(d.pop("amount"))

        balance = as_decimal(d.pop("balance"))

        currency = Currency(d.pop("currency"))

        status = TransactionStatus(d.pop("status"))

        sequence = d.pop("sequence")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        description = d.pop("description")

        transaction = cls(
            id=id,
            account_id=account_id,
            type_=type_,
            direction=direction,
            counterparty_account_id=counterparty_account_id,
            amount=amount,
            balance=balance,
            currency=currency,
            status=status,
            sequence=sequence,
            timestamp=timestamp,
            description=description,
        )

        transaction.additional_properties = d
        return transaction

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
