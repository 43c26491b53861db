"""Checks of the template's edges: IAM least privilege, the authorizer on every route, throttling,
the consumers' event sources and settings. Each lists what is wrong (empty: all is well)."""

from __future__ import annotations

from typing import Any

from generated.operations import OPERATIONS
from infra import resources as definitions
from infra.aws.naming import table_id
from infra.chalice.app import GATEWAY_METHODS
from infra.tables import TABLES
from tests.aws.template_checks import Template, by_name, of_type, queue_name, target

ANYWHERE = {"xray:PutTraceSegments", "xray:PutTelemetryRecords"}  # X-Ray has no resource-level permissions
READS = {"dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:Scan"}
CONSUMER = "infra.functions.consumers."
OPERATORS = {
    "infra.functions.watchdog.handler": "watchdog",
    "infra.functions.redrive.handler": "redrive",
    "infra.functions.webhooks.handler": "webhooks",
    "infra.functions.reconcile.handler": "reconcile",
}
REDRIVE_ACTIONS = {
    "dynamodb:Scan",
    "dynamodb:UpdateItem",
    "sqs:GetQueueUrl",
    "sqs:ReceiveMessage",
    "sqs:DeleteMessage",
}
LOGS = {"logs:CreateLogStream", "logs:PutLogEvents"}


def listed(value: Any) -> list[Any]:
    """An IAM Action or Resource as a list."""
    return value if isinstance(value, list) else [value]


def functions(template: Template) -> dict[str, tuple[str, dict[str, Any]]]:
    """Service ('api' for the API, 'watchdog', 'redrive', 'reconcile') -> the logical id and properties
    of its function."""
    found = {}
    for logical, props in of_type(template, "AWS::Serverless::Function").items():
        handler = props["Handler"]
        name = OPERATORS.get(handler, "api")
        found[handler.removeprefix(CONSUMER) if handler.startswith(CONSUMER) else name] = (logical, props)
    return found


def granted(template: Template, service: str) -> list[dict[str, Any]]:
    """The statements of a function's role."""
    role = of_type(template, "AWS::IAM::Role").get(target(functions(template)[service][1]["Role"]) or "", {})
    return [s for policy in role.get("Policies", []) for s in policy["PolicyDocument"]["Statement"]]


def owners(template: Template, prefix: str) -> dict[str, str]:
    """Logical id -> owning service, for every table and consumer queue."""
    tables = {prefix + t.logical_name: t.service for t in TABLES}
    queues = {queue_name(prefix, q): q.service for q in definitions.queues()}
    found = {k: tables[n] for n, k in by_name(template, "AWS::DynamoDB::Table", "TableName").items()}
    found |= {
        k: queues[n] for n, k in by_name(template, "AWS::SQS::Queue", "QueueName").items() if n in queues
    }
    return found


def statement_problems(role: str, statement: dict[str, Any]) -> list[str]:
    """No wildcard action; `*` resources only for actions that cannot be scoped."""
    actions, resources = listed(statement["Action"]), listed(statement["Resource"])
    wrong = [f"{role}: wildcard action {a}" for a in actions if a == "*" or a.endswith(":*")]
    if "*" in resources and not set(actions) <= ANYWHERE:
        wrong.append(f"{role}: {actions} on every resource")
    wrong += [f"{role}: wildcard ARN {r}" for r in resources if isinstance(r, str) and r != "*" and "*" in r]
    return wrong


def iam_problems(template: Template, prefix: str) -> list[str]:
    """No wildcard; each function touches its own service's tables and queue only (the API: the
    services with operations, read-only where they only have GETs)."""
    roles, owner = of_type(template, "AWS::IAM::Role"), owners(template, prefix)
    statements = [
        (k, s) for k, r in roles.items() for p in r["Policies"] for s in p["PolicyDocument"]["Statement"]
    ]
    wrong = [problem for role, statement in statements for problem in statement_problems(role, statement)]
    read_only = {o.service for o in OPERATIONS.values()} - {
        o.service for o in OPERATIONS.values() if o.method != "GET"
    }
    for service in functions(template):
        allowed = {o.service for o in OPERATIONS.values()} if service == "api" else {service}
        allowed = {"banking"} if service == "watchdog" else allowed
        allowed = {"notifications"} if service == "webhooks" else allowed
        for statement in granted(template, service):
            if service == "redrive":
                wrong += redrive_problems(statement, owner)
                continue
            if service == "reconcile":
                wrong += reconcile_problems(statement, owner)
                continue
            writes = set(listed(statement["Action"])) - READS
            for who, used in [(owner.get(target(r) or ""), target(r)) for r in listed(statement["Resource"])]:
                if who is not None and who not in allowed:
                    wrong.append(f"{service} function may use {used} of {who}")
                if service == "api" and who in read_only and writes:
                    wrong.append(f"api function may write {used} of read-only {who}")
    return wrong


def redrive_problems(statement: dict[str, Any], owner: dict[str, str]) -> list[str]:
    """The redrive reads DLQs and rewrites outbox items: nothing else, nowhere else."""
    outboxes = {table_id(t.logical_name) for t in TABLES if t.stream}
    wrong = [
        f"redrive function may {a}"
        for a in listed(statement["Action"])
        if a not in REDRIVE_ACTIONS | ANYWHERE | LOGS
    ]
    for resource in listed(statement["Resource"]):
        used = target(resource)
        if used in owner and used not in outboxes:
            wrong.append(f"redrive function may use {used}")
    return wrong


def reconcile_problems(statement: dict[str, Any], owner: dict[str, str]) -> list[str]:
    """The reconcile reads every service's tables and writes nothing, anywhere."""
    outboxes = {table_id(t.logical_name) for t in TABLES if t.stream}
    wrong = [
        f"reconcile function may {a}" for a in listed(statement["Action"]) if a not in READS | ANYWHERE | LOGS
    ]
    for resource in listed(statement["Resource"]):
        if target(resource) in outboxes:
            wrong.append(f"reconcile function may read {target(resource)}")
    return wrong


def event_source_problems(template: Template, prefix: str) -> list[str]:
    """Each consumer reads its own queues, with partial batch responses."""
    mappings = of_type(template, "AWS::Lambda::EventSourceMapping")
    queues = by_name(template, "AWS::SQS::Queue", "QueueName")
    wrong = [
        f"{k} does not report batch item failures"
        for k, m in mappings.items()
        if m.get("FunctionResponseTypes") != ["ReportBatchItemFailures"]
    ]
    for service in sorted({q.service for q in definitions.queues()}):
        function = functions(template)[service][0]
        feeding = sorted(
            str(target(m["EventSourceArn"]))
            for m in mappings.values()
            if target(m["FunctionName"]) == function
        )
        names = [queue_name(prefix, q) for q in definitions.queues() if q.service == service]
        if feeding != sorted(str(queues.get(name)) for name in names):
            wrong.append(f"{service} consumer is not fed by exactly {names}")
    return wrong


def route_problems(template: Template) -> list[str]:
    """Every operation is a route, every route has the Cognito authorizer of the stack's user pool,
    except OPTIONS, which has none (API Gateway: AuthorizationType NONE): browsers send preflights
    without a token."""
    (api,) = of_type(template, "AWS::Serverless::Api").values()
    body = api["DefinitionBody"]
    pools = list(of_type(template, "AWS::Cognito::UserPool"))
    cognito = {
        name
        for name, d in body.get("securityDefinitions", {}).items()
        if d.get("x-amazon-apigateway-authtype") == "cognito_user_pools"
        and [target(a) for a in d["x-amazon-apigateway-authorizer"]["providerARNs"]] == pools
    }
    routes = {
        (path, method.upper()): op
        for path, methods in body["paths"].items()
        for method, op in methods.items()
    }
    # every operation, and on each of their paths every other method API Gateway routes (a 405)
    expected = {(o.path, method) for o in OPERATIONS.values() for method in GATEWAY_METHODS}
    wrong = [] if set(routes) == expected else [f"routes {sorted(set(routes) ^ expected)}"]
    if body.get("security"):
        wrong.append("a default authorizer for every method, OPTIONS included")
    for route, op in routes.items():
        if route[1] == "OPTIONS":
            if op.get("security"):
                wrong.append(f"{route} is behind an authorizer: a browser's preflight would be refused")
        elif not op.get("security") or any(set(s) - cognito for s in op["security"]):
            wrong.append(f"{route} is not behind the Cognito authorizer")
    return wrong


def throttle_problems(template: Template) -> list[str]:
    """The stage throttles every method, and a throttled request gets a 429."""
    (api,) = of_type(template, "AWS::Serverless::Api").values()
    limits = [
        s
        for s in api.get("MethodSettings", [])
        if s.get("ResourcePath") == "/*" and s.get("HttpMethod") == "*"
    ]
    wrong = (
        []
        if limits
        and all(s.get("ThrottlingRateLimit", 0) > 0 and s.get("ThrottlingBurstLimit", 0) > 0 for s in limits)
        else ["no throttling on /*"]
    )
    if api.get("GatewayResponses", {}).get("THROTTLED", {}).get("StatusCode") != "429":
        wrong.append("a throttled request does not get 429")
    return wrong


def function_problems(template: Template, prefix: str) -> list[str]:
    """Table prefix, active tracing, and a queue visibility timeout six times the consumer's timeout."""
    visibility = {
        p["QueueName"]: p.get("VisibilityTimeout", 30) for p in of_type(template, "AWS::SQS::Queue").values()
    }
    wrong = []
    for service, (_, props) in functions(template).items():
        if props.get("Environment", {}).get("Variables", {}).get("BANK_TABLE_PREFIX") != prefix:
            wrong.append(f"{service}: BANK_TABLE_PREFIX is not {prefix}")
        if props.get("Tracing") != "Active":
            wrong.append(f"{service}: tracing off")
    for q in definitions.queues():
        if 6 * functions(template)[q.service][1]["Timeout"] > visibility[queue_name(prefix, q)]:
            wrong.append(f"{q.name}: visibility timeout under six consumer timeouts")
    return wrong
