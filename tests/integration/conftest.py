"""The local engine's resources, provisioned in-process from the infrastructure definition."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import boto3
import pytest

from infra.functions import runtime
from infra.local.provision import Provisioned, provision


@pytest.fixture
def aws(dynamo_client: Any) -> Iterator[tuple[dict[str, Any], Provisioned]]:
    """Every table, queue, topic and subscription as `make run` creates them (visibility: 1 s)."""
    clients = {
        n: boto3.client(n, region_name="us-east-1") for n in ("sqs", "sns", "cognito-idp", "dynamodbstreams")
    }
    clients["dynamodb"] = dynamo_client
    for table in dynamo_client.list_tables()["TableNames"]:
        dynamo_client.delete_table(TableName=table)
    found = provision(clients, "test-", visibility_timeout=1)
    runtime.reset()
    yield clients, found
    runtime.reset()
