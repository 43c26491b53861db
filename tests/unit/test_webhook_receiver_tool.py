"""tools.webhook_receiver prints an event only once its signature checks out."""

from __future__ import annotations

import threading

import httpx

from handlers.notifications.model import new_secret
from handlers.notifications.sender import headers
from tools.webhook_receiver import ThreadingHTTPServer, handler


def test_the_receiver_prints_verified_events_and_refuses_others() -> None:
    secret, printed = new_secret(), []
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler([secret], printed.append))
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/webhooks"
    body = '{"id":"evt_1","type":"ping","timestamp":"2026-01-15T09:35:00.000Z","data":{"message":"It works"}}'
    try:
        good = httpx.post(url, content=body, headers=headers("evt_1", body, [secret], "127.0.0.1"))
        forged = httpx.post(url, content=body, headers=headers("evt_1", body, [new_secret()], "127.0.0.1"))
    finally:
        server.shutdown()
        server.server_close()
    assert (good.status_code, forged.status_code) == (204, 400)
    assert printed[0].startswith("verified ping evt_1") and printed[1].startswith("REFUSED")
