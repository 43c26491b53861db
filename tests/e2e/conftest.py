"""A platform started exactly as `make run` starts it, on free ports, for the whole session."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RunningPlatform:
    url: str
    env: dict[str, str]

    def token(self, user: str = "demo") -> str:
        """What `make token USER=…` prints."""
        out = subprocess.run(
            [sys.executable, "-m", "infra.local.token", user],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        (line,) = out.stdout.splitlines()
        return line

    def client(self, user: str = "demo") -> httpx.Client:
        return httpx.Client(
            base_url=self.url, headers={"Authorization": f"Bearer {self.token(user)}"}, timeout=10
        )


@pytest.fixture(scope="session")
def platform(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPlatform]:
    port, engine_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_") and k != "BANK_TABLE_PREFIX"}
    env |= {
        "BANK_PORT": str(port),
        "BANK_ENGINE_PORT": str(engine_port),
        "BANK_STATE_DIR": str(tmp_path_factory.mktemp("platform")),
    }
    log = (tmp_path_factory.getbasetemp() / "platform.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "infra.local.platform"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/openapi.json", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
        assert process.poll() is None, "the platform stopped while starting"
    else:
        raise RuntimeError("the platform did not start within 90 s")
    yield RunningPlatform(url, env)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0, "the platform did not stop cleanly on Ctrl-C"
