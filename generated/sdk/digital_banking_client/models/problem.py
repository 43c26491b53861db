# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """RFC 9457 problem details, with the `message`, `code` and `timestamp` members clients already read.

    Attributes:
        type_ (str):
        title (str):
        status (int):
        detail (str):
        message (str):
        code (ErrorCode): Stable error codes. VALIDATION_ERROR 400, UNAUTHORIZED 401, NOT_FOUND 404,
            METHOD_NOT_ALLOWED 405, ACCOUNT_CLOSED / ACCOUNT_NOT_EMPTY / IDEMPOTENCY_KEY_REUSED 409,
            PAYLOAD_TOO_LARGE 413, UNSUPPORTED_MEDIA_TYPE 415, INVALID_AMOUNT / INVALID_CURSOR /
            INVALID_WEBHOOK_URL 422,
            RATE_LIMITED 429, INTERNAL_ERROR 500. INSUFFICIENT_BALANCE and CURRENCY_MISMATCH are the `errorCode` of a
            failed operation.
        timestamp (datetime.datetime | str): When the problem was found. The services write a `Timestamp` (UTC, ISO
            8601). A refusal the API edge makes before any service runs (on AWS, API Gateway's own 401, 429 and 5xx answers)
            carries the edge's request time instead, as an `EdgeTimestamp`.
        instance (str | Unset):
        errors (list[FieldError] | Unset):
    """

    type_: str
    title: str
    status: int
    detail: str
    message: str
    code: ErrorCode
    timestamp: datetime.datetime | str
    instance: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        message = self.message

        code = self.code.value

        timestamp: str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        instance = self.instance

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
                "message": message,
                "code": code,
                "timestamp": timestamp,
            }
        )
        if instance is not UNSET:
            field_dict["instance"] = instance
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        message = d.pop("message")

        code = ErrorCode(d.pop("code"))

        def _parse_timestamp(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_problem_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_problem_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        timestamp = _parse_timestamp(d.pop("timestamp"))

        instance = d.pop("instance", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[FieldError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = FieldError.from_dict(errors_item_data)

                errors.append(errors_item)

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            message=message,
            code=code,
            timestamp=timestamp,
            instance=instance,
            errors=errors,
        )

        problem.additional_properties = d
        return problem

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
