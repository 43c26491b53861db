"""`make run` stopped by SIGTERM (a supervisor, `kill`) stops everything it started, as Ctrl-C does."""

from __future__ import annotations

import signal
import socket

import pytest

from tests.e2e.platform import start


@pytest.mark.slow
def test_sigterm_stops_the_engine_with_the_platform(tmp_path_factory: pytest.TempPathFactory) -> None:
    running, process = start(tmp_path_factory)
    engine_port = int(running.env["BANK_ENGINE_PORT"])
    socket.create_connection(("127.0.0.1", engine_port), timeout=2).close()  # the engine is up
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 128 + signal.SIGTERM
    with pytest.raises(OSError):  # nothing listens there any more
        socket.create_connection(("127.0.0.1", engine_port), timeout=2).close()
