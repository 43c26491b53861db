"""The local platform's structured log, kept in its state dir as JSON lines for `make timeline`.

The same lines as the Lambda functions write to CloudWatch Logs (infra/functions/telemetry.py), each
keyed by `correlation_id`: the API's answer, each relay's publication, each consumer's handling."""

from __future__ import annotations

import logging
from pathlib import Path

from infra.functions.telemetry import logger
from infra.local.settings import STATE_DIR

OPERATIONS_LOG = STATE_DIR / "operations.log"


def keep_log(path: Path = OPERATIONS_LOG, fresh: bool = True) -> None:
    """Write every structured line to `path` as well (emptied first for a new engine's data)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if fresh:
        path.write_text("", encoding="utf-8")
    # appending, so that it opens again after the server's logging setup closes every handler
    handler = logging.FileHandler(path, mode="a", encoding="utf-8")
    handler.setFormatter(logger.registered_formatter)
    logger.addHandler(handler)
