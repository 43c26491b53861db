"""The same Schemathesis campaign against the Chalice app, behind a stand-in for API Gateway.

The app runs in its own process on the local platform's engine, tables, relays and user pool
(tests/contract/api_gateway.py). Every failure must be one of KNOWN_DEFECTS below: each is a
reported defect of the AWS edge (infra/aws/api.py, infra/chalice/app.py) that the local server does
not have. A new failure fails this test, and so does a known one that no longer occurs (then
delete its entry).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from infra.local.launcher import free_port
from tests.contract import campaign
from tests.contract.test_schemathesis import CHECKS, PHASES, chosen, summary
from tests.e2e.platform import ROOT, RunningPlatform

KNOWN_DEFECTS = {
    # API Gateway renders `$context.requestTime` as 26/Nov/2026:01:35:14 +0000, not RFC 3339, so
    # every refusal it makes itself (UNAUTHORIZED above all) breaks Problem.timestamp.
    "gateway timestamp": lambda check, message: (
        check == "response_schema_conformance" and 'is not a "date-time"' in message and "+0000" in message
    ),
    # A method a resource lacks is MISSING_AUTHENTICATION_TOKEN, answered 404; RFC 9110 and the
    # contract's METHOD_NOT_ALLOWED want 405 with Allow (the local server's answer).
    "undeclared method": lambda check, message: check == "unsupported_method" and "returned 404" in message,
}


@contextmanager
def stand_in(platform: RunningPlatform, *flags: str) -> Iterator[str]:
    """The Chalice app served through the API Gateway stand-in, for as long as the block runs."""
    port = free_port()
    command = [sys.executable, "-m", "tests.contract.api_gateway", str(port), *flags]
    process = subprocess.Popen(command, cwd=ROOT, env=platform.env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/accounts", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.2)
        assert process.poll() is None, "the API Gateway stand-in stopped while starting"
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def gateway(platform: RunningPlatform) -> Iterator[str]:
    with stand_in(platform) as url:
        yield url


def defect(check: str, message: str) -> str | None:
    """Which known defect a failure is, if any."""
    return next((name for name, matches in KNOWN_DEFECTS.items() if matches(check, message)), None)


@pytest.mark.slow
def test_the_chalice_app_keeps_its_contract_but_for_known_edge_defects(
    platform: RunningPlatform, gateway: str, tmp_path: Path
) -> None:
    tokens = {user: platform.token(user) for user in campaign.GATEWAY_USERS}
    schema = str(ROOT / "specs" / "openapi.yaml")
    outcome = campaign.run(gateway, tokens, tmp_path, chosen(), schema=schema)
    print(summary(outcome))
    unknown = [
        (check, op, message[:300]) for check, op, message in outcome.failures if not defect(check, message)
    ]
    assert not unknown, "\n".join(map(str, unknown))
    assert outcome.phases == PHASES and not {name for name in CHECKS if not outcome.checks[name]}
    seen = {defect(check, message) for check, _, message in outcome.failures}
    gone = set(KNOWN_DEFECTS) - seen
    assert not gone, f"fixed: remove {gone} from KNOWN_DEFECTS"
