# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_accepted_status import OperationAcceptedStatus

T = TypeVar("T", bound="OperationAccepted")


@_attrs_define
class OperationAccepted:
    """
    Attributes:
        message (str):
        operation_id (str): `op_` and 32 lowercase hexadecimal digits. Example: op_7c9e6679742540de944be07fc1f90ae7.
        status (OperationAcceptedStatus):
    """

    message: str
    operation_id: str
    status: OperationAcceptedStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        operation_id = self.operation_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "operationId": operation_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        operation_id = d.pop("operationId")

        status = OperationAcceptedStatus(d.pop("status"))

        operation_accepted = cls(
            message=message,
            operation_id=operation_id,
            status=status,
        )

        operation_accepted.additional_properties = d
        return operation_accepted

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
