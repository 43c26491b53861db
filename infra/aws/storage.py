"""The DynamoDB tables of infra/tables.py as CloudFormation resources."""

from __future__ import annotations

from typing import Any

from infra.aws.naming import Stage, table_id
from infra.tables import TABLES, Table


def table_resource(table: Table, stage: Stage) -> dict[str, Any]:
    """One table: on-demand, point-in-time recovery, TTL and stream as the definition says."""
    # the keys, billing mode and stream come from the same arguments the local engine creates it with
    args = table.create_table_args(stage.physical(table.logical_name))
    properties: dict[str, Any] = {
        "TableName": args["TableName"],
        "BillingMode": args["BillingMode"],
        "AttributeDefinitions": args["AttributeDefinitions"],
        "KeySchema": args["KeySchema"],
        "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
        "DeletionProtectionEnabled": stage.protected,
        "Tags": [{"Key": "service", "Value": table.service}, {"Key": "stage", "Value": stage.name}],
    }
    if "GlobalSecondaryIndexes" in args:
        properties["GlobalSecondaryIndexes"] = args["GlobalSecondaryIndexes"]
    if "StreamSpecification" in args:
        properties["StreamSpecification"] = {"StreamViewType": args["StreamSpecification"]["StreamViewType"]}
    if table.ttl_attribute:
        properties["TimeToLiveSpecification"] = {"AttributeName": table.ttl_attribute, "Enabled": True}
    kept = "Retain" if stage.protected else "Delete"
    return {
        "Type": "AWS::DynamoDB::Table",
        "DeletionPolicy": kept,
        "UpdateReplacePolicy": kept,
        "Properties": properties,
    }


def resources(stage: Stage) -> dict[str, Any]:
    """Every table."""
    return {table_id(t.logical_name): table_resource(t, stage) for t in TABLES}


def tables_of(service: str) -> tuple[Table, ...]:
    """The tables a service owns."""
    return tuple(t for t in TABLES if t.service == service)
