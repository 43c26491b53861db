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
from ..models.operation_error_code_type_1 import OperationErrorCodeType1
from ..models.operation_error_code_type_2_type_1 import OperationErrorCodeType2Type1
from ..models.operation_error_code_type_3_type_1 import OperationErrorCodeType3Type1
from ..models.operation_status import OperationStatus
from ..models.operation_type import OperationType

T = TypeVar("T", bound="Operation")


@_attrs_define
class Operation:
    """
    Attributes:
        operation_id (str): `op_` and 32 lowercase hexadecimal digits. Example: op_7c9e6679742540de944be07fc1f90ae7.
        account_id (str): `acc_` and 32 lowercase hexadecimal digits. Example: acc_0f8fad5bd9cb469fa16570867728950e.
        type_ (OperationType):
        amount (Decimal): An exact decimal amount of the account's currency. The schema steps by 0.0001, the finest minor
            unit of a listed currency (CLF and UYW have four); the account's currency decides the rest: no more decimals
            than its minor units, so at least one minor unit (EUR 0.01, JPY 1, BHD 0.001), else 422 `INVALID_AMOUNT`. The
            platform writes amounts with the currency's minor units (EUR 5.00, JPY 5, BHD 1.005). Example: 100.1.
        currency (Currency): An ISO 4217 currency code that has minor units (the list is checked against ISO 4217 data).
            Example: EUR.
        status (OperationStatus):
        created_at (datetime.datetime): UTC, ISO 8601, millisecond precision. Example: 2026-01-15T09:30:00.000Z.
        completed_at (datetime.datetime | None):
        error_message (None | str):
        error_code (None | OperationErrorCodeType1 | OperationErrorCodeType2Type1 | OperationErrorCodeType3Type1): Why
            the ledger refused the operation; null unless it failed. OPERATION_TIMED_OUT: it
            never reached the ledger in time, and nothing was or will be posted.
        counterparty_account_id (None | str): A transfer's destination account; null for a deposit or withdrawal.
        description (None | str): A transfer's description, if it was given one; else null.
    """

    operation_id: str
    account_id: str
    type_: OperationType
    amount: Decimal
    currency: Currency
    status: OperationStatus
    created_at: datetime.datetime
    completed_at: datetime.datetime | None
    error_message: None | str
    error_code: None | OperationErrorCodeType1 | OperationErrorCodeType2Type1 | OperationErrorCodeType3Type1
    counterparty_account_id: None | str
    description: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        account_id = self.account_id

        type_ = self.type_.value

        amount = self.amount

        currency = self.currency.value

        status = self.status.value

        created_at = self.created_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error_message: None | str
        error_message = self.error_message

        error_code: None | str
        if isinstance(self.error_code, OperationErrorCodeType1):
            error_code = self.error_code.value
        elif isinstance(self.error_code, OperationErrorCodeType2Type1):
            error_code = self.error_code.value
        elif isinstance(self.error_code, OperationErrorCodeType3Type1):
            error_code = self.error_code.value
        else:
            error_code = self.error_code

        counterparty_account_id: None | str
        counterparty_account_id = self.counterparty_account_id

        description: None | str
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operationId": operation_id,
                "accountId": account_id,
                "type": type_,
                "amount": amount,
                "currency": currency,
                "status": status,
                "createdAt": created_at,
                "completedAt": completed_at,
                "errorMessage": error_message,
                "errorCode": error_code,
                "counterpartyAccountId": counterparty_account_id,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operationId")

        account_id = d.pop("accountId")

        type_ = OperationType(d.pop("type"))

        amount = as_decimal(d.pop("amount"))

        currency = Currency(d.pop("currency"))

        status = OperationStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completedAt"))

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("errorMessage"))

        def _parse_error_code(
            data: object,
        ) -> None | OperationErrorCodeType1 | OperationErrorCodeType2Type1 | OperationErrorCodeType3Type1:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_code_type_1 = OperationErrorCodeType1(data)

                return error_code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_code_type_2_type_1 = OperationErrorCodeType2Type1(data)

                return error_code_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_code_type_3_type_1 = OperationErrorCodeType3Type1(data)

                return error_code_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | OperationErrorCodeType1 | OperationErrorCodeType2Type1 | OperationErrorCodeType3Type1, data
            )

        error_code = _parse_error_code(d.pop("errorCode"))

        def _parse_counterparty_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        counterparty_account_id = _parse_counterparty_account_id(d.pop("counterpartyAccountId"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        operation = cls(
            operation_id=operation_id,
            account_id=account_id,
            type_=type_,
            amount=amount,
            currency=currency,
            status=status,
            created_at=created_at,
            completed_at=completed_at,
            error_message=error_message,
            error_code=error_code,
            counterparty_account_id=counterparty_account_id,
            description=description,
        )

        operation.additional_properties = d
        return operation

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
