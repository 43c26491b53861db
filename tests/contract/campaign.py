"""A Schemathesis campaign against a running API: every default check, every phase, two users.

The CI campaign is seeded and bounded so that it is reproducible and quick; `make fuzz` runs the
same campaign unseeded, for longer. Each run works in its own directory, with no example database
and no cache carried over from another run, under the repository's schemathesis.toml (what the
contract promises beyond its schemas) and the campaign's own settings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# tables only, so that it can follow the campaign's own settings in one file
PROJECT_CONFIG = ROOT / "schemathesis.toml"
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
# two users whose objects must stay private to each other (object-level authorization)
USERS = ("fuzz-alice", "fuzz-bob")
GATEWAY_USERS = ("edge-alice", "edge-bob")


@dataclass(frozen=True)
class Campaign:
    """How much to generate: a seed (None: a fresh one), examples per operation, stateful scenarios."""

    seed: int | None
    max_examples: int
    stateful_examples: int
    max_time: int | None = None
    webhook_examples: int | None = None  # examples per webhook-endpoint operation, when fewer


# The webhook-endpoint operations (tag notifications) are plain CRUD of one kind of item: in the CI
# campaign they get 20 examples each and stay out of the stateful phase, whose 300 scenarios stay
# on the money movements (tests/integration/test_webhooks.py walks their own flows); `make fuzz`
# gives them the full count and the stateful phase.
CI = Campaign(seed=20260115, max_examples=100, stateful_examples=300, webhook_examples=20)
FUZZ = Campaign(
    seed=None, max_examples=1000, stateful_examples=3000, max_time=int(os.environ.get("FUZZ_SECONDS", "1800"))
)


@dataclass
class Outcome:
    """What a run did: its exit code, figures from its event stream, and its console output."""

    exit_code: int
    output: str
    seed: int | None = None
    seconds: float = 0.0
    cases: int = 0
    checks: Counter[str] = field(default_factory=Counter)
    failed_checks: Counter[str] = field(default_factory=Counter)
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    phases: set[str] = field(default_factory=set)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # check, operation, message


def config(campaign: Campaign, auth_file: Path, peers: list[str]) -> str:
    """The schemathesis.toml of a campaign: its own settings, then the repository's."""
    lines = [
        'hooks = "tests.contract.schemathesis_hooks"',
        "continue-on-failure = true",
        *([f"seed = {campaign.seed}"] if campaign.seed is not None else []),
        *([f"max-time = {campaign.max_time}"] if campaign.max_time else []),
        "[cache]",
        "enabled = false",
        "[generation]",
        f"max-examples = {campaign.max_examples}",
        'database = "none"',
        "[warnings]",
        'fail-on = ["missing_auth", "validation_mismatch", "unsupported_regex"]',
        "[phases.stateful.generation]",
        f"max-examples = {campaign.stateful_examples}",
        "[auth.wfc]",
        f"path = {json.dumps(str(auth_file))}",
        f"peers = {json.dumps(peers)}",
    ]
    if campaign.webhook_examples is not None:
        lines += ["[[operations]]", 'include-tag = "notifications"']
        lines += [f"generation.max-examples = {campaign.webhook_examples}", "phases.stateful.enabled = false"]
    return "\n".join(lines) + "\n" + PROJECT_CONFIG.read_text()


def auth_document(tokens: dict[str, str]) -> dict[str, Any]:
    """A Web Fuzzing Commons auth document: one fixed bearer header per user."""
    entries = [
        {"name": user, "fixedHeaders": [{"name": "Authorization", "value": f"Bearer {token}"}]}
        for user, token in tokens.items()
    ]
    return {"auth": entries}


def run(
    url: str,
    tokens: dict[str, str],
    workdir: Path,
    campaign: Campaign,
    schema: str = "",
    only: tuple[str, ...] = (),
) -> Outcome:
    """Run the campaign against the API at url, with the contract it serves or the one given,
    on every operation or `only` those operationIds."""
    auth_file, config_file = workdir / "auth.json", workdir / "schemathesis.toml"
    events = workdir / "events.ndjson"
    auth_file.write_text(json.dumps(auth_document(tokens)))
    config_file.write_text(config(campaign, auth_file, list(tokens)))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}  # the hooks module is in tests/
    command = [str(SCHEMATHESIS), "--config-file", str(config_file), "run", schema or f"{url}/openapi.json"]
    command += ["--url", url] if schema else []
    command += [arg for operation in only for arg in ("--include-operation-id", operation)]
    command += ["--report", "ndjson", "--report-ndjson-path", str(events), "--no-color"]
    done = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, check=False)
    outcome = Outcome(done.returncode, done.stdout + done.stderr)
    if events.exists():
        read_events(events, outcome)
    return outcome


def read_events(path: Path, outcome: Outcome) -> None:
    """Fill the figures from the NDJSON event stream."""
    for line in path.read_text().splitlines():
        event = json.loads(line)
        (kind, data), *_ = event.items()
        if kind == "Initialize":
            outcome.seed = data.get("seed")
        elif kind == "EngineFinished":
            outcome.seconds = data["running_time"]
        elif kind == "ScenarioFinished":
            read_scenario(data, outcome)


def read_scenario(data: dict[str, Any], outcome: Outcome) -> None:
    """Count one scenario's cases, checks and answers."""
    recorder = data["recorder"]
    outcome.phases.add(data["phase"])
    cases = recorder.get("cases", {})
    outcome.cases += len(cases)
    for results in recorder.get("checks", {}).values():
        for result in results:
            outcome.checks[result["name"]] += 1
            if result["status"] == "failure":
                outcome.failed_checks[result["name"]] += 1
                failure = result.get("failure_info", {}).get("failure", {})
                outcome.failures.append(
                    (result["name"], failure.get("operation", ""), failure.get("message", ""))
                )
    for case_id, interaction in recorder.get("interactions", {}).items():
        case = cases[case_id]["value"]
        if response := interaction.get("response"):
            outcome.statuses[(f"{case['method']} {case['path']}", response["status_code"])] += 1
