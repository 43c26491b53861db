"""The embedded AWS engine: moto's server on loopback, patched to behave like DynamoDB under load.

The platform runs it as `python -m infra.local.engine --fd N` on a socket it has already bound
(so a taken port is found before anything starts, and nothing can take it in between); on its own,
`python -m infra.local.engine --port 4566`. It serves until SIGINT or SIGTERM, or until the process
that started it is gone (it runs in a session of its own, so a signal to the platform's process
group leaves it to the platform, which stops it after everything that uses it).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
import threading

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import BaseWSGIServer, make_server

from infra.local import (
    moto_fast_query,
    moto_fast_transactions,
    moto_fifo,
    moto_serial,
    moto_transaction_tokens,
)


def patch() -> None:
    """Make this process's moto behave like AWS: DynamoDB transactions O(touched items) and
    idempotent per ClientRequestToken, queries O(partition), item operations serialized (atomic
    conditional writes and transactions across threads), and SQS FIFO groups kept in order after a
    failed receive. Idempotent."""
    moto_fast_transactions.install()
    moto_fast_query.install()
    moto_transaction_tokens.install()
    moto_serial.install()  # after the transaction patch, which must wrap moto's own function
    moto_fifo.install()


def serve(listening: socket.socket) -> BaseWSGIServer:
    """Patch moto and serve on a listening socket, in a background thread, until shutdown()."""
    patch()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request drowns the logs
    host, port = listening.getsockname()[:2]
    app = DomainDispatcherApplication(create_backend_app)
    server = make_server(
        host, port, app, threaded=True, request_handler=MotoRequestHandler, fd=listening.fileno()
    )
    threading.Thread(target=server.serve_forever, name="engine", daemon=True).start()
    return server


def main() -> None:
    """Serve until told to stop, or until the parent process is gone."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fd", type=int, help="a listening socket inherited from the platform")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=4566)
    args = parser.parse_args()
    parent = os.getppid()
    listening = (
        socket.socket(fileno=args.fd) if args.fd is not None else socket.create_server((args.host, args.port))
    )
    server = serve(listening)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    print(f"engine: AWS services on http://{server.host}:{server.port}", flush=True)
    while not stop.wait(0.5) and os.getppid() == parent:
        pass
    server.shutdown()
    # its state lives in memory and dies with it: nothing to save, and tearing moto's module graph
    # down would keep a stopping platform waiting for seconds
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
