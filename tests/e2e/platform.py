"""A platform started exactly as `make run` starts it, on free ports, shared by a whole test session.

Both the end-to-end tests and the contract campaign need it; whichever asks first starts it and
the last to let go stops it (with Ctrl-C, as a person would) and checks that it stopped cleanly.
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from digital_banking_client import AuthenticatedClient, Client

from infra.local import launcher
from infra.local.launcher import RunningPlatform as LaunchedPlatform
from tests.contract.referee import judged_client, referee

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class RunningPlatform(LaunchedPlatform):
    """The launched platform, with clients whose every response the referee judges."""

    def client(self, user: str | None = "demo") -> httpx.Client:
        """A raw HTTP client (anonymous with user=None) whose every response the referee judges."""
        headers = {} if user is None else {"Authorization": f"Bearer {self.token(user)}"}
        return judged_client(base_url=self.url, headers=headers, timeout=10)

    def bank(self, user: str = "demo", token: str | None = None) -> AuthenticatedClient:
        """The generated SDK as the user (or with the given token); the referee judges every response."""
        judged = {"event_hooks": {"response": [referee]}}
        token = self.token(user) if token is None else token
        return AuthenticatedClient(
            base_url=self.url, token=token, timeout=httpx.Timeout(10), httpx_args=judged
        )

    def anonymous(self) -> Client:
        """The generated SDK with no token at all; the referee judges every response."""
        judged = {"event_hooks": {"response": [referee]}}
        return Client(base_url=self.url, timeout=httpx.Timeout(10), httpx_args=judged)


def start(
    tmp_path_factory: pytest.TempPathFactory, name: str = "platform"
) -> tuple[RunningPlatform, subprocess.Popen[bytes]]:
    """Start the platform as `make run` does and wait until it serves its contract (its log in
    the session's base temporary directory, `<name>.log`)."""
    log = (tmp_path_factory.getbasetemp() / f"{name}.log").open("w")
    launched, process = launcher.start(tmp_path_factory.mktemp(name), log)
    return RunningPlatform(launched.url, launched.env), process


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a platform as Ctrl-C does; it must stop cleanly."""
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0, "the platform did not stop cleanly on Ctrl-C"


_SHARED: dict[str, Any] = {"users": 0}


@contextmanager
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPlatform]:
    """The session's one platform: started on first use, stopped cleanly after the last."""
    if not _SHARED["users"]:
        _SHARED["platform"], _SHARED["process"] = start(tmp_path_factory)
    _SHARED["users"] += 1
    try:
        yield _SHARED["platform"]
    finally:
        _SHARED["users"] -= 1
        if not _SHARED["users"]:
            stop(_SHARED.pop("process"))
