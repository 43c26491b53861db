"""End-to-end throughput and latency of the local platform: deposits from 202 to `completed`, and
from the ledger's posting to the `deposit.completed` webhook in a receiver's hands.

Clients deposit concurrently on their own accounts; each operation's latency is its `completedAt`
minus its `createdAt` (both stamped by the platform, so the client's polling does not count) and
throughput is operations over the span from the first `createdAt` to the last `completedAt`. The
relays' polling is inside both figures. The deposits made one at a time also go to a webhook
receiver on loopback (tools/webhook_receiver.py's, which verifies each signature): a webhook's
latency is the time it was verified minus the posting time it carries (`completedAt`, the ledger's
stamp). Run: python -m tools.bench_platform
"""

from __future__ import annotations

import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from decimal import Decimal
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from handlers.core import jsonio
from infra.local.launcher import RunningPlatform, running_platform
from tools import webhook_receiver


def _post(client: httpx.Client, path: str, body: dict[str, Any]) -> httpx.Response:
    return client.post(path, content=jsonio.dumps(body), headers={"content-type": "application/json"})


def _ready_account(client: httpx.Client) -> str:
    """An account banking already knows (a new one reaches it a moment after it is opened)."""
    account = _post(client, "/accounts", {"name": "Bench", "currency": "EUR"}).json()["accountId"]
    deadline = time.monotonic() + 10
    while _post(client, "/deposit", {"accountId": account, "amount": Decimal("1")}).status_code != 202:
        if time.monotonic() > deadline:
            raise RuntimeError("the account never became usable")
        time.sleep(0.05)
    return str(account)


def _deposits(client: httpx.Client, account: str, count: int) -> list[str]:
    return [
        _post(client, "/deposit", {"accountId": account, "amount": Decimal("1.00")}).json()["operationId"]
        for _ in range(count)
    ]


def _finished(client: httpx.Client, operation_ids: list[str], poll: float = 0.1) -> list[dict[str, Any]]:
    done: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + 120
    while len(done) < len(operation_ids) and time.monotonic() < deadline:
        for op in (o for o in operation_ids if o not in done):
            body = client.get(f"/operation-status/{op}").json()
            if body["status"] != "pending":
                done[op] = body
        time.sleep(poll)
    if len(done) < len(operation_ids):
        raise RuntimeError("operations stayed pending")
    return list(done.values())


def _at(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


def one_run(platform: RunningPlatform, clients: int, per_client: int) -> dict[str, float]:
    """One burst: every client deposits per_client times, then everything is awaited."""
    sessions = [
        httpx.Client(
            base_url=platform.url,
            timeout=30,
            headers={"Authorization": f"Bearer {platform.token(f'bench{i}')}"},
        )
        for i in range(clients)
    ]
    with ThreadPoolExecutor(clients) as pool:
        accounts = list(pool.map(_ready_account, sessions))
        ops = list(pool.map(_deposits, sessions, accounts, [per_client] * clients))
        results = [r for batch in pool.map(_finished, sessions, ops) for r in batch]
    for session in sessions:
        session.close()
    latencies = sorted(_at(r["completedAt"]) - _at(r["createdAt"]) for r in results)
    span = max(_at(r["completedAt"]) for r in results) - min(_at(r["createdAt"]) for r in results)
    return {
        "ops_per_second": len(results) / span,
        "median_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "completed": sum(r["status"] == "completed" for r in results),
        "operations": len(results),
    }


def one_at_a_time(platform: RunningPlatform, count: int) -> tuple[list[float], list[float]]:
    """Latencies (ms) of deposits made one after the other, each awaited before the next: 202 to
    `completed`, and posting to its webhook verified by a receiver."""
    arrived: dict[str, float] = {}  # operation id -> when its deposit.completed was verified
    secret: list[str] = []

    def received(event: dict[str, Any]) -> None:
        if event["type"] == "deposit.completed":
            arrived.setdefault(event["data"]["operationId"], time.time())

    server = ThreadingHTTPServer(("127.0.0.1", 0), webhook_receiver.handler(secret, lambda _: None, received))
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    with httpx.Client(
        base_url=platform.url, timeout=30, headers={"Authorization": f"Bearer {platform.token('bench-solo')}"}
    ) as client:
        account = _ready_account(client)
        url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
        hook = {"url": url, "eventTypes": ["deposit.completed"]}
        secret.append(_post(client, "/webhook-endpoints", hook).json()["secret"])
        results = [_finished(client, _deposits(client, account, 1), poll=0.01)[0] for _ in range(count)]
        deadline = time.monotonic() + 30
        while any(r["operationId"] not in arrived for r in results) and time.monotonic() < deadline:
            time.sleep(0.05)
    server.shutdown()
    server.server_close()
    if any(r["operationId"] not in arrived for r in results):
        raise RuntimeError("a deposit's webhook never arrived")
    solo = sorted(1000 * (_at(r["completedAt"]) - _at(r["createdAt"])) for r in results)
    hooks = sorted(1000 * (arrived[r["operationId"]] - _at(r["completedAt"])) for r in results)
    return solo, hooks


def _p99(sorted_ms: list[float]) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(0.99 * len(sorted_ms)))]


def run(repetitions: int = 3, clients: int = 4, per_client: int = 25) -> dict[str, Any]:
    """Several bursts against one platform, and deposits one at a time; medians of each figure."""
    with tempfile.TemporaryDirectory() as state, running_platform(Path(state)) as platform:
        solo, hooks = one_at_a_time(platform, 30)
        runs = [one_run(platform, clients, per_client) for _ in range(repetitions)]
    medians = {k: statistics.median(r[k] for r in runs) for k in ("ops_per_second", "median_ms", "p99_ms")}
    return {
        "runs": runs,
        **medians,
        "clients": clients,
        "operations_per_run": clients * per_client,
        "solo_median_ms": statistics.median(solo),
        "solo_p99_ms": _p99(solo),
        "webhook_median_ms": statistics.median(hooks),
        "webhook_p99_ms": _p99(hooks),
    }


def main() -> None:
    """Print the figures."""
    figures = run()
    print(
        f"end-to-end deposits, {figures['clients']} clients, {figures['operations_per_run']} per run, "
        f"median of {len(figures['runs'])} runs"
    )
    print(
        f"  throughput {figures['ops_per_second']:.1f} ops/s   latency 202 -> completed: "
        f"median {figures['median_ms']:.0f} ms, p99 {figures['p99_ms']:.0f} ms"
    )
    print(
        f"  one at a time, posting -> webhook verified: median {figures['webhook_median_ms']:.0f} ms, "
        f"p99 {figures['webhook_p99_ms']:.0f} ms"
    )


if __name__ == "__main__":
    main()
