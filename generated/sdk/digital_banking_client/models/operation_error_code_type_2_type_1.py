# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from enum import StrEnum


class OperationErrorCodeType2Type1(StrEnum):
    ACCOUNT_CLOSED = "ACCOUNT_CLOSED"
    CURRENCY_MISMATCH = "CURRENCY_MISMATCH"
    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    INVALID_AMOUNT = "INVALID_AMOUNT"
    OPERATION_TIMED_OUT = "OPERATION_TIMED_OUT"
    SAME_ACCOUNT = "SAME_ACCOUNT"
    UNKNOWN_ACCOUNT = "UNKNOWN_ACCOUNT"

    def __str__(self) -> str:
        return str(self.value)
