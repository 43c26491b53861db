"""Shared fixtures: DynamoDB on moto in-process, with every table of infra/tables.py."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

from infra.local import moto_fast_query, moto_fast_transactions, moto_transaction_tokens
from infra.tables import create_tables
from tests.helpers import Stores

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
# botocore would address DynamoDB Streams at <account>.streams-ddb…, which moto does not route
os.environ["AWS_ACCOUNT_ID_ENDPOINT_MODE"] = "disabled"


@pytest.fixture
def aws_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fake credentials, so nothing can reach a real AWS account."""
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SECURITY_TOKEN": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.setenv("BANK_TABLE_PREFIX", "test-")


@pytest.fixture
def dynamo_client(aws_credentials: None) -> Iterator[Any]:
    """A boto3 DynamoDB client on moto, patched as the local engine is, with every table created."""
    moto_fast_transactions.install()
    moto_fast_query.install()
    moto_transaction_tokens.install()
    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        create_tables(client, prefix="test-")
        yield client


@pytest.fixture(params=["memory", "dynamo"])
def any_stores(request: pytest.FixtureRequest) -> Any:
    """The storage ports, once in memory and once on DynamoDB (moto): the port contract suites."""
    if request.param == "memory":
        return Stores.memory()
    return Stores.dynamo(request.getfixturevalue("dynamo_client"))
