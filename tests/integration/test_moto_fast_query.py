"""The one-partition Query patch answers exactly what moto's own Query answers."""

from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from moto import mock_aws
from moto.core.models import DEFAULT_ACCOUNT_ID
from moto.dynamodb.models import dynamodb_backends

from infra.local import moto_fast_query
from infra.local.moto_fast_query import _items_of

FAKE_ENV = {"AWS_DEFAULT_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}
S = dict[str, Any]


@pytest.fixture(autouse=True)
def fake_credentials(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name, value in FAKE_ENV.items():
        monkeypatch.setenv(name, value)
    was_installed = moto_fast_query.installed()
    yield
    (moto_fast_query.install if was_installed else moto_fast_query.uninstall)()


def create(client: Any) -> None:
    """`pairs`: pk/sk and a sparse index `due` (shard, at); `single`: pk only."""
    attributes = [{"AttributeName": n, "AttributeType": "S"} for n in ("pk", "sk", "shard", "at")]
    client.create_table(
        TableName="pairs",
        BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=attributes,
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "due",
                "KeySchema": [
                    {"AttributeName": "shard", "KeyType": "HASH"},
                    {"AttributeName": "at", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
    )
    client.create_table(
        TableName="single",
        BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=attributes[:1],
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
    )


letters = st.sampled_from("abcd")
rows = st.lists(
    st.tuples(letters, st.text("xyz", min_size=1, max_size=3), st.none() | letters, st.sampled_from("123")),
    max_size=40,
)
queries = st.lists(
    st.fixed_dictionaries(
        {
            "index": st.booleans(),
            "hash": letters,
            "bound": st.none() | st.text("xyz123", min_size=1, max_size=2),
            "forward": st.booleans(),
            "limit": st.integers(1, 6),
            "single": st.booleans(),
        }
    ),
    min_size=1,
    max_size=6,
)


def request(q: S) -> S:
    """The Query call a generated query stands for."""
    if q["single"]:
        return {
            "TableName": "single",
            "KeyConditionExpression": "pk = :h",
            "ExpressionAttributeValues": {":h": {"S": q["hash"]}},
        }
    key = ("shard", "at") if q["index"] else ("pk", "sk")
    values: S = {":h": {"S": q["hash"]}}
    condition = f"{key[0]} = :h"
    if q["bound"] is not None:
        condition += f" AND {key[1]} >= :b"
        values[":b"] = {"S": q["bound"]}
    call: S = {
        "TableName": "pairs",
        "KeyConditionExpression": condition,
        "ExpressionAttributeValues": values,
        "ScanIndexForward": q["forward"],
        "Limit": q["limit"],
    }
    return call | ({"IndexName": "due"} if q["index"] else {})


def every_page(client: Any, call: S) -> list[S]:
    """Each page's items and where it ended, until the last."""
    pages, start = [], None
    while True:
        page = client.query(**call, **({"ExclusiveStartKey": start} if start else {}))
        pages.append({"items": page["Items"], "last": page.get("LastEvaluatedKey")})
        start = page.get("LastEvaluatedKey")
        if start is None:
            return pages


def answers(table_rows: list[Any], asked: list[S]) -> dict[bool, list[list[S]]]:
    """Every query's pages on one table, asked with the patch and with moto's own Query."""
    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        create(client)
        for pk, sk, shard, at in table_rows:
            item = {"pk": {"S": pk}, "sk": {"S": sk}, "n": {"N": at}}
            if shard is not None:
                item |= {"shard": {"S": shard}, "at": {"S": at}}
            client.put_item(TableName="pairs", Item=item)
            client.put_item(TableName="single", Item={"pk": {"S": pk + sk}, "n": {"N": at}})
        found = {}
        for patched in (True, False):
            (moto_fast_query.install if patched else moto_fast_query.uninstall)()
            found[patched] = [every_page(client, request(q)) for q in asked]
        return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows, queries)
def test_every_query_answers_as_moto_does(table_rows: list[Any], asked: list[S]) -> None:
    found = answers(table_rows, asked)
    assert found[True] == found[False]


def test_a_query_reads_only_its_partition() -> None:
    """What makes it fast: the table hands the Query one partition, not the sorted table."""
    moto_fast_query.install()
    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        create(client)
        for n in range(50):
            client.put_item(TableName="pairs", Item={"pk": {"S": f"p{n % 5}"}, "sk": {"S": f"{n:02d}"}})
        table = dynamodb_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].tables["pairs"]
        seen: list[int] = []
        original = moto_fast_query.Table.all_items

        def counting(self: Any) -> Any:
            items = original(self)
            seen.append(len(items))
            return items

        moto_fast_query.Table.all_items = counting  # type: ignore[method-assign]
        try:
            page = client.query(
                TableName="pairs",
                KeyConditionExpression="pk = :h",
                ExpressionAttributeValues={":h": {"S": "p3"}},
            )
        finally:
            moto_fast_query.Table.all_items = original  # type: ignore[method-assign]
        assert [i["sk"]["S"] for i in page["Items"]] == [f"{n:02d}" for n in range(3, 50, 5)]
        assert seen == [10]
        assert len(_items_of(table, None)) == 50
