"""The template `chalice package --merge-template` merges into what Chalice emits.

Everything in it is generated from infra/tables.py and infra/resources.py (and, for the API
function's permissions, the operation table): no resource is listed by hand a second time.
Run `python -m infra.aws.template STAGE PATH` to write it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from infra.aws import alarms, api, functions, pipes, queues, storage, topics
from infra.aws.naming import Stage

PARTS: tuple[Callable[[Stage], dict[str, Any]], ...] = (
    storage.resources,
    queues.resources,
    topics.resources,
    pipes.resources,
    functions.resources,
    alarms.resources,
    api.resources,
)


def merge_template(stage: Stage) -> dict[str, Any]:
    """The resources and overrides of one stage; a logical id is never produced twice."""
    found: dict[str, Any] = {}
    for part in PARTS:
        produced = part(stage)
        clash = sorted(set(found) & set(produced))
        if clash:
            raise ValueError(f"logical ids produced twice: {clash}")
        found |= produced
    return {
        "Description": f"Digital Banking, stage {stage.name}",
        "Resources": found,
        "Outputs": api.outputs(),
    }


def write(stage: Stage, path: Path) -> Path:
    """Write the merge template of a stage as JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(merge_template(stage), indent=2, sort_keys=True) + "\n")
    return path


if __name__ == "__main__":
    print(write(Stage(sys.argv[1]), Path(sys.argv[2])))
