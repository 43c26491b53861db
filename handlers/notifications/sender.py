"""One delivery attempt: sign the payload per Standard Webhooks and POST it to the checked address.

Bounded everywhere, so that a slow or dead receiver costs at most one attempt's time: 5 s to
connect, 10 s in all (a 2xx after 10 s is a failure), no redirect followed, at most 4 KB of the
answer read (and 500 characters of it kept).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from standardwebhooks import Webhook

from handlers.core.errors import InvalidWebhookUrlError
from handlers.notifications.ssrf import Policy, check_url, resolve

SUCCESS_WITHIN_SECONDS = 10.0
CONNECT_SECONDS = 5.0
MAX_BODY_BYTES = 4096
USER_AGENT = "digital-banking-webhooks/1"


@dataclass(frozen=True)
class Outcome:
    """What one attempt found: the receiver's status (None without an answer), why it failed, how long."""

    http_status: int | None
    error: str | None
    duration_ms: int

    @property
    def succeeded(self) -> bool:
        """A 2xx within the time allowed."""
        return self.error is None and self.http_status is not None and 200 <= self.http_status < 300


def signature(event_id: str, payload: str, secrets: list[str], at: datetime) -> str:
    """`webhook-signature`: one `v1,…` per secret, space separated (two during a rotation)."""
    return " ".join(Webhook(secret).sign(event_id, at, payload) for secret in secrets)


def headers(event_id: str, payload: str, secrets: list[str], host: str) -> dict[str, str]:
    """The Standard Webhooks headers of an attempt, signed now."""
    at = datetime.now(UTC)
    return {
        "webhook-id": event_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": signature(event_id, payload, secrets, at),
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "host": host,
    }


def _read_some(response: httpx.Response, started: float) -> None:
    """Read at most MAX_BODY_BYTES of the answer, within the attempt's time."""
    kept = 0
    for chunk in response.iter_raw():
        kept += len(chunk)
        if kept >= MAX_BODY_BYTES or time.monotonic() - started > SUCCESS_WITHIN_SECONDS:
            return


def post(url: str, event_id: str, payload: str, secrets: list[str], policy: Policy) -> Outcome:
    """One attempt to deliver a signed payload; never raises for the receiver's faults."""
    started = time.monotonic()

    def outcome(status: int | None, error: str | None) -> Outcome:
        elapsed = time.monotonic() - started
        if error is None and elapsed > SUCCESS_WITHIN_SECONDS:
            error = f"answered after {elapsed:.1f} s (more than {SUCCESS_WITHIN_SECONDS:.0f} s)"
        return Outcome(status, error, int(elapsed * 1000))

    try:
        target = check_url(url, policy)
        address = resolve(target, policy)
    except InvalidWebhookUrlError as refusal:
        return outcome(None, "refused: " + refusal.detail.removeprefix("url: "))
    named = f"[{target.host}]" if ":" in target.host else target.host  # an IPv6 address in brackets
    host = named if target.port == (443 if target.scheme == "https" else 80) else f"{named}:{target.port}"
    # the path as it is (never URL.join: a path `//other.host/` would name another host)
    connect_to = httpx.URL(
        scheme=target.scheme, host=str(address), port=target.port, raw_path=target.target.encode()
    )
    timeout = httpx.Timeout(SUCCESS_WITHIN_SECONDS, connect=CONNECT_SECONDS)
    extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
            request = client.build_request(
                "POST",
                connect_to,
                content=payload.encode(),
                headers=headers(event_id, payload, secrets, host),
                extensions=extensions,
            )
            response = client.send(request, stream=True)
            try:
                _read_some(response, started)
                status = response.status_code
            finally:
                response.close()
    except httpx.TimeoutException:
        return outcome(None, f"no answer within {SUCCESS_WITHIN_SECONDS:.0f} s")
    except httpx.HTTPError as error:
        return outcome(None, f"{type(error).__name__}: {str(error)[:200]}")
    if 300 <= status < 400:
        return outcome(status, "a redirect, not followed")
    return outcome(status, None)
