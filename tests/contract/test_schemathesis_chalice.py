"""The same Schemathesis campaign against the Chalice app, behind a stand-in for API Gateway.

The app runs in its own process on the local platform's engine, tables, relays and user pool
(tests/contract/api_gateway.py). Zero failures, as against the local server.
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
from tests.contract.test_schemathesis import assert_clean, chosen, summary
from tests.e2e.platform import ROOT, RunningPlatform


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


@pytest.mark.slow
def test_the_chalice_app_keeps_its_contract(platform: RunningPlatform, gateway: str, tmp_path: Path) -> None:
    tokens = {user: platform.token(user) for user in campaign.GATEWAY_USERS}
    schema = str(ROOT / "specs" / "openapi.yaml")
    outcome = campaign.run(gateway, tokens, tmp_path, chosen(), schema=schema)
    print(summary(outcome))
    assert_clean(outcome)
