"""One seeded run from a clean engine to the checker's verdict, and the command that replays it."""

from __future__ import annotations

import hashlib
import os
import random
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest import mock

import boto3
from moto import mock_aws

from infra.local import engine as local_engine
from infra.tables import create_tables
from tests.helpers import entry_points_on
from tests.reliability import checker
from tests.reliability.sim import PREFIX, SimBank

ENVIRONMENT = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled",  # moto does not route the account-based streams host
    "BANK_TABLE_PREFIX": PREFIX,
    # real time must not decide when a simulated service reads the query projection's pointer (an
    # extra DynamoDB call shifts the seed's fault dice): each store reads it once, at first use
    "BANK_PROJECTION_CACHE_SECONDS": "inf",
}


@dataclass(frozen=True)
class Workload:
    """How big a run is and how hostile its world."""

    profile: str = "swarm"
    users: int = 3
    operations: int = 12  # per user


DEFAULT = Workload()


@dataclass
class Outcome:
    """What a run found, and its figures."""

    seed: int
    workload: Workload
    violations: list[str]
    faults: Counter[str]
    figures: dict[str, Any] = field(default_factory=dict)
    digest: str = ""
    threaded: bool = False

    def replay(self) -> str:
        """The command that runs this seed again (exactly, unless it ran on real threads)."""
        w = self.workload
        options = f"--profile {w.profile} --users {w.users} --operations {w.operations}"
        if self.threaded:
            return f".venv/bin/python -m tools.soak --seeds 0 --threaded 1 --first {self.seed} {options}"
        return f".venv/bin/python -m tools.soak --seed {self.seed} {options}"


@contextmanager
def engine(seed: int) -> Iterator[None]:
    """A clean moto with every table, ids drawn from the seed, and the consumers on the sim's stores."""
    ids = random.Random(seed ^ 0x5EED)
    local_engine.patch()  # moto is not thread-safe without it (and the threaded mode needs it)
    with ExitStack() as stack:
        stack.enter_context(mock.patch.dict(os.environ, ENVIRONMENT))
        stack.enter_context(mock.patch("uuid.uuid4", lambda: uuid.UUID(int=ids.getrandbits(128), version=4)))
        stack.enter_context(mock_aws())
        create_tables(boto3.client("dynamodb", region_name="us-east-1"), prefix=PREFIX)
        yield


def run_seed(seed: int, workload: Workload = DEFAULT) -> Outcome:
    """Run the workload under the seed's schedule and faults, let it go quiet, check it."""
    with engine(seed), tempfile.TemporaryDirectory() as workdir:
        bank = SimBank(seed, workload.profile, workload.users, workload.operations, Path(workdir))
        # botocore's retry back-off would only make the run slower: time here is the scheduler's
        no_waiting = SimpleNamespace(sleep=lambda seconds: None)
        with (
            entry_points_on(bank.client),
            mock.patch("botocore.endpoint.time", no_waiting),
            bank.notification_time(),
        ):
            bank.run()
        violations = checker.check(bank)
        disagreements, drifts = checker.agree_with_reconcile(bank, violations)
        violations += disagreements
        figures = checker.summary(bank) | {"parked": bank.parked, "steps": len(bank.trace)}
        figures["reconcile drifts"] = drifts
        digest = hashlib.sha256("\n".join([*bank.trace, repr(sorted(figures.items()))]).encode()).hexdigest()
        return Outcome(seed, workload, violations, bank.faults.injected, figures, digest)
