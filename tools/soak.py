"""`make soak`: the bank workload under seeded faults, many seeds, and the checker's verdict on each.

    python -m tools.soak --seeds 300            # seeds 0..299, on every core
    python -m tools.soak --seed 1234            # replay one seed exactly, violations in full
    python -m tools.soak --threaded 10          # real threads (not replayable), the same checker

Shows its progress on stderr (seeds done, faults so far, violations, time left) and ends with a
table of the campaign's figures; `--json` prints them as JSON instead (`--json FILE` writes them
there as well). Exits 1 if any run broke an invariant, printing the command that replays it.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import logging
import os
import sys
import time
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")  # no metric lines on stdout

from tests.reliability.run import Outcome, Workload, run_seed
from tests.reliability.threaded import run_threaded


def one(job: tuple[int, Workload, bool]) -> Outcome:
    """Run one seed in a worker process, quietly (the consumers log every failure they meet)."""
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    seed, workload, threaded = job
    with contextlib.redirect_stdout(io.StringIO()):
        return run_threaded(seed, workload) if threaded else run_seed(seed, workload)


def tally(outcomes: list[Outcome], seconds: float) -> dict[str, Any]:
    """The figures of a campaign."""
    faults: Counter[str] = Counter()
    operations: Counter[str] = Counter()
    messages: Counter[str] = Counter()
    answers: Counter[str] = Counter()
    webhooks: Counter[str] = Counter()
    requests = parked = resent = undone = 0
    for outcome in outcomes:
        faults.update(outcome.faults)
        operations.update(outcome.figures.get("operations", {}))
        messages.update(outcome.figures.get("messages", {}))
        for answer, times in outcome.figures.get("responses", {}).items():
            status = answer.split()[1]
            answers["no answer (died)" if status == "0" else status] += times
        requests += outcome.figures.get("requests", 0)
        parked += outcome.figures.get("parked", 0)
        webhooks.update(outcome.figures.get("webhook attempts", {}))
        resent += outcome.figures.get("webhooks resent", 0)
        undone += outcome.figures.get("webhook closes undone", 0)
    return {
        "seeds": len(outcomes),
        "seconds": round(seconds, 1),
        "requests": requests,
        "operations": dict(sorted(operations.items())),
        "operations total": sum(operations.values()),
        "answers by status": dict(sorted(answers.items())),
        "messages relayed": dict(sorted(messages.items())),
        "faults injected": dict(sorted(faults.items())),
        "faults total": sum(faults.values()),
        "messages parked in a DLQ, then redriven": parked,
        "webhook attempts": dict(sorted(webhooks.items())),
        "webhook deliveries parked, then resent": resent,
        "account.closed sent for a close the ledger undid": undone,
        "digest": campaign_digest(outcomes),
        "runs with violations": sum(1 for o in outcomes if o.violations),
        "violations": sum(len(o.violations) for o in outcomes),
        "reconcile drifts": sum(o.figures.get("reconcile drifts", 0) for o in outcomes),
    }


def campaign_digest(outcomes: list[Outcome]) -> str:
    """One fingerprint of every replayable run: equal digests, equal runs."""
    replayable = [o.digest for o in outcomes if not o.threaded]
    return hashlib.sha256("".join(replayable).encode()).hexdigest()


def report(outcome: Outcome, limit: int) -> None:
    """A failing run: what broke, and how to run it again."""
    print(f"\nseed {outcome.seed}: {len(outcome.violations)} violation(s)", file=sys.stderr)
    for line in outcome.violations[:limit]:
        print(f"  - {line}", file=sys.stderr)
    print(f"  replay: {outcome.replay()}", file=sys.stderr)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=int, default=100, help="how many seeds, from --first")
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--seed", type=int, help="replay this one seed")
    parser.add_argument(
        "--threaded", type=int, default=0, help="also this many runs on real threads, from --first"
    )
    parser.add_argument("--profile", default=Workload.profile, choices=["calm", "chaos", "storm", "swarm"])
    parser.add_argument("--users", type=int, default=Workload.users)
    parser.add_argument("--operations", type=int, default=Workload.operations, help="requests per user")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--json",
        nargs="?",
        const="-",
        help="print the figures as JSON instead of a table (or, given a file, write them there too)",
    )
    return parser.parse_args(argv)


def campaign(jobs: list[tuple[int, Workload, bool]], workers: int, console: Console) -> list[Outcome]:
    """Run every job, showing seeds done, faults so far, violations and the time left; the outcomes
    in the jobs' order (the digest depends on it)."""
    outcomes: dict[int, Outcome] = {}
    faults = violations = 0
    columns = (
        TextColumn("soak"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("seeds · {task.fields[faults]} faults · {task.fields[violations]} violation(s)"),
        TimeRemainingColumn(),
    )
    # on a terminal it redraws itself; in a log, a line at each tenth of the campaign
    every = max(1, len(jobs) // 10)
    with (
        ProcessPoolExecutor(max_workers=workers) as pool,
        Progress(*columns, console=console, disable=not console.is_terminal) as progress,
    ):
        task = progress.add_task("soak", total=len(jobs), faults=0, violations=0)
        futures = {pool.submit(one, job): index for index, job in enumerate(jobs)}
        for future in as_completed(futures):
            outcome = outcomes[futures[future]] = future.result()
            faults += sum(outcome.faults.values())
            violations += len(outcome.violations)
            progress.update(task, advance=1, faults=faults, violations=violations)
            if not console.is_terminal and (len(outcomes) % every == 0 or len(outcomes) == len(jobs)):
                console.print(
                    f"soak: {len(outcomes)}/{len(jobs)} seeds, {faults} faults, {violations} violation(s)"
                )
    return [outcomes[i] for i in range(len(jobs))]


def table(figures: dict[str, Any]) -> Table:
    """The campaign's figures, a row each; counts by kind on one line."""
    shown = Table("figure", "value", title="soak", title_justify="left", show_edge=False)
    for name, value in figures.items():
        if isinstance(value, dict):
            value = ", ".join(f"{kind} {times}" for kind, times in value.items()) or "none"
        shown.add_row(name, str(value))
    return shown


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; 0 when every run held every invariant."""
    args = arguments(argv)
    workload = Workload(args.profile, args.users, args.operations)
    seeds = [args.seed] if args.seed is not None else list(range(args.first, args.first + args.seeds))
    threaded = range(args.first, args.first + args.threaded)
    jobs = [(s, workload, False) for s in seeds] + [(s, workload, True) for s in threaded]
    started = time.monotonic()
    outcomes = campaign(jobs, max(1, min(args.jobs, len(jobs))), Console(stderr=True))
    figures = tally(outcomes, time.monotonic() - started)
    for outcome in outcomes:
        if outcome.violations:
            report(outcome, 1000 if args.seed is not None else 10)
    if args.json == "-":
        print(json.dumps(figures, indent=1))
    else:
        Console(width=None if sys.stdout.isatty() else 160).print(table(figures), soft_wrap=True)
    if args.json and args.json != "-":
        with open(args.json, "w") as out:
            json.dump(figures, out, indent=1)
    return 1 if figures["runs with violations"] else 0


if __name__ == "__main__":
    sys.exit(main())
