"""The Chalice app in-process: routes from the operation table, the caller from the authorizer's claims."""

from __future__ import annotations

import importlib
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from chalice.test import Client

from generated.operations import OPERATIONS
from handlers.core import jsonio
from infra.chalice.app import GATEWAY_METHODS, app
from infra.functions import consumers, telemetry
from tests.aws.banks import LambdaBank
from tests.aws.conftest import CHALICE_PROJECT, cognito_token

pytestmark = [
    pytest.mark.filterwarnings("ignore:CognitoUserPoolAuthorizer is not a supported in local mode"),
    pytest.mark.filterwarnings("ignore:No application metrics to publish"),
    pytest.mark.usefixtures("fresh_runtime"),
]


@pytest.fixture
def client() -> Client:
    return Client(app, stage_name="dev", project_dir=str(CHALICE_PROJECT))


@contextmanager
def captured_logs() -> Iterator[list[dict[str, Any]]]:
    """The structured log lines the functions write inside the block."""
    stream = io.StringIO()
    lines: list[dict[str, Any]] = []
    handler = telemetry.logger.registered_handler
    previous = handler.setStream(stream)  # type: ignore[attr-defined]
    try:
        yield lines
    finally:
        handler.setStream(previous)  # type: ignore[attr-defined]
        lines += [json.loads(line) for line in stream.getvalue().splitlines()]


def as_user(user: str, **headers: str) -> dict[str, str]:
    return {"authorization": cognito_token(user), **headers}


def create(client: Client, user: str) -> str:
    body = jsonio.dumps({"name": "Main", "currency": "EUR"}).encode()
    answer = client.http.post(
        "/accounts", headers=as_user(user, **{"content-type": "application/json"}), body=body
    )
    assert answer.status_code == 201, answer.body
    return str(json.loads(answer.body)["accountId"])


def test_the_routes_are_the_operation_table() -> None:
    routes = {
        (path, method): entry for path, methods in app.routes.items() for method, entry in methods.items()
    }
    operations = {(op.path, op.method): op.operation_id for op in OPERATIONS.values()}
    # HEAD answers as GET does
    operations |= {(path, "HEAD"): name for (path, method), name in operations.items() if method == "GET"}
    assert {route: entry.view_name for route, entry in routes.items() if route in operations} == operations
    # OPTIONS answers on every path, without the authorizer (a preflight carries no token)
    options = {(path, "OPTIONS") for path, _ in operations}
    assert all(routes[route].view_name.startswith("options") for route in options)
    assert {route for route, entry in routes.items() if entry.authorizer is None} == options
    # every other method API Gateway can route, on every path of the contract, is a 405
    others = (
        {(path, method) for path, _ in operations for method in GATEWAY_METHODS} - set(operations) - options
    )
    assert set(routes) - set(operations) - options == others
    assert all(routes[route].view_name.startswith("methodNotAllowed") for route in others)


def test_a_method_a_path_lacks_is_405_with_the_methods_it_has(client: Client) -> None:
    answer = client.http.put("/accounts", headers=as_user("alice"))
    assert answer.status_code == 405
    assert answer.headers["Allow"] == "GET, HEAD, OPTIONS, POST"
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert json.loads(answer.body)["code"] == "METHOD_NOT_ALLOWED"
    closing = client.http.delete("/accounts/acc_" + "0" * 32 + "/close", headers=as_user("alice"))
    assert (closing.status_code, closing.headers["Allow"]) == (405, "OPTIONS, PUT")


def test_the_consumers_are_the_functions_lambda_imports() -> None:
    functions = {f.name: f.handler_string for f in app.pure_lambda_functions if f.name.endswith("-consumer")}
    assert functions == {f"{s}-consumer": f"infra.functions.consumers.{s}" for s in consumers.BY_SERVICE}
    for name, handler in functions.items():
        module, attribute = handler.rsplit(".", 1)
        assert getattr(importlib.import_module(module), attribute) is consumers.BY_SERVICE[name.split("-")[0]]


def test_the_watchdog_the_redrive_and_the_reconcile_are_the_functions_lambda_imports() -> None:
    """Lambda imports `module.handler` itself (Chalice's wrapper is not in the way)."""
    found = {f.name: f.handler_string for f in app.pure_lambda_functions if not f.name.endswith("-consumer")}
    found |= {e.name: e.handler_string for e in app.event_sources}
    assert found == {
        "redrive": "infra.functions.redrive.handler",
        "reconcile": "infra.functions.reconcile.handler",
        "watchdog": "infra.functions.watchdog.handler",
        "webhooks": "infra.functions.webhooks.handler",
    }
    for handler in found.values():
        module, attribute = handler.rsplit(".", 1)
        assert callable(getattr(importlib.import_module(module), attribute))


def test_a_request_without_authorizer_claims_is_refused(client: Client) -> None:
    answer = client.http.get("/accounts")
    assert answer.status_code == 401
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert answer.headers["WWW-Authenticate"] == "Bearer"
    assert json.loads(answer.body)["code"] == "UNAUTHORIZED"


def test_the_caller_is_the_sub_claim(client: Client) -> None:
    account = create(client, "alice")
    mine = client.http.get(f"/accounts/{account}", headers=as_user("alice"))
    theirs = client.http.get(f"/accounts/{account}", headers=as_user("bob"))
    assert (mine.status_code, json.loads(mine.body)["userId"]) == (200, "alice")
    assert theirs.status_code == 404
    assert json.loads(client.http.get("/accounts", headers=as_user("bob")).body) == []


def test_the_dispatcher_answers_every_refusal(client: Client) -> None:
    wrong_type = client.http.post(
        "/accounts", headers=as_user("alice", **{"content-type": "text/plain"}), body=b"x"
    )
    assert wrong_type.status_code == 415
    assert json.loads(wrong_type.body)["code"] == "UNSUPPORTED_MEDIA_TYPE"
    bad = client.http.get("/accounts/not-an-id", headers=as_user("alice"))
    assert (bad.status_code, json.loads(bad.body)["code"]) == (400, "VALIDATION_ERROR")
    assert bad.headers["X-Content-Type-Options"] == "nosniff"


def test_an_operation_is_followed_by_its_id_from_the_request_through_every_message(
    client: Client, dynamo_client: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "false")
    bank = LambdaBank(dynamo_client, client)
    account = bank.open_account("alice")
    capsys.readouterr()
    with captured_logs() as lines:
        answer = bank.api("deposit", "alice", {"accountId": account, "amount": Decimal("5.00")})
        bank.settle()
    operation = answer.body["operationId"]
    (answered,) = [line for line in lines if line["message"] == "answered"]
    assert (answered["operation"], answered["status"], answered["correlation_id"]) == (
        "deposit",
        202,
        operation,
    )
    handled = [line for line in lines if line.get("correlation_id") == operation and "consumer" in line]
    assert {line["consumer"] for line in handled} >= {"ledger", "banking", "query", "accounts"}
    metrics = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"_aws"' in line]
    counted = {m["Name"] for blob in metrics for d in blob["_aws"]["CloudWatchMetrics"] for m in d["Metrics"]}
    assert {"OperationsAccepted", "OperationsCompleted", "MessagesHandled"} <= counted
