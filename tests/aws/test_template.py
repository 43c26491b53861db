"""The packaged template: cfn-lint clean, and every property the deployment promises.

Each check runs on the real template (nothing wrong) and on a copy broken in one place (the check
must notice), so no check can pass by looking at nothing.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from cfnlint.api import ManualArgs, lint  # type: ignore[import-untyped]

from infra.aws.naming import Stage
from tests.aws import messaging_checks as mc
from tests.aws import security_checks as sec
from tests.aws import template_checks as tc

PREFIX = Stage("test").prefix
LINT_CONFIG = ManualArgs(regions=["us-east-1", "eu-west-1", "eu-central-1"])  # where a stage may live
Check = Callable[[dict[str, Any]], list[str]]
CHECKS: dict[str, Check] = {
    "queues": lambda t: tc.queue_problems(t, PREFIX),
    "alarms": tc.alarm_problems,
    "stuck": lambda t: tc.stuck_problems(t, PREFIX),
    "watchdog": tc.watchdog_problems,
    "webhooks": tc.webhooks_problems,
    "reconcile": tc.reconcile_problems,
    "tables": lambda t: tc.table_problems(t, PREFIX),
    "subscriptions": lambda t: mc.subscription_problems(t, PREFIX),
    "pipes": lambda t: mc.pipe_problems(t, PREFIX),
    "iam": lambda t: sec.iam_problems(t, PREFIX),
    "event_sources": lambda t: sec.event_source_problems(t, PREFIX),
    "routes": sec.route_problems,
    "throttling": sec.throttle_problems,
    "functions": lambda t: sec.function_problems(t, PREFIX),
}


Mutation = Callable[[dict[str, Any]], Any]
STREAM = ("SourceParameters", "DynamoDBStreamParameters")
TARGET = ("TargetParameters", "SqsQueueParameters")
AUTHORIZER = ("DefinitionBody", "securityDefinitions", "cognito", "x-amazon-apigateway-authorizer")


def node(template: dict[str, Any], logical: str, path: tuple[str, ...]) -> dict[str, Any]:
    """A dict inside a resource's properties."""
    found: dict[str, Any] = template["Resources"][logical]["Properties"]
    for key in path:
        found = found[key]
    return found


def drop(logical: str, *path: str) -> Mutation:
    """Remove the last key of the path from a resource's properties."""
    return lambda t: node(t, logical, path[:-1]).pop(path[-1])


def put(logical: str, *path: str, value: Any) -> Mutation:
    """Set the last key of the path in a resource's properties."""
    return lambda t: node(t, logical, path[:-1]).__setitem__(path[-1], value)


def grant_to(role: str, action: str, resource: Any) -> Mutation:
    """Add a statement to a function's policy."""
    statement = {"Effect": "Allow", "Action": [action], "Resource": resource}
    return lambda t: node(t, role, ())["Policies"][0]["PolicyDocument"]["Statement"].append(statement)


def grant(action: str, resource: Any) -> Mutation:
    """Add a statement to the API function's policy."""
    return grant_to("ApiHandlerRole", action, resource)


def unguard_first_route(template: dict[str, Any]) -> None:
    """Take the authorizer off one route."""
    paths = node(template, "RestAPI", ("DefinitionBody", "paths"))
    next(iter(paths.values()))["get"].pop("security")


def guard_a_preflight(template: dict[str, Any]) -> None:
    """Put the authorizer in front of one OPTIONS."""
    paths = node(template, "RestAPI", ("DefinitionBody", "paths"))
    next(iter(paths.values()))["options"]["security"] = [{"cognito": []}]


# (check, how the template is broken)
MUTATIONS: list[tuple[str, Mutation]] = [
    ("queues", drop("LedgerCommandsQueue", "RedrivePolicy")),
    ("queues", put("QueryEventsQueue", "RedrivePolicy", "maxReceiveCount", value=50)),
    ("alarms", lambda t: t["Resources"].pop("AccountsOutboxToAccountEventsDlqAlarm")),
    ("alarms", put("LedgerEventsDlqAlarm", "AlarmActions", value=[])),
    ("tables", drop("LedgerTable", "PointInTimeRecoverySpecification")),
    ("tables", drop("BankingTable", "GlobalSecondaryIndexes")),
    ("stuck", lambda t: t["Resources"].pop("BankingOutboxToLedgerCommandsFailingAlarm")),
    ("stuck", lambda t: t["Resources"].pop("LedgerCommandsStuckAlarm")),
    ("watchdog", drop("Watchdog", "Events")),
    ("webhooks", drop("Webhooks", "Events")),
    ("webhooks", put("WebhooksRole", "Policies", value=[])),
    ("watchdog", put("Watchdog", "Environment", "Variables", "BANK_PENDING_TIMEOUT", value="5")),
    ("watchdog", put("OldestPendingOperationAlarm", "TreatMissingData", value="notBreaching")),
    ("iam", grant_to("RedriveRole", "dynamodb:UpdateItem", {"Fn::GetAtt": ["LedgerTable", "Arn"]})),
    ("iam", grant_to("ReconcileRole", "dynamodb:UpdateItem", {"Fn::GetAtt": ["QueryTable", "Arn"]})),
    ("reconcile", drop("Reconcile", "Events")),
    ("reconcile", put("ReconcileDriftAlarm", "TreatMissingData", value="notBreaching")),
    ("reconcile", put("ReconcileDriftAlarm", "Threshold", value=5)),
    ("iam", grant_to("WatchdogRole", "dynamodb:PutItem", {"Fn::GetAtt": ["LedgerOutboxTable", "Arn"]})),
    ("tables", drop("LedgerInboxTable", "TimeToLiveSpecification")),
    ("tables", put("QueryTable", "TimeToLiveSpecification", value={"AttributeName": "x", "Enabled": True})),
    ("tables", put("BankingOutboxTable", "StreamSpecification", "StreamViewType", value="KEYS_ONLY")),
    ("tables", put("AccountsTable", "BillingMode", value="PROVISIONED")),
    ("subscriptions", put("LedgerEventsToQueryEventsSubscription", "RawMessageDelivery", value=False)),
    ("subscriptions", put("AccountEventsToLedgerAccountEventsSubscription", "FilterPolicy", value={})),
    (
        "subscriptions",
        put("AccountEventsToBankingEventsSubscription", "FilterPolicyScope", value="MessageAttributes"),
    ),
    ("subscriptions", lambda t: t["Resources"].pop("QueryEventsPolicy")),
    ("pipes", drop("LedgerOutboxToLedgerEventsPipe", "SourceParameters", "FilterCriteria")),
    ("queues", put("LedgerCommandsQueue", "FifoQueue", value=False)),
    ("queues", drop("LedgerCommandsDlqQueue", "FifoQueue")),
    ("queues", put("QueryEventsQueue", "MessageRetentionPeriod", value=4 * 86400)),
    ("queues", drop("LedgerCommandsDlqQueue", "MessageRetentionPeriod")),
    ("pipes", put("BankingOutboxToLedgerCommandsPipe", *STREAM, "MaximumRetryAttempts", value=185)),
    ("pipes", drop("BankingOutboxToLedgerCommandsPipe", *TARGET, "MessageGroupId")),
    (
        "pipes",
        put("BankingOutboxToLedgerCommandsPipe", *TARGET, "MessageGroupId", value="$.dynamodb.Keys.id.S"),
    ),
    ("pipes", put("LedgerOutboxToLedgerEventsPipe", "TargetParameters", "SqsQueueParameters", value={})),
    ("pipes", drop("AccountsOutboxToAccountEventsPipe", *STREAM, "DeadLetterConfig")),
    ("pipes", drop("LedgerOutboxToLedgerEventsPipe", *STREAM, "MaximumRecordAgeInSeconds")),
    ("pipes", put("BankingOutboxToLedgerCommandsPipe", *STREAM, "MaximumRecordAgeInSeconds", value=86400)),
    (
        "pipes",
        put("LedgerOutboxToLedgerEventsPipe", "TargetParameters", "InputTemplate", value="<$.dynamodb>"),
    ),
    (
        "pipes",
        put(
            "LedgerOutboxToLedgerEventsPipe",
            "Source",
            value={"Fn::GetAtt": ["AccountsOutboxTable", "StreamArn"]},
        ),
    ),
    ("iam", grant("dynamodb:GetItem", {"Fn::GetAtt": ["LedgerTable", "Arn"]})),
    ("iam", grant("dynamodb:PutItem", {"Fn::GetAtt": ["QueryTable", "Arn"]})),
    ("iam", grant("sqs:SendMessage", "*")),
    ("iam", grant("dynamodb:*", {"Fn::GetAtt": ["AccountsTable", "Arn"]})),
    ("iam", grant("sqs:ReceiveMessage", {"Fn::GetAtt": ["LedgerCommandsQueue", "Arn"]})),
    ("event_sources", drop("LedgerConsumerEventSource", "FunctionResponseTypes")),
    (
        "event_sources",
        put(
            "QueryConsumerEventSource", "EventSourceArn", value={"Fn::GetAtt": ["BankingEventsQueue", "Arn"]}
        ),
    ),
    ("routes", unguard_first_route),
    ("routes", guard_a_preflight),
    ("routes", put("RestAPI", "DefinitionBody", "security", value=[{"cognito": []}])),
    (
        "routes",
        put("RestAPI", *AUTHORIZER, "providerARNs", value=["arn:aws:cognito-idp:us-east-1:1:userpool/x"]),
    ),
    ("throttling", drop("RestAPI", "MethodSettings")),
    ("throttling", drop("RestAPI", "GatewayResponses", "THROTTLED")),
    ("functions", put("BankingConsumer", "Environment", "Variables", "BANK_TABLE_PREFIX", value="other-")),
    ("functions", put("LedgerConsumer", "Timeout", value=900)),
    ("functions", put("APIHandler", "Tracing", value="PassThrough")),
]


@pytest.mark.parametrize("stage", ["test", "prod"])
def test_cfn_lint_finds_no_error_and_no_warning(request: pytest.FixtureRequest, stage: str) -> None:
    packaged = request.getfixturevalue("template" if stage == "test" else "prod_template")
    matches = lint(json.dumps(packaged), config=LINT_CONFIG)
    # E: errors, W: warnings; I (informational) matches are suggestions, not findings
    assert [f"{m.rule.id} {m.message} ({m.path})" for m in matches if m.rule.id[0] in "EW"] == []


def test_cfn_lint_would_report_a_broken_template(template: dict[str, Any]) -> None:
    broken = copy.deepcopy(template)
    put("LedgerCommandsQueue", "VisibilityTimeout", value="a while")(broken)
    assert [m.rule.id for m in lint(json.dumps(broken), config=LINT_CONFIG) if m.rule.id[0] == "E"]


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_the_template_keeps_its_promises(template: dict[str, Any], check: str) -> None:
    assert CHECKS[check](template) == []


@pytest.mark.parametrize(
    ("check", "mutation"), MUTATIONS, ids=[f"{c}-{i}" for i, (c, _) in enumerate(MUTATIONS)]
)
def test_each_check_notices_a_broken_template(
    template: dict[str, Any], check: str, mutation: Callable[[dict[str, Any]], Any]
) -> None:
    broken = copy.deepcopy(template)
    mutation(broken)
    assert CHECKS[check](broken)


def test_every_check_is_shown_to_fail() -> None:
    assert {check for check, _ in MUTATIONS} == set(CHECKS)


def test_only_the_protected_stage_keeps_its_data(
    template: dict[str, Any], prod_template: dict[str, Any]
) -> None:
    for stack, kept in ((template, False), (prod_template, True)):
        for logical in tc.of_type(stack, "AWS::DynamoDB::Table"):
            table = stack["Resources"][logical]
            assert (table["DeletionPolicy"] == "Retain") is kept
            assert table["Properties"]["DeletionProtectionEnabled"] is kept
