# generated from specs/openapi.yaml by tools/generate.py, do not edit

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, TypeAlias

from msgspec import UNSET, Meta, Struct, UnsetType, field

AccountId: TypeAlias = Annotated[str, Meta(description="`acc_` and 32 lowercase hexadecimal digits.")]


AccountName: TypeAlias = Annotated[
    str,
    Meta(
        description="At least 3 characters once the blanks (Unicode space separators, such as U+0020, U+00A0 and U+3000) around them are trimmed; stored trimmed. Any script, symbol or emoji, but no control character (C0, DEL, C1), no line or paragraph separator, no bidirectional mark, embedding, override or isolate (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) and no zero-width or invisible format character (U+180E, U+200B, U+2060-U+2064, U+206A-U+206F, U+FEFF, U+FFF9-U+FFFB). The zero-width non-joiner and joiner (U+200C, U+200D), which Persian, Indic scripts and emoji sequences need, may stand between two characters but not first or last. The pattern spells each class out, so that it means the same in ECMA-262, Python and Rust regular expressions."
    ),
]


AccountStatus: TypeAlias = str


Amount: TypeAlias = Annotated[
    Decimal,
    Meta(
        description="An exact decimal amount of the account's currency. The schema steps by 0.0001, the finest minor unit of a listed currency (CLF and UYW have four); the account's currency decides the rest: no more decimals than its minor units, so at least one minor unit (EUR 0.01, JPY 1, BHD 0.001), else 422 `INVALID_AMOUNT`. The platform writes amounts with the currency's minor units (EUR 5.00, JPY 5, BHD 1.005)."
    ),
]


class CloseAccountParameters(Struct):
    account_id: AccountId


class CreateAccountParameters(Struct):
    idempotency_key: str | UnsetType = field(name="Idempotency-Key", default=UNSET)


class CreateWebhookEndpointParameters(Struct):
    idempotency_key: str | UnsetType = field(name="Idempotency-Key", default=UNSET)


Currency: TypeAlias = Annotated[
    str,
    Meta(
        description="An ISO 4217 currency code that has minor units (the list is checked against ISO 4217 data)."
    ),
]


class DepositParameters(Struct):
    idempotency_key: str | UnsetType = field(name="Idempotency-Key", default=UNSET)


Direction: TypeAlias = Annotated[
    str,
    Meta(description="`credit`: money came into the account; `debit`: money left it."),
]


EdgeTimestamp: TypeAlias = Annotated[
    str,
    Meta(
        description="The API edge's request time, `dd/MMM/yyyy:HH:mm:ss +hhmm` (API Gateway's `$context.requestTime`)."
    ),
]


ErrorCode: TypeAlias = Annotated[
    str,
    Meta(
        description="Stable error codes. VALIDATION_ERROR 400, UNAUTHORIZED 401, NOT_FOUND 404,\nMETHOD_NOT_ALLOWED 405, ACCOUNT_CLOSED / ACCOUNT_NOT_EMPTY / IDEMPOTENCY_KEY_REUSED 409,\nPAYLOAD_TOO_LARGE 413, UNSUPPORTED_MEDIA_TYPE 415, INVALID_AMOUNT / INVALID_CURSOR /\nINVALID_WEBHOOK_URL 422,\nRATE_LIMITED 429, INTERNAL_ERROR 500. INSUFFICIENT_BALANCE and CURRENCY_MISMATCH are the `errorCode` of a\nfailed operation.\n"
    ),
]


class FieldError(Struct):
    field_: str = field(name="field")
    message: str


class GetAccountParameters(Struct):
    account_id: AccountId


class GetBalanceParameters(Struct):
    account_id: AccountId


class GetTransactionsParameters(Struct):
    account_id: AccountId
    cursor: str | UnsetType = UNSET
    limit: int | UnsetType = 50


Money: TypeAlias = Annotated[
    Decimal,
    Meta(
        description="An exact decimal balance of the account's currency, written with its minor units (EUR 70.05, JPY 70, BHD 1.005); never negative."
    ),
]


class MoneyMovementRequest(Struct):
    account_id: AccountId = field(name="accountId")
    amount: Amount


OperationErrorCode: TypeAlias = Annotated[
    str,
    Meta(
        description="Why the ledger refused a money movement. OPERATION_TIMED_OUT: the ledger did not receive it in\ntime (it stayed pending past twice the platform's pending timeout) and will never post it.\nSAME_ACCOUNT: a transfer whose destination is its source.\n"
    ),
]


OperationId: TypeAlias = Annotated[str, Meta(description="`op_` and 32 lowercase hexadecimal digits.")]


OperationStatus: TypeAlias = str


OperationType: TypeAlias = str


ProblemTimestamp: TypeAlias = Annotated[
    str,
    Meta(
        description="When the problem was found. The services write a `Timestamp` (UTC, ISO 8601). A refusal the API edge makes before any service runs (on AWS, API Gateway's own 401, 429 and 5xx answers) carries the edge's request time instead, as an `EdgeTimestamp`."
    ),
]


SubscribableEventType: TypeAlias = str


Timestamp: TypeAlias = Annotated[str, Meta(description="UTC, ISO 8601, millisecond precision.")]


class Transaction(Struct):
    account_id: AccountId = field(name="accountId")
    amount: Amount
    balance: Money
    counterparty_account_id: (
        Annotated[
            str,
            Meta(
                description="The other account of a transfer (the receiver on a debit row, the sender on a credit row); null otherwise."
            ),
        ]
        | None
    ) = field(name="counterpartyAccountId")
    currency: Currency
    description: str
    direction: Direction
    id: OperationId
    sequence: Annotated[
        int,
        Meta(description="The posting's place in the account's ledger, 1 for the first."),
    ]
    status: str
    timestamp: Timestamp
    type: OperationType


class TransactionPage(Struct):
    next_cursor: (
        Annotated[
            str,
            Meta(description="Pass it as `cursor` for the next (older) page; null on the last page."),
        ]
        | None
    ) = field(name="nextCursor")
    transactions: list[Transaction]


TransferDescription: TypeAlias = Annotated[
    str,
    Meta(
        description="Shown to both sides of a transfer. Printable text: no control, bidirectional or invisible formatting characters (ZWNJ and ZWJ are allowed, as in names)."
    ),
]


class TransferParameters(Struct):
    idempotency_key: str | UnsetType = field(name="Idempotency-Key", default=UNSET)


class TransferRequest(Struct):
    amount: Amount
    from_account_id: AccountId = field(name="fromAccountId")
    to_account_id: AccountId = field(name="toAccountId")
    description: TransferDescription | UnsetType = UNSET


UserId: TypeAlias = Annotated[str, Meta(description="The owner's Cognito `sub`.")]


WebhookDescription: TypeAlias = Annotated[str, Meta(description="The caller's words for the endpoint.")]


WebhookEndpointId: TypeAlias = Annotated[str, Meta(description="`whe_` and 32 lowercase hexadecimal digits.")]


WebhookEndpointStatus: TypeAlias = Annotated[
    str,
    Meta(
        description="`disabled`: the platform stopped sending after failing for days (see `disabledReason`)."
    ),
]


WebhookEventId: TypeAlias = Annotated[
    str,
    Meta(
        description="`evt_` and 32 lowercase hexadecimal digits; the `webhook-id` header and the payload's `id`. Stable: a retry or a re-send carries the same id, so a receiver drops what it already has."
    ),
]


WebhookEventType: TypeAlias = Annotated[
    str,
    Meta(
        description="What an event tells (the payloads are in the message catalog, channel `webhooks`). `transfer.completed` and `transfer.failed` go to the sender, `transfer.received` to the payee; `ping` answers `POST /webhook-endpoints/{endpoint_id}/test` and cannot be chosen."
    ),
]


WebhookSigningSecret: TypeAlias = Annotated[
    str,
    Meta(
        description="`whsec_` and the base64 of 24 random bytes: the Standard Webhooks signing secret, shown once."
    ),
]


WebhookUrl: TypeAlias = Annotated[
    str,
    Meta(
        description="An absolute `https` URL (`http` only for loopback receivers where allowed), without credentials, in printable ASCII (an internationalized name in its `xn--` form)."
    ),
]


class WithdrawParameters(Struct):
    idempotency_key: str | UnsetType = field(name="Idempotency-Key", default=UNSET)


class Account(Struct):
    account_id: AccountId = field(name="accountId")
    closed_at: str | None = field(name="closedAt")
    created_at: Timestamp = field(name="createdAt")
    currency: Currency
    name: str
    status: AccountStatus
    updated_at: Timestamp = field(name="updatedAt")
    user_id: UserId = field(name="userId")


class AccountClosedResponse(Struct):
    account_id: AccountId = field(name="accountId")
    message: str


class AccountCreated(Struct):
    account_id: AccountId = field(name="accountId")
    created_at: Timestamp = field(name="createdAt")
    currency: Currency
    message: str
    name: str
    status: str
    updated_at: Timestamp = field(name="updatedAt")
    user_id: UserId = field(name="userId")
    closed_at: str | None = field(name="closedAt", default=None)


class Balance(Struct):
    account_id: AccountId = field(name="accountId")
    balance: Money
    currency: Currency
    last_updated: Timestamp = field(name="lastUpdated")


class CreateAccountRequest(Struct):
    currency: Currency
    name: AccountName


class CreateWebhookEndpointRequest(Struct):
    url: WebhookUrl
    description: WebhookDescription | UnsetType = UNSET
    event_types: (
        Annotated[
            list[SubscribableEventType],
            Meta(description="The types to send; every type when left out."),
        ]
        | UnsetType
    ) = field(name="eventTypes", default=UNSET)


class DeleteWebhookEndpointParameters(Struct):
    endpoint_id: WebhookEndpointId


class GetOperationStatusParameters(Struct):
    operation_id: OperationId


class GetWebhookEndpointParameters(Struct):
    endpoint_id: WebhookEndpointId


ListAccountsResponse: TypeAlias = list[Account]


class ListWebhookDeliveriesParameters(Struct):
    endpoint_id: WebhookEndpointId
    cursor: str | UnsetType = UNSET
    limit: int | UnsetType = 50


class NamedBalance(Struct):
    account_id: AccountId = field(name="accountId")
    account_name: str = field(name="accountName")
    balance: Money
    currency: Currency
    last_updated: Timestamp = field(name="lastUpdated")


class Operation(Struct):
    account_id: AccountId = field(name="accountId")
    amount: Amount
    completed_at: str | None = field(name="completedAt")
    counterparty_account_id: (
        Annotated[
            str,
            Meta(description="A transfer's destination account; null for a deposit or withdrawal."),
        ]
        | None
    ) = field(name="counterpartyAccountId")
    created_at: Timestamp = field(name="createdAt")
    currency: Currency
    description: (
        Annotated[
            str,
            Meta(description="A transfer's description, if it was given one; else null."),
        ]
        | None
    )
    error_code: (
        Annotated[
            str,
            Meta(
                description="Why the ledger refused the operation; null unless it failed. OPERATION_TIMED_OUT: it\nnever reached the ledger in time, and nothing was or will be posted.\n"
            ),
        ]
        | None
    ) = field(name="errorCode")
    error_message: str | None = field(name="errorMessage")
    operation_id: OperationId = field(name="operationId")
    status: OperationStatus
    type: OperationType


class OperationAccepted(Struct):
    message: str
    operation_id: OperationId = field(name="operationId")
    status: str


class Problem(Struct):
    """
    RFC 9457 problem details, with the `message`, `code` and `timestamp` members clients already read.
    """

    code: ErrorCode
    detail: str
    message: str
    status: int
    timestamp: ProblemTimestamp
    title: str
    type: str
    errors: list[FieldError] | UnsetType = UNSET
    instance: str | UnsetType = UNSET


class ResendWebhookEventParameters(Struct):
    endpoint_id: WebhookEndpointId
    event_id: WebhookEventId


class RotateWebhookSecretParameters(Struct):
    endpoint_id: WebhookEndpointId


class TestWebhookEndpointParameters(Struct):
    endpoint_id: WebhookEndpointId


class WebhookDelivery(Struct):
    """
    One attempt to deliver one event.
    """

    attempt: Annotated[
        int,
        Meta(description="1 for the first attempt of the event; a re-send goes on counting."),
    ]
    attempted_at: Timestamp = field(name="attemptedAt")
    duration_ms: int = field(name="durationMs")
    error: (
        Annotated[
            str,
            Meta(description="Why no answer came (timeout, refused connection, refused address), else null."),
        ]
        | None
    )
    event_id: WebhookEventId = field(name="eventId")
    event_type: WebhookEventType = field(name="eventType")
    http_status: (
        Annotated[int, Meta(description="The receiver's status; null when no answer came.")] | None
    ) = field(name="httpStatus")
    next_attempt_at: str | None = field(name="nextAttemptAt")
    outcome: Annotated[
        str,
        Meta(
            description="`succeeded`: a 2xx within 10 s; `failed`: retried at `nextAttemptAt`; `parked`: the last attempt failed, nothing more is tried until a re-send."
        ),
    ]


class WebhookDeliveryPage(Struct):
    deliveries: list[WebhookDelivery]
    next_cursor: (
        Annotated[
            str,
            Meta(description="Pass it as `cursor` for the next (older) page; null on the last page."),
        ]
        | None
    ) = field(name="nextCursor")


class WebhookEndpoint(Struct):
    created_at: Timestamp = field(name="createdAt")
    description: str | None
    disabled_reason: str | None = field(name="disabledReason")
    endpoint_id: WebhookEndpointId = field(name="endpointId")
    event_types: list[SubscribableEventType] = field(name="eventTypes")
    status: WebhookEndpointStatus
    url: str


class WebhookEndpointCreated(Struct):
    created_at: Timestamp = field(name="createdAt")
    description: str | None
    disabled_reason: str | None = field(name="disabledReason")
    endpoint_id: WebhookEndpointId = field(name="endpointId")
    event_types: list[SubscribableEventType] = field(name="eventTypes")
    secret: WebhookSigningSecret
    status: WebhookEndpointStatus
    url: str


class WebhookEventAccepted(Struct):
    event_id: WebhookEventId = field(name="eventId")
    message: str


class WebhookSecret(Struct):
    endpoint_id: WebhookEndpointId = field(name="endpointId")
    previous_secret_expires_at: Timestamp = field(name="previousSecretExpiresAt")
    secret: WebhookSigningSecret


ListBalancesResponse: TypeAlias = list[NamedBalance]


ListWebhookEndpointsResponse: TypeAlias = list[WebhookEndpoint]
