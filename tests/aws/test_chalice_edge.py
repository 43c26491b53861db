"""The Chalice app around the dispatcher: browsers' preflights and CORS headers, HEAD, and failures
outside the dispatcher, which still answer problem documents."""

from __future__ import annotations

import json
from typing import Any

import pytest
from chalice.test import Client

from handlers.core import jsonio
from handlers.edge import cors
from infra.chalice import app as chalice_app
from infra.chalice.app import app
from tests.aws.conftest import CHALICE_PROJECT, cognito_token

pytestmark = [
    pytest.mark.filterwarnings("ignore:CognitoUserPoolAuthorizer is not a supported in local mode"),
    pytest.mark.filterwarnings("ignore:No application metrics to publish"),
    pytest.mark.usefixtures("fresh_runtime"),
]
WEB_APP, OTHER_SITE = "https://app.bank.example", "https://elsewhere.example"
PREFLIGHT = {"access-control-request-method": "POST", "access-control-request-headers": "authorization"}


@pytest.fixture
def client() -> Client:
    return Client(app, stage_name="dev", project_dir=str(CHALICE_PROJECT))


@pytest.fixture
def web_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stage allows the web app's origin and one other."""
    monkeypatch.setenv(cors.SETTING, f"{WEB_APP},https://admin.bank.example")


def as_alice(**headers: str) -> dict[str, str]:
    return {"authorization": cognito_token("alice"), **headers}


@pytest.mark.usefixtures("web_app")
def test_a_preflight_is_answered_without_a_token(client: Client) -> None:
    answer = client.http.request("OPTIONS", "/accounts", headers={"origin": WEB_APP, **PREFLIGHT})
    assert (answer.status_code, answer.body) == (204, b"")
    assert answer.headers["Access-Control-Allow-Origin"] == WEB_APP
    assert answer.headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS, POST"
    assert answer.headers["Access-Control-Allow-Headers"] == "Authorization, Content-Type, Idempotency-Key"
    assert (answer.headers["Allow"], answer.headers["Vary"]) == ("GET, HEAD, OPTIONS, POST", "Origin")
    assert answer.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.usefixtures("web_app")
def test_a_preflight_from_another_origin_is_granted_nothing(client: Client) -> None:
    answer = client.http.request("OPTIONS", "/deposit", headers={"origin": OTHER_SITE, **PREFLIGHT})
    assert (answer.status_code, answer.headers["Allow"], answer.headers["Vary"]) == (
        204,
        "OPTIONS, POST",
        "Origin",
    )
    assert not [name for name in answer.headers if name.lower().startswith("access-control-")]


@pytest.mark.usefixtures("web_app")
def test_only_an_allowed_origin_may_read_an_answer(client: Client) -> None:
    mine = client.http.get("/accounts", headers=as_alice(origin=WEB_APP))
    assert (mine.status_code, mine.headers["Access-Control-Allow-Origin"]) == (200, WEB_APP)
    assert (
        mine.headers["Access-Control-Expose-Headers"] == "Idempotent-Replayed, Retry-After, WWW-Authenticate"
    )
    refused = client.http.get("/accounts", headers={"origin": WEB_APP})  # no claims: the app's own 401
    assert (refused.status_code, refused.headers["Access-Control-Allow-Origin"]) == (401, WEB_APP)
    theirs = client.http.get("/accounts", headers=as_alice(origin=OTHER_SITE))
    assert theirs.status_code == 200 and "Access-Control-Allow-Origin" not in theirs.headers
    assert theirs.headers["Vary"] == "Origin"


def test_no_origin_configured_means_no_cors_header_at_all(client: Client) -> None:
    for answer in (
        client.http.get("/accounts", headers=as_alice(origin=WEB_APP)),
        client.http.request("OPTIONS", "/accounts", headers={"origin": WEB_APP, **PREFLIGHT}),
    ):
        assert not [
            n for n in answer.headers if n.lower().startswith("access-control-") or n.lower() == "vary"
        ]


def test_head_answers_as_get_without_a_body(client: Client) -> None:
    body = jsonio.dumps({"name": "Main", "currency": "EUR"}).encode()
    created = client.http.post(
        "/accounts", headers=as_alice(**{"content-type": "application/json"}), body=body
    )
    account = json.loads(created.body)["accountId"]
    for path in (f"/accounts/{account}", f"/accounts/acc_{'0' * 32}", "/accounts/not-an-id"):
        got, head = (
            client.http.get(path, headers=as_alice()),
            client.http.request("HEAD", path, headers=as_alice()),
        )
        assert got.body and head.body == b""
        assert (head.status_code, head.headers) == (got.status_code, got.headers), path
    refused = client.http.request("HEAD", "/deposit", headers=as_alice())
    assert (refused.status_code, refused.body, refused.headers["Allow"]) == (405, b"", "OPTIONS, POST")


def assert_disclosed_nothing(answer: Any) -> None:
    assert answer.status_code == 500
    assert answer.headers["Content-Type"] == "application/problem+json"
    document = json.loads(answer.body)
    assert (document["code"], document["status"]) == ("INTERNAL_ERROR", 500)
    assert "boom" not in answer.body.decode()


@pytest.mark.usefixtures("web_app")
def test_a_failure_outside_the_dispatcher_is_a_problem_document(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(chalice_app, "api_request", broken)  # the request never reaches the dispatcher
    answer = client.http.get("/accounts", headers=as_alice(origin=WEB_APP))
    assert_disclosed_nothing(answer)
    assert answer.headers["Access-Control-Allow-Origin"] == WEB_APP


def test_a_failing_middleware_answers_a_problem_document(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(event: Any, get_response: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(app, "middleware_handlers", [*app.middleware_handlers, (broken, "http")])
    assert_disclosed_nothing(client.http.get("/accounts", headers=as_alice()))
