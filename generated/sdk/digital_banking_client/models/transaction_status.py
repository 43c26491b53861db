# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from enum import StrEnum


class TransactionStatus(StrEnum):
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)
