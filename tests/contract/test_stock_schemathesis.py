"""Schemathesis as anyone runs it finds nothing: the CLI from the repository root, no hooks, every
default check, three seeds, against a platform started as `make run` starts it and against the
Chalice app behind the API Gateway stand-in.

The one configuration is the repository's schemathesis.toml, which the CLI finds on its own. To
keep `make test` quick the runs draw fewer examples than the CLI's default (MAX_EXAMPLES); the
defaults, run by hand with the same seeds, find nothing either:
`schemathesis run http://127.0.0.1:8000/openapi.json -H "Authorization: Bearer $TOKEN" --seed 1`.
"""

from __future__ import annotations

import os
import subprocess
import tomllib
from collections.abc import Iterator

import pytest

from infra.chalice.app import GATEWAY_METHODS
from tests.contract.campaign import PROJECT_CONFIG, SCHEMATHESIS
from tests.contract.test_schemathesis_chalice import stand_in
from tests.e2e.platform import ROOT, RunningPlatform

SEEDS = (1, 2, 3)
MAX_EXAMPLES = 25
# Schemathesis's own default for the check that a schema-valid request is accepted
ACCEPTED_BY_DEFAULT = {"2xx", "3xx", "401", "403", "404", "409", "429", "5xx"}


def stock_run(schema: str, token: str, seed: int, *options: str) -> subprocess.CompletedProcess[str]:
    """The CLI as a user types it, in the repository root, with nothing of ours in its environment."""
    command = [str(SCHEMATHESIS), "run", schema, "-H", f"Authorization: Bearer {token}", "--seed", str(seed)]
    command += ["--max-examples", str(MAX_EXAMPLES), "--no-color", *options]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SCHEMATHESIS_", "PYTHONPATH"))}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


def assert_nothing_found(run: subprocess.CompletedProcess[str]) -> None:
    """No failure and no error (exit code 0), under the repository's configuration."""
    output = run.stdout + run.stderr
    assert f"Configuration:    {PROJECT_CONFIG}" in output, output
    assert run.returncode == 0 and "Failures:" not in output, output
    print(output.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def gateway(platform: RunningPlatform) -> Iterator[str]:
    with stand_in(platform) as url:
        yield url


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_stock_schemathesis_finds_nothing_on_the_local_platform(platform: RunningPlatform, seed: int) -> None:
    token = platform.token("stock-user")
    assert_nothing_found(stock_run(f"{platform.url}/openapi.json", token, seed))


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_stock_schemathesis_finds_nothing_on_the_chalice_app(
    platform: RunningPlatform, gateway: str, seed: int
) -> None:
    token = platform.token("stock-gateway-user")
    assert_nothing_found(stock_run("specs/openapi.yaml", token, seed, "--url", gateway))


def switched_off(node: object) -> bool:
    """Whether anything in a piece of the configuration says `enabled = false`."""
    if isinstance(node, dict):
        return node.get("enabled") is False or any(switched_off(value) for value in node.values())
    return isinstance(node, list) and any(switched_off(value) for value in node)


def test_the_configuration_switches_nothing_off_and_never_takes_a_400_for_valid_data() -> None:
    config = tomllib.loads(PROJECT_CONFIG.read_text())
    assert not switched_off(config)
    for table in config["operations"]:
        accepted = set(table["checks"]["positive_data_acceptance"]["expected-statuses"])
        assert accepted - ACCEPTED_BY_DEFAULT == {"422"}, table


def test_the_methods_tried_on_every_path_are_those_api_gateway_can_route() -> None:
    config = tomllib.loads(PROJECT_CONFIG.read_text())
    # HEAD: Schemathesis never tries it as an undeclared method
    routable = {method.lower() for method in GATEWAY_METHODS} - {"head"}
    assert set(config["phases"]["coverage"]["unexpected-methods"]) == routable
