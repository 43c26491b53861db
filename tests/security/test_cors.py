"""Browsers and the local server: a preflight needs no token, only the allowed origin may read the
answers (refusals included), HEAD answers as GET does without a body."""

from __future__ import annotations

import pytest

from handlers.edge.cors import Cors
from infra.auth import CognitoVerifier
from infra.local.api import create_app
from infra.local.settings import Settings
from tests.security.conftest import BROWSER_ORIGIN, Platform

OTHER_SITE = "https://elsewhere.example"
PREFLIGHT = {"access-control-request-method": "POST", "access-control-request-headers": "authorization"}


def cors_headers(response: object) -> dict[str, str]:
    headers = response.headers  # type: ignore[attr-defined]
    return {k: v for k, v in headers.items() if k.startswith("access-control-") or k == "vary"}


def test_a_preflight_is_answered_without_a_token(platform: Platform) -> None:
    path = f"/accounts/{platform.accounts['alice']}"
    answer = platform.call("OPTIONS", path, None, headers={"origin": BROWSER_ORIGIN, **PREFLIGHT})
    assert (answer.status_code, answer.content) == (204, b"")
    assert cors_headers(answer) == {
        "access-control-allow-origin": BROWSER_ORIGIN,
        "access-control-allow-methods": "GET, HEAD, OPTIONS",
        "access-control-allow-headers": "Authorization, Content-Type, Idempotency-Key",
        "access-control-max-age": "3600",
        "access-control-expose-headers": "Idempotent-Replayed, Retry-After, WWW-Authenticate",
        "vary": "Origin",
    }
    assert answer.headers["allow"] == "GET, HEAD, OPTIONS"
    other = platform.call("OPTIONS", "/deposit", None, headers={"origin": OTHER_SITE, **PREFLIGHT})
    assert (other.status_code, other.headers["allow"], cors_headers(other)) == (
        204,
        "OPTIONS, POST",
        {"vary": "Origin"},
    )
    # off the contract, OPTIONS is a path like any other that does not exist (as on API Gateway)
    assert platform.call("OPTIONS", "/nowhere", None, headers={"origin": BROWSER_ORIGIN}).status_code == 404


def test_each_server_answers_for_its_own_origins(platform: Platform) -> None:
    other = create_app(
        CognitoVerifier(platform.issuer, platform.pool.client_id, "http://127.0.0.1:9/"), Cors((OTHER_SITE,))
    )
    with other.test_client() as http:
        theirs = http.options("/balances", headers={"origin": OTHER_SITE})
    assert theirs.headers.get("access-control-allow-origin") == OTHER_SITE
    mine = platform.call("OPTIONS", "/balances", None, headers={"origin": BROWSER_ORIGIN})
    assert mine.headers.get("access-control-allow-origin") == BROWSER_ORIGIN


def test_only_the_allowed_origin_may_read_an_answer(platform: Platform) -> None:
    mine = platform.call("GET", "/balances", headers={"origin": BROWSER_ORIGIN})
    assert (mine.status_code, mine.headers["access-control-allow-origin"]) == (200, BROWSER_ORIGIN)
    theirs = platform.call("GET", "/balances", headers={"origin": OTHER_SITE})
    assert (theirs.status_code, cors_headers(theirs)) == (200, {"vary": "Origin"})
    # a refusal made before the dispatcher (no token) is readable too, so the web app can sign in again
    refused = platform.call("GET", "/balances", None, headers={"origin": BROWSER_ORIGIN})
    assert (refused.status_code, refused.headers["access-control-allow-origin"]) == (401, BROWSER_ORIGIN)


def test_head_answers_as_get_does(platform: Platform) -> None:
    for path in (
        f"/accounts/{platform.accounts['alice']}",
        f"/accounts/{platform.accounts['bob']}",
        "/balances",
    ):
        got, head = platform.call("GET", path), platform.call("HEAD", path)
        assert head.status_code == got.status_code, path
        assert {k: v for k, v in head.headers.items() if k != "content-length"} == {
            k: v for k, v in got.headers.items() if k != "content-length"
        }
    refused = platform.call("HEAD", "/deposit")
    assert (refused.status_code, refused.headers["allow"]) == (405, "OPTIONS, POST")


@pytest.mark.parametrize(
    ("setting", "origins"),
    [
        (None, ("http://127.0.0.1:8123", "http://localhost:8123")),  # Swagger UI's, by default
        ("", ()),
        (
            "https://app.bank.example, https://admin.bank.example",
            ("https://app.bank.example", "https://admin.bank.example"),
        ),
    ],
)
def test_the_allowed_origins_are_a_setting(
    monkeypatch: pytest.MonkeyPatch, setting: str | None, origins: tuple[str, ...]
) -> None:
    monkeypatch.setenv("BANK_PORT", "8123")
    monkeypatch.delenv("BANK_HOST", raising=False)
    if setting is None:
        monkeypatch.delenv("BANK_CORS_ORIGINS", raising=False)
    else:
        monkeypatch.setenv("BANK_CORS_ORIGINS", setting)
    assert Settings.from_env().cors.origins == origins


@pytest.mark.parametrize(
    "setting", ["*", "https://app.bank.example/", "https://APP.bank.example", "null", "app.bank.example"]
)
def test_a_setting_that_is_not_an_origin_stops_the_server(
    monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    monkeypatch.setenv("BANK_CORS_ORIGINS", setting)
    with pytest.raises(ValueError, match="BANK_CORS_ORIGINS"):
        Settings.from_env()
