"""`make run` on a port something else holds: one line naming the port and how to choose another,
a nonzero exit, and nothing started or changed — whatever holds the port."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from infra.local.launcher import ROOT, platform_env
from tests.e2e.platform import RunningPlatform

# how to choose another port, for make and for the platform's own variable
CHOICES = {
    "BANK_PORT": "choose another with make run PORT=<port> (or BANK_PORT)",
    "BANK_ENGINE_PORT": "choose another with make run ENGINE_PORT=<port> (or BANK_ENGINE_PORT)",
}


@contextmanager
def http_server() -> Iterator[int]:
    """Another program's HTTP server (LocalStack's, say) on a free port: it answers 404 to everything."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def silent_socket() -> Iterator[int]:
    """A socket that listens, is connected to by the kernel, and never answers."""
    with socket.create_server(("127.0.0.1", 0)) as held:
        yield held.getsockname()[1]


def run_platform(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`make run` as the launcher starts it, to the end (it must end on its own, and soon)."""
    return subprocess.run(
        [sys.executable, "-m", "infra.local.platform"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def assert_refused(ran: subprocess.CompletedProcess[str], variable: str, port: int) -> None:
    """A nonzero exit and one line on stderr that names the port and how to choose another."""
    assert ran.returncode != 0
    assert ran.stdout == ""
    (line,) = ran.stderr.splitlines()
    assert f"port {port} cannot be used (Address already in use)" in line, line
    assert CHOICES[variable] in line, line


@pytest.mark.parametrize("variable", ["BANK_ENGINE_PORT", "BANK_PORT"])
@pytest.mark.parametrize("holder", [http_server, silent_socket], ids=["http-server", "silent-socket"])
def test_a_port_held_by_another_program_is_named(
    holder: Callable[[], AbstractContextManager[int]], variable: str, tmp_path: Path
) -> None:
    _, env = platform_env(tmp_path)
    with holder() as port:
        ran = run_platform(env | {variable: str(port)})
    assert_refused(ran, variable, port)
    assert not list(tmp_path.iterdir())  # no state written, no relay positions


@pytest.mark.parametrize("variable", ["BANK_ENGINE_PORT", "BANK_PORT"])
def test_a_port_held_by_another_instance_is_named_and_the_instance_left_alone(
    platform: RunningPlatform, variable: str
) -> None:
    state = Path(platform.env["BANK_STATE_DIR"])  # the same checkout: the same state directory
    with platform.client() as http:
        assert http.post("/accounts", json={"name": "First", "currency": "EUR"}).status_code == 201
        positions = state / "pipe-positions.json"  # where the running relays resume from
        deadline = time.monotonic() + 10
        while not positions.exists() and time.monotonic() < deadline:  # the account's event is relayed
            time.sleep(0.05)
        before = (state / "platform.json").read_bytes()  # what `make token` reads
        _, env = platform_env(state)
        port = int(platform.env[variable])
        ran = run_platform(env | {variable: str(port)})
        assert_refused(ran, variable, port)
        assert (state / "platform.json").read_bytes() == before
        assert positions.exists()
        # the running instance still works: its tables were not touched
        assert http.post("/accounts", json={"name": "Second", "currency": "EUR"}).status_code == 201
