# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_delivery_outcome import WebhookDeliveryOutcome
from ..models.webhook_event_type import WebhookEventType

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """One attempt to deliver one event.

    Attributes:
        event_id (str): `evt_` and 32 lowercase hexadecimal digits; the `webhook-id` header and the payload's `id`.
            Stable: a retry or a re-send carries the same id, so a receiver drops what it already has. Example:
            evt_9a8b7c6d5e4f40312a1b2c3d4e5f6a7b.
        event_type (WebhookEventType): What an event tells (the payloads are in the message catalog, channel
            `webhooks`). `transfer.completed` and `transfer.failed` go to the sender, `transfer.received` to the payee;
            `ping` answers `POST /webhook-endpoints/{endpoint_id}/test` and cannot be chosen.
        attempt (int): 1 for the first attempt of the event; a re-send goes on counting.
        outcome (WebhookDeliveryOutcome): `succeeded`: a 2xx within 10 s; `failed`: retried at `nextAttemptAt`;
            `parked`: the last attempt failed, nothing more is tried until a re-send.
        http_status (int | None): The receiver's status; null when no answer came.
        error (None | str): Why no answer came (timeout, refused connection, refused address), else null.
        duration_ms (int):
        attempted_at (datetime.datetime): UTC, ISO 8601, millisecond precision. Example: 2026-01-15T09:30:00.000Z.
        next_attempt_at (datetime.datetime | None):
    """

    event_id: str
    event_type: WebhookEventType
    attempt: int
    outcome: WebhookDeliveryOutcome
    http_status: int | None
    error: None | str
    duration_ms: int
    attempted_at: datetime.datetime
    next_attempt_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_type = self.event_type.value

        attempt = self.attempt

        outcome = self.outcome.value

        http_status: int | None
        http_status = self.http_status

        error: None | str
        error = self.error

        duration_ms = self.duration_ms

        attempted_at = self.attempted_at.isoformat()

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventId": event_id,
                "eventType": event_type,
                "attempt": attempt,
                "outcome": outcome,
                "httpStatus": http_status,
                "error": error,
                "durationMs": duration_ms,
                "attemptedAt": attempted_at,
                "nextAttemptAt": next_attempt_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("eventId")

        event_type = WebhookEventType(d.pop("eventType"))

        attempt = d.pop("attempt")

        outcome = WebhookDeliveryOutcome(d.pop("outcome"))

        def _parse_http_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        http_status = _parse_http_status(d.pop("httpStatus"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        duration_ms = d.pop("durationMs")

        attempted_at = datetime.datetime.fromisoformat(d.pop("attemptedAt"))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("nextAttemptAt"))

        webhook_delivery = cls(
            event_id=event_id,
            event_type=event_type,
            attempt=attempt,
            outcome=outcome,
            http_status=http_status,
            error=error,
            duration_ms=duration_ms,
            attempted_at=attempted_at,
            next_attempt_at=next_attempt_at,
        )

        webhook_delivery.additional_properties = d
        return webhook_delivery

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
