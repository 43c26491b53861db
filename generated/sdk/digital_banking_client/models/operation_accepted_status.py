# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from enum import StrEnum


class OperationAcceptedStatus(StrEnum):
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
