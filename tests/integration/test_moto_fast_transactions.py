"""The touched-items-only TransactWriteItems patch keeps moto's all-or-nothing behaviour."""

from collections.abc import Iterator
from typing import Any

import boto3
import moto
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws
from moto.core.models import DEFAULT_ACCOUNT_ID
from moto.dynamodb.models import DynamoDBBackend, dynamodb_backends

from infra.local import moto_fast_transactions

S = dict[str, Any]
ACCOUNTS, OUTBOX = "accounts", "outbox"
FAKE_ENV = {"AWS_DEFAULT_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}


@pytest.fixture(autouse=True)
def patched_moto(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fake credentials and the patch installed; moto's own method is put back if it was there before."""
    for name, value in FAKE_ENV.items():
        monkeypatch.setenv(name, value)
    # Recent botocore sends stream calls to <account>.streams-ddb.<region> hosts, which moto 5.2.5 does not
    # intercept; with account-id endpoints off they go to streams.dynamodb.<region>, which it does.
    monkeypatch.setenv("AWS_ACCOUNT_ID_ENDPOINT_MODE", "disabled")
    was_installed = moto_fast_transactions.installed()
    moto_fast_transactions.install()
    yield
    if not was_installed:
        moto_fast_transactions.uninstall()


def key_schema(*names: str) -> S:
    """KeySchema and AttributeDefinitions for string keys: the first is the hash key, then the range key."""
    return {
        "KeySchema": [{"AttributeName": n, "KeyType": "RANGE" if i else "HASH"} for i, n in enumerate(names)],
        "AttributeDefinitions": [{"AttributeName": n, "AttributeType": "S"} for n in names],
    }


def create_tables(client: Any) -> None:
    """Accounts: hash and range key, a GSI and a stream; outbox: hash key only."""
    accounts = key_schema("pk", "sk")
    accounts["AttributeDefinitions"] += key_schema("owner")["AttributeDefinitions"]
    all_attributes = {"ProjectionType": "ALL"}
    by_owner = {
        "IndexName": "by_owner",
        "KeySchema": key_schema("owner")["KeySchema"],
        "Projection": all_attributes,
    }
    accounts["GlobalSecondaryIndexes"] = [by_owner]
    accounts["StreamSpecification"] = {"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"}
    client.create_table(TableName=ACCOUNTS, BillingMode="PAY_PER_REQUEST", **accounts)
    client.create_table(TableName=OUTBOX, BillingMode="PAY_PER_REQUEST", **key_schema("id"))
    for sk in ("profile", "to-update", "to-delete"):
        client.put_item(TableName=ACCOUNTS, Item=account("A", sk, balance="10"))
    client.put_item(TableName=OUTBOX, Item={"id": {"S": "o1"}})


def account(pk: str, sk: str, balance: str = "0") -> S:
    """An accounts item owned by ``pk``."""
    return {"pk": {"S": pk}, "sk": {"S": sk}, "owner": {"S": pk}, "balance": {"N": balance}}


def transaction(condition: str) -> list[S]:
    """Put (new hash, existing hash), Update, Delete, outbox Put, then a ConditionCheck last."""
    a_key, o1_key = {"pk": {"S": "A"}}, {"id": {"S": "o1"}}
    add_five = {
        "UpdateExpression": "SET balance = balance + :n",
        "ExpressionAttributeValues": {":n": {"N": "5"}},
    }
    return [
        {"Put": {"TableName": ACCOUNTS, "Item": account("B", "profile")}},
        {"Put": {"TableName": ACCOUNTS, "Item": account("A", "savings")}},
        {"Update": {"TableName": ACCOUNTS, "Key": {**a_key, "sk": {"S": "to-update"}}, **add_five}},
        {"Delete": {"TableName": ACCOUNTS, "Key": {**a_key, "sk": {"S": "to-delete"}}}},
        {"Put": {"TableName": OUTBOX, "Item": {"id": {"S": "o2"}}}},
        {"ConditionCheck": {"TableName": OUTBOX, "Key": o1_key, "ConditionExpression": condition}},
    ]


def observable_state(client: Any) -> S:
    """What a client can see: scans of both tables and the GSI, item counts, stream records."""
    streams = boto3.client("dynamodbstreams")
    arn = client.describe_table(TableName=ACCOUNTS)["Table"]["LatestStreamArn"]
    shard = streams.describe_stream(StreamArn=arn)["StreamDescription"]["Shards"][0]["ShardId"]
    iterator = streams.get_shard_iterator(StreamArn=arn, ShardId=shard, ShardIteratorType="TRIM_HORIZON")
    records = streams.get_records(ShardIterator=iterator["ShardIterator"])["Records"]
    return {
        "accounts": client.scan(TableName=ACCOUNTS)["Items"],
        "by_owner": client.scan(TableName=ACCOUNTS, IndexName="by_owner")["Items"],
        "outbox": client.scan(TableName=OUTBOX)["Items"],
        "counts": [client.describe_table(TableName=t)["Table"]["ItemCount"] for t in (ACCOUNTS, OUTBOX)],
        # Event ids and timestamps are random per run; everything else in a record must match.
        "stream": [(r["eventName"], r["dynamodb"]["Keys"], r["dynamodb"].get("NewImage")) for r in records],
    }


def rejected(client: Any, items: list[S]) -> S:
    """The error response of a transaction that must fail, without its per-request metadata."""
    with pytest.raises(ClientError) as failure:
        client.transact_write_items(TransactItems=items)
    return {k: v for k, v in failure.value.response.items() if k != "ResponseMetadata"}


def run_scenario() -> S:
    """A cancelled transaction, one with two writes to one item, a committed one, and what each leaves."""
    with mock_aws():
        client: Any = boto3.client("dynamodb")  # plain dicts below, not the typed request shapes
        create_tables(client)
        result = {"before": observable_state(client)}
        result["cancelled"] = rejected(client, transaction("attribute_not_exists(id)"))
        result["after_cancelled"] = observable_state(client)
        duplicate_write = {"Put": {"TableName": ACCOUNTS, "Item": account("B", "profile", balance="1")}}
        result["duplicate"] = rejected(client, [*transaction("attribute_exists(id)"), duplicate_write])
        result["after_duplicate"] = observable_state(client)
        client.transact_write_items(TransactItems=transaction("attribute_exists(id)"))
        result["after_commit"] = observable_state(client)
        return result


def test_successful_transaction_applies_every_write() -> None:
    state = run_scenario()["after_commit"]
    keys = {(i["pk"]["S"], i["sk"]["S"]) for i in state["accounts"]}
    assert keys == {("A", "profile"), ("A", "to-update"), ("A", "savings"), ("B", "profile")}
    assert next(i for i in state["accounts"] if i["sk"]["S"] == "to-update")["balance"] == {"N": "15"}
    assert sorted(i["id"]["S"] for i in state["outbox"]) == ["o1", "o2"]
    assert [name for name, _, _ in state["stream"]][-4:] == ["INSERT", "INSERT", "MODIFY", "REMOVE"]


def test_failed_condition_leaves_every_table_unchanged() -> None:
    result = run_scenario()
    assert result["after_cancelled"] == result["before"]
    assert result["after_duplicate"] == result["before"]
    assert result["cancelled"]["Error"]["Code"] == "TransactionCanceledException"
    reasons = [r["Code"] for r in result["cancelled"]["CancellationReasons"]]
    assert reasons == ["None"] * 5 + ["ConditionalCheckFailed"]


def test_failed_transaction_restores_moto_internals() -> None:
    """Also no empty hash entry left behind by the new-hash Put (moto's items dict is a defaultdict)."""
    with mock_aws():
        client = boto3.client("dynamodb")
        create_tables(client)
        backend = dynamodb_backends[DEFAULT_ACCOUNT_ID]["us-east-1"]
        table = backend.tables[ACCOUNTS]

        def internals() -> S:
            items = {str(h): {str(r): i.to_json() for r, i in row.items()} for h, row in table.items.items()}
            assert table.stream_shard is not None
            records = len(table.stream_shard.items)
            return {"items": items, "records": records, "table": backend.tables[ACCOUNTS]}

        before = internals()
        rejected(client, transaction("attribute_not_exists(id)"))
        assert internals() == before


def test_tables_named_by_arn_are_rolled_back_too() -> None:
    """moto's own version only backs up tables named by name, so this is where the two differ."""
    with mock_aws():
        client = boto3.client("dynamodb")
        create_tables(client)
        outbox_arn = client.describe_table(TableName=OUTBOX)["Table"]["TableArn"]
        condition = {"Key": {"id": {"S": "o1"}}, "ConditionExpression": "attribute_not_exists(id)"}
        put = {"Put": {"TableName": outbox_arn, "Item": {"id": {"S": "o2"}}}}
        rejected(client, [put, {"ConditionCheck": {"TableName": outbox_arn, **condition}}])
        assert client.scan(TableName=OUTBOX)["Items"] == [{"id": {"S": "o1"}}]


def test_install_is_idempotent() -> None:
    patched = DynamoDBBackend.transact_write_items
    moto_fast_transactions.install()
    assert DynamoDBBackend.transact_write_items is patched
    assert not hasattr(patched.moto_original, "moto_original")  # type: ignore[attr-defined]


def test_install_refuses_other_moto_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(moto, "__version__", "5.2.6")
    with pytest.raises(RuntimeError, match=r"moto 5\.2\.5, found 5\.2\.6"):
        moto_fast_transactions.install()


def test_matches_unpatched_moto() -> None:
    patched = run_scenario()
    moto_fast_transactions.uninstall()
    try:
        unpatched = run_scenario()
    finally:
        moto_fast_transactions.install()
    assert patched == unpatched
