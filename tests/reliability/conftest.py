"""Fixtures of the poison and redrive tests: one local engine (SQS, SNS, DynamoDB on moto) per module."""

from __future__ import annotations

import os
from collections.abc import Iterator
from unittest import mock

import boto3
import pytest
from moto import mock_aws

from infra.functions import runtime
from infra.local import moto_fast_query, moto_fast_transactions, moto_transaction_tokens
from infra.local.provision import provision
from tests.reliability.sqs import LEDGER, Engine


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    """One local engine for the module (provisioning costs seconds); each test purges the queues."""
    environment = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
    environment |= {"AWS_DEFAULT_REGION": "us-east-1", "BANK_TABLE_PREFIX": "poison-"}
    moto_fast_transactions.install()
    moto_fast_query.install()
    moto_transaction_tokens.install()
    with mock.patch.dict(os.environ, environment), mock_aws():
        names = ("sqs", "sns", "cognito-idp", "dynamodb")
        clients = {n: boto3.client(n, region_name="us-east-1") for n in names}  # type: ignore[call-overload]
        found = provision(clients, "poison-", visibility_timeout=1)
        clients["sqs"].set_queue_attributes(  # a failed message comes straight back
            QueueUrl=found.queue_urls[LEDGER.name], Attributes={"VisibilityTimeout": "0"}
        )
        runtime.reset()
        yield clients, found
    runtime.reset()


@pytest.fixture
def aws(engine: Engine) -> Engine:
    """The engine with the ledger's queue and DLQ emptied."""
    clients, found = engine
    for name in (LEDGER.name, LEDGER.dlq):  # PurgeQueue is allowed once a minute
        url = found.queue_urls[name]
        while batch := clients["sqs"].receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages"):
            for message in batch:
                clients["sqs"].delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    return engine
