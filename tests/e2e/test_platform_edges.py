"""The edges of the HTTP server `make run` starts: what it serves about itself, and what it refuses
before any handler sees the request."""

from __future__ import annotations

import json
from http.client import HTTPConnection
from urllib.parse import urlsplit

import httpx

from handlers.edge.problems import PROBLEMS
from tests.e2e.platform import RunningPlatform


def test_the_served_contract_names_the_port_it_is_served_on(platform: RunningPlatform) -> None:
    contract = httpx.get(f"{platform.url}/openapi.json", timeout=5).json()
    assert [server["url"] for server in contract["servers"]] == [platform.url]  # Swagger UI's Servers list


def test_a_url_too_long_to_parse_is_refused_with_a_problem_document(platform: RunningPlatform) -> None:
    connection = HTTPConnection(urlsplit(platform.url).netloc, timeout=10)  # httpx refuses such a URL
    connection.request("GET", f"/accounts/acc_{'0' * 100_000}")
    answer = connection.getresponse()
    assert answer.status == 400
    assert answer.headers["content-type"] == "application/problem+json"
    problem = json.loads(answer.read())
    assert problem["code"] == "VALIDATION_ERROR"
    assert (problem["status"], problem["title"]) == PROBLEMS["VALIDATION_ERROR"]
    assert problem["detail"] and problem["timestamp"]
