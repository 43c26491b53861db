"""The message catalog at run time: no producer emits a broken message, and a consumer that gets one
says why in its log while the rest of its batch goes on."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from handlers.core import jsonio
from handlers.core.errors import InvalidMessageError
from handlers.messaging.messages import wire
from infra.functions import consumers, runtime
from infra.local.event_source import LambdaContext
from tests.helpers import message_of, runtime_stores

ACCOUNT = "acc_" + "a" * 32
OPERATION = "op_" + "1" * 32
DEPOSIT = {
    "operationId": OPERATION,
    "accountId": ACCOUNT,
    "userId": "alice",
    "amount": Decimal("19.99"),
    "currency": "EUR",
    "requestedAt": "2026-01-01T00:00:00.000Z",
}


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"amount": Decimal("0.00001")}, "multiple of 0.0001"),
        ({"amount": Decimal("-5")}, "minimum"),
        ({"accountId": "acc_42"}, "does not match"),
        ({"currency": "EURO"}, "currency"),
        ({"surprise": True}, "surprise"),
    ],
)
def test_a_producer_cannot_emit_a_message_that_breaks_the_catalog(change: dict[str, Any], why: str) -> None:
    with pytest.raises(InvalidMessageError, match=why):
        message_of("Deposit", ACCOUNT, OPERATION, DEPOSIT | change)


def test_a_producer_cannot_leave_out_a_field_or_emit_an_unknown_type() -> None:
    with pytest.raises(InvalidMessageError, match="amount"):
        message_of("Deposit", ACCOUNT, OPERATION, {k: v for k, v in DEPOSIT.items() if k != "amount"})
    with pytest.raises(KeyError):
        message_of("Teleported", ACCOUNT, OPERATION, DEPOSIT)


def test_19_99_is_a_valid_amount_of_a_message() -> None:
    message = message_of("Deposit", ACCOUNT, OPERATION, DEPOSIT)
    assert jsonio.loads(wire(message))["data"]["amount"] == Decimal("19.99")


@pytest.fixture
def ledger_stores(dynamo_client: Any) -> Iterator[None]:
    runtime.reset()  # the consumer's stores: the moto tables of dynamo_client
    yield
    runtime.reset()


def record(message_id: str, body: str) -> dict[str, Any]:
    """An SQS record as Lambda hands it to a consumer function."""
    attributes = {"ApproximateReceiveCount": "1"}
    return {"messageId": message_id, "receiptHandle": message_id, "body": body, "attributes": attributes}


def test_a_consumer_logs_why_a_message_breaks_the_contract_and_goes_on(
    ledger_stores: None, caplog: pytest.LogCaptureFixture
) -> None:
    good = wire(message_of("Deposit", ACCOUNT, OPERATION, DEPOSIT))
    broken = good.replace('"amount":19.99', '"amount":19.99999')
    assert broken != good
    event = {"Records": [record("m-broken", broken), record("m-good", good)]}
    with caplog.at_level(logging.WARNING):
        answer = consumers.ledger(event, LambdaContext("ledger-consumer", "request-1"))
    assert answer == {"batchItemFailures": [{"itemIdentifier": "m-broken"}]}
    # the log names the message (in its text or its structured keys) and says what is wrong with it
    said = [r for r in caplog.records if r.levelno >= logging.WARNING and "m-broken" in str(vars(r))]
    assert said, caplog.text
    reason = "Deposit: data.amount: 19.99999 is not a multiple of 0.0001"
    assert any(reason in r.getMessage() or reason in caplog.handler.format(r) for r in said), caplog.text
    assert runtime_stores().ledger.state(ACCOUNT).balance == Decimal("19.99")
