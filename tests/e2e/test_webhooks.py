"""A deposit's completion reaches a real receiver as a signed webhook, on a platform started as
`make run` starts it (its delivery worker, its default of allowing loopback receivers)."""

from __future__ import annotations

from decimal import Decimal

from standardwebhooks import Webhook

from handlers.core import jsonio
from tests.e2e.platform import RunningPlatform
from tests.e2e.test_newcomer_flow import wait_until
from tests.e2e.test_transfers import accepted, ended, open_account, post, read
from tests.receivers import Receiver, receiving


def test_a_deposit_arrives_as_a_signed_webhook(platform: RunningPlatform) -> None:
    api = platform.client("webhook-user")
    with receiving(Receiver()) as receiver:
        created = post(api, "/webhook-endpoints", {"url": receiver.url, "description": "e2e receiver"})
        assert created.status_code == 201, created.text
        endpoint = read(created)
        account = open_account(api)
        operation = accepted(api, "/deposit", {"accountId": account, "amount": Decimal("19.99")})
        assert ended(api, operation)["status"] == "completed"

        def deposit_webhook() -> dict[str, str] | None:
            for got in receiver.got:
                document = Webhook(endpoint["secret"]).verify(got.body, got.headers)
                if document["type"] == "deposit.completed":
                    return document
            return None

        document = wait_until(deposit_webhook, 10)
    assert document, [r.body for r in receiver.got]
    data = jsonio.loads(jsonio.dumps(document))["data"]
    assert (data["operationId"], data["accountId"], data["status"]) == (operation, account, "completed")
    types = {jsonio.loads(r.body)["type"] for r in receiver.got}
    assert "account.opened" in types
    rows = read(api.get(f"/webhook-endpoints/{endpoint['endpointId']}/deliveries"))["deliveries"]
    assert {r["outcome"] for r in rows} == {"succeeded"} and len(rows) == len(receiver.got)
    other = platform.client("webhook-other")
    assert other.get(f"/webhook-endpoints/{endpoint['endpointId']}").status_code == 404
