"""The architecture's import contracts can fail: a copy of the project that breaks each one is refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.contract.test_typed_messages import copy_of_the_project

PACKAGES = ("handlers", "generated", "infra", "tools", "tests", "pyproject.toml")
BREACHES = {
    "a service imports another": (
        "handlers/banking/model.py",
        "from handlers.ledger.model import CASH",
        "handlers.banking.model -> handlers.ledger.model",
    ),
    "a domain module imports DynamoDB": (
        "handlers/query/model.py",
        "import botocore",
        "handlers.query.model -> botocore",
    ),
    "a shared layer imports a service": (
        "handlers/storage/dynamo.py",
        "import handlers.accounts.model",
        "handlers.storage.dynamo -> handlers.accounts.model",
    ),
    "a service reads a generated table": (
        "handlers/query/api.py",
        "from generated.operations import OPERATIONS",
        "handlers.query.api -> generated.operations",
    ),
    "runtime code imports the infrastructure": (
        "handlers/core/money.py",
        "import infra.resources",
        "handlers.core.money -> infra.resources",
    ),
}


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """import-linter on a project directory, its packages first on the path."""
    linter = Path(sys.executable).parent / "lint-imports"
    environment = os.environ | {"PYTHONPATH": str(project)}
    return subprocess.run(
        [str(linter), "--no-cache", "--config", "pyproject.toml"],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_of_the_project(tmp_path_factory.mktemp("project"), PACKAGES)


@pytest.mark.slow
@pytest.mark.parametrize("breach", list(BREACHES), ids=list(BREACHES))
def test_a_breach_of_the_layout_fails_the_check(project: Path, breach: str) -> None:
    module, line, chain = BREACHES[breach]
    source = project / module
    kept = source.read_text()
    source.write_text(kept + f"\n{line}  # noqa\n")
    try:
        checked = lint_imports(project)
    finally:
        source.write_text(kept)
    assert checked.returncode != 0, checked.stdout
    assert chain in checked.stdout, checked.stdout
    assert "BROKEN" in checked.stdout


@pytest.mark.slow
def test_the_project_as_it_is_keeps_every_contract(project: Path) -> None:
    checked = lint_imports(project)
    assert checked.returncode == 0, checked.stdout
    assert "0 broken" in checked.stdout
