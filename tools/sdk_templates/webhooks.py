"""Verify a webhook of the platform (Standard Webhooks signatures), reading its amounts exactly.

    from digital_banking_client.webhooks import WebhookVerificationError, verify

    event = verify(request_body, request_headers, secret)  # the secret shown when you registered
    if event["type"] == "deposit.completed":
        print(event["data"]["amount"])  # a Decimal

Deliveries are at least once: drop an event whose `id` you already handled.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from standardwebhooks import Webhook, WebhookVerificationError

from .decimal_json import loads

__all__ = ["WebhookVerificationError", "verify"]


def verify(body: bytes | str, headers: Mapping[str, str], secret: str) -> dict[str, Any]:
    """The event `{id, type, timestamp, data}` once one of its signatures (two during a secret
    rotation) matches the secret and its timestamp is within 5 minutes of now; otherwise
    WebhookVerificationError. Numbers that are not whole are Decimal, never float."""
    Webhook(secret).verify(body, dict(headers), json_parse=False)
    event = loads(body)
    if not isinstance(event, dict):
        raise WebhookVerificationError("the body is not an event")
    return event
