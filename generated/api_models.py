# generated from specs/openapi.yaml by tools/generate.py, do not edit

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType

AccountId = TypeAliasType(
    "AccountId",
    Annotated[
        str,
        Field(
            description="`acc_` and 32 lowercase hexadecimal digits.",
            examples=["acc_0f8fad5bd9cb469fa16570867728950e"],
            pattern="^acc_[0-9a-f]{32}$",
        ),
    ],
)


AccountName = TypeAliasType(
    "AccountName",
    Annotated[
        str,
        Field(
            description="At least 3 characters once leading and trailing spaces are trimmed; stored trimmed.",
            examples=["Everyday account"],
            max_length=100,
            min_length=3,
            pattern="^\\s*\\S.+\\S\\s*$",
        ),
    ],
)


AccountStatus = TypeAliasType("AccountStatus", Literal["active", "closed", "suspended"])


Amount = TypeAliasType(
    "Amount",
    Annotated[
        Decimal,
        Field(
            description="An exact decimal amount of the account's currency.",
            examples=[100.1],
            ge=0.01,
            le=1000000,
            multiple_of=0.01,
        ),
    ],
)


class CloseAccountParameters(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: AccountId


class CreateAccountParameters(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    idempotency_key: Annotated[
        str | None, Field(alias="Idempotency-Key", pattern="^[A-Za-z0-9._:-]{1,128}$")
    ] = None


Currency = TypeAliasType(
    "Currency",
    Annotated[
        Literal[
            "AED",
            "AFN",
            "ALL",
            "AMD",
            "AOA",
            "ARS",
            "AUD",
            "AWG",
            "AZN",
            "BAM",
            "BBD",
            "BDT",
            "BHD",
            "BIF",
            "BMD",
            "BND",
            "BOB",
            "BOV",
            "BRL",
            "BSD",
            "BTN",
            "BWP",
            "BYN",
            "BZD",
            "CAD",
            "CDF",
            "CHE",
            "CHF",
            "CHW",
            "CLF",
            "CLP",
            "CNY",
            "COP",
            "COU",
            "CRC",
            "CUP",
            "CVE",
            "CZK",
            "DJF",
            "DKK",
            "DOP",
            "DZD",
            "EGP",
            "ERN",
            "ETB",
            "EUR",
            "FJD",
            "FKP",
            "GBP",
            "GEL",
            "GHS",
            "GIP",
            "GMD",
            "GNF",
            "GTQ",
            "GYD",
            "HKD",
            "HNL",
            "HTG",
            "HUF",
            "IDR",
            "ILS",
            "INR",
            "IQD",
            "IRR",
            "ISK",
            "JMD",
            "JOD",
            "JPY",
            "KES",
            "KGS",
            "KHR",
            "KMF",
            "KPW",
            "KRW",
            "KWD",
            "KYD",
            "KZT",
            "LAK",
            "LBP",
            "LKR",
            "LRD",
            "LSL",
            "LYD",
            "MAD",
            "MDL",
            "MGA",
            "MKD",
            "MMK",
            "MNT",
            "MOP",
            "MRU",
            "MUR",
            "MVR",
            "MWK",
            "MXN",
            "MXV",
            "MYR",
            "MZN",
            "NAD",
            "NGN",
            "NIO",
            "NOK",
            "NPR",
            "NZD",
            "OMR",
            "PAB",
            "PEN",
            "PGK",
            "PHP",
            "PKR",
            "PLN",
            "PYG",
            "QAR",
            "RON",
            "RSD",
            "RUB",
            "RWF",
            "SAR",
            "SBD",
            "SCR",
            "SDG",
            "SEK",
            "SGD",
            "SHP",
            "SLE",
            "SOS",
            "SRD",
            "SSP",
            "STN",
            "SVC",
            "SYP",
            "SZL",
            "THB",
            "TJS",
            "TMT",
            "TND",
            "TOP",
            "TRY",
            "TTD",
            "TWD",
            "TZS",
            "UAH",
            "UGX",
            "USD",
            "USN",
            "UYI",
            "UYU",
            "UYW",
            "UZS",
            "VED",
            "VES",
            "VND",
            "VUV",
            "WST",
            "XAD",
            "XAF",
            "XCD",
            "XCG",
            "XOF",
            "XPF",
            "YER",
            "ZAR",
            "ZMW",
            "ZWG",
        ],
        Field(
            description="An ISO 4217 currency code that has minor units (the list is checked against ISO 4217 data).",
            examples=["EUR"],
            pattern="^[A-Z]{3}$",
        ),
    ],
)


class DepositParameters(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    idempotency_key: Annotated[
        str | None, Field(alias="Idempotency-Key", pattern="^[A-Za-z0-9._:-]{1,128}$")
    ] = None


EdgeTimestamp = TypeAliasType(
    "EdgeTimestamp",
    Annotated[
        str,
        Field(
            description="The API edge's request time, `dd/MMM/yyyy:HH:mm:ss +hhmm` (API Gateway's `$context.requestTime`).",
            examples=["26/Nov/2026:01:35:14 +0000"],
            pattern="^[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:[0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}$",
        ),
    ],
)


ErrorCode = TypeAliasType(
    "ErrorCode",
    Annotated[
        Literal[
            "VALIDATION_ERROR",
            "UNAUTHORIZED",
            "NOT_FOUND",
            "METHOD_NOT_ALLOWED",
            "ACCOUNT_CLOSED",
            "ACCOUNT_NOT_EMPTY",
            "IDEMPOTENCY_KEY_REUSED",
            "PAYLOAD_TOO_LARGE",
            "UNSUPPORTED_MEDIA_TYPE",
            "INVALID_AMOUNT",
            "INSUFFICIENT_BALANCE",
            "CURRENCY_MISMATCH",
            "RATE_LIMITED",
            "INTERNAL_ERROR",
        ],
        Field(
            description="Stable error codes. VALIDATION_ERROR 400, UNAUTHORIZED 401, NOT_FOUND 404,\nMETHOD_NOT_ALLOWED 405, ACCOUNT_CLOSED / ACCOUNT_NOT_EMPTY / IDEMPOTENCY_KEY_REUSED 409,\nPAYLOAD_TOO_LARGE 413, UNSUPPORTED_MEDIA_TYPE 415, INVALID_AMOUNT 422, RATE_LIMITED 429,\nINTERNAL_ERROR 500. INSUFFICIENT_BALANCE and CURRENCY_MISMATCH are the `errorCode` of a\nfailed operation.\n"
        ),
    ],
)


class FieldError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    field: str
    message: str


class GetAccountParameters(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: AccountId


class GetBalanceParameters(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: AccountId


class GetTransactionsParameters(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: AccountId
    cursor: Annotated[str | None, Field(pattern="^[A-Za-z0-9_-]{1,64}$")] = None
    limit: Annotated[int, Field(ge=1, le=100)] = 50


Money = TypeAliasType(
    "Money",
    Annotated[
        Decimal,
        Field(
            description="An exact decimal balance of the account's currency; never negative.",
            examples=[70.05],
            ge=0,
            multiple_of=0.01,
        ),
    ],
)


class MoneyMovementRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    amount: Amount


OperationErrorCode = TypeAliasType(
    "OperationErrorCode",
    Annotated[
        Literal[
            "INSUFFICIENT_BALANCE",
            "ACCOUNT_CLOSED",
            "CURRENCY_MISMATCH",
            "UNKNOWN_ACCOUNT",
            "INVALID_AMOUNT",
        ],
        Field(description="Why the ledger refused a money movement."),
    ],
)


OperationId = TypeAliasType(
    "OperationId",
    Annotated[
        str,
        Field(
            description="`op_` and 32 lowercase hexadecimal digits.",
            examples=["op_7c9e6679742540de944be07fc1f90ae7"],
            pattern="^op_[0-9a-f]{32}$",
        ),
    ],
)


OperationStatus = TypeAliasType("OperationStatus", Literal["pending", "completed", "failed"])


OperationType = TypeAliasType("OperationType", Literal["deposit", "withdraw"])


Timestamp = TypeAliasType(
    "Timestamp",
    Annotated[
        AwareDatetime,
        Field(
            description="UTC, ISO 8601, millisecond precision.",
            examples=["2026-01-15T09:30:00.000Z"],
        ),
    ],
)


class Transaction(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    amount: Amount
    balance: Money
    currency: Currency
    description: str
    id: OperationId
    sequence: Annotated[
        int,
        Field(
            description="The posting's place in the account's ledger, 1 for the first.",
            ge=1,
        ),
    ]
    status: Literal["completed"]
    timestamp: Timestamp
    type: OperationType


class TransactionPage(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    next_cursor: Annotated[
        str | None,
        Field(
            alias="nextCursor",
            description="Pass it as `cursor` for the next (older) page; null on the last page.",
            pattern="^[A-Za-z0-9_-]{1,64}$",
        ),
    ]
    transactions: list[Transaction]


UserId = TypeAliasType(
    "UserId",
    Annotated[
        str,
        Field(
            description="The owner's Cognito `sub`.",
            examples=["6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69"],
            max_length=128,
            min_length=1,
        ),
    ],
)


class WithdrawParameters(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    idempotency_key: Annotated[
        str | None, Field(alias="Idempotency-Key", pattern="^[A-Za-z0-9._:-]{1,128}$")
    ] = None


class Account(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    closed_at: Annotated[AwareDatetime | None, Field(alias="closedAt")]
    created_at: Annotated[Timestamp, Field(alias="createdAt")]
    currency: Currency
    name: str
    status: AccountStatus
    updated_at: Annotated[Timestamp, Field(alias="updatedAt")]
    user_id: Annotated[UserId, Field(alias="userId")]


class AccountClosedResponse(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    message: str


class AccountCreated(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    closed_at: Annotated[AwareDatetime | None, Field(alias="closedAt")] = None
    created_at: Annotated[Timestamp, Field(alias="createdAt")]
    currency: Currency
    message: str
    name: str
    status: Literal["active"]
    updated_at: Annotated[Timestamp, Field(alias="updatedAt")]
    user_id: Annotated[UserId, Field(alias="userId")]


class Balance(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    balance: Money
    currency: Currency
    last_updated: Annotated[Timestamp, Field(alias="lastUpdated")]


class CreateAccountRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    currency: Currency
    name: AccountName


class GetOperationStatusParameters(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    operation_id: OperationId


ListAccountsResponse = TypeAliasType("ListAccountsResponse", list[Account])


class NamedBalance(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    account_name: Annotated[str, Field(alias="accountName")]
    balance: Money
    currency: Currency
    last_updated: Annotated[Timestamp, Field(alias="lastUpdated")]


class Operation(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    amount: Amount
    completed_at: Annotated[AwareDatetime | None, Field(alias="completedAt")]
    created_at: Annotated[Timestamp, Field(alias="createdAt")]
    currency: Currency
    error_code: Annotated[
        Literal[
            "INSUFFICIENT_BALANCE",
            "ACCOUNT_CLOSED",
            "CURRENCY_MISMATCH",
            "UNKNOWN_ACCOUNT",
            "INVALID_AMOUNT",
        ]
        | None,
        Field(
            alias="errorCode",
            description="Why the ledger refused the operation; null unless it failed.",
        ),
    ]
    error_message: Annotated[str | None, Field(alias="errorMessage")]
    operation_id: Annotated[OperationId, Field(alias="operationId")]
    status: OperationStatus
    type: OperationType


class OperationAccepted(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    message: str
    operation_id: Annotated[OperationId, Field(alias="operationId")]
    status: Literal["pending"]


ProblemTimestamp = TypeAliasType(
    "ProblemTimestamp",
    Annotated[
        Timestamp | EdgeTimestamp,
        Field(
            description="When the problem was found. The services write a `Timestamp` (UTC, ISO 8601). A refusal the API edge makes before any service runs (on AWS, API Gateway's own 401, 429 and 5xx answers) carries the edge's request time instead, as an `EdgeTimestamp`."
        ),
    ],
)


ListBalancesResponse = TypeAliasType("ListBalancesResponse", list[NamedBalance])


class Problem(BaseModel):
    """
    RFC 9457 problem details, with the `message`, `code` and `timestamp` members clients already read.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: ErrorCode
    detail: str
    errors: list[FieldError] | None = None
    instance: str | None = None
    message: str
    status: Annotated[int, Field(ge=400, le=599)]
    timestamp: ProblemTimestamp
    title: str
    type: AnyUrl
