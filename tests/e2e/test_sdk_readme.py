"""The SDK's README example runs as written (only the port differs) and prints the exact 19.99;
when something fails it stops and says what, and none of its waits lasts for ever.

It runs in its own interpreter, as a reader would run it; a `sitecustomize` there puts the referee
on every client the example makes, so its responses against the platform are judged like every
other e2e response. The front page (README.md) shows the same example.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

from handlers.core.errors import NotFoundError
from handlers.edge.problems import problem
from tests.e2e.platform import ROOT, RunningPlatform

README = ROOT / "generated" / "sdk" / "README.md"
JUDGE_EVERY_CLIENT = """
import atexit, sys
import digital_banking_client
from tests.contract.referee import referee

judged = []
def judge(response):
    referee(response)
    judged.append(response.status_code)

def judged_client(self, _made=digital_banking_client.AuthenticatedClient.get_httpx_client):
    client = _made(self)
    client.event_hooks = {"request": [], "response": [judge]}
    return client

digital_banking_client.AuthenticatedClient.get_httpx_client = judged_client
atexit.register(lambda: print(f"referee judged {len(judged)} responses", file=sys.stderr))
"""
SERVED = "http://127.0.0.1:8000"  # what `make run` serves, in the example
BOUND = "seconds=10"  # the example's bound on each wait


def example(readme: Path = README) -> str:
    """The README's Python example of the client (the one calling the platform; the front page also
    shows a webhook receiver)."""
    blocks = re.findall(r"```python\n(.*?)```", readme.read_text(), flags=re.DOTALL)
    (code,) = [b for b in blocks if SERVED in b]
    assert code.count(BOUND) == 1
    return str(code)


def run(
    code: str, url: str, token: str, tmp_path: Path, judged: bool = True
) -> subprocess.CompletedProcess[str]:
    """The example against url, in its own interpreter (its responses judged by the referee)."""
    script = tmp_path / "example.py"
    script.write_text(code.replace(SERVED, url))
    (tmp_path / "sitecustomize.py").write_text(JUDGE_EVERY_CLIENT if judged else "")
    env = {**os.environ, "TOKEN": token, "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"}
    return subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60)


def test_the_front_page_shows_the_same_example() -> None:
    assert example(ROOT / "README.md") == example()


def test_the_readme_example_runs_as_written(platform: RunningPlatform, tmp_path: Path) -> None:
    ran = run(example(), platform.url, platform.token("readme"), tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == "19.99\n"
    judged = re.search(r"referee judged (\d+) responses", ran.stderr)
    assert judged and int(judged.group(1)) >= 4, ran.stderr


def test_a_failed_operation_stops_the_example_saying_why(platform: RunningPlatform, tmp_path: Path) -> None:
    code = example()
    assert code.count("deposit") == 2  # the import and the call
    # the same example withdrawing from its new, empty account: the ledger refuses, the balance stays 0
    ran = run(code.replace("deposit", "withdraw"), platform.url, platform.token("readme"), tmp_path)
    assert (ran.returncode, ran.stdout) == (1, "")
    assert "withdraw failed: INSUFFICIENT_BALANCE Insufficient balance\n" in ran.stderr, ran.stderr


class NeverReachesBanking(BaseHTTPRequestHandler):
    """A platform on which a new account never reaches banking: it opens, and every deposit is a 404."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        if self.path == "/accounts":
            spec = yaml.safe_load((ROOT / "specs" / "openapi.yaml").read_text())
            created = spec["paths"]["/accounts"]["post"]["responses"]["201"]["content"]["application/json"]
            status, body, content_type = 201, json.dumps(created["example"]), "application/json"
        else:
            refused = problem(NotFoundError("Account not found"))
            status, body, content_type = refused.status, refused.text(), refused.content_type
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())


@contextmanager
def never_reaching_banking() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), NeverReachesBanking)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_wait_that_never_ends_is_given_up_at_its_bound(tmp_path: Path) -> None:
    code = example().replace(BOUND, "seconds=1")  # the example's own bound, shortened for the test
    started = time.monotonic()
    with never_reaching_banking() as url:
        ran = run(code, url, "any token", tmp_path, judged=False)
    assert time.monotonic() - started < 10  # well within the example's default bound, so this one ended it
    assert (ran.returncode, ran.stdout) == (1, "")
    assert ran.stderr == "no final answer after 1 s: is the platform running?\n"
