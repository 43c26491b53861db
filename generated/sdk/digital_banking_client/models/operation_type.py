# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from enum import StrEnum


class OperationType(StrEnum):
    DEPOSIT = "deposit"
    TRANSFER = "transfer"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
