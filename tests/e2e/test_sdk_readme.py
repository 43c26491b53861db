"""The SDK's README example runs as written (only the port differs) and prints the exact 19.99.

It runs in its own interpreter, as a reader would run it; a `sitecustomize` there puts the referee
on every client the example makes, so its responses are judged like every other e2e response.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

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


def example() -> str:
    """The README's Python example."""
    (code,) = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)
    return str(code)


def test_the_readme_example_runs_as_written(platform: RunningPlatform, tmp_path: Path) -> None:
    code = example()
    assert "http://127.0.0.1:8000" in code  # what `make run` serves
    script = tmp_path / "example.py"
    script.write_text(code.replace("http://127.0.0.1:8000", platform.url))
    (tmp_path / "sitecustomize.py").write_text(JUDGE_EVERY_CLIENT)
    env = {**os.environ, "TOKEN": platform.token("readme"), "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"}
    ran = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == "19.99\n"
    judged = re.search(r"referee judged (\d+) responses", ran.stderr)
    assert judged and int(judged.group(1)) >= 4, ran.stderr
