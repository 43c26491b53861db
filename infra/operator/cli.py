"""The operator's command line: `python -m infra.operator reconcile | rebuild | timeline OP_ID`.

It works on the platform `make run` started (found through its state file, as `make token` and
`make redrive` find it) or, with BANK_ENGINE=aws, on the AWS stage BANK_TABLE_PREFIX names
(`bank-prod-`) with the current credentials: the same code either way. Results are tables on
stdout, progress goes to stderr, `--json` prints one JSON document instead. Exit codes, for a
scheduler: 0 all is well, 1 something to act on (a drift; an operation stuck), 2 could not run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import boto3
import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from infra.local.settings import STATE_FILE, engine_environment
from infra.local.users import PlatformState
from infra.operator import timeline as timelines
from infra.operator.rebuild import Interrupted, Rebuilt, rebuild
from infra.operator.reconcile import SETTLE_SECONDS, WORKERS, Report, reconcile

OK, ACT, CANNOT = 0, 1, 2
METRIC_NAMESPACE, DRIFT_METRIC = "DigitalBanking", "ReconcileDrifts"

app = typer.Typer(help=__doc__.splitlines()[0], no_args_is_help=True, add_completion=False)
out, err = Console(), Console(stderr=True)
if not out.is_terminal:  # a log or a pipe: lines as long as a table needs, not 80 columns
    out.width = 160


def on_aws() -> bool:
    """Whether the tool runs on an AWS stage (BANK_ENGINE=aws), as the local entry points decide."""
    return os.environ.get("BANK_ENGINE", "embedded") == "aws"


def local_platform() -> PlatformState:
    """The running local platform's state, its engine in this process's environment; or stop."""
    if not STATE_FILE.exists():
        err.print("no running platform found: start it with `make run`")
        raise typer.Exit(CANNOT)
    state = PlatformState.load(STATE_FILE)
    os.environ.update(engine_environment(state.endpoint, state.region))
    return state


def dynamodb() -> Any:
    """The DynamoDB client of the platform the tool works on."""
    if not on_aws():
        local_platform()
    return boto3.client("dynamodb")


def spinner(quiet: bool) -> Progress:
    """A spinner with a line of progress on stderr (none when the output is JSON)."""
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    return Progress(*columns, console=err, transient=True, disable=quiet)


def show_drifts(report: Report) -> None:
    """The drifts of a reconcile as a table, if it found any."""
    if report.drifts:
        table = Table("account or operation", "drift", "ledger", "seen", title="drifts")
        for drift in report.drifts:
            table.add_row(drift.subject, drift.kind, drift.ledger, drift.seen)
        out.print(table)


@app.command("reconcile")
def reconcile_command(
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
    settle: Annotated[float, typer.Option(help="seconds before a drifting account is read again")] = (
        SETTLE_SECONDS
    ),
    metric: Annotated[bool, typer.Option(help=f"publish {DRIFT_METRIC} to CloudWatch (AWS)")] = False,
    workers: Annotated[int, typer.Option(min=1, help="accounts checked at once")] = WORKERS,
) -> None:
    """Compare every projection with the ledger; exit 1 on drift. Reads only."""
    client = dynamodb()
    with spinner(as_json) as progress:
        task = progress.add_task("reconciling", total=None)

        def tell(report: Report) -> None:
            progress.update(
                task,
                description=f"{report.accounts} accounts, {report.entries} entries, "
                f"{len(report.drifts)} drift(s), {report.read_units:g} read units",
            )

        try:
            report = reconcile(client, settle, tell, workers)
        except client.exceptions.ResourceNotFoundException as missing:
            err.print(f"a table is missing: {missing}")
            raise typer.Exit(CANNOT) from None
    if metric:
        boto3.client("cloudwatch").put_metric_data(
            Namespace=METRIC_NAMESPACE,
            MetricData=[{"MetricName": DRIFT_METRIC, "Value": len(report.drifts), "Unit": "Count"}],
        )
    if as_json:
        out.print_json(json.dumps(report.as_json()))
    else:
        show_drifts(report)
        out.print(report.summary(), soft_wrap=True, highlight=False)
    raise typer.Exit(ACT if report.drifts else OK)


@app.command("rebuild")
def rebuild_command(
    as_json: Annotated[bool, typer.Option("--json", help="print the result as JSON")] = False,
    settle: Annotated[float, typer.Option(help="seconds before a drifting account is read again")] = (
        SETTLE_SECONDS
    ),
    workers: Annotated[int, typer.Option(min=1, help="accounts verified at once")] = WORKERS,
) -> None:
    """Rebuild the query projection from the ledger in its other table, verify it, move readers to
    it; the API keeps answering. Resumes a rebuild left halfway. Exit 1 if the new one drifts."""
    client = dynamodb()
    with spinner(as_json) as progress:
        task = progress.add_task("rebuilding", total=None)

        def tell(done: Rebuilt) -> None:
            progress.update(
                task, description=f"{done.target}: {done.accounts} accounts, {done.entries} entries replayed"
            )

        try:
            done = rebuild(client, tell, settle, workers)
        except (client.exceptions.ResourceNotFoundException, Interrupted) as stopped:
            err.print(f"could not rebuild: {stopped}")
            raise typer.Exit(CANNOT) from None
    if as_json:
        out.print_json(json.dumps(done.as_json()))
    else:
        if done.verified:
            show_drifts(done.verified)
        out.print(done.summary(), soft_wrap=True, highlight=False)
    raise typer.Exit(OK if done.switched else ACT)


@app.command("timeline")
def timeline_command(
    operation: Annotated[str, typer.Argument(help="the operation id (op_…), or an account id")],
    as_json: Annotated[bool, typer.Option("--json", help="print the hops as JSON")] = False,
    log: Annotated[
        Path | None, typer.Option(help="the structured log to read (default: the platform's)")
    ] = None,
    hours: Annotated[int, typer.Option(help="how far back to search on AWS")] = 24,
) -> None:
    """Every hop of one operation through the services, with the delay of each; exit 1 if stuck."""
    if on_aws():
        prefix = os.environ.get("BANK_TABLE_PREFIX", "")
        lines = timelines.aws_lines(boto3.client("logs"), prefix, operation, hours)
    else:
        from infra.local.oplog import OPERATIONS_LOG

        path = log or OPERATIONS_LOG
        if not path.exists():
            err.print(f"no log at {path}: start the platform with `make run`")
            raise typer.Exit(CANNOT)
        lines = list(timelines.local_lines(path))
    hops = timelines.hops(lines, operation)
    if not hops:
        err.print(f"nothing logged for {operation}")
        raise typer.Exit(CANNOT)
    waiting = timelines.waiting(hops)
    if as_json:
        shown = [
            {
                "at": h.at.isoformat(),
                "hop": h.what,
                "service": h.service,
                "delayMs": None if h.delay is None else round(h.delay.total_seconds() * 1000, 1),
            }
            for h in hops
        ]
        out.print_json(json.dumps({"operation": operation, "hops": shown, "waiting": waiting}))
    else:
        table = Table("#", "time (UTC)", "hop", "delay", "since accepted", title=operation)
        for number, hop in enumerate(hops, start=1):
            delay = "" if hop.delay is None else f"{hop.delay.total_seconds() * 1000:.0f} ms"
            since = f"{hop.since_start.total_seconds() * 1000:.0f} ms"
            table.add_row(str(number), hop.at.strftime("%H:%M:%S.%f")[:-3], hop.what, delay, since)
        out.print(table)
        for line in waiting:
            out.print(f"waiting: {line}", highlight=False)
    raise typer.Exit(ACT if waiting else OK)


def main() -> None:
    """The entry point."""
    app()
