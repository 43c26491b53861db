"""The edges of the HTTP server `make run` starts: what it serves about itself, and what it refuses
before any handler sees the request."""

from __future__ import annotations

import json
from http.client import HTTPConnection
from urllib.parse import urlsplit

from handlers.edge.problems import PROBLEMS
from tests.e2e.platform import RunningPlatform


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
