"""The TypeScript client as its users have it (tests/e2e/typescript.py): node's own test runner on
tests/ts (exact amounts without a platform, then the bank against the session's platform), and the
README's TypeScript example, compiled against the client's types and run as written (only the
port differs), printing the exact 19.99; when something fails it stops and says what, and none of
its waits lasts for ever. The front page shows the same example as the client's README.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.platform import ROOT, RunningPlatform
from tests.e2e.test_sdk_readme import never_reaching_banking
from tests.e2e.typescript import SDK, node, node_tests, project, sources

README = SDK / "README.md"
SERVED = "http://127.0.0.1:8000"  # what `make run` serves, in the example
BOUND = "seconds = 10"  # the example's bound on each wait


def example(readme: Path = README) -> str:
    """The README's TypeScript example."""
    (code,) = re.findall(r"```ts\n(.*?)```", readme.read_text(), flags=re.DOTALL)
    assert code.count(SERVED) == 1 and code.count(BOUND) == 1
    return str(code)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """tests/ts's money and bank tests and three versions of the README's example, compiled together:
    as written, withdrawing instead of depositing, and with a one-second bound on its waits."""
    code = example().replace(f'"{SERVED}"', 'process.env.BANK_URL ?? ""')  # the platform's address
    assert code.count("/deposit") == 1
    variants = {
        "readme.ts": code,
        "readme_withdraw.ts": code.replace("/deposit", "/withdraw"),
        "readme_bounded.ts": code.replace(BOUND, "seconds = 1"),
    }
    yield project(tmp_path_factory.mktemp("ts"), {**sources("money.test.ts", "bank.test.ts"), **variants})


def test_the_front_page_shows_the_same_example() -> None:
    assert example(ROOT / "README.md") == example()


def test_amounts_are_exact_without_a_platform(compiled: Path) -> None:
    passed, report = node_tests(compiled / "money.test.js", env={})
    assert passed == 6, report


def test_the_bank_from_typescript(platform: RunningPlatform, compiled: Path) -> None:
    env = {"BANK_URL": platform.url, "TOKEN": platform.token("typescript")}
    passed, report = node_tests(compiled / "bank.test.js", env=env)
    assert passed == 4, report


def test_the_readme_example_runs_as_written(platform: RunningPlatform, compiled: Path) -> None:
    ran = node(compiled / "readme.js", {"BANK_URL": platform.url, "TOKEN": platform.token("readme-ts")})
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == "19.99\ndeposit 19.99\n"


def test_a_failed_operation_stops_the_example_saying_why(platform: RunningPlatform, compiled: Path) -> None:
    # the same example withdrawing from its new, empty account: the ledger refuses, the balance stays 0
    ran = node(
        compiled / "readme_withdraw.js", {"BANK_URL": platform.url, "TOKEN": platform.token("readme-ts")}
    )
    assert (ran.returncode, ran.stdout) == (1, "")
    assert ran.stderr == "withdraw failed: INSUFFICIENT_BALANCE Insufficient balance\n"


def test_a_problem_document_stops_the_example_saying_what_it_says(
    platform: RunningPlatform, compiled: Path
) -> None:
    ran = node(compiled / "readme.js", {"BANK_URL": platform.url, "TOKEN": "not-a-token"})
    assert (ran.returncode, ran.stdout) == (1, "")
    assert ran.stderr == "401 UNAUTHORIZED: A valid bearer token is required\n"


def test_a_wait_that_never_ends_is_given_up_at_its_bound(compiled: Path) -> None:
    started = time.monotonic()
    with never_reaching_banking() as url:
        ran = node(compiled / "readme_bounded.js", {"BANK_URL": url, "TOKEN": "any token"})
    assert time.monotonic() - started < 10  # well within the example's own bound, so this one ended it
    assert (ran.returncode, ran.stdout) == (1, "")
    assert ran.stderr == "no final answer after 1 s: is the platform running?\n"
