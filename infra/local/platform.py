"""`make run`: the whole platform on this machine, in the foreground, until Ctrl-C.

The embedded AWS engine (moto) runs in a child process; this process creates every resource from
the infrastructure definition, runs the relays (pipes, Lambda event sources) and serves the API.
With BANK_ENGINE=aws it uses real AWS endpoints instead and creates nothing.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
from contextlib import ExitStack
from typing import Any

import boto3

from infra import resources
from infra.auth import CognitoVerifier
from infra.local.api import create_app
from infra.local.oplog import keep_log
from infra.local.pipes import Positions
from infra.local.provision import Provisioned, provision
from infra.local.relays import Relays
from infra.local.server import listen, serve
from infra.local.settings import STATE_DIR, STATE_FILE, Settings, engine_environment
from infra.local.users import PlatformState, ensure_user

log = logging.getLogger("platform")
SERVICES = ("dynamodb", "dynamodbstreams", "sqs", "sns", "cognito-idp")
LOCAL_PENDING_TIMEOUT = 10  # seconds an operation may stay pending before the watchdog acts


def start_engine(listening: socket.socket, settings: Settings, stack: ExitStack) -> None:
    """Start the embedded engine as a child process on the socket taken for it, stopped with the
    platform after everything that uses it (a session of its own keeps a signal to the platform's
    process group from stopping it first)."""
    fd = listening.fileno()
    engine = subprocess.Popen(  # noqa: S603  (this interpreter, fixed arguments)
        [sys.executable, "-m", "infra.local.engine", "--fd", str(fd)], pass_fds=[fd], start_new_session=True
    )
    listening.close()  # the engine's now: requests wait in its backlog until it serves, or fail if it dies
    stack.callback(engine.wait, timeout=10)
    stack.callback(engine.terminate)
    # the platform's own boto3 clients, and the consumer functions it runs, use the engine
    os.environ.update(engine_environment(settings.engine_url, settings.region))


def take_ports(settings: Settings) -> tuple[socket.socket, socket.socket | None]:
    """The API's port and the engine's, first: a taken one ends the start, in one line, before
    anything is created or changed (another instance's tables, or the relay positions)."""
    api = listen(settings.host, settings.port, "the API's", "make run PORT=<port> (or BANK_PORT)")
    if not settings.embedded:
        return api, None
    choose = "make run ENGINE_PORT=<port> (or BANK_ENGINE_PORT)"
    return api, listen("127.0.0.1", settings.engine_port, "the engine's", choose)


def discover(clients: dict[str, Any], settings: Settings) -> Provisioned:
    """Find the resources that already exist on real AWS, by their definition names."""
    found = Provisioned(user_pool_id=settings.user_pool_id, client_id=settings.client_id)
    for name in [q.name for q in resources.queues()] + [p.dlq for p in resources.pipes()]:
        found.queue_urls[name] = clients["sqs"].get_queue_url(QueueName=name)["QueueUrl"]
    for topic in resources.topics():
        found.topic_arns[topic] = clients["sns"].create_topic(Name=topic)["TopicArn"]  # idempotent lookup
    return found


def banner(settings: Settings) -> str:
    """What a newcomer needs to start using the platform."""
    url = settings.api_url
    return f"""
  Digital Banking is running: {url}
  Swagger UI {url}/ui/   message catalog {url}/asyncapi/   contract {url}/openapi.json

  In another terminal:
    TOKEN=$(make -s token)            # the demo user; `make -s token USER=bob` for another
    curl -s -X POST {url}/accounts -H "Authorization: Bearer $TOKEN" \\
         -H 'content-type: application/json' -d '{{"name": "Everyday", "currency": "EUR"}}'

  Ctrl-C stops everything.
"""


def stop_on_sigterm() -> None:
    """SIGTERM stops the platform as Ctrl-C does, with everything it started (the engine, the
    relays): the server hands the signal back once it has shut down, and by default that would
    end the process before any of them is stopped."""
    signal.signal(signal.SIGTERM, lambda signum, _frame: sys.exit(128 + signum))


def main() -> None:
    """Start everything, serve until interrupted, then stop everything."""
    stop_on_sigterm()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)-8s %(message)s", datefmt="%H:%M:%S")
    logging.getLogger("botocore").setLevel(logging.WARNING)
    settings = Settings.from_env()
    api, engine = take_ports(settings)
    os.environ.setdefault("BANK_PENDING_TIMEOUT", str(LOCAL_PENDING_TIMEOUT))  # read by the watchdog
    os.environ.setdefault("BANK_WEBHOOK_ALLOW_LOOPBACK", "1")  # webhooks to receivers on this machine
    positions = STATE_DIR / "pipe-positions.json"
    keep_log(fresh=engine is not None)  # what `make timeline` reads
    if engine:
        positions.unlink(missing_ok=True)  # a new engine has new streams: old positions mean nothing
    with ExitStack() as stack:
        if engine:
            start_engine(engine, settings, stack)
        make_client: Any = boto3.client  # one loop over services defeats the stubs' per-service overloads
        clients = {name: make_client(name, region_name=settings.region) for name in SERVICES}
        visibility = settings.visibility_timeout
        found = (
            provision(clients, os.environ.get("BANK_TABLE_PREFIX", ""), visibility)
            if settings.embedded
            else (discover(clients, settings))
        )
        endpoint = settings.engine_url if settings.embedded else ""
        PlatformState(endpoint, settings.region, found.user_pool_id, found.client_id, settings.api_url).save(
            STATE_FILE
        )
        stack.callback(lambda: STATE_FILE.unlink(missing_ok=True))
        if settings.embedded:
            ensure_user(clients["cognito-idp"], found.user_pool_id, "demo")
        relays = Relays(clients, found, Positions(positions), settings.region)
        relays.start()
        stack.callback(relays.stop)
        app = create_app(
            CognitoVerifier.of_pool(settings.region, found.user_pool_id, found.client_id, endpoint),
            settings.cors,
        )
        print(banner(settings), flush=True)
        serve(app, api)
        log.info("stopping")


if __name__ == "__main__":
    main()
