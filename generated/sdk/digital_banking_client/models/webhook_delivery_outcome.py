# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from enum import StrEnum


class WebhookDeliveryOutcome(StrEnum):
    FAILED = "failed"
    PARKED = "parked"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
