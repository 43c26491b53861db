"""Messages are typed both ways: a field renamed in the catalog breaks mypy at its producer and its consumers.

Producers build the generated AsyncAPI data models and consumers read them, so renaming a field in
specs/asyncapi.yaml and regenerating must make the type checker name every place that uses it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COPIED = ("specs", "tools", "handlers", "generated", "pyproject.toml")
# PostedData.balance: the ledger writes it (Deposited / Withdrawn), accounts and query read it
RENAMED = ("balance", "balanceAfter")


def copy_of_the_project(into: Path, names: tuple[str, ...] = COPIED) -> Path:
    """Some of the project's folders and files (the contracts, generator and handlers unless told),
    without caches or the SDK."""
    ignore = shutil.ignore_patterns("__pycache__", "sdk", ".mypy_cache", "node_modules")
    for name in names:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=ignore)
        else:
            shutil.copy(source, into / name)
    return into


def rename_posted_balance(catalog: Path) -> None:
    """Rename PostedData's `balance` (its property and its place among the required) in the catalog."""
    text = catalog.read_text()
    start = text.index("    PostedData:\n")
    end = text.index("\n    RejectedData:\n", start)
    old, new = RENAMED
    block = text[start:end].replace(f" {old},", f" {new},").replace(f"        {old}:\n", f"        {new}:\n")
    assert block != text[start:end], "the catalog no longer has PostedData.balance where this test looks"
    catalog.write_text(text[:start] + block + text[end:])


def mypy_errors(project: Path) -> list[str]:
    """mypy's error lines for the handlers of a project."""
    found = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            "pyproject.toml",
            "--cache-dir",
            ".mypy_cache",
            "handlers",
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    return [line for line in found.stdout.splitlines() if ": error:" in line]


@pytest.mark.slow
def test_a_renamed_field_fails_the_type_check_at_its_producer_and_consumers(tmp_path: Path) -> None:
    project = copy_of_the_project(tmp_path)
    rename_posted_balance(project / "specs" / "asyncapi.yaml")
    subprocess.run([sys.executable, "-m", "tools.generate"], cwd=project, check=True, capture_output=True)
    assert "balance_after: Money" in (project / "generated" / "message_models.py").read_text()

    errors = mypy_errors(project)
    where = {re.sub(r":\d+: error:.*", "", line) for line in errors}
    assert where == {
        "handlers/ledger/events.py",
        "handlers/accounts/events.py",
        "handlers/query/events.py",
        "handlers/notifications/events.py",
    }, errors
    producer = [e for e in errors if e.startswith("handlers/ledger/events.py")]
    assert any('"balance"' in e and "PostedData" in e for e in producer), producer
    consumers = [e for e in errors if not e.startswith("handlers/ledger/")]
    assert all('has no attribute "balance"' in e for e in consumers), consumers


@pytest.mark.slow
def test_the_unchanged_copy_type_checks(tmp_path: Path) -> None:
    """The control: the same copy, regenerated without the rename, has no error."""
    project = copy_of_the_project(tmp_path)
    subprocess.run([sys.executable, "-m", "tools.generate"], cwd=project, check=True, capture_output=True)
    assert mypy_errors(project) == []
