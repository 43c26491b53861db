"""The embedded AWS engine: moto's server on loopback, patched to behave like DynamoDB under load.

Run as `python -m infra.local.engine --port 4566`; it serves until SIGINT or SIGTERM.
"""

from __future__ import annotations

import argparse
import logging
import signal
import threading

from moto.moto_server.threaded_moto_server import ThreadedMotoServer

from infra.local import moto_fast_transactions, moto_serial, moto_transaction_tokens


def patch() -> None:
    """Make this process's moto behave like DynamoDB: transactions O(touched items) and idempotent
    per ClientRequestToken, and item operations serialized (atomic conditional writes and
    transactions across threads). Idempotent."""
    moto_fast_transactions.install()
    moto_transaction_tokens.install()
    moto_serial.install()  # after the transaction patch, which must wrap moto's own function


def start(host: str = "127.0.0.1", port: int = 4566) -> ThreadedMotoServer:
    """Patch moto and start serving."""
    patch()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request drowns the logs
    server = ThreadedMotoServer(ip_address=host, port=port, verbose=False)
    server.start()
    return server


def main() -> None:
    """Serve until told to stop."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=4566)
    args = parser.parse_args()
    server = start(args.host, args.port)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    print(f"engine: AWS services on http://{args.host}:{server.get_host_and_port()[1]}", flush=True)
    stop.wait()
    server.stop()


if __name__ == "__main__":
    main()
