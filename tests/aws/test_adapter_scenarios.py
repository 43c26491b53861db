"""The end-to-end scenarios of tests/scenario, run again through each real adapter, on moto.

Through the Chalice app and the consumer functions (as Lambda runs them: API Gateway's claims,
SQS events, partial batch responses) and through the local server (connexion, signed tokens).
The scenarios are the same functions; only the `bank` they are given changes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chalice.test import Client
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from infra.auth import CognitoVerifier
from infra.chalice.app import app
from infra.local.api import create_app
from tests.aws.banks import LambdaBank, LocalServerBank
from tests.aws.conftest import CHALICE_PROJECT
from tests.scenario import test_bank_scenarios as scenarios

ISSUER, CLIENT_ID = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_test", "bank-api-test"
SCENARIOS = {name: test for name, test in vars(scenarios).items() if name.startswith("test_")}
pytestmark = [
    pytest.mark.filterwarnings("ignore:CognitoUserPoolAuthorizer is not a supported in local mode"),
    pytest.mark.filterwarnings("ignore:No application metrics to publish"),
]


@pytest.fixture(scope="module")
def local_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, RSAKey]]:
    """The local server's app (connexion) trusting one signing key, and that key."""
    key = RSAKey.generate_key(2048, parameters={"kid": "test"}, private=True)
    keys = tmp_path_factory.mktemp("jwks") / "jwks.json"
    keys.write_text(json.dumps(KeySet([key]).as_dict(private=False)))
    with create_app(CognitoVerifier(ISSUER, CLIENT_ID, keys.as_uri())).test_client() as http:
        yield http, key


@pytest.fixture(params=["chalice", "local-server"])
def bank(request: pytest.FixtureRequest, dynamo_client: Any, fresh_runtime: None) -> Any:
    """The bank behind the Chalice app, or behind the local server."""
    if request.param == "chalice":
        return LambdaBank(dynamo_client, Client(app, stage_name="dev", project_dir=str(CHALICE_PROJECT)))
    http, key = request.getfixturevalue("local_server")
    return LocalServerBank(dynamo_client, http, lambda user: signed(key, user))


def signed(key: RSAKey, user: str) -> str:
    """An ID token of the test pool, as Cognito issues it."""
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": CLIENT_ID, "token_use": "id", "sub": user, "iat": now, "exp": now + 600}
    return jwt.encode({"alg": "RS256", "kid": "test"}, claims, key)


def test_every_scenario_is_run_through_both_adapters() -> None:
    assert SCENARIOS and all(globals()[name] is test for name, test in SCENARIOS.items())


def test_the_local_server_refuses_a_token_of_another_key(tmp_path: Path) -> None:
    stranger = RSAKey.generate_key(2048, parameters={"kid": "test"}, private=True)
    keys = tmp_path / "jwks.json"
    keys.write_text(json.dumps(KeySet([RSAKey.generate_key(2048, parameters={"kid": "test"})]).as_dict()))
    with create_app(CognitoVerifier(ISSUER, CLIENT_ID, keys.as_uri())).test_client() as http:
        answer = http.get("/accounts", headers={"authorization": f"Bearer {signed(stranger, 'alice')}"})
    assert answer.status_code == 401


globals().update(SCENARIOS)
