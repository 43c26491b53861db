"""`make run` stopped by SIGTERM to its process group (a supervisor, `kill -- -PGID`) stops
everything it started, promptly, without a traceback, as Ctrl-C does."""

from __future__ import annotations

import os
import signal
import socket
import time
from pathlib import Path

import httpx
import pytest

from infra.local import launcher

PROMPTLY = 6.0  # seconds: the longest relay poll is 1 s, the engine stops in well under one


@pytest.mark.slow
def test_sigterm_to_the_process_group_stops_everything_promptly_and_cleanly(tmp_path: Path) -> None:
    with (tmp_path / "platform.log").open("w+b") as log:
        running, process = launcher.start(tmp_path / "state", log)
        engine_port = int(running.env["BANK_ENGINE_PORT"])
        socket.create_connection(("127.0.0.1", engine_port), timeout=2).close()  # the engine is up
        headers = {"Authorization": f"Bearer {running.token()}"}
        body = {"name": "Everyday", "currency": "EUR"}
        created = httpx.post(f"{running.url}/accounts", json=body, headers=headers, timeout=10)
        assert created.status_code == 201  # the relays have work: events on their way through the engine
        started = time.monotonic()
        os.killpg(process.pid, signal.SIGTERM)  # the platform leads its own group, as `make run` in a shell
        assert process.wait(timeout=30) == 128 + signal.SIGTERM
        took = time.monotonic() - started
        log.seek(0)
        output = log.read().decode()
    assert took < PROMPTLY, f"{took:.1f} s"
    assert "Traceback" not in output, output
    with pytest.raises(OSError):  # nothing listens there any more
        socket.create_connection(("127.0.0.1", engine_port), timeout=2).close()
