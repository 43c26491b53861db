"""Powertools Logger, Metrics and Tracer shared by the Lambda functions, configured from the environment.

Logs are JSON lines whose `correlation_id` is the envelope's `correlationid` (the operation id of a
deposit or withdrawal, the account id of an account's life), so one search follows an operation
from its HTTP request through every message it causes. Metrics are CloudWatch embedded metric
format lines (no API call on the request path); traces go to X-Ray, botocore calls included.
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging.lambda_context import build_lambda_context_model
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.jmespath_utils import query

# Outside Lambda nothing collects metric lines from stdout: the local platform stays quiet unless asked.
if "AWS_LAMBDA_FUNCTION_NAME" not in os.environ:
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
# A read answers without counting anything; an empty flush is normal, not worth a warning per request.
warnings.filterwarnings("ignore", "No application metrics to publish", UserWarning)

NAMESPACE = "DigitalBanking"
ACCEPTED, COMPLETED, FAILED = "OperationsAccepted", "OperationsCompleted", "OperationsFailed"
HANDLED, UNHANDLED, DLQ_SENDS = "MessagesHandled", "MessagesFailed", "DlqSends"
OLDEST_PENDING = "OldestPendingOperationAge"  # seconds, each watchdog round; an alarm watches it
REPUBLISHED, CANCELS = "OperationsRepublished", "OperationCancelsSent"
RECONCILE_DRIFTS, RECONCILE_READ_UNITS = "ReconcileDrifts", "ReconcileReadUnits"  # each hourly run

logger = Logger(service=os.environ.get("POWERTOOLS_SERVICE_NAME", "bank"))
metrics = Metrics(namespace=os.environ.get("POWERTOOLS_METRICS_NAMESPACE", NAMESPACE))
# botocore only: patching every library X-Ray knows (http.client, sqlite3, …) costs cold-start time
# and adds nothing, every call leaving a function goes through botocore.
tracer = Tracer(patch_modules=("botocore",))


def count(name: str, value: int = 1) -> None:
    """Add to a count metric, flushed when the invocation ends."""
    metrics.add_metric(name=name, unit=MetricUnit.Count, value=value)


Handler = TypeVar("Handler", bound=Callable[..., Any])


def invocation(correlation_id_path: str | None = None) -> Callable[[Handler], Handler]:
    """Powertools' `inject_lambda_context`, its keys held by the invocation's thread: the function's
    name, memory, ARN and request id, whether it is the cold start, and the correlation id found at
    `correlation_id_path` in the event. On Lambda one invocation runs in a process at a time, but
    the local platform runs every function side by side in threads of one process, where keys kept
    logger-wide would be whichever invocation started last."""

    def decorate(handler: Handler) -> Handler:
        cold = [True]

        @functools.wraps(handler)
        def invoked(event: Any, context: Any, *args: Any, **kwargs: Any) -> Any:
            keys: dict[str, Any] = {"cold_start": cold[0], **vars(build_lambda_context_model(context))}
            cold[0] = False
            if correlation_id_path:
                keys["correlation_id"] = query(envelope=correlation_id_path, data=event)
            logger.thread_safe_clear_keys()
            logger.thread_safe_append_keys(**keys)
            try:
                return handler(event, context, *args, **kwargs)
            finally:
                logger.thread_safe_clear_keys()

        return invoked  # type: ignore[return-value]

    return decorate
