"""The contract campaign runs against the same platform as the end-to-end tests (one per session)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.platform import RunningPlatform, shared


@pytest.fixture(scope="session")
def platform(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPlatform]:
    with shared(tmp_path_factory) as running:
        yield running
