"""Cold-start cost of each Lambda function against `import boto3; boto3.client("dynamodb")`.

The deployment package is built and unpacked as Lambda unpacks it; each function's entry module
(its Handler in the packaged template) is imported in a fresh interpreter, with the function's own
environment from the template, as Lambda's init does: the entry modules build their DynamoDB
client at import when AWS_LAMBDA_FUNCTION_NAME is set, and tracing is on (LAMBDA_TASK_ROOT set,
POWERTOOLS_TRACE_DISABLED=false: Powertools' Tracer imports the X-Ray SDK and patches botocore).
Each function is measured twice: as it runs, and with the garbage collector left on during init
(infra/functions/init_phase.py pauses it), which is what the code itself costs beside the
baseline, collector on in both.
Measured inside the interpreter, from before the first import to the handler in hand; interpreter
start and exit are left out (the same for all). The baseline runs the same way, interleaved, so
both see the same machine. Run with ``python -m tools.bench_cold_start [RUNS]``.
"""

from __future__ import annotations

import importlib.metadata as metadata
import json
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from infra.aws.naming import Stage
from tools import lambda_deps
from tools.package import build

RUNS = 9
TARGET_RATIO = 1.5
BASELINE = "baseline: boto3.client('dynamodb')"
PROBE = """
import time
start = time.perf_counter()
{body}
elapsed = time.perf_counter() - start
import json, os, sys
print(json.dumps([elapsed, getattr(sys.modules.get({module!r}), "__file__", "")]), flush=True)
os._exit(0)
"""
SITE = Path(sysconfig.get_paths()["purelib"])


def entries(template: dict[str, Any]) -> dict[str, tuple[str, dict[str, str]]]:
    """Function name -> (handler, environment variables), from the packaged template."""
    found = {}
    for resource in template["Resources"].values():
        if resource["Type"] == "AWS::Serverless::Function":
            properties = resource["Properties"]
            variables = properties.get("Environment", {}).get("Variables", {})
            found[properties["FunctionName"]] = (properties["Handler"], variables)
    return dict(sorted(found.items()))


def probe(handler: str | None, collector_on: bool = False) -> tuple[str, str]:
    """The program a fresh interpreter runs, and the module whose file proves where it came from."""
    if handler is None:
        return PROBE.format(body="import boto3\nboto3.client('dynamodb')", module="boto3"), "boto3"
    module, attribute = handler.rsplit(".", 1)
    body = f"import importlib\nhandler = getattr(importlib.import_module({module!r}), {attribute!r})"
    if collector_on:  # init_phase's gc.disable() does nothing
        body = f"import gc\ngc.disable = lambda: None\n{body}"
    return PROBE.format(body=body, module=module), module


def lambda_runtime(directory: Path) -> Path:
    """What Lambda's Python runtime adds to the path (boto3 and its dependencies, nothing else),
    as links into this environment: an import the package cannot satisfy fails here as on Lambda."""
    provided = lambda_deps.closure(["boto3"])
    directory.mkdir()
    for module, names in metadata.packages_distributions().items():
        if any(lambda_deps.canonical(n) in provided for n in names):
            for source in (SITE / module, SITE / f"{module}.py"):
                if source.exists():
                    (directory / source.name).symlink_to(source)
    return directory


def measure(
    task_root: Path,
    runtime: Path,
    name: str,
    handler: str | None,
    variables: dict[str, str],
    collector_on: bool = False,
) -> float:
    """Seconds from the first import to the handler in hand, in a fresh interpreter."""
    program, module = probe(handler, collector_on)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "POWERTOOLS_", "BANK_"))}
    env |= variables | {
        # the package, then the runtime's boto3, as Lambda orders /var/task and /var/runtime; no
        # site-packages (-S): what the package lacks cannot be found elsewhere
        "PYTHONPATH": os.pathsep.join([str(task_root), str(runtime)]),
        "PYTHONDONTWRITEBYTECODE": "1",  # the package brings its bytecode; Lambda cannot write any
        "LAMBDA_TASK_ROOT": str(task_root),
        "AWS_LAMBDA_FUNCTION_NAME": name,
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "POWERTOOLS_TRACE_DISABLED": "false",
        "AWS_XRAY_CONTEXT_MISSING": "IGNORE_ERROR",
    }
    command = [sys.executable, "-S", "-c", program]
    done = subprocess.run(command, cwd=task_root, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{name} does not start from the package:\n{done.stderr[-2000:]}")
    seconds, origin = json.loads(done.stdout)
    if handler is not None and not origin.startswith(str(task_root)):
        raise RuntimeError(f"{module} came from {origin}, not from the package")
    return float(seconds)


def run(runs: int = RUNS) -> dict[str, Any]:
    """Build the package, then medians of `runs` interleaved measurements per function and baseline."""
    with tempfile.TemporaryDirectory() as tmp:
        out = build(Stage("bench"), Path(tmp) / "build")
        archive = out / "deployment.zip"
        task_root, runtime = Path(tmp) / "task", lambda_runtime(Path(tmp) / "runtime")
        with zipfile.ZipFile(archive) as package:
            package.extractall(task_root)
            unzipped = sum(i.file_size for i in package.infolist())
        functions = entries(json.loads((out / "sam.json").read_text()))
        samples: dict[str, list[float]] = {name: [] for name in [BASELINE, *functions]}
        collector_on: dict[str, list[float]] = {name: [] for name in functions}
        for _ in range(runs):
            samples[BASELINE].append(measure(task_root, runtime, "baseline", None, {}))
            for name, (handler, variables) in functions.items():
                samples[name].append(measure(task_root, runtime, name, handler, variables))
                collector_on[name].append(measure(task_root, runtime, name, handler, variables, True))
        zipped = archive.stat().st_size
    baseline = statistics.median(samples[BASELINE])
    results = {
        name: {
            "handler": functions[name][0] if name in functions else "",
            "median_ms": round(statistics.median(times) * 1000, 1),
            "ratio": round(statistics.median(times) / baseline, 2),
            "ratio_collector_on": round(statistics.median(collector_on.get(name, times)) / baseline, 2),
        }
        for name, times in samples.items()
    }
    return {
        "runs": runs,
        "target_ratio": TARGET_RATIO,
        "results": results,
        "package": {"zip_bytes": zipped, "unzipped_bytes": unzipped},
    }


def main() -> None:
    """Print the table."""
    report = run(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
    print(f"cold start, median of {report['runs']} fresh interpreters, tracing on:")
    print(f"  {'function':34} {'entry':36} {'ms':>7} {'x baseline':>11} {'collector on':>13}")
    for name, row in report["results"].items():
        flag = "" if row["ratio"] <= TARGET_RATIO or name == BASELINE else "  over target"
        ratios = f"{row['ratio']:11.2f} {row['ratio_collector_on']:13.2f}"
        print(f"  {name:34} {row['handler']:36} {row['median_ms']:7.1f} {ratios}{flag}")
    size = report["package"]
    zipped, unzipped = size["zip_bytes"] / 1e6, size["unzipped_bytes"] / 1e6
    print(f"deployment package: {zipped:.1f} MB zipped, {unzipped:.1f} MB unzipped")


if __name__ == "__main__":
    main()
