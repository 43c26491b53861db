"""Real HTTP receivers on 127.0.0.1 for the webhook tests: each answers from a script of statuses
(the last one repeats), records what it received, and can be slow or redirect."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    """One request a receiver got."""

    headers: dict[str, str]
    body: str
    at: float = field(default_factory=time.monotonic)  # when it arrived (monotonic clock)


@dataclass
class Receiver:
    """What a receiver answers, and what it got."""

    statuses: list[int] = field(default_factory=lambda: [200])
    delay: float = 0.0
    location: str | None = None
    got: list[Received] = field(default_factory=list)
    url: str = ""

    def answer(self) -> int:
        """The next status of the script; the last one once the script is used up."""
        return self.statuses[min(len(self.got) - 1, len(self.statuses) - 1)]

    def wait_for(self, count: int, seconds: float = 5.0) -> list[Received]:
        """What it received once it has `count` requests (or after `seconds`)."""
        deadline = time.monotonic() + seconds
        while len(self.got) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.got


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            body = self.rfile.read(length).decode()
            receiver.got.append(Received({k.lower(): v for k, v in self.headers.items()}, body))
            time.sleep(receiver.delay)
            status = receiver.answer()
            self.send_response(status)
            if receiver.location:
                self.send_header("Location", receiver.location)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: object) -> None:
            """Quiet."""

    return Handler


@contextmanager
def receiving(receiver: Receiver) -> Iterator[Receiver]:
    """Serve the receiver on an ephemeral port of 127.0.0.1 for the block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(receiver))
    server.daemon_threads = True
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
