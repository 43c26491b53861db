"""The pages `make run` serves beside the API, as a person sees them: Swagger UI at /ui/ and the
message catalog at /asyncapi/, opened in Debian's Chromium (headless, driven by playwright-core
from tests/ts/pages.test.ts). What each page must show is read from the specs here: every operation
of the contract, every message of the catalog with its payload's fields, its example, its producer
and its consumers.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.platform import ROOT, RunningPlatform
from tests.e2e.typescript import node_tests, project, sources
from tools.spec_model import HTTP_METHODS, asyncapi_messages, load_yaml, pointer

CHROMIUM = Path(os.environ.get("BANK_CHROMIUM") or "/usr/bin/chromium")  # `make test` sets it


def expected() -> dict[str, Any]:
    """What the pages must show, from specs/."""
    openapi = load_yaml(ROOT / "specs" / "openapi.yaml")
    asyncapi = load_yaml(ROOT / "specs" / "asyncapi.yaml")
    operations = [
        {
            "tag": op.get("tags", ["default"])[0],
            "operationId": op["operationId"],
            "method": method,
            "path": path,
        }
        for path, item in openapi["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]
    messages = []
    for message in asyncapi_messages(asyncapi):
        examples = asyncapi["components"]["messages"][message.type].get("examples")
        assert examples, f"{message.type} has no example: every message needs one (docs/contracts.md)"
        fields = pointer(asyncapi, message.payload_ref)["properties"]
        data = pointer(asyncapi, message.data_ref)["properties"]
        messages.append(
            {
                "name": message.type,
                "producer": message.producer,
                "consumers": sorted({service for service, _ in message.consumers}),
                "example": examples[0]["payload"]["id"],
                "fields": [*fields, *data],
            }
        )
    return {"operations": operations, "messages": messages}


def test_the_catalog_page_is_served_beside_swagger_ui(platform: RunningPlatform) -> None:
    page = httpx.get(f"{platform.url}/asyncapi/", timeout=5)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert all(f'id="message-{m["name"]}"' in page.text for m in expected()["messages"])
    moved = httpx.get(f"{platform.url}/asyncapi", timeout=5)
    assert (moved.status_code, moved.headers["location"]) == (307, f"{platform.url}/asyncapi/")
    missing = httpx.get(f"{platform.url}/asyncapi/no-such-file", timeout=5)
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["code"] == "NOT_FOUND"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/ts/pages.test.ts, compiled."""
    assert CHROMIUM.exists(), (
        "Debian's chromium is missing: `make test` installs it (apt-get install chromium)"
    )
    return project(tmp_path_factory.mktemp("pages"), sources("pages.test.ts"))


def test_the_pages_render_in_a_browser(platform: RunningPlatform, compiled: Path) -> None:
    env = {"BANK_URL": platform.url, "BANK_CHROMIUM": str(CHROMIUM), "EXPECTED": json.dumps(expected())}
    passed, report = node_tests(compiled / "pages.test.js", env=env)
    assert passed == 2, report
