# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from enum import StrEnum


class WebhookEventType(StrEnum):
    ACCOUNT_CLOSED = "account.closed"
    ACCOUNT_OPENED = "account.opened"
    DEPOSIT_COMPLETED = "deposit.completed"
    DEPOSIT_FAILED = "deposit.failed"
    PING = "ping"
    TRANSFER_COMPLETED = "transfer.completed"
    TRANSFER_FAILED = "transfer.failed"
    TRANSFER_RECEIVED = "transfer.received"
    WITHDRAWAL_COMPLETED = "withdrawal.completed"
    WITHDRAWAL_FAILED = "withdrawal.failed"

    def __str__(self) -> str:
        return str(self.value)
