"""A Lambda function's init phase without garbage collection.

An entry module imports this first and calls `finished()` last. In between, on Lambda, the cycle
collector is paused: init builds modules, classes and clients that live as long as the process, so
collecting while they load is work for nothing (about a tenth of a cold start here, see
docs/deployment.md). `finished()` moves what init built to the permanent generation (gc.freeze),
where no later collection scans it again, and resumes collecting. Off Lambda nothing changes.
"""

from __future__ import annotations

import gc
import os

ON_LAMBDA = bool(os.environ.get("AWS_LAMBDA_FUNCTION_NAME"))
if ON_LAMBDA:
    gc.disable()


def finished() -> None:
    """End of init: freeze what it built and collect garbage again from here on."""
    if ON_LAMBDA:
        gc.freeze()
        gc.enable()
