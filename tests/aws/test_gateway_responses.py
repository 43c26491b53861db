"""The refusals API Gateway makes itself are Problems of the contract, as clients will read them, and
browsers of the stage's allowed origin may read them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from digital_banking_client.models.problem import Problem

from handlers.edge import cors
from infra.aws import naming
from infra.aws.api import rest_api
from infra.aws.naming import Stage
from infra.aws.template import merge_template
from tests.security.problems import problem_validator
from tools.package import build

# API Gateway's $context.requestTime: the only time a GatewayResponse template can write
REQUEST_TIME = "26/Nov/2026:01:35:14 +0000"
ANSWERS: dict[str, Any] = rest_api()["Properties"]["GatewayResponses"]


def rendered(kind: str) -> dict[str, Any]:
    body = ANSWERS[kind]["ResponseTemplates"]["application/json"]
    document = json.loads(body.replace("$context.requestTime", REQUEST_TIME))
    assert isinstance(document, dict)
    return document


@pytest.mark.parametrize("kind", sorted(ANSWERS))
def test_each_gateway_refusal_is_a_problem_of_the_contract(kind: str) -> None:
    document = rendered(kind)
    assert not list(problem_validator().iter_errors(document)), document
    assert document["status"] == int(ANSWERS[kind]["StatusCode"])
    assert ANSWERS[kind]["ResponseParameters"]["Headers"]["Content-Type"] == "'application/problem+json'"


def test_gateway_refusals_carry_the_headers_the_contract_declares() -> None:
    """A throttled client learns when to come back (the contract's Retry-After on 429), and a 401
    names the scheme (WWW-Authenticate), as the function's own refusals do."""
    assert ANSWERS["THROTTLED"]["ResponseParameters"]["Headers"]["Retry-After"] == "'1'"
    assert ANSWERS["UNAUTHORIZED"]["ResponseParameters"]["Headers"]["WWW-Authenticate"] == "'Bearer'"


def test_the_sdk_reads_the_gateway_time_as_it_came() -> None:
    problem = Problem.from_dict(rendered("UNAUTHORIZED"))
    assert (problem.code, problem.timestamp) == ("UNAUTHORIZED", REQUEST_TIME)


def test_a_time_in_another_form_is_not_a_problem_timestamp() -> None:
    assert list(problem_validator().iter_errors({**rendered("THROTTLED"), "timestamp": "yesterday"}))


WEB_APP, ADMIN = "https://app.bank.example", "https://admin.bank.example"


@pytest.fixture(scope="module")
def web_template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The packaged template of a stage that lets two origins call its API."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(naming.CORS_ORIGINS, "web", (WEB_APP, ADMIN))
        out = build(Stage("web"), tmp_path_factory.mktemp("web"), template_only=True)
    loaded: dict[str, Any] = json.loads((out / "sam.json").read_text())
    return loaded


def cors_of(headers: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.startswith("Access-Control-") or k == "Vary"}


def test_a_stage_without_origins_has_no_cors_anywhere(template: dict[str, Any]) -> None:
    for kind, answer in template["Resources"]["RestAPI"]["Properties"]["GatewayResponses"].items():
        assert cors_of(answer["ResponseParameters"]["Headers"]) == {}, kind
    assert template["Resources"]["APIHandler"]["Properties"]["Environment"]["Variables"][cors.SETTING] == ""


def test_the_gateway_refusals_of_a_stage_with_origins_name_its_first(web_template: dict[str, Any]) -> None:
    answers = web_template["Resources"]["RestAPI"]["Properties"]["GatewayResponses"]
    assert set(answers) == set(ANSWERS)
    for kind, answer in answers.items():
        assert cors_of(answer["ResponseParameters"]["Headers"]) == {
            "Access-Control-Allow-Origin": f"'{WEB_APP}'",
            "Access-Control-Expose-Headers": "'Idempotent-Replayed, Retry-After, WWW-Authenticate'",
            "Vary": "'Origin'",
        }, kind
    # the function echoes whichever of them asks
    variables = web_template["Resources"]["APIHandler"]["Properties"]["Environment"]["Variables"]
    assert variables[cors.SETTING] == f"{WEB_APP},{ADMIN}"


@pytest.mark.parametrize("origin", ["*", "https://app.bank.example/", "null", "app.bank.example"])
def test_a_stage_cannot_be_given_what_is_not_an_origin(monkeypatch: pytest.MonkeyPatch, origin: str) -> None:
    monkeypatch.setitem(naming.CORS_ORIGINS, "web", (origin,))
    with pytest.raises(ValueError, match="not an origin"):
        merge_template(Stage("web"))
