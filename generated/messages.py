# generated from specs/asyncapi.yaml by tools/generate.py, do not edit
"""The message catalog: type to model, channel, producer and consumers."""

from __future__ import annotations

from dataclasses import dataclass

from msgspec import Struct

from generated import message_models as m


@dataclass(frozen=True)
class MessageType:
    """One message type of the catalog."""

    name: str
    model: type[Struct]
    data_model: type[Struct]
    producer: str
    channel: str
    transport: str
    consumers: tuple[tuple[str, str], ...]


CATALOG: dict[str, MessageType] = {
    "AccountCreated": MessageType(
        name="AccountCreated",
        model=m.AccountCreatedMessage,
        data_model=m.AccountCreatedData,
        producer="accounts",
        channel="account-events",
        transport="sns",
        consumers=(
            ("banking", "banking-events"),
            ("ledger", "ledger-account-events"),
            ("notifications", "notifications-events"),
            ("query", "query-events"),
        ),
    ),
    "AccountClosed": MessageType(
        name="AccountClosed",
        model=m.AccountClosedMessage,
        data_model=m.AccountClosedData,
        producer="accounts",
        channel="account-events",
        transport="sns",
        consumers=(
            ("banking", "banking-events"),
            ("ledger", "ledger-account-events"),
            ("notifications", "notifications-events"),
            ("query", "query-events"),
        ),
    ),
    "AccountReopened": MessageType(
        name="AccountReopened",
        model=m.AccountReopenedMessage,
        data_model=m.AccountReopenedData,
        producer="accounts",
        channel="account-events",
        transport="sns",
        consumers=(("banking", "banking-events"), ("query", "query-events")),
    ),
    "Deposit": MessageType(
        name="Deposit",
        model=m.DepositMessage,
        data_model=m.MoneyCommandData,
        producer="banking",
        channel="ledger-commands",
        transport="sqs",
        consumers=(("ledger", "ledger-commands"),),
    ),
    "Withdraw": MessageType(
        name="Withdraw",
        model=m.WithdrawMessage,
        data_model=m.MoneyCommandData,
        producer="banking",
        channel="ledger-commands",
        transport="sqs",
        consumers=(("ledger", "ledger-commands"),),
    ),
    "CancelOperation": MessageType(
        name="CancelOperation",
        model=m.CancelOperationMessage,
        data_model=m.CancelOperationData,
        producer="banking",
        channel="ledger-commands",
        transport="sqs",
        consumers=(("ledger", "ledger-commands"),),
    ),
    "Deposited": MessageType(
        name="Deposited",
        model=m.DepositedMessage,
        data_model=m.PostedData,
        producer="ledger",
        channel="ledger-events",
        transport="sns",
        consumers=(
            ("accounts", "accounts-events"),
            ("banking", "banking-events"),
            ("notifications", "notifications-events"),
            ("query", "query-events"),
        ),
    ),
    "Withdrawn": MessageType(
        name="Withdrawn",
        model=m.WithdrawnMessage,
        data_model=m.PostedData,
        producer="ledger",
        channel="ledger-events",
        transport="sns",
        consumers=(
            ("accounts", "accounts-events"),
            ("banking", "banking-events"),
            ("notifications", "notifications-events"),
            ("query", "query-events"),
        ),
    ),
    "DepositRejected": MessageType(
        name="DepositRejected",
        model=m.DepositRejectedMessage,
        data_model=m.RejectedData,
        producer="ledger",
        channel="ledger-events",
        transport="sns",
        consumers=(("banking", "banking-events"), ("notifications", "notifications-events")),
    ),
    "WithdrawalRejected": MessageType(
        name="WithdrawalRejected",
        model=m.WithdrawalRejectedMessage,
        data_model=m.RejectedData,
        producer="ledger",
        channel="ledger-events",
        transport="sns",
        consumers=(("banking", "banking-events"), ("notifications", "notifications-events")),
    ),
    "AccountCloseRejected": MessageType(
        name="AccountCloseRejected",
        model=m.AccountCloseRejectedMessage,
        data_model=m.AccountCloseRejectedData,
        producer="ledger",
        channel="ledger-events",
        transport="sns",
        consumers=(("accounts", "accounts-events"),),
    ),
    "Transfer": MessageType(
        name="Transfer",
        model=m.TransferMessage,
        data_model=m.TransferCommandData,
        producer="banking",
        channel="ledger-commands",
        transport="sqs",
        consumers=(("ledger", "ledger-commands"),),
    ),
    "TransferSent": MessageType(
        name="TransferSent",
        model=m.TransferSentMessage,
        data_model=m.TransferPostedData,
        producer="ledger",
        channel="ledger-events",
        transport="sns",
        consumers=(
            ("accounts", "accounts-events"),
            ("banking", "banking-events"),
            ("notifications", "notifications-events"),
            ("query", "query-events"),
        ),
    ),
    "TransferReceived": MessageType(
        name="TransferReceived",
        model=m.TransferReceivedMessage,
        data_model=m.TransferPostedData,
        producer="ledger",
        channel="ledger-events",
        transport="sns",
        consumers=(
            ("accounts", "accounts-events"),
            ("notifications", "notifications-events"),
            ("query", "query-events"),
        ),
    ),
    "TransferRejected": MessageType(
        name="TransferRejected",
        model=m.TransferRejectedMessage,
        data_model=m.RejectedData,
        producer="ledger",
        channel="ledger-events",
        transport="sns",
        consumers=(("banking", "banking-events"), ("notifications", "notifications-events")),
    ),
}

# The queues each consuming service reads.
QUEUES: dict[str, tuple[str, ...]] = {
    "accounts": ("accounts-events",),
    "banking": ("banking-events",),
    "ledger": ("ledger-account-events", "ledger-commands"),
    "notifications": ("notifications-events",),
    "query": ("query-events",),
}

# FIFO queues: a message's group is its data's `accountId`, one batch of a group at a time.
FIFO_QUEUES: frozenset[str] = frozenset({"ledger-commands"})


def consumed_by(service: str) -> tuple[str, ...]:
    """The message types a service receives, in catalog order."""
    return tuple(t for t, m in CATALOG.items() if any(s == service for s, _ in m.consumers))
