# generated from specs/openapi.yaml by tools/sdk.py, do not edit
"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_closed_response import AccountClosedResponse
from .account_created import AccountCreated
from .account_created_status import AccountCreatedStatus
from .account_status import AccountStatus
from .balance import Balance
from .create_account_request import CreateAccountRequest
from .create_webhook_endpoint_request import CreateWebhookEndpointRequest
from .currency import Currency
from .direction import Direction
from .error_code import ErrorCode
from .field_error import FieldError
from .money_movement_request import MoneyMovementRequest
from .named_balance import NamedBalance
from .operation import Operation
from .operation_accepted import OperationAccepted
from .operation_accepted_status import OperationAcceptedStatus
from .operation_error_code import OperationErrorCode
from .operation_error_code_type_1 import OperationErrorCodeType1
from .operation_error_code_type_2_type_1 import OperationErrorCodeType2Type1
from .operation_error_code_type_3_type_1 import OperationErrorCodeType3Type1
from .operation_status import OperationStatus
from .operation_type import OperationType
from .problem import Problem
from .subscribable_event_type import SubscribableEventType
from .transaction import Transaction
from .transaction_page import TransactionPage
from .transaction_status import TransactionStatus
from .transfer_request import TransferRequest
from .webhook_delivery import WebhookDelivery
from .webhook_delivery_outcome import WebhookDeliveryOutcome
from .webhook_delivery_page import WebhookDeliveryPage
from .webhook_endpoint import WebhookEndpoint
from .webhook_endpoint_created import WebhookEndpointCreated
from .webhook_endpoint_status import WebhookEndpointStatus
from .webhook_event_accepted import WebhookEventAccepted
from .webhook_event_type import WebhookEventType
from .webhook_secret import WebhookSecret

__all__ = (
    "Account",
    "AccountClosedResponse",
    "AccountCreated",
    "AccountCreatedStatus",
    "AccountStatus",
    "Balance",
    "CreateAccountRequest",
    "CreateWebhookEndpointRequest",
    "Currency",
    "Direction",
    "ErrorCode",
    "FieldError",
    "MoneyMovementRequest",
    "NamedBalance",
    "Operation",
    "OperationAccepted",
    "OperationAcceptedStatus",
    "OperationErrorCode",
    "OperationErrorCodeType1",
    "OperationErrorCodeType2Type1",
    "OperationErrorCodeType3Type1",
    "OperationStatus",
    "OperationType",
    "Problem",
    "SubscribableEventType",
    "Transaction",
    "TransactionPage",
    "TransactionStatus",
    "TransferRequest",
    "WebhookDelivery",
    "WebhookDeliveryOutcome",
    "WebhookDeliveryPage",
    "WebhookEndpoint",
    "WebhookEndpointCreated",
    "WebhookEndpointStatus",
    "WebhookEventAccepted",
    "WebhookEventType",
    "WebhookSecret",
)
