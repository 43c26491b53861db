"""Faults injected into one boto3 DynamoDB client through botocore's event hooks.

`before-call` short-circuits a call with an error reply (what the caller sees once botocore has
given up, or a cancelled transaction, which botocore never retries), or kills the process, or
lets another actor run first. `before-send` sits where the HTTP request would leave (moto's own
stub lives there): a throttle answered there goes through botocore's retry logic like a real one,
and a write applied there can have its reply lost. `after-call` kills the process after a write.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from io import BytesIO
from typing import Any

from botocore.awsrequest import AWSResponse
from botocore.compat import HTTPHeaders
from botocore.exceptions import ReadTimeoutError
from moto.core.models import botocore_stubber

from tests.reliability.faults import Crash, Faults

SINGLE_WRITES = frozenset({"PutItem", "UpdateItem", "DeleteItem"})
WRITES = SINGLE_WRITES | {"TransactWriteItems"}
ITEM_CALLS = WRITES | {"GetItem", "Query"}
THROTTLES = ("ThrottlingException", "ProvisionedThroughputExceededException")
ENDPOINT = "https://dynamodb.us-east-1.amazonaws.com/"


class _Raw(BytesIO):
    """A response body botocore can stream."""

    def stream(self, **_: Any) -> Any:
        """The whole body at once."""
        yield self.read()


def error_reply(code: str, **extra: Any) -> tuple[AWSResponse, dict[str, Any]]:
    """An already parsed 400 reply, as before-call handlers return one."""
    parsed = {"Error": {"Code": code, "Message": f"injected {code}"}, **extra}
    parsed["ResponseMetadata"] = {"HTTPStatusCode": 400, "RetryAttempts": 0}
    return AWSResponse(ENDPOINT, 400, HTTPHeaders(), _Raw(b"")), parsed


def cancelled(request: dict[str, Any], reason: str, faults: Faults) -> tuple[AWSResponse, dict[str, Any]]:
    """TransactionCanceledException with `reason` on one item of the transaction."""
    items = json.loads(request["body"])["TransactItems"]
    culprit = faults.pick(list(range(len(items)))) if items else 0
    reasons = [{"Code": reason if i == culprit else "None"} for i in range(len(items))]
    return error_reply("TransactionCanceledException", CancellationReasons=reasons)


class DynamoFaults:
    """The hooks; `preempt` runs another actor, `forced` runs once at the next call."""

    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        self.preempt: Callable[[], None] | None = None
        self.stall: Callable[[], None] | None = None  # before a write, after the caller's reads
        self.forced: Callable[[], None] | None = None
        self.outage = False  # every call throttled beyond botocore's retries while set
        self.lost_token: str | None = None  # the transaction whose reply was lost last

    def install(self, client: Any) -> None:
        """Hook the client (only this client; moto's stub is wrapped, not replaced globally)."""
        events = client.meta.events
        events.register("before-call.dynamodb", self.before_call)
        events.register("after-call.dynamodb", self.after_call)
        events.unregister("before-send", botocore_stubber)
        events.register("before-send.dynamodb", self.before_send)

    def before_call(self, model: Any, params: dict[str, Any], **_: Any) -> Any:
        """Maybe run someone else first, die, or answer with an error instead of calling."""
        if model.name not in ITEM_CALLS:
            return None
        forced, self.forced = self.forced, None
        if forced is not None:
            forced()
        elif self.preempt is not None and self.faults.roll("preempt"):
            self.preempt()
        elif self.stall is not None and model.name == "TransactWriteItems":
            self.stall()
        if self.outage and not self.faults.healed:
            return error_reply(self.faults.pick(list(THROTTLES)))
        if self.faults.roll("crash"):
            raise Crash(f"died before {model.name}")
        if model.name == "TransactWriteItems" and self.faults.roll("conflict"):
            return cancelled(params, "TransactionConflict", self.faults)
        if self.faults.roll("throttle_exhausted"):
            if model.name == "TransactWriteItems" and self.faults.pick([True, False]):
                return cancelled(params, "ThrottlingError", self.faults)
            return error_reply(self.faults.pick(list(THROTTLES)))
        return None

    def after_call(self, model: Any, http_response: Any, **_: Any) -> None:
        """Maybe die right after a write was applied, before anyone hears of it."""
        if model.name in WRITES and http_response.status_code == 200 and self.faults.roll("crash"):
            raise Crash(f"died after {model.name}")

    def before_send(self, event_name: str, request: Any, **kwargs: Any) -> Any:
        """Throttle the request, or send it (to moto) and maybe lose the reply."""
        name = event_name.rsplit(".", 1)[-1]
        if name in ITEM_CALLS and self.faults.roll("throttle"):
            body = {"__type": f"com.amazonaws.dynamodb.v20120810#{self.faults.pick(list(THROTTLES))}"}
            return AWSResponse(request.url, 400, HTTPHeaders(), _Raw(json.dumps(body).encode()))
        response = botocore_stubber(event_name=event_name, request=request, **kwargs)
        if name in SINGLE_WRITES and self.faults.roll("reply_lost"):
            raise ReadTimeoutError(endpoint_url=request.url)
        # botocore's retry carries the transaction's ClientRequestToken: it must not be applied twice.
        # Only the first reply of a call is lost: more would outlast botocore's retries (an outage)
        committed = name == "TransactWriteItems" and response is not None and response.status_code == 200
        token = json.loads(request.body)["ClientRequestToken"] if committed else None
        if committed and token != self.lost_token and self.faults.roll("commit_reply_lost"):
            self.lost_token = token
            raise ReadTimeoutError(endpoint_url=request.url)
        return response
