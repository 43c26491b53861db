"""Where the platform listens: its ports taken before anything starts, and the API served on one.

A port is taken by binding and listening on it, not by a connect probe: a probe cannot tell an
engine from any other server (or a socket that accepts and never answers), and between a probe
and a bind another program could take the port. The socket bound here is the one that serves.
"""

from __future__ import annotations

import socket
import sys
from contextlib import suppress
from http import HTTPStatus
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from handlers.core.errors import ValidationError
from handlers.edge.problems import problem


def listen(host: str, port: int, whose: str, choose: str) -> socket.socket:
    """A socket listening on host:port, or exit with one line saying which port and how to choose another."""
    listening = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers do: TIME_WAIT is no owner
    try:
        listening.bind((host, port))
        listening.listen()
    except OSError as error:
        listening.close()
        reason = error.strerror or error
        sys.exit(f"{whose} port {port} cannot be used ({reason}): choose another with {choose}")
    return listening


class ProblemHttpProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol, but a request it cannot parse (a URL over 64 KiB, a malformed
    request line) is refused with a problem document, as every other error is, not plain text."""

    def send_400_response(self, msg: str) -> None:
        """The 400 of an unreadable request, as application/problem+json; the connection closes."""
        response = problem(ValidationError("The request is not valid HTTP/1.1 (is the URL too long?)"))
        body = response.text().encode()
        headers = {
            **response.headers,
            "content-type": response.content_type,
            "content-length": str(len(body)),
            "connection": "close",
        }
        head = [f"HTTP/1.1 {response.status} {HTTPStatus(response.status).phrase}".encode()]
        head += [name + b": " + value for name, value in self.server_state.default_headers]
        head += [f"{name}: {value}".encode() for name, value in headers.items()]
        self.transport.write(b"\r\n".join(head) + b"\r\n\r\n" + body)
        self.transport.close()


def serve(app: Any, listening: socket.socket) -> None:
    """Serve the ASGI app on the listening socket until SIGINT or SIGTERM."""
    host, port = listening.getsockname()[:2]
    config = uvicorn.Config(app, host=host, port=port, log_level="info", http=ProblemHttpProtocol)
    server = uvicorn.Server(config)
    with suppress(KeyboardInterrupt):  # Ctrl-C: the server has shut down and hands the signal back
        server.run(sockets=[listening])
    if not server.started:
        sys.exit("the API did not start: see the log above")
