"""The refusals API Gateway makes itself are Problems of the contract, as clients will read them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from digital_banking_client.models.problem import Problem

from infra.aws.api import rest_api
from tests.security.problems import problem_validator

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


def test_the_sdk_reads_the_gateway_time_as_it_came() -> None:
    problem = Problem.from_dict(rendered("UNAUTHORIZED"))
    assert (problem.code, problem.timestamp) == ("UNAUTHORIZED", REQUEST_TIME)


def test_a_time_in_another_form_is_not_a_problem_timestamp() -> None:
    assert list(problem_validator().iter_errors({**rendered("THROTTLED"), "timestamp": "yesterday"}))
