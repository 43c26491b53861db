"""`make redrive`: re-publish from the outboxes everything the DLQs hold, on the running platform.

With BANK_ENGINE=aws it runs against the AWS account of the current credentials instead, on the
deployment BANK_TABLE_PREFIX names (`bank-prod-`): the same code the redrive Lambda function runs.
`--pipe NAME --from TIME --to TIME` re-publishes one pipe's window instead of reading the DLQs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict

from handlers.core.jsonio import timestamp
from infra import resources
from infra.functions import redrive
from infra.local.settings import STATE_FILE, engine_environment
from infra.local.users import PlatformState


def main() -> int:
    """Redrive and print what was done, as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipe", choices=[p.name for p in resources.pipes()])
    parser.add_argument("--from", dest="start", type=timestamp, help="ISO 8601 time")
    parser.add_argument("--to", dest="end", type=timestamp, help="ISO 8601 time")
    args = parser.parse_args()
    if os.environ.get("BANK_ENGINE", "embedded") != "aws":
        if not STATE_FILE.exists():
            print("no running platform found: start it with `make run`", file=sys.stderr)
            return 1
        state = PlatformState.load(STATE_FILE)
        os.environ.update(engine_environment(state.endpoint, state.region))
    work = redrive.from_environment()
    if args.pipe:
        if not (args.start and args.end):
            parser.error("--pipe needs --from and --to")
        (pipe,) = [p for p in resources.pipes() if p.name == args.pipe]
        print(json.dumps({"republished": work.window(pipe, args.start, args.end)}))
    else:
        print(json.dumps(asdict(work.everything())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
