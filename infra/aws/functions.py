"""The Lambda functions Chalice declares, completed: names, settings, least-privilege roles, event sources.

Chalice puts every route in one API function, so that function's role covers exactly the tables the
contract's operations touch (derived from the operation table: a service whose operations are all
GET is read-only, and its outbox is left out). Each consumer's role covers its own service's tables
and its own queue, nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chalice.utils import to_cfn_resource_name

from generated.operations import OPERATIONS
from handlers.edge import cors
from infra import resources as definitions
from infra.aws.naming import Stage, arn, queue_id, ref, table_id
from infra.aws.storage import tables_of
from infra.tables import Table

API_TIMEOUT = 10  # seconds; API Gateway gives up at 29, and a request should take milliseconds
CONSUMER_MAX_CONCURRENCY = 10  # per queue: bounds the load (and bill) a backlog can put on DynamoDB
READ = ["dynamodb:GetItem", "dynamodb:Query"]
WRITE = [*READ, "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem"]
APPEND = ["dynamodb:PutItem"]  # outboxes are written in transactions and read only by their pipe
RECEIVE = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility"]
TRACE = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]  # X-Ray has no resource-level permissions


@dataclass(frozen=True)
class Function:
    """One Lambda function of the Chalice app: its ids in the template and what it may touch."""

    logical: str
    role: str
    log_group: str
    service: str  # POWERTOOLS_SERVICE_NAME; for consumers, the service whose tables it owns
    timeout: int
    queue: definitions.Queue | None = None  # a consumer's

    def physical(self, stage: Stage) -> str:
        """The function's name."""
        return stage.physical("api" if self.queue is None else f"{self.service}-consumer")


def functions() -> tuple[Function, ...]:
    """The API function and one consumer per queue."""
    api = Function("APIHandler", "ApiHandlerRole", "ApiHandlerLogGroup", "api", API_TIMEOUT)
    consumers = []
    for q in definitions.queues():
        logical = to_cfn_resource_name(f"{q.service}-consumer")
        consumers.append(
            Function(
                logical,
                f"{logical}Role",
                f"{logical}LogGroup",
                q.service,
                definitions.LAMBDA_TIMEOUT,
                q,
            )
        )
    return (api, *consumers)


def table_access(function: Function) -> dict[Table, list[str]]:
    """Table -> the DynamoDB actions a function may use on it."""
    if function.queue is not None:
        return {t: APPEND if t.stream else WRITE for t in tables_of(function.service)}
    access: dict[Table, list[str]] = {}
    for service in sorted({op.service for op in OPERATIONS.values()}):
        read_only = all(op.method == "GET" for op in OPERATIONS.values() if op.service == service)
        for table in tables_of(service):
            if not table.stream:
                access[table] = READ if read_only else WRITE
            elif not read_only:
                access[table] = APPEND
    return access


def policy(function: Function) -> dict[str, Any]:
    """The function's one inline policy."""
    statements: list[dict[str, Any]] = [
        {
            "Effect": "Allow",
            "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
            "Resource": arn(function.log_group),
        },
        {"Effect": "Allow", "Action": TRACE, "Resource": "*"},
    ]
    for table, actions in table_access(function).items():
        statements.append(
            {"Effect": "Allow", "Action": actions, "Resource": arn(table_id(table.logical_name))}
        )
    if function.queue is not None:
        statements.append(
            {"Effect": "Allow", "Action": RECEIVE, "Resource": arn(queue_id(function.queue.name))}
        )
    document = {"Version": "2012-10-17", "Statement": statements}
    return {"PolicyName": f"{function.logical}Policy", "PolicyDocument": document}


def settings(function: Function, stage: Stage) -> dict[str, Any]:
    """What the merge adds to Chalice's function: its name, timeout, environment, log group first."""
    variables = {"BANK_TABLE_PREFIX": stage.prefix, "POWERTOOLS_SERVICE_NAME": function.service}
    if function.queue is None:  # the API function
        variables[cors.SETTING] = ",".join(stage.cors_origins)
    return {
        "DependsOn": [function.log_group],
        "Properties": {
            "FunctionName": function.physical(stage),
            "Timeout": function.timeout,
            "Environment": {"Variables": variables},
        },
    }


def event_source(function: Function) -> dict[str, Any]:
    """The consumer's queue as its event source, with partial batch responses."""
    queue = function.queue
    assert queue is not None
    return {
        "Type": "AWS::Lambda::EventSourceMapping",
        "Properties": {
            "EventSourceArn": arn(queue_id(queue.name)),
            "FunctionName": ref(function.logical),
            "BatchSize": queue.batch_size,
            "FunctionResponseTypes": ["ReportBatchItemFailures"],
            "ScalingConfig": {"MaximumConcurrency": CONSUMER_MAX_CONCURRENCY},
        },
    }


def resources(stage: Stage) -> dict[str, Any]:
    """The overrides of Chalice's functions, roles and log groups, and the event source mappings."""
    found: dict[str, Any] = {}
    for function in functions():
        found[function.logical] = settings(function, stage)
        found[function.role] = {"Properties": {"Policies": [policy(function)]}}
        found[function.log_group] = {
            "Properties": {"LogGroupName": f"/aws/lambda/{function.physical(stage)}"}
        }
        if function.queue is not None:
            found[f"{function.logical}EventSource"] = event_source(function)
    return found
