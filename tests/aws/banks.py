"""The scenario harness's Bank, reached through a real adapter instead of the dispatcher directly.

LambdaBank: HTTP through the Chalice app (as API Gateway would call it, claims injected), messages
handed to the consumer functions as SQS events. LocalServerBank: HTTP through the local server's
connexion app with signed tokens. Both keep the harness's routing (pipe relay, destinations), so
a test still controls duplication and order.
"""

from __future__ import annotations

import time
import uuid
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from chalice.test import Client

from generated.operations import OPERATIONS
from handlers.core import jsonio
from handlers.edge.responses import ApiResponse
from infra.local.event_source import sqs_record
from infra.resources import queue_service
from tests.aws.conftest import cognito_token
from tests.scenario.harness import Bank

REGION = "us-east-1"


def http_request(operation: str, body: Any, params: dict[str, str]) -> tuple[str, str, bytes]:
    """Method, path with query, and body of an operation, as a client sends it."""
    op = OPERATIONS[operation]
    path_names = {name for name, where in op.parameters if where == "path"}
    path = op.path.format(**{k: quote(v, safe="") for k, v in params.items() if k in path_names})
    query = {k: v for k, v in params.items() if k not in path_names}
    raw = b"" if body is None else jsonio.dumps(body).encode()
    return op.method, path + (f"?{urlencode(query)}" if query else ""), raw


def response(status: int, headers: dict[str, str], body: bytes) -> ApiResponse:
    """An HTTP answer as the harness reads it (JSON numbers as Decimal)."""
    return ApiResponse(status, jsonio.loads(body) if body else None, headers)


def sqs_event(queue: str, body: str, receive_count: int = 1) -> dict[str, Any]:
    """One message as Lambda's SQS event source hands it to a function."""
    message = {
        "MessageId": str(uuid.uuid4()),
        "ReceiptHandle": uuid.uuid4().hex,
        "Body": body,
        "Attributes": {
            "ApproximateReceiveCount": str(receive_count),
            "SentTimestamp": str(int(time.time() * 1000)),
            "SenderId": "AIDAEXAMPLE",
            "ApproximateFirstReceiveTimestamp": str(int(time.time() * 1000)),
        },
    }
    return {"Records": [sqs_record(message, f"arn:aws:sqs:{REGION}:123456789012:{queue}", REGION)]}


class LambdaBank(Bank):
    """The platform as AWS runs it: API function behind the authorizer, one consumer per queue."""

    def __init__(self, dynamo_client: Any, client: Client) -> None:
        super().__init__(dynamo_client)
        self.client = client

    def api(self, operation: str, user: str, body: Any = None, /, **params: str) -> ApiResponse:
        """One request through the Chalice app, with the claims API Gateway's authorizer passes on."""
        method, path, raw = http_request(operation, body, params)
        headers = {"authorization": cognito_token(user)}
        if body is not None:
            headers["content-type"] = "application/json"
        answer = self.client.http.request(method, path, headers=headers, body=raw)
        return response(answer.status_code, dict(answer.headers), answer.body)

    def deliver(self, queue: str, body: str) -> None:
        """One message to the queue's consumer function; it must not report a failure."""
        name = f"{queue_service(queue)}-consumer"
        result = self.client.lambda_.invoke(name, sqs_event(queue, body)).payload
        assert result == {"batchItemFailures": []}, (name, result)


class LocalServerBank(Bank):
    """The platform as `make run` serves it: the connexion app, bearer tokens checked."""

    def __init__(self, dynamo_client: Any, http: httpx.Client, tokens: Any) -> None:
        super().__init__(dynamo_client)
        self.http, self.tokens = http, tokens

    def api(self, operation: str, user: str, body: Any = None, /, **params: str) -> ApiResponse:
        """One request through the local server's HTTP stack."""
        method, path, raw = http_request(operation, body, params)
        headers = {"authorization": f"Bearer {self.tokens(user)}"}
        if body is not None:
            headers["content-type"] = "application/json"
        answer = self.http.request(method, path, headers=headers, content=raw)
        return response(answer.status_code, dict(answer.headers), answer.content)
