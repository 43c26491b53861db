"""The bank workload under seeded faults, checked when quiet: a bounded set of seeds here (the
long campaign is `make soak`). A failing seed's message ends with the command that replays it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability import sim
from tests.reliability.run import Outcome, Workload, run_seed
from tests.reliability.threaded import run_threaded
from tools.soak import campaign_digest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = range(12)


def verdict(outcome: Outcome) -> str:
    shown = "\n".join(f"  - {v}" for v in outcome.violations[:25])
    broke = f"seed {outcome.seed} broke {len(outcome.violations)} invariant(s)"
    return f"{broke}:\n{shown}\nreplay: {outcome.replay()}"


@pytest.mark.parametrize("seed", SEEDS)
def test_no_money_is_created_lost_or_shown_to_the_wrong_person(seed: int) -> None:
    outcome = run_seed(seed)
    assert not outcome.violations, verdict(outcome)
    assert outcome.figures["operations"], "the workload moved no money at all"


def test_on_real_threads_the_same_invariants_hold() -> None:
    outcome = run_threaded(1, Workload(operations=10))
    assert not outcome.violations, verdict(outcome)


def test_one_seed_replays_one_run_exactly_even_in_another_process(tmp_path: Path) -> None:
    workload = Workload(operations=6)
    here, again = run_seed(5, workload), run_seed(5, workload)
    assert (here.digest, here.faults, here.figures) == (again.digest, again.faults, again.figures)
    figures = tmp_path / "figures.json"
    command = [sys.executable, "-m", "tools.soak", "--seed", "5", "--operations", "6", "--json", str(figures)]
    environment = os.environ | {"PYTHONHASHSEED": "12345"}  # set and dict orders differ there
    subprocess.run(command, cwd=ROOT, env=environment, check=True, capture_output=True, timeout=300)
    assert json.loads(figures.read_text())["digest"] == campaign_digest([here])


def test_webhooks_parked_while_the_receivers_were_down_are_resent_and_arrive(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every receiver fails every attempt until the settle phase: each delivery is parked after its
    eight attempts (28 hours of the service's time), then resent as an operator would, and arrives."""
    monkeypatch.setattr(sim, "FLAKINESS", (1.0,))
    outcome = run_seed(3, Workload(operations=4))
    assert not outcome.violations, verdict(outcome)
    assert outcome.figures["webhooks resent"] > 0, outcome.figures
