"""What the packaged template must satisfy, as checks that list what is wrong (empty: all is well).

Each check reads the template only through these helpers and the infrastructure definition, so a
mutated template (see test_template.py) shows each check can fail.
"""

from __future__ import annotations

import json
from typing import Any

from infra import resources as definitions
from infra.tables import TABLES

Template = dict[str, Any]


def of_type(template: Template, kind: str) -> dict[str, dict[str, Any]]:
    """Logical id -> properties of every resource of a type."""
    found = template["Resources"].items()
    return {k: r.get("Properties", {}) for k, r in found if r["Type"] == kind}


def target(value: Any) -> str | None:
    """The logical id a Ref or Fn::GetAtt points to."""
    if isinstance(value, dict) and "Ref" in value:
        return str(value["Ref"])
    if isinstance(value, dict) and "Fn::GetAtt" in value:
        return str(value["Fn::GetAtt"][0])
    return None


def queue_name(prefix: str, q: definitions.Queue, dlq: bool = False) -> str:
    """The physical name of a consumer queue or its DLQ (a FIFO one ends in `.fifo`)."""
    return definitions.queue_name(prefix + (q.dlq if dlq else q.name), q.fifo)


def by_name(template: Template, kind: str, key: str) -> dict[str, str]:
    """Physical name -> logical id of the resources of a type."""
    return {str(p.get(key)): k for k, p in of_type(template, kind).items()}


def dlq_ids(template: Template) -> set[str]:
    """Every queue something parks failures in: queue redrives, subscription redrives, pipe DLQs."""
    found = {
        target(p["RedrivePolicy"]["deadLetterTargetArn"])
        for p in of_type(template, "AWS::SQS::Queue").values()
        if "RedrivePolicy" in p
    }
    subs = of_type(template, "AWS::SNS::Subscription").values()
    found |= {target(p.get("RedrivePolicy", {}).get("deadLetterTargetArn")) for p in subs}
    for pipe in of_type(template, "AWS::Pipes::Pipe").values():
        stream = pipe["SourceParameters"].get("DynamoDBStreamParameters", {})
        found.add(target(stream.get("DeadLetterConfig", {}).get("Arn")))
    return {f for f in found if f}


def queue_problems(template: Template, prefix: str) -> list[str]:
    """Every consumer queue exists, of its kind (a FIFO queue with a FIFO DLQ), and redrives to its DLQ
    after the definition's receive count; every queue keeps messages 14 days."""
    queues, names = of_type(template, "AWS::SQS::Queue"), by_name(template, "AWS::SQS::Queue", "QueueName")
    wrong = []
    for q in definitions.queues():
        props = queues.get(names.get(queue_name(prefix, q), ""), {})
        redrive = props.get("RedrivePolicy", {})
        dlq = queues.get(target(redrive.get("deadLetterTargetArn")) or "", {})
        if (
            dlq.get("QueueName") != queue_name(prefix, q, dlq=True)
            or redrive.get("maxReceiveCount") != q.max_receive_count
        ):
            wrong.append(f"{q.name}: no DLQ {q.dlq} after {q.max_receive_count} receives")
        if any(bool(p.get("FifoQueue")) != q.fifo for p in (props, dlq)):
            wrong.append(f"{q.name}: it or its DLQ is not {'FIFO' if q.fifo else 'standard'}")
    dlqs = dlq_ids(template)
    wrong += [
        f"{k} is neither a DLQ nor redriven to one"
        for k, p in queues.items()
        if k not in dlqs and "RedrivePolicy" not in p
    ]
    wrong += [
        f"{k} keeps messages {p.get('MessageRetentionPeriod')} s, not 14 days"
        for k, p in queues.items()
        if p.get("MessageRetentionPeriod") != 14 * 86400
    ]
    return wrong


def alarm_problems(template: Template) -> list[str]:
    """Every DLQ has an alarm on its depth that notifies someone."""
    watched = set()
    for alarm in of_type(template, "AWS::CloudWatch::Alarm").values():
        dimensions = {d["Name"]: target(d["Value"]) for d in alarm.get("Dimensions", [])}
        if (
            alarm.get("MetricName") == "ApproximateNumberOfMessagesVisible"
            and alarm.get("ComparisonOperator") == "GreaterThanThreshold"
            and alarm.get("Threshold") == 0
            and alarm.get("AlarmActions")
        ):
            watched.add(dimensions.get("QueueName"))
    return [f"DLQ {d} has no alarm" for d in sorted(dlq_ids(template) - watched)]


def watched(template: Template, namespace: str, metric: str) -> dict[str, dict[str, Any]]:
    """The value of the first dimension -> the alarm, for the notifying alarms on a metric."""
    found = {}
    for alarm in of_type(template, "AWS::CloudWatch::Alarm").values():
        if (alarm.get("Namespace"), alarm.get("MetricName")) == (namespace, metric) and alarm.get(
            "AlarmActions"
        ):
            value = alarm["Dimensions"][0]["Value"]
            found[target(value) or str(value)] = alarm
    return found


def stuck_problems(template: Template, prefix: str) -> list[str]:
    """Every pipe has an alarm on its failures, every consumer queue on the age of its oldest message."""
    pipes = watched(template, "AWS/EventBridge/Pipes", "ExecutionFailed")
    queues = watched(template, "AWS/SQS", "ApproximateAgeOfOldestMessage")
    names = by_name(template, "AWS::SQS::Queue", "QueueName")
    wrong = [
        f"pipe {p.name} has no alarm on its failures"
        for p in definitions.pipes()
        if prefix + p.name not in pipes
    ]
    wrong += [
        f"queue {q.name} has no alarm on its oldest message"
        for q in definitions.queues()
        if names.get(queue_name(prefix, q)) not in queues
    ]
    return wrong


def watchdog_problems(template: Template) -> list[str]:
    """The watchdog runs every minute with its timeout, and an alarm watches what it reports, data or none."""
    functions = of_type(template, "AWS::Serverless::Function")
    (props,) = [p for p in functions.values() if p["Handler"] == "infra.functions.watchdog.handler"]
    schedules = [
        e["Properties"].get("Schedule") for e in props.get("Events", {}).values() if e["Type"] == "Schedule"
    ]
    wrong = [] if schedules == ["rate(1 minute)"] else [f"watchdog schedules {schedules}"]
    timeout = int(props.get("Environment", {}).get("Variables", {}).get("BANK_PENDING_TIMEOUT", 0))
    if not 60 <= timeout <= 3600:
        wrong.append(f"watchdog timeout {timeout} s")
    alarms = list(watched(template, "DigitalBanking", "OldestPendingOperationAge").values())
    if not any(a.get("TreatMissingData") == "breaching" and a["Threshold"] >= 2 * timeout for a in alarms):
        wrong.append("no alarm on the oldest pending operation that also fires when the watchdog stops")
    return wrong


def webhooks_problems(template: Template) -> list[str]:
    """The webhook delivery worker runs every minute and may query the due index of its table."""
    functions = of_type(template, "AWS::Serverless::Function")
    (props,) = [p for p in functions.values() if p["Handler"] == "infra.functions.webhooks.handler"]
    schedules = [
        e["Properties"].get("Schedule") for e in props.get("Events", {}).values() if e["Type"] == "Schedule"
    ]
    wrong = [] if schedules == ["rate(1 minute)"] else [f"webhook worker schedules {schedules}"]
    role = of_type(template, "AWS::IAM::Role").get(target(props["Role"]) or "", {})
    statements = [s for p in role.get("Policies", []) for s in p["PolicyDocument"]["Statement"]]
    indexes = [json.dumps(s["Resource"]) for s in statements if "dynamodb:Query" in s["Action"]]
    if not any("/index/due" in r for r in indexes):
        wrong.append("the webhook worker may not query the due index")
    return wrong + wake_problems(template, functions, props)


def wake_problems(
    template: Template, functions: dict[str, dict[str, Any]], worker: dict[str, Any]
) -> list[str]:
    """The API and the notifications consumer know the worker's name and may invoke it; no
    function may invoke anything else, and no other function may invoke it."""
    (worker_id,) = [k for k, p in functions.items() if p is worker]
    roles = of_type(template, "AWS::IAM::Role")
    wrong = []
    for logical, props in functions.items():
        waker = props["Handler"] in {"app.app", "infra.functions.consumers.notifications"}
        role = roles.get(target(props["Role"]) or "", {})
        statements = [s for p in role.get("Policies", []) for s in p["PolicyDocument"]["Statement"]]
        invokes = [target(s["Resource"]) for s in statements if "lambda:InvokeFunction" in s["Action"]]
        named = props.get("Environment", {}).get("Variables", {}).get("BANK_WEBHOOKS_FUNCTION")
        if invokes != ([worker_id] if waker else []):
            wrong.append(f"{logical} may invoke {invokes}")
        if waker and named != worker["FunctionName"]:
            wrong.append(f"{logical} wakes {named!r}, not the worker {worker['FunctionName']!r}")
    return wrong


def reconcile_problems(template: Template) -> list[str]:
    """Reconcile runs every hour, and an alarm watches the drifts it reports, data or none."""
    functions = of_type(template, "AWS::Serverless::Function")
    (props,) = [p for p in functions.values() if p["Handler"] == "infra.functions.reconcile.handler"]
    schedules = [
        e["Properties"].get("Schedule") for e in props.get("Events", {}).values() if e["Type"] == "Schedule"
    ]
    wrong = [] if schedules == ["rate(1 hour)"] else [f"reconcile schedules {schedules}"]
    alarms = list(watched(template, "DigitalBanking", "ReconcileDrifts").values())
    if not any(
        a.get("TreatMissingData") == "breaching"
        and a["Threshold"] == 0
        and a["Period"] * a["EvaluationPeriods"] <= 7200
        for a in alarms
    ):
        wrong.append("no alarm on reconcile's drifts that also fires when reconcile stops")
    return wrong


def table_problems(template: Template, prefix: str) -> list[str]:
    """Every table of the definition: on-demand, PITR, TTL where defined, NEW_IMAGE stream on outboxes."""
    tables, names = (
        of_type(template, "AWS::DynamoDB::Table"),
        by_name(template, "AWS::DynamoDB::Table", "TableName"),
    )
    wrong = [f"{len(tables)} tables, {len(TABLES)} defined"] if len(tables) != len(TABLES) else []
    for table in TABLES:
        props = tables.get(names.get(prefix + table.logical_name, ""), {})
        ttl = props.get("TimeToLiveSpecification", {})
        stream = props.get("StreamSpecification", {}).get("StreamViewType")
        if props.get("PointInTimeRecoverySpecification", {}).get("PointInTimeRecoveryEnabled") is not True:
            wrong.append(f"{table.logical_name}: no point-in-time recovery")
        if props.get("BillingMode") != "PAY_PER_REQUEST":
            wrong.append(f"{table.logical_name}: not on-demand")
        if (ttl.get("Enabled") and ttl.get("AttributeName")) != table.ttl_attribute:
            wrong.append(f"{table.logical_name}: TTL {ttl} but defined {table.ttl_attribute}")
        if stream != ("NEW_IMAGE" if table.stream else None):
            wrong.append(f"{table.logical_name}: stream {stream}")
        indexes = props.get("GlobalSecondaryIndexes", [])
        if [(i["IndexName"], [k["AttributeName"] for k in i["KeySchema"]]) for i in indexes] != [
            (i.name, list(i.keys)) for i in table.indexes
        ]:
            wrong.append(f"{table.logical_name}: indexes {indexes}")
    return wrong
