# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.subscribable_event_type import SubscribableEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookEndpointRequest")


@_attrs_define
class CreateWebhookEndpointRequest:
    """
    Attributes:
        url (str): An absolute `https` URL (`http` only for loopback receivers where allowed), without credentials, in
            printable ASCII (an internationalized name in its `xn--` form). Example: https://hooks.example.com/bank.
        event_types (list[SubscribableEventType] | Unset): The types to send; every type when left out.
        description (str | Unset): The caller's words for the endpoint. Example: Bookkeeping.
    """

    url: str
    event_types: list[SubscribableEventType] | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item = event_types_item_data.value
                event_types.append(event_types_item)

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if event_types is not UNSET:
            field_dict["eventTypes"] = event_types
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _event_types = d.pop("eventTypes", UNSET)
        event_types: list[SubscribableEventType] | Unset = UNSET
        if _event_types is not UNSET:
            event_types = []
            for event_types_item_data in _event_types:
                event_types_item = SubscribableEventType(event_types_item_data)

                event_types.append(event_types_item)

        description = d.pop("description", UNSET)

        create_webhook_endpoint_request = cls(
            url=url,
            event_types=event_types,
            description=description,
        )

        return create_webhook_endpoint_request
