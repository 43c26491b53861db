"""A Lambda function's init runs without the garbage collector, and only on Lambda."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = (
    "import gc\n"
    "from infra.functions import init_phase\n"
    "during = gc.isenabled()\n"
    "init_phase.finished()\n"
    "print(during, gc.isenabled(), gc.get_freeze_count() > 0)\n"
)


def run(**extra: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "AWS_LAMBDA_FUNCTION_NAME"} | extra
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_on_lambda_the_collector_waits_for_the_end_of_init_then_skips_what_init_built() -> None:
    assert run(AWS_LAMBDA_FUNCTION_NAME="bank-dev-api") == ["False", "True", "True"]


def test_elsewhere_nothing_changes() -> None:
    assert run() == ["True", "True", "False"]
