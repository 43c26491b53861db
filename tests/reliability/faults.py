"""Seeded fault injection: what can go wrong, how often, and a count of what did.

Faults at the DynamoDB client are injected through botocore's event hooks, at the layer where AWS
would produce them: a throttled request answered by the service (botocore retries it as it would
retry DynamoDB), a throttle that outlasted botocore's retries, a transaction cancelled for a
conflict, a reply lost after the write was applied, a process that dies before or after a call.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any


class Crash(BaseException):
    """The process running a step dies here: nothing after it runs, nothing catches it on the way."""


@dataclass(frozen=True)
class FaultRates:
    """The chance of each fault where it can happen (per message, batch, delivery or call)."""

    duplicate: float = 0.0  # a routed message is delivered 2-5 times instead of once
    crash_after_commit: float = 0.0  # a consumer dies after its writes, before acknowledging
    handler_timeout: float = 0.0  # a batch outlives its visibility timeout while being handled
    relay_crash: float = 0.0  # a pipe relay dies around a delivery and restarts
    conflict: float = 0.0  # a transaction is cancelled with TransactionConflict
    throttle: float = 0.0  # DynamoDB answers ThrottlingException; botocore retries
    throttle_exhausted: float = 0.0  # a call is still throttled after botocore's retries
    reply_lost: float = 0.0  # a single-item write is applied, its reply lost; botocore retries
    commit_reply_lost: float = 0.0  # a transaction commits, its reply is lost; botocore retries it
    crash: float = 0.0  # the process dies before a call, or after a write
    preempt: float = 0.0  # another actor runs at this point (deterministic mode only)
    stall: float = 0.0  # a consumer stalls between its reads and its transaction (deterministic mode)
    outage: float = 0.0  # per scheduler step: DynamoDB throttles every call for a while

    def scaled(self, factor: float) -> FaultRates:
        """Every rate multiplied by factor (capped at 1)."""
        return replace(self, **{f.name: min(1.0, getattr(self, f.name) * factor) for f in fields(self)})


CALM = FaultRates()
CHAOS = FaultRates(
    duplicate=0.3,
    crash_after_commit=0.05,
    handler_timeout=0.05,
    relay_crash=0.03,
    conflict=0.04,
    throttle=0.02,
    throttle_exhausted=0.005,
    reply_lost=0.02,
    commit_reply_lost=0.03,
    crash=0.004,
    preempt=0.08,
    stall=1.0,
    outage=0.004,
)
# echo: every message delivered 2-5 times and nothing else, for the checker's own tests
PROFILES = {"calm": CALM, "chaos": CHAOS, "storm": CHAOS.scaled(2.5), "echo": FaultRates(duplicate=1.0)}
SWARM_FACTORS = (0.0, 0.5, 1.0, 2.0, 4.0)
ALWAYS = {"stall"}  # in every run, at some intensity: without it a close never races a posting


def rates_for(profile: str, rng: random.Random) -> FaultRates:
    """A profile's rates; "swarm" draws each fault's intensity from the seed (none to four times
    chaos), so each run stresses a different mix and rare interleavings get their turn."""
    if profile != "swarm":
        return PROFILES[profile]
    drawn = {}
    for f in fields(CHAOS):
        factors = SWARM_FACTORS[1:] if f.name in ALWAYS else SWARM_FACTORS
        drawn[f.name] = min(1.0, getattr(CHAOS, f.name) * rng.choice(factors))
    return FaultRates(**drawn)


class Faults:
    """Rolls the dice for each fault from one seeded generator, and counts the faults injected."""

    def __init__(self, rates: FaultRates, rng: random.Random) -> None:
        self.rates, self.rng = rates, rng
        self.injected: Counter[str] = Counter()
        self.healed = False
        self.lock = threading.Lock()

    def roll(self, kind: str) -> bool:
        """Whether this fault happens now; counted when it does."""
        with self.lock:
            if self.healed or self.rng.random() >= getattr(self.rates, kind):
                return False
            self.injected[kind] += 1
            return True

    def copies(self) -> int:
        """How many times a routed message is delivered."""
        if not self.roll("duplicate"):
            return 1
        with self.lock:
            return self.rng.randint(2, 5)

    def pick(self, options: list[Any]) -> Any:
        """One of the options, from the same generator."""
        with self.lock:
            return self.rng.choice(options)

    def heal(self) -> None:
        """No more faults from now on (the network heals, the operators stop breaking things)."""
        self.healed = True


Preempt = Callable[[], None]
