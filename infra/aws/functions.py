"""The Lambda functions Chalice declares, completed: names, settings, least-privilege roles, event sources.

Chalice puts every route in one API function, so that function's role covers exactly the tables the
contract's operations touch (derived from the operation table: a service whose operations are all
GET is read-only, and its outbox is left out). Each consumer's role covers its own service's tables
and its own queues, nothing else. The watchdog reads banking's pending index and writes operations
and commands; the redrive reads the DLQs and rewrites outbox items, nothing else; the webhook
delivery worker reads the notifications table's due index and writes deliveries and attempts; the
API and the notifications consumer may invoke it (asynchronously, when they queued a delivery), and
no other function.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chalice.utils import to_cfn_resource_name

from generated.operations import OPERATIONS
from handlers.edge import cors
from infra import resources as definitions
from infra.aws.naming import Stage, arn, logical_id, queue_id, ref, table_id
from infra.aws.storage import tables_of
from infra.bootstrap import wake
from infra.tables import DUE, PENDING, TABLES, Table

API_TIMEOUT = 10  # seconds; API Gateway gives up at 29, and a request should take milliseconds
CONSUMER_MAX_CONCURRENCY = 10  # per queue: bounds the load (and bill) a backlog can put on DynamoDB
READ = ["dynamodb:GetItem", "dynamodb:Query"]
WRITE = [*READ, "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem"]
APPEND = ["dynamodb:PutItem"]  # outboxes are written in transactions and read only by their pipe
RECEIVE = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility"]
REPUBLISH = ["dynamodb:Scan", "dynamodb:UpdateItem"]  # find outbox items, rewrite them
DRAIN = ["sqs:GetQueueUrl", "sqs:ReceiveMessage", "sqs:DeleteMessage"]
WATCHDOG, REDRIVE, RECONCILE = "watchdog", "redrive", "reconcile"
RECONCILE_READS = ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"]  # it reads every table but outboxes
# What the watchdog does on AWS: one round a minute, an operation pending 10 minutes has its command
# published again, 10 more and it is cancelled.
PENDING_TIMEOUT_SECONDS = 600
WATCHDOG_ALARM_SLACK = 3 * 60  # a round of the watchdog, the cancel's way to the ledger and back
# The webhook delivery worker: one pass a minute, at most 100 deliveries, 32 at a time, each 10 s at most
WEBHOOKS, WEBHOOKS_TIMEOUT = "webhooks", 60
WAKERS = ("api", "notifications-consumer")  # they queue deliveries, then invoke the worker at once
TRACE = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]  # X-Ray has no resource-level permissions


@dataclass(frozen=True)
class Function:
    """One Lambda function of the Chalice app: its ids in the template and what it may touch."""

    logical: str
    role: str
    log_group: str
    name: str  # its name without the stage's prefix
    service: str  # POWERTOOLS_SERVICE_NAME; for consumers and the watchdog, the service whose tables it owns
    timeout: int
    queues: tuple[definitions.Queue, ...] = ()  # a consumer's

    def physical(self, stage: Stage) -> str:
        """The function's name."""
        return stage.physical(self.name)


def chalice_function(
    name: str, service: str, timeout: int, queues: tuple[definitions.Queue, ...] = ()
) -> Function:
    """A function Chalice declares from a blueprint, under the ids Chalice derives from its name."""
    logical = to_cfn_resource_name(name)
    return Function(logical, f"{logical}Role", f"{logical}LogGroup", name, service, timeout, queues)


def functions() -> tuple[Function, ...]:
    """The API function, one consumer per service (fed by each queue the service reads), the
    watchdog, the redrive and the reconcile."""
    api = Function("APIHandler", "ApiHandlerRole", "ApiHandlerLogGroup", "api", "api", API_TIMEOUT)
    services = sorted({q.service for q in definitions.queues()})
    consumers = [
        chalice_function(
            f"{service}-consumer",
            service,
            definitions.LAMBDA_TIMEOUT,
            tuple(q for q in definitions.queues() if q.service == service),
        )
        for service in services
    ]
    operators = [
        chalice_function(WATCHDOG, "banking", definitions.LAMBDA_TIMEOUT),
        chalice_function(WEBHOOKS, "notifications", WEBHOOKS_TIMEOUT),
        chalice_function(REDRIVE, REDRIVE, 15 * 60),  # it scans outboxes: the longest a function may run
        chalice_function(RECONCILE, RECONCILE, 15 * 60),  # it reads every account
    ]
    return (api, *consumers, *operators)


def table_access(function: Function) -> dict[Table, list[str]]:
    """Table -> the DynamoDB actions a function may use on it."""
    if function.queues:
        return {t: APPEND if t.stream else WRITE for t in tables_of(function.service)}
    if function.name == WATCHDOG:  # conditional updates of operations; commands written, rewritten
        return {
            t: ["dynamodb:UpdateItem", *(["dynamodb:PutItem"] if t.stream else [])]
            for t in tables_of("banking")
        }
    if function.name == REDRIVE:
        return {t: REPUBLISH for t in TABLES if t.stream}
    if function.name == WEBHOOKS:  # endpoints read, deliveries claimed, attempts and states written
        return {t: WRITE for t in tables_of("notifications")}
    if function.name == RECONCILE:
        return {t: RECONCILE_READS for t in TABLES if not t.stream}
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
    for queue in function.queues:
        statements.append({"Effect": "Allow", "Action": RECEIVE, "Resource": arn(queue_id(queue.name))})
    if function.name == WATCHDOG:
        index = {"Fn::Sub": f"${{{table_id('banking')}.Arn}}/index/{PENDING.name}"}
        statements.append({"Effect": "Allow", "Action": ["dynamodb:Query"], "Resource": index})
    if function.name == WEBHOOKS:
        index = {"Fn::Sub": f"${{{table_id('notifications')}.Arn}}/index/{DUE.name}"}
        statements.append({"Effect": "Allow", "Action": ["dynamodb:Query"], "Resource": index})
    if function.name in WAKERS:
        worker = arn(to_cfn_resource_name(WEBHOOKS))
        statements.append({"Effect": "Allow", "Action": ["lambda:InvokeFunction"], "Resource": worker})
    if function.name == REDRIVE:
        dlqs = [p.dlq for p in definitions.pipes()] + [q.dlq for q in definitions.queues()]
        statements.append({"Effect": "Allow", "Action": DRAIN, "Resource": [arn(queue_id(d)) for d in dlqs]})
    document = {"Version": "2012-10-17", "Statement": statements}
    return {"PolicyName": f"{function.logical}Policy", "PolicyDocument": document}


def settings(function: Function, stage: Stage) -> dict[str, Any]:
    """What the merge adds to Chalice's function: its name, timeout, environment, log group first."""
    variables = {"BANK_TABLE_PREFIX": stage.prefix, "POWERTOOLS_SERVICE_NAME": function.service}
    if function.name == "api":
        variables[cors.SETTING] = ",".join(stage.cors_origins)
    if function.name == WATCHDOG:
        variables["BANK_PENDING_TIMEOUT"] = str(PENDING_TIMEOUT_SECONDS)
    if function.name in WAKERS:
        variables[wake.SETTING] = stage.physical(WEBHOOKS)
    return {
        "DependsOn": [function.log_group],
        "Properties": {
            "FunctionName": function.physical(stage),
            "Timeout": function.timeout,
            "Environment": {"Variables": variables},
        },
    }


def event_source(function: Function, queue: definitions.Queue) -> dict[str, Any]:
    """One of the consumer's queues as its event source, with partial batch responses."""
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


def event_source_id(function: Function, queue: definitions.Queue) -> str:
    """The logical id of a queue's mapping; a function's first queue keeps the function's own, so a
    deployed stack's mappings are not replaced (Lambda refuses two mappings of one queue to one function)."""
    if queue == function.queues[0]:
        return f"{function.logical}EventSource"
    return function.logical + logical_id(queue.name, "EventSource")


def resources(stage: Stage) -> dict[str, Any]:
    """The overrides of Chalice's functions, roles and log groups, and the event source mappings."""
    found: dict[str, Any] = {}
    for function in functions():
        found[function.logical] = settings(function, stage)
        found[function.role] = {"Properties": {"Policies": [policy(function)]}}
        found[function.log_group] = {
            "Properties": {"LogGroupName": f"/aws/lambda/{function.physical(stage)}"}
        }
        for queue in function.queues:
            found[event_source_id(function, queue)] = event_source(function, queue)
    return found
