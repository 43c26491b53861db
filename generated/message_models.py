# generated from specs/asyncapi.yaml by tools/generate.py, do not edit

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, TypeAlias

from msgspec import UNSET, Meta, Struct, UnsetType, field

Model: TypeAlias = Any


AccountId: TypeAlias = str


AccountVersion: TypeAlias = Annotated[
    int,
    Meta(description="Counts the account's changes (1 when opened), so consumers ignore a stale status."),
]


Amount: TypeAlias = Annotated[
    Decimal,
    Meta(
        description="An exact decimal amount of the message's currency, written with its minor units (EUR 5.00, JPY 5, BHD 1.005); the schema steps by 0.0001, the finest minor unit of an ISO 4217 currency (CLF and UYW have four)."
    ),
]


CorrelationId: TypeAlias = Annotated[
    str, Meta(description="The operation id of a money movement, else the account id.")
]


Currency: TypeAlias = str


MessageId: TypeAlias = Annotated[str, Meta(description="`msg_` and 32 lowercase hexadecimal digits.")]


Money: TypeAlias = Annotated[
    Decimal,
    Meta(description="An exact decimal balance of the message's currency, written with its minor units."),
]


OperationId: TypeAlias = str


RejectionReason: TypeAlias = Annotated[
    str,
    Meta(
        description="OPERATION_TIMED_OUT answers a CancelOperation for a command the ledger never posted; SAME_ACCOUNT refuses a transfer whose destination is its source."
    ),
]


Sequence: TypeAlias = Annotated[
    int,
    Meta(description="The posting's place in the account's ledger, 1 for the first."),
]


Timestamp: TypeAlias = str


TransferDescription: TypeAlias = Annotated[
    str,
    Meta(
        description="The sender's words for a transfer, shown to both sides (the contract's TransferDescription)."
    ),
]


UserId: TypeAlias = str


class WebhookAccountClosedData(Struct):
    account_id: AccountId = field(name="accountId")
    closed_at: Timestamp = field(name="closedAt")
    status: str


class WebhookAccountOpenedData(Struct):
    account_id: AccountId = field(name="accountId")
    created_at: Timestamp = field(name="createdAt")
    currency: Currency
    name: str
    status: str


WebhookEventId: TypeAlias = Annotated[
    str,
    Meta(
        description="`evt_` and 32 lowercase hexadecimal digits, derived from the message the event comes from: a retry, a re-send and a redelivered message all carry the same id."
    ),
]


class WebhookHeaders(Struct):
    """
    The Standard Webhooks headers of every delivery.
    """

    webhook_id: WebhookEventId = field(name="webhook-id")
    webhook_signature: Annotated[
        str,
        Meta(
            description="`v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` per secret, space separated."
        ),
    ] = field(name="webhook-signature")
    webhook_timestamp: Annotated[
        str,
        Meta(description="When this attempt was signed, in Unix seconds; refuse one far from now."),
    ] = field(name="webhook-timestamp")


class WebhookOperationData(Struct):
    """
    The operation as `GET /operation-status/{operation_id}` shows it to this customer, with the account's balance after a posting. A payee learns only the account the money came from.
    """

    account_id: AccountId = field(name="accountId")
    amount: Amount
    completed_at: Timestamp = field(name="completedAt")
    counterparty_account_id: str | None = field(name="counterpartyAccountId")
    currency: Currency
    description: str | None
    direction: str
    error_code: str | None = field(name="errorCode")
    error_message: str | None = field(name="errorMessage")
    operation_id: OperationId = field(name="operationId")
    status: str
    type: str
    balance: (
        Annotated[
            Money,
            Meta(
                description="The account's balance right after the posting; absent when the operation failed."
            ),
        ]
        | UnsetType
    ) = UNSET


class WebhookOperationEvent(Struct):
    data: WebhookOperationData
    id: WebhookEventId
    timestamp: Timestamp
    type: str


class WebhookPingData(Struct):
    endpoint_id: str = field(name="endpointId")
    message: str


class AccountCloseRejectedData(Struct):
    account_id: AccountId = field(name="accountId")
    balance: Money
    reason: str
    rejected_at: Timestamp = field(name="rejectedAt")
    user_id: UserId = field(name="userId")
    version: AccountVersion


class AccountCloseRejectedMessage(Struct):
    """
    The envelope of a AccountCloseRejected message.
    """

    correlationid: CorrelationId
    data: AccountCloseRejectedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class AccountClosedData(Struct):
    account_id: AccountId = field(name="accountId")
    closed_at: Timestamp = field(name="closedAt")
    user_id: UserId = field(name="userId")
    version: AccountVersion


class AccountClosedMessage(Struct):
    """
    The envelope of a AccountClosed message.
    """

    correlationid: CorrelationId
    data: AccountClosedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class AccountCreatedData(Struct):
    account_id: AccountId = field(name="accountId")
    created_at: Timestamp = field(name="createdAt")
    currency: Currency
    name: str
    user_id: UserId = field(name="userId")
    version: AccountVersion


class AccountCreatedMessage(Struct):
    """
    The envelope of a AccountCreated message.
    """

    correlationid: CorrelationId
    data: AccountCreatedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class AccountReopenedData(Struct):
    account_id: AccountId = field(name="accountId")
    reason: str
    reopened_at: Timestamp = field(name="reopenedAt")
    user_id: UserId = field(name="userId")
    version: AccountVersion


class AccountReopenedMessage(Struct):
    """
    The envelope of a AccountReopened message.
    """

    correlationid: CorrelationId
    data: AccountReopenedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class CancelOperationData(Struct):
    account_id: AccountId = field(name="accountId")
    amount: Amount
    command_id: Annotated[
        MessageId,
        Meta(
            description="The id of the operation's Deposit, Withdraw or Transfer message, the one to refuse from now on."
        ),
    ] = field(name="commandId")
    currency: Currency
    operation_id: OperationId = field(name="operationId")
    operation_type: str = field(name="operationType")
    requested_at: Annotated[
        Timestamp,
        Meta(description="When the operation was requested; its posting, if any, is not older."),
    ] = field(name="requestedAt")
    user_id: UserId = field(name="userId")


class CancelOperationMessage(Struct):
    """
    The envelope of a CancelOperation message.
    """

    correlationid: CorrelationId
    data: CancelOperationData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class MoneyCommandData(Struct):
    account_id: AccountId = field(name="accountId")
    amount: Amount
    currency: Currency
    operation_id: OperationId = field(name="operationId")
    requested_at: Timestamp = field(name="requestedAt")
    user_id: UserId = field(name="userId")


class PostedData(Struct):
    account_id: AccountId = field(name="accountId")
    amount: Amount
    balance: Money
    currency: Currency
    operation_id: OperationId = field(name="operationId")
    posted_at: Timestamp = field(name="postedAt")
    sequence: Sequence
    user_id: UserId = field(name="userId")


class RejectedData(Struct):
    account_id: AccountId = field(name="accountId")
    amount: Amount
    currency: Currency
    message: str
    operation_id: OperationId = field(name="operationId")
    reason: RejectionReason
    rejected_at: Timestamp = field(name="rejectedAt")
    user_id: UserId = field(name="userId")


class TransferCommandData(Struct):
    account_id: Annotated[
        AccountId,
        Meta(description="The source account, the caller's (checked by banking); the message group."),
    ] = field(name="accountId")
    amount: Amount
    currency: Currency
    operation_id: OperationId = field(name="operationId")
    requested_at: Timestamp = field(name="requestedAt")
    to_account_id: Annotated[
        AccountId,
        Meta(
            description="The destination, any account id the caller gave; only the ledger knows whether it can receive."
        ),
    ] = field(name="toAccountId")
    user_id: UserId = field(name="userId")
    description: TransferDescription | UnsetType = UNSET


class TransferMessage(Struct):
    """
    The envelope of a Transfer message.
    """

    correlationid: CorrelationId
    data: TransferCommandData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class TransferPostedData(Struct):
    account_id: Annotated[
        AccountId,
        Meta(description="The account this side of the transfer is about (the sender's for TransferSent)."),
    ] = field(name="accountId")
    amount: Amount
    balance: Annotated[
        Money,
        Meta(
            description="The balance of `accountId` after the transfer, and nothing of the other account's."
        ),
    ]
    counterparty_account_id: Annotated[AccountId, Meta(description="The other account of the transfer.")] = (
        field(name="counterpartyAccountId")
    )
    currency: Currency
    operation_id: OperationId = field(name="operationId")
    posted_at: Timestamp = field(name="postedAt")
    sequence: Sequence
    user_id: Annotated[UserId, Meta(description="The owner of `accountId`.")] = field(name="userId")
    description: TransferDescription | UnsetType = UNSET


class TransferReceivedMessage(Struct):
    """
    The envelope of a TransferReceived message.
    """

    correlationid: CorrelationId
    data: TransferPostedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class TransferRejectedMessage(Struct):
    """
    The envelope of a TransferRejected message.
    """

    correlationid: CorrelationId
    data: RejectedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class TransferSentMessage(Struct):
    """
    The envelope of a TransferSent message.
    """

    correlationid: CorrelationId
    data: TransferPostedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class WebhookAccountClosed(Struct):
    data: WebhookAccountClosedData
    id: WebhookEventId
    timestamp: Timestamp
    type: str


class WebhookAccountOpened(Struct):
    data: WebhookAccountOpenedData
    id: WebhookEventId
    timestamp: Timestamp
    type: str


class WebhookPing(Struct):
    data: WebhookPingData
    id: WebhookEventId
    timestamp: Timestamp
    type: str


class WithdrawMessage(Struct):
    """
    The envelope of a Withdraw message.
    """

    correlationid: CorrelationId
    data: MoneyCommandData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class WithdrawalRejectedMessage(Struct):
    """
    The envelope of a WithdrawalRejected message.
    """

    correlationid: CorrelationId
    data: RejectedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class WithdrawnMessage(Struct):
    """
    The envelope of a Withdrawn message.
    """

    correlationid: CorrelationId
    data: PostedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class DepositMessage(Struct):
    """
    The envelope of a Deposit message.
    """

    correlationid: CorrelationId
    data: MoneyCommandData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class DepositRejectedMessage(Struct):
    """
    The envelope of a DepositRejected message.
    """

    correlationid: CorrelationId
    data: RejectedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str


class DepositedMessage(Struct):
    """
    The envelope of a Deposited message.
    """

    correlationid: CorrelationId
    data: PostedData
    datacontenttype: str
    id: MessageId
    source: str
    specversion: str
    subject: AccountId
    time: Timestamp
    type: str
