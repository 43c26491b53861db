"""Start the platform exactly as `make run` does, on free ports, and stop it as Ctrl-C would."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.error import URLError
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class RunningPlatform:
    """A platform process: its API URL and the environment that reaches it."""

    url: str
    env: dict[str, str]

    def token(self, user: str = "demo") -> str:
        """What `make token USER=…` prints."""
        out = subprocess.run(  # noqa: S603  (this interpreter, fixed module)
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


def _wait_until_serving(url: str, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the platform stopped while starting")
        try:
            with urlopen(f"{url}/openapi.json", timeout=1) as answer:  # noqa: S310  (loopback)
                if answer.status == 200:
                    return
        except (URLError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"the platform did not start within {seconds} s")


def platform_env(state_dir: Path) -> tuple[int, dict[str, str]]:
    """A free API port and the environment of a platform on free ports, with its own state."""
    port, engine_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_") and k != "BANK_TABLE_PREFIX"}
    env |= {"BANK_PORT": str(port), "BANK_ENGINE_PORT": str(engine_port), "BANK_STATE_DIR": str(state_dir)}
    return port, env


def start(
    state_dir: Path, log: IO[bytes] | IO[str] | int = subprocess.DEVNULL
) -> tuple[RunningPlatform, subprocess.Popen[bytes]]:
    """`make run` in a child process, once it serves its contract; the caller stops the process."""
    port, env = platform_env(state_dir)
    process = subprocess.Popen(
        [sys.executable, "-m", "infra.local.platform"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # a process group of its own, as `make run` has in a shell
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(url, process, 90)
    except BaseException:
        process.send_signal(signal.SIGINT)  # what it started stops with it
        process.wait(timeout=30)
        raise
    return RunningPlatform(url, env), process


@contextmanager
def running_platform(state_dir: Path, log: IO[bytes] | int = subprocess.DEVNULL) -> Iterator[RunningPlatform]:
    """`make run` in a child process for the duration of the block; fails if it does not stop cleanly."""
    platform, process = start(state_dir, log)
    try:
        yield platform
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=30)
    if code != 0:
        raise RuntimeError(f"the platform exited with {code} on Ctrl-C")
