# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from enum import StrEnum


class WebhookEndpointStatus(StrEnum):
    DISABLED = "disabled"
    ENABLED = "enabled"

    def __str__(self) -> str:
        return str(self.value)
