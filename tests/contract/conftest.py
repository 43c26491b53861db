"""The contract campaigns' own platforms, started exactly like `make run`, one per test module.

The campaigns flood it with generated data: among it, webhook endpoints at the contract's example
address, which does not resolve here, so every money movement of the campaign's users queues
deliveries that keep failing and being retried for minutes afterwards. Each module starts on a
platform no other campaign has flooded, and the end-to-end tests, some of which time what a user
waits, get a platform of their own (tests/e2e/conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.platform import RunningPlatform, start, stop


@pytest.fixture(scope="module")
def platform(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPlatform]:
    running, process = start(tmp_path_factory, "contract-platform")
    try:
        yield running
    finally:
        stop(process)
