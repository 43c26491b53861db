"""Reconcile as a function: an EventBridge schedule invokes it every hour on AWS.

It runs the operator's reconcile (infra/operator/reconcile.py: every projection against the ledger,
reads only) and reports the number of drifts as the ReconcileDrifts metric, which the
`reconcile-drift` alarm watches (it also fires when no run reported for two hours). Each drift is
logged with its account or operation, its kind and both values, for the runbook in
docs/operations.md.
"""

from __future__ import annotations

from infra.functions import init_phase  # first: no garbage collection while the rest loads

# isort: split

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit

from infra.functions import runtime
from infra.functions.telemetry import RECONCILE_DRIFTS, RECONCILE_READ_UNITS, invocation, logger, metrics
from infra.operator.reconcile import reconcile


@invocation()
@metrics.log_metrics
def handler(_event: dict[str, Any], _context: Any) -> dict[str, Any]:
    """One reconcile of every account the ledger holds."""
    report = reconcile(runtime.client())
    metrics.add_metric(name=RECONCILE_DRIFTS, unit=MetricUnit.Count, value=len(report.drifts))
    metrics.add_metric(name=RECONCILE_READ_UNITS, unit=MetricUnit.Count, value=report.read_units)
    for drift in report.drifts:
        logger.warning("drift", extra=vars(drift))
    logger.info(report.summary())
    return report.as_json()


init_phase.finished()
