"""The same workload and checker on real threads: every client, the relays and each consumer on
its own thread against one moto, so handlers truly overlap. Not replayable; the checker must
hold all the same."""

from __future__ import annotations

import hashlib
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from tests.helpers import entry_points_on
from tests.reliability import checker
from tests.reliability.actors import Actor
from tests.reliability.faults import Crash
from tests.reliability.run import DEFAULT, Outcome, Workload, engine
from tests.reliability.sim import SimBank

VISIBILITY_SECONDS = 0.5
IDLE_SECONDS = 0.002
DEADLINE_SECONDS = 120


def loop(actor: Actor, keep_going: Callable[[], bool]) -> None:
    """Step an actor while asked to; a crash is survived as its process restarting."""
    while keep_going():
        if not actor.runnable():
            time.sleep(IDLE_SECONDS)
            continue
        try:
            actor.step()
        except Crash:
            continue
        if getattr(actor, "moved", 1) == 0:  # the relays found nothing new: poll again shortly
            time.sleep(IDLE_SECONDS)


def run_threaded(seed: int, workload: Workload = DEFAULT) -> Outcome:
    """Clients, relays and consumers on threads until the clients are done; then heal, settle, check."""
    with engine(seed), tempfile.TemporaryDirectory() as workdir:
        bank = SimBank(
            seed, workload.profile, workload.users, workload.operations, Path(workdir), VISIBILITY_SECONDS
        )
        bank.faults.rates = replace(bank.faults.rates, preempt=0.0)  # the threads interleave for real
        bank.real_time = True
        for consumer in bank.consumers:
            consumer.on_timeout = None  # a sibling thread picks a lapsed batch up by itself
        for worker in bank.workers:
            worker.period = VISIBILITY_SECONDS  # as in steps: a pass per visibility timeout
        with entry_points_on(bank.client), bank.notification_time():
            run_threads(bank)
            bank.now, bank.real_time = time.monotonic(), False
            bank.finish()
        violations = checker.check(bank)
        disagreements, drifts = checker.agree_with_reconcile(bank, violations)
        violations += disagreements
        figures = checker.summary(bank) | {"parked": bank.parked, "reconcile drifts": drifts}
        digest = hashlib.sha256(repr(sorted(figures.items())).encode()).hexdigest()
        return Outcome(seed, workload, violations, bank.faults.injected, figures, digest, threaded=True)


def run_threads(bank: SimBank) -> None:
    """Start everything, wait for the clients, stop the rest."""
    stop = threading.Event()
    deadline = time.monotonic() + DEADLINE_SECONDS
    for client in bank.clients:
        client.backoff_unit = 0.005  # seconds
    clients = [threading.Thread(target=loop, args=(c, lambda c=c: not c.finished())) for c in bank.clients]
    others = [
        threading.Thread(target=loop, args=(a, lambda: not stop.is_set()))
        for a in [bank.pipe, *bank.consumers, *bank.workers]
    ]
    for thread in clients + others:
        thread.start()
    for thread in clients:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    stop.set()
    for thread in others:
        thread.join()
    if any(t.is_alive() for t in clients):
        bank.history.wrong("the clients did not finish within the deadline")
