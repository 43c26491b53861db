"""What a client checks in each answer it gets, and what it learns from it."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from handlers.edge.responses import ApiResponse
from handlers.notifications.model import EVENT_TYPES
from tests.reliability.history import Accepted, Registered

if TYPE_CHECKING:
    from tests.reliability.workload import Client, Request

# The answers a well-behaved client can get; 429 is retried. Anything else is a defect.
EXPECTED = {
    "createAccount": {201},
    "createWebhookEndpoint": {201},
    "deposit": {202, 404, 409},  # 404 while banking has not heard of a new account yet
    "withdraw": {202, 404, 409},
    "transfer": {202, 404, 409},  # 404 for a source banking has not heard of yet, 409 a closed one
    "closeAccount": {200, 409},
    "getBalance": {200, 404},  # 404 while the query service has not heard of a new account yet
    "getTransactions": {200, 404},
    "getAccount": {200},
    "getOperationStatus": {200},
    "listBalances": {200},
    "listAccounts": {200},
}


def observe(client: Client, request: Request, response: ApiResponse) -> None:
    """Check the answer against what the operation may answer, then learn from it."""
    body: Any = response.body
    code = body.get("code") if isinstance(body, dict) and response.status >= 400 else None
    client.history.answered(request.operation, response.status, code)
    allowed = {404} if request.probe else EXPECTED[request.operation]
    if response.status not in allowed | {429}:
        client.history.wrong(
            f"{client.user}: {request.operation} {request.params} answered {response.status} {body}"
        )
        return
    if request.probe:
        if response.status == 404 and code != "NOT_FOUND":
            client.history.wrong(f"{client.user}: probe {request.operation} answered {body}")
        return
    if response.status < 300:
        learn(client, request, body)


def learn(client: Client, request: Request, body: Any) -> None:
    """Record what a successful answer tells, checking what it shows belongs to the caller."""
    history, user = client.history, client.user
    if request.operation == "createAccount":
        assert request.body is not None
        history.opened(user, body["accountId"], request.body["currency"])
        mine(client, [body])
    elif request.operation == "createWebhookEndpoint":
        assert request.body is not None
        wanted = (request.body["url"], request.body.get("eventTypes", list(EVENT_TYPES)))
        if (body["url"], body["eventTypes"]) != wanted:
            history.wrong(f"{user} asked for a webhook endpoint {wanted}, got {body}")
        types = tuple(body["eventTypes"])
        history.registered(Registered(body["endpointId"], user, body["url"], body["secret"], types))
    elif request.operation in ("deposit", "withdraw", "transfer"):
        assert request.body is not None
        account = request.body.get("accountId") or request.body["fromAccountId"]
        amount = request.body["amount"]
        history.accept(Accepted(body["operationId"], user, account, request.operation, amount))
    elif request.operation == "getOperationStatus":
        history.status_seen(body["operationId"], body["status"])
        if history.owners.get(body["accountId"]) != user:
            history.wrong(f"{user} was shown operation {body['operationId']} of {body['accountId']}")
    elif request.operation == "getBalance":
        client.balances[body["accountId"]] = body["balance"]
        not_negative(client, [body["balance"]], body["accountId"])
    elif request.operation == "getTransactions":
        not_negative(client, [row["balance"] for row in body["transactions"]], request.params["account_id"])
        mine(client, body["transactions"])
    elif request.operation in ("listBalances", "listAccounts", "getAccount"):
        mine(client, body if isinstance(body, list) else [body])


def not_negative(client: Client, balances: list[Decimal], account: str) -> None:
    """Flag any negative balance shown to the client."""
    if any(balance < 0 for balance in balances):
        client.history.wrong(f"{client.user} saw a negative balance on {account}: {balances}")


def mine(client: Client, rows: list[dict[str, Any]]) -> None:
    """Every account shown to the client is the client's."""
    for row in rows:
        owner = client.history.owners.get(row["accountId"])
        if owner != client.user or row.get("userId", client.user) != client.user:
            client.history.wrong(f"{client.user} was shown {row['accountId']} of {owner}")
