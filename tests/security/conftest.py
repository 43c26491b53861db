"""The local HTTP adapter in-process, as `make run` builds it: connexion app, Cognito verifier with
the user pool's real keys (moto's Cognito, its JWKS served over HTTP), the services on moto.

Built once for the package: Alice and Bob each have an account; Alice's holds a completed deposit.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from unittest import mock

import boto3
import pytest
from moto import mock_aws
from moto.utilities.utils import load_resource

from handlers.core import jsonio
from handlers.edge.cors import Cors
from infra.auth import CognitoVerifier
from infra.functions import runtime
from infra.local import moto_fast_query, moto_fast_transactions, moto_transaction_tokens
from infra.local.api import create_app
from infra.local.provision import Provisioned, create_user_pool
from infra.local.users import LOCAL_PASSWORD, ensure_user
from infra.tables import create_tables
from tests.scenario.harness import PREFIX, Bank

BROWSER_ORIGIN = "https://app.bank.example"  # the one origin the local server lets browsers call it from
ENVIRONMENT = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled",
    "BANK_TABLE_PREFIX": PREFIX,
}


class Keys(BaseHTTPRequestHandler):
    """Serves the pool's public keys, as Cognito does under the issuer."""

    body = json.dumps(load_resource("cognitoidp/resources/jwks-public.json")).encode()

    def do_GET(self) -> None:
        """Every path answers with the key set."""
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *_: Any) -> None:
        """Quiet."""
        pass


@dataclass
class Platform:
    """What the security tests use."""

    http: Any  # starlette TestClient
    bank: Bank
    cognito: Any
    pool: Provisioned
    issuer: str
    subs: dict[str, str]  # user name -> the sub the API knows them by
    accounts: dict[str, str]  # user name -> one account of theirs
    deposit_id: str  # Alice's completed deposit

    def token(self, user: str, kind: str = "IdToken", pool: Provisioned | None = None) -> str:
        """A real token from the (moto) user pool."""
        pool = pool or self.pool
        ensure_user(self.cognito, pool.user_pool_id, user)
        answer = self.cognito.admin_initiate_auth(
            UserPoolId=pool.user_pool_id,
            ClientId=pool.client_id,
            AuthFlow="ADMIN_USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": user, "PASSWORD": LOCAL_PASSWORD},
        )
        return str(answer["AuthenticationResult"][kind])

    def call(self, method: str, path: str, user: str | None = "alice", **options: Any) -> Any:
        """One HTTP request as `user` (None: no Authorization header)."""
        headers = dict(options.pop("headers", {}))
        if user is not None:
            headers.setdefault("Authorization", f"Bearer {self.token(user)}")
        if "body" in options:
            options["content"] = jsonio.dumps(options.pop("body")).encode()
            headers.setdefault("content-type", "application/json")
        return self.http.request(method, path, headers=headers, **options)


def serve_keys() -> tuple[ThreadingHTTPServer, str]:
    """Serve the pool's JWKS on a free loopback port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Keys)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/.well-known/jwks.json"


def opened(platform: Platform, user: str) -> str:
    """Open an account for a user and let every service hear of it."""
    response = platform.call("POST", "/accounts", user, body={"name": f"{user}'s", "currency": "EUR"})
    assert response.status_code == 201, response.text
    platform.bank.settle()
    return str(response.json()["accountId"])


@pytest.fixture(scope="package")
def platform() -> Iterator[Platform]:
    """The whole local adapter and platform, once for the package."""
    moto_fast_transactions.install()
    moto_fast_query.install()
    moto_transaction_tokens.install()
    with mock.patch.dict(os.environ, ENVIRONMENT), mock_aws():
        dynamodb = boto3.client("dynamodb", region_name="us-east-1")
        create_tables(dynamodb, prefix=PREFIX)
        cognito, pool = boto3.client("cognito-idp", region_name="us-east-1"), Provisioned()
        create_user_pool(cognito, pool)
        issuer = f"https://cognito-idp.us-east-1.amazonaws.com/{pool.user_pool_id}"
        server, keys_url = serve_keys()
        runtime.reset()
        app = create_app(CognitoVerifier(issuer, pool.client_id, keys_url), Cors((BROWSER_ORIGIN,)))
        with app.test_client() as http:
            platform = Platform(http, Bank(dynamodb), cognito, pool, issuer, {}, {}, "")
            for user in ("alice", "bob"):
                platform.accounts[user] = opened(platform, user)
                sub = cognito.admin_get_user(UserPoolId=pool.user_pool_id, Username=user)["UserAttributes"]
                platform.subs[user] = next(a["Value"] for a in sub if a["Name"] == "sub")
            body = {"accountId": platform.accounts["alice"], "amount": Decimal("25.00")}
            platform.deposit_id = platform.call("POST", "/deposit", body=body).json()["operationId"]
            platform.bank.settle()
            yield platform
        server.shutdown()
    runtime.reset()


Snapshot = Callable[[], dict[str, Any]]


@pytest.fixture
def alices_state(platform: Platform) -> Snapshot:
    """Everything Alice can read of her money, to compare before and after an attack."""

    def read() -> dict[str, Any]:
        """Alice's accounts, balance, history and deposit as the API shows them."""
        account = platform.accounts["alice"]
        paths = ["/accounts", f"/accounts/{account}", f"/balances/{account}", f"/transactions/{account}"]
        paths.append(f"/operation-status/{platform.deposit_id}")
        shown = {path: platform.call("GET", path).json() for path in paths}
        for value in shown.values():  # when it was read is not part of the state
            if isinstance(value, dict):
                value.pop("timestamp", None)
        return shown

    return read
