# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from enum import StrEnum


class AccountCreatedStatus(StrEnum):
    ACTIVE = "active"

    def __str__(self) -> str:
        return str(self.value)
