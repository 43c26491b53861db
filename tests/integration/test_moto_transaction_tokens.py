"""The local engine honours TransactWriteItems' ClientRequestToken as DynamoDB documents it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError, ReadTimeoutError
from moto import mock_aws
from moto.core.models import botocore_stubber

from handlers.storage import dynamo
from infra.local import moto_transaction_tokens
from tests.reliability.dynamo_faults import error_reply

TABLE = "counters"
TOKEN = "5b0c2a4e-2f2e-4d7c-9a39-0d6f4f1f7a11"
FAKE_ENV = {"AWS_DEFAULT_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A table of counters on moto with the token patch installed (as the local engine runs)."""
    for name, value in FAKE_ENV.items():
        monkeypatch.setenv(name, value)
    was_installed = moto_transaction_tokens.installed()
    moto_transaction_tokens.install()
    with mock_aws():
        dynamodb = boto3.client("dynamodb")
        dynamodb.create_table(
            TableName=TABLE,
            BillingMode="PAY_PER_REQUEST",
            KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        )
        yield dynamodb
    if not was_installed:
        moto_transaction_tokens.uninstall()


def add(amount: int = 1, counter: str = "c") -> list[dict[str, Any]]:
    """A transaction that is not idempotent by itself: it adds to a counter."""
    update = {
        "TableName": TABLE,
        "Key": {"id": {"S": counter}},
        "UpdateExpression": "ADD n :n",
        "ExpressionAttributeValues": {":n": {"N": str(amount)}},
    }
    return [{"Update": update}]


def count(client: Any, counter: str = "c") -> int:
    item = client.get_item(TableName=TABLE, Key={"id": {"S": counter}}).get("Item")
    return int(item["n"]["N"]) if item else 0


def error_code(client: Any, items: list[dict[str, Any]], token: str) -> str:
    with pytest.raises(ClientError) as failure:
        client.transact_write_items(TransactItems=items, ClientRequestToken=token)
    return str(failure.value.response["Error"]["Code"])


def test_the_same_request_under_the_same_token_succeeds_without_being_applied_again(client: Any) -> None:
    for _ in range(3):
        client.transact_write_items(TransactItems=add(), ClientRequestToken=TOKEN)
    assert count(client) == 1
    client.transact_write_items(TransactItems=add(), ClientRequestToken="another-token")
    assert count(client) == 2


def test_the_same_token_with_another_request_is_refused(client: Any) -> None:
    client.transact_write_items(TransactItems=add(1), ClientRequestToken=TOKEN)
    assert error_code(client, add(2), TOKEN) == "IdempotentParameterMismatchException"
    assert error_code(client, add(1, counter="d"), TOKEN) == "IdempotentParameterMismatchException"
    assert (count(client), count(client, "d")) == (1, 0)


def test_a_token_is_forgotten_ten_minutes_after_its_request_completed(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]
    monkeypatch.setattr(moto_transaction_tokens, "clock", lambda: now[0])
    client.transact_write_items(TransactItems=add(), ClientRequestToken=TOKEN)
    now[0] += 599.9
    client.transact_write_items(TransactItems=add(), ClientRequestToken=TOKEN)
    assert count(client) == 1
    now[0] += 0.1
    client.transact_write_items(TransactItems=add(), ClientRequestToken=TOKEN)  # a new request
    assert count(client) == 2
    now[0] += 599.9
    assert error_code(client, add(5), TOKEN) == "IdempotentParameterMismatchException"


def test_a_cancelled_transaction_keeps_no_token(client: Any) -> None:
    guarded = [{"Update": add()[0]["Update"] | {"ConditionExpression": "attribute_exists(id)"}}]
    assert error_code(client, guarded, TOKEN) == "TransactionCanceledException"
    client.put_item(TableName=TABLE, Item={"id": {"S": "c"}, "n": {"N": "10"}})
    client.transact_write_items(TransactItems=guarded, ClientRequestToken=TOKEN)
    assert count(client) == 11


def test_a_token_still_being_applied_is_answered_in_progress(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = moto_transaction_tokens.DynamoHandler.transact_write_items.moto_original  # type: ignore[attr-defined]
    codes: list[str] = []

    def meanwhile_the_same_request_again(handler: Any) -> Any:
        impatient = boto3.client("dynamodb", config=Config(retries={"total_max_attempts": 1}))
        codes.append(error_code(impatient, add(), TOKEN))  # botocore would retry it: asked once here
        return original(handler)

    monkeypatch.setattr(
        moto_transaction_tokens.DynamoHandler,
        "transact_write_items",
        moto_transaction_tokens._idempotent(meanwhile_the_same_request_again),
    )
    client.transact_write_items(TransactItems=add(), ClientRequestToken=TOKEN)
    assert codes == ["TransactionInProgressException"]
    assert count(client) == 1


def lose_the_first_reply(client: Any, tokens: list[str]) -> None:
    """The first TransactWriteItems is applied, then its reply is lost; botocore retries it."""

    def send(event_name: str, request: Any, **kwargs: Any) -> Any:
        response = botocore_stubber(event_name=event_name, request=request, **kwargs)
        if event_name.endswith("TransactWriteItems"):
            tokens.append(request.body.decode() if isinstance(request.body, bytes) else request.body)
            if len(tokens) == 1:
                raise ReadTimeoutError(endpoint_url=request.url)
        return response

    client.meta.events.unregister("before-send", botocore_stubber)
    client.meta.events.register("before-send.dynamodb", send)


def test_botocore_retries_a_lost_reply_with_its_token_and_it_is_applied_once(client: Any) -> None:
    bodies: list[str] = []
    lose_the_first_reply(client, bodies)
    guarded = [{"Update": add()[0]["Update"] | {"ConditionExpression": "attribute_not_exists(id)"}}]
    dynamo.transact(client, guarded)  # no token given: botocore fills one in
    assert count(client) == 1
    assert len(bodies) == 2 and bodies[0] == bodies[1] and '"ClientRequestToken"' in bodies[0]


def test_without_the_patch_moto_applies_a_retried_commit_again(client: Any) -> None:
    """What the patch is for: if moto ever honours tokens itself, this fails and the patch can go."""
    bodies: list[str] = []
    lose_the_first_reply(client, bodies)
    guarded = [{"Update": add()[0]["Update"] | {"ConditionExpression": "attribute_not_exists(id)"}}]
    moto_transaction_tokens.uninstall()
    try:
        with pytest.raises(dynamo.TransactionConflict):  # the retry fails the condition its commit met
            dynamo.transact(client, guarded)
    finally:
        moto_transaction_tokens.install()
    assert count(client) == 1


def test_transact_sends_a_transaction_cancelled_for_a_conflict_again_under_a_new_token(
    client: Any,
) -> None:
    """Cancelled, it wrote nothing, and DynamoDB documents no replay of a cancellation: a new call,
    so a new token. Only botocore's own retries of one call reuse a token."""
    tokens: list[str] = []

    def conflict_first(params: dict[str, Any], **_: Any) -> Any:
        tokens.append(json.loads(params["body"])["ClientRequestToken"])
        if len(tokens) == 1:
            return error_reply(
                "TransactionCanceledException", CancellationReasons=[{"Code": "TransactionConflict"}]
            )
        return None

    client.meta.events.register("before-call.dynamodb.TransactWriteItems", conflict_first)
    dynamo.transact(client, add())
    assert count(client) == 1
    assert len(tokens) == 2 and tokens[0] != tokens[1]
