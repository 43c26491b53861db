"""A webhook receiver for the running platform: it registers itself as an endpoint of a user and
prints each event it receives once its Standard Webhooks signature checks out.

    .venv/bin/python -m tools.webhook_receiver            # the demo user; --user bob, --port 9000

Then deposit (README, "Try it"): `deposit.completed` is printed a moment later. Ctrl-C deletes
the endpoint and stops. It needs `make run` (which allows loopback receivers) in another terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from standardwebhooks import Webhook, WebhookVerificationError

from handlers.core import jsonio
from infra.local.settings import STATE_FILE
from infra.local.users import PlatformState, cognito_of, token

MAX_BODY = 256 * 1024


def say(line: str) -> None:
    """Print a line at once (the output may be a pipe)."""
    print(line, flush=True)


def handler(
    secret: list[str], say: Callable[[str], None], received: Callable[[dict[str, Any]], None] = lambda _: None
) -> type[BaseHTTPRequestHandler]:
    """Requests checked against the secret (secret[0]): 204 and the event printed (and handed to
    `received`), or 400 and why not (also while the secret is not known yet: the platform sends the
    event again)."""

    class Receive(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(min(int(self.headers.get("content-length", "0")), MAX_BODY))
            try:
                if not secret:
                    raise WebhookVerificationError("not registered yet")
                Webhook(secret[0]).verify(body, dict(self.headers.items()), json_parse=False)
            except WebhookVerificationError as error:
                say(f"REFUSED (not signed by this endpoint's secret): {error}")
                self.send_response(400)
            else:
                event = jsonio.loads(body)  # amounts as Decimal: printed as they came
                say(f"verified {event['type']} {event['id']}: {jsonio.dumps(event['data'])}")
                received(event)
                self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            """Quiet: the events are what it prints."""

    return Receive


def main(argv: list[str] | None = None) -> int:
    """Register, receive until Ctrl-C, delete the endpoint."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--user", default="demo")
    options.add_argument("--port", type=int, default=9000)
    args = options.parse_args(argv)
    if not STATE_FILE.exists():
        print("no running platform found: start it with `make run`", file=sys.stderr)
        return 1
    state = PlatformState.load(STATE_FILE)
    cognito = cognito_of(state)
    headers = {"Authorization": f"Bearer {token(cognito, state, args.user)}"}
    api = httpx.Client(base_url=state.api_url, headers=headers, timeout=10)
    url = f"http://127.0.0.1:{args.port}/webhooks"
    secret: list[str] = []  # known once registered; the port is taken first, so nothing is missed
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler(secret, say))
    created = api.post("/webhook-endpoints", json={"url": url, "description": "tools.webhook_receiver"})
    if created.status_code != 201:
        print(f"could not register {url}: {created.status_code} {created.text}", file=sys.stderr)
        server.server_close()
        return 1
    endpoint = created.json()
    secret.append(endpoint["secret"])
    print(f"endpoint {endpoint['endpointId']} of {args.user} at {url}; waiting for events (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        api.delete(f"/webhook-endpoints/{endpoint['endpointId']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
