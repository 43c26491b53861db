# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from enum import StrEnum


class OperationStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
