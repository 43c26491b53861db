# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookEventAccepted")


@_attrs_define
class WebhookEventAccepted:
    """
    Attributes:
        message (str):
        event_id (str): `evt_` and 32 lowercase hexadecimal digits; the `webhook-id` header and the payload's `id`.
            Stable: a retry or a re-send carries the same id, so a receiver drops what it already has. Example:
            evt_9a8b7c6d5e4f40312a1b2c3d4e5f6a7b.
    """

    message: str
    event_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "eventId": event_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        event_id = d.pop("eventId")

        webhook_event_accepted = cls(
            message=message,
            event_id=event_id,
        )

        webhook_event_accepted.additional_properties = d
        return webhook_event_accepted

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
