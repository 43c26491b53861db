"""The campaign can fail: a variant of the app that lets anyone read any account is caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract import campaign
from tests.contract.test_schemathesis_chalice import stand_in
from tests.e2e.platform import ROOT, RunningPlatform

SMALL = campaign.Campaign(seed=20260115, max_examples=10, stateful_examples=30)


@pytest.mark.slow
def test_a_leak_between_two_users_is_caught(platform: RunningPlatform, tmp_path: Path) -> None:
    tokens = {user: platform.token(user) for user in ("leak-alice", "leak-bob")}
    schema = str(ROOT / "specs" / "openapi.yaml")
    with stand_in(platform, "--leaky") as url:
        only = ("createAccount", "getAccount", "listAccounts")
        outcome = campaign.run(url, tokens, tmp_path, SMALL, schema=schema, only=only)
    assert outcome.exit_code != 0
    leaks = [
        (op, message) for check, op, message in outcome.failures if check == "object_level_authorization"
    ]
    assert leaks and all(op == "GET /accounts/{account_id}" for op, _ in leaks), outcome.output
    assert "leak-bob" in leaks[0][1] or "leak-alice" in leaks[0][1]
