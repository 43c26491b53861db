# generated from specs/asyncapi.yaml by tools/generate.py, do not edit

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType

Model = TypeAliasType("Model", Any)


AccountId = TypeAliasType("AccountId", Annotated[str, Field(pattern="^acc_[0-9a-f]{32}$")])


AccountVersion = TypeAliasType(
    "AccountVersion",
    Annotated[
        int,
        Field(
            description="Counts the account's changes (1 when opened), so consumers ignore a stale status.",
            ge=1,
        ),
    ],
)


Amount = TypeAliasType("Amount", Annotated[Decimal, Field(ge=0.01, le=1000000, multiple_of=0.01)])


CorrelationId = TypeAliasType(
    "CorrelationId",
    Annotated[
        str,
        Field(
            description="The operation id of a money movement, else the account id.",
            pattern="^(op_|acc_)[0-9a-f]{32}$",
        ),
    ],
)


Currency = TypeAliasType("Currency", Annotated[str, Field(pattern="^[A-Z]{3}$")])


MessageId = TypeAliasType(
    "MessageId",
    Annotated[
        str,
        Field(
            description="`msg_` and 32 lowercase hexadecimal digits.",
            pattern="^msg_[0-9a-f]{32}$",
        ),
    ],
)


Money = TypeAliasType("Money", Annotated[Decimal, Field(ge=0, multiple_of=0.01)])


OperationId = TypeAliasType("OperationId", Annotated[str, Field(pattern="^op_[0-9a-f]{32}$")])


RejectionReason = TypeAliasType(
    "RejectionReason",
    Literal[
        "INSUFFICIENT_BALANCE",
        "ACCOUNT_CLOSED",
        "CURRENCY_MISMATCH",
        "UNKNOWN_ACCOUNT",
        "INVALID_AMOUNT",
    ],
)


Sequence = TypeAliasType(
    "Sequence",
    Annotated[
        int,
        Field(
            description="The posting's place in the account's ledger, 1 for the first.",
            ge=1,
        ),
    ],
)


Timestamp = TypeAliasType("Timestamp", AwareDatetime)


UserId = TypeAliasType("UserId", Annotated[str, Field(max_length=128, min_length=1)])


class AccountCloseRejectedData(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    balance: Money
    reason: Literal["ACCOUNT_NOT_EMPTY"]
    rejected_at: Annotated[Timestamp, Field(alias="rejectedAt")]
    user_id: Annotated[UserId, Field(alias="userId")]
    version: AccountVersion


class AccountCloseRejectedMessage(BaseModel):
    """
    The envelope of a AccountCloseRejected message.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    correlationid: CorrelationId
    data: AccountCloseRejectedData
    datacontenttype: Literal["application/json"]
    id: MessageId
    source: Literal["ledger"]
    specversion: Literal["1.0"]
    subject: AccountId
    time: Timestamp
    type: Literal["AccountCloseRejected"]


class AccountClosedData(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    closed_at: Annotated[Timestamp, Field(alias="closedAt")]
    user_id: Annotated[UserId, Field(alias="userId")]
    version: AccountVersion


class AccountClosedMessage(BaseModel):
    """
    The envelope of a AccountClosed message.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    correlationid: CorrelationId
    data: AccountClosedData
    datacontenttype: Literal["application/json"]
    id: MessageId
    source: Literal["accounts"]
    specversion: Literal["1.0"]
    subject: AccountId
    time: Timestamp
    type: Literal["AccountClosed"]


class AccountCreatedData(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    created_at: Annotated[Timestamp, Field(alias="createdAt")]
    currency: Currency
    name: Annotated[str, Field(max_length=100, min_length=3)]
    user_id: Annotated[UserId, Field(alias="userId")]
    version: AccountVersion


class AccountCreatedMessage(BaseModel):
    """
    The envelope of a AccountCreated message.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    correlationid: CorrelationId
    data: AccountCreatedData
    datacontenttype: Literal["application/json"]
    id: MessageId
    source: Literal["accounts"]
    specversion: Literal["1.0"]
    subject: AccountId
    time: Timestamp
    type: Literal["AccountCreated"]


class AccountReopenedData(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    reason: Literal["ACCOUNT_NOT_EMPTY"]
    reopened_at: Annotated[Timestamp, Field(alias="reopenedAt")]
    user_id: Annotated[UserId, Field(alias="userId")]
    version: AccountVersion


class AccountReopenedMessage(BaseModel):
    """
    The envelope of a AccountReopened message.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    correlationid: CorrelationId
    data: AccountReopenedData
    datacontenttype: Literal["application/json"]
    id: MessageId
    source: Literal["accounts"]
    specversion: Literal["1.0"]
    subject: AccountId
    time: Timestamp
    type: Literal["AccountReopened"]


class MoneyCommandData(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    amount: Amount
    currency: Currency
    operation_id: Annotated[OperationId, Field(alias="operationId")]
    requested_at: Annotated[Timestamp, Field(alias="requestedAt")]
    user_id: Annotated[UserId, Field(alias="userId")]


class PostedData(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    amount: Amount
    balance: Money
    currency: Currency
    operation_id: Annotated[OperationId, Field(alias="operationId")]
    posted_at: Annotated[Timestamp, Field(alias="postedAt")]
    sequence: Sequence
    user_id: Annotated[UserId, Field(alias="userId")]


class RejectedData(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    account_id: Annotated[AccountId, Field(alias="accountId")]
    amount: Amount
    currency: Currency
    message: Annotated[str, Field(max_length=500)]
    operation_id: Annotated[OperationId, Field(alias="operationId")]
    reason: RejectionReason
    rejected_at: Annotated[Timestamp, Field(alias="rejectedAt")]
    user_id: Annotated[UserId, Field(alias="userId")]


class WithdrawMessage(BaseModel):
    """
    The envelope of a Withdraw message.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    correlationid: CorrelationId
    data: MoneyCommandData
    datacontenttype: Literal["application/json"]
    id: MessageId
    source: Literal["banking"]
    specversion: Literal["1.0"]
    subject: AccountId
    time: Timestamp
    type: Literal["Withdraw"]


class WithdrawalRejectedMessage(BaseModel):
    """
    The envelope of a WithdrawalRejected message.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    correlationid: CorrelationId
    data: RejectedData
    datacontenttype: Literal["application/json"]
    id: MessageId
    source: Literal["ledger"]
    specversion: Literal["1.0"]
    subject: AccountId
    time: Timestamp
    type: Literal["WithdrawalRejected"]


class WithdrawnMessage(BaseModel):
    """
    The envelope of a Withdrawn message.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    correlationid: CorrelationId
    data: PostedData
    datacontenttype: Literal["application/json"]
    id: MessageId
    source: Literal["ledger"]
    specversion: Literal["1.0"]
    subject: AccountId
    time: Timestamp
    type: Literal["Withdrawn"]


class DepositMessage(BaseModel):
    """
    The envelope of a Deposit message.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    correlationid: CorrelationId
    data: MoneyCommandData
    datacontenttype: Literal["application/json"]
    id: MessageId
    source: Literal["banking"]
    specversion: Literal["1.0"]
    subject: AccountId
    time: Timestamp
    type: Literal["Deposit"]


class DepositRejectedMessage(BaseModel):
    """
    The envelope of a DepositRejected message.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    correlationid: CorrelationId
    data: RejectedData
    datacontenttype: Literal["application/json"]
    id: MessageId
    source: Literal["ledger"]
    specversion: Literal["1.0"]
    subject: AccountId
    time: Timestamp
    type: Literal["DepositRejected"]


class DepositedMessage(BaseModel):
    """
    The envelope of a Deposited message.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    correlationid: CorrelationId
    data: PostedData
    datacontenttype: Literal["application/json"]
    id: MessageId
    source: Literal["ledger"]
    specversion: Literal["1.0"]
    subject: AccountId
    time: Timestamp
    type: Literal["Deposited"]
