"""Schemathesis against the running platform: every default check, every phase, two real users.

`make test` runs the seeded, bounded CI campaign; `make fuzz` (BANK_FUZZ=1) the long unseeded one.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.contract import campaign
from tests.e2e.platform import RunningPlatform

PHASES = {"examples", "coverage", "fuzzing", "stateful"}
# Schemathesis's default checks; each must have judged responses, none may have failed
CHECKS = {
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "object_level_authorization",
}


def chosen() -> campaign.Campaign:
    return campaign.FUZZ if os.environ.get("BANK_FUZZ") else campaign.CI


def summary(outcome: campaign.Outcome) -> str:
    """One line of figures for the log."""
    checks = sum(outcome.checks.values())
    return (
        f"schemathesis: seed {outcome.seed}, {outcome.cases} cases, {checks} checks, "
        f"{sum(outcome.failed_checks.values())} failed, {outcome.seconds:.0f} s"
    )


def assert_clean(outcome: campaign.Outcome) -> None:
    assert outcome.exit_code == 0, outcome.output
    assert outcome.phases == PHASES, outcome.output
    assert not outcome.failed_checks, outcome.output
    idle = {name for name in CHECKS if not outcome.checks[name]}
    assert not idle, f"checks that judged nothing: {idle}"
    # the stateful phase reached money movements and their operations through the links
    for operation in (
        "POST /deposit",
        "GET /operation-status/{operation_id}",
        "GET /transactions/{account_id}",
    ):
        assert any(op == operation and 200 <= status < 300 for op, status in outcome.statuses), operation


@pytest.mark.slow
def test_the_local_platform_keeps_its_contract(platform: RunningPlatform, tmp_path: Path) -> None:
    tokens = {user: platform.token(user) for user in campaign.USERS}
    outcome = campaign.run(platform.url, tokens, tmp_path, chosen())
    print(summary(outcome))
    assert_clean(outcome)
    if chosen() is campaign.CI:
        assert outcome.seed == campaign.CI.seed
