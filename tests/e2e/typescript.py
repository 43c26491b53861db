"""A TypeScript project of the kind a user of the TypeScript client has, for the tests to run.

Its node_modules holds the client as `npm install --install-links generated/ts-sdk` puts it there
(a copy of the package) and the libraries it declares, plus the tests' own (`@types/node`, `playwright-core`),
all from tools/node, where `npm ci` installed them from the lockfile (the Makefile does that before
the tests). Its sources, tests/ts/*.ts and the README's example, are compiled by tsc against the
client's published types, then run by node: a type error fails the test as a runtime one does.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SDK = ROOT / "generated" / "ts-sdk"
SOURCES = ROOT / "tests" / "ts"
NODE_MODULES = ROOT / "tools" / "node" / "node_modules"
TSC = NODE_MODULES / ".bin" / "tsc"
NODE = shutil.which("node") or "node"  # Node 20 or newer
TEST_LIBRARIES = ("@types/node", "playwright-core")
TSCONFIG = {
    "compilerOptions": {
        "target": "ES2022",
        "module": "NodeNext",
        "moduleResolution": "NodeNext",
        "strict": True,
        "types": ["node"],
        "rootDir": "src",
        "outDir": "dist",
        "skipLibCheck": True,
        "noEmitOnError": True,
    },
    "include": ["src"],
}


def project(root: Path, sources: dict[str, str]) -> Path:
    """The project in root, its sources (name: TypeScript text) compiled; the folder of the JavaScript."""
    assert TSC.exists(), "tools/node has no node_modules: `make test` runs npm ci there first"
    modules = root / "node_modules"
    shutil.copytree(SDK, modules / json.loads((SDK / "package.json").read_text())["name"])
    for library in [*json.loads((SDK / "package.json").read_text())["dependencies"], *TEST_LIBRARIES]:
        (modules / library).parent.mkdir(parents=True, exist_ok=True)
        (modules / library).symlink_to(NODE_MODULES / library)
    (root / "package.json").write_text(json.dumps({"private": True, "type": "module"}))
    (root / "tsconfig.json").write_text(json.dumps(TSCONFIG))
    (root / "src").mkdir()
    for name, text in sources.items():
        (root / "src" / name).write_text(text)
    compiled = subprocess.run(
        [str(TSC), "-p", str(root)], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    return root / "dist"


def sources(*names: str) -> dict[str, str]:
    """The named test files of tests/ts."""
    return {name: (SOURCES / name).read_text() for name in names}


def node(script: Path, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """node running a compiled script, in its project."""
    return subprocess.run(
        [NODE, str(script)],
        cwd=script.parent.parent,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def node_tests(*scripts: Path, env: dict[str, str], timeout: float = 180) -> tuple[int, str]:
    """Node's test runner on compiled test files: how many tests passed, and its report. Fails,
    with the report, unless every test passed and there was at least one."""
    ran = subprocess.run(
        [NODE, "--test", "--test-reporter=tap", *map(str, scripts)],
        cwd=scripts[0].parent.parent,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    report = ran.stdout + ran.stderr
    counts = {k: int(v) for k, v in re.findall(r"^# (pass|fail|cancelled|skipped|todo) (\d+)$", report, re.M)}
    assert ran.returncode == 0 and counts.get("fail") == 0 and counts.get("cancelled") == 0, report
    assert counts.get("pass", 0) > 0 and not counts.get("skipped") and not counts.get("todo"), report
    return counts["pass"], report
