
    const schema = {
  "asyncapi": "3.0.0",
  "info": {
    "title": "Digital Banking message catalog",
    "version": "2.2.0",
    "description": "Every message the five services exchange, and the webhooks the notifications service sends. The services never call each other: a service\nwrites its state change and the messages it causes in one DynamoDB transaction (the outbox),\na pipe carries new outbox items to an SNS topic (events, fanned out) or an SQS queue\n(commands), and each consumer reads its own queue.\n\nEvery message is a CloudEvents-style JSON envelope: `id` (unique per message; a redelivered\nmessage keeps it), `type`, `source` (the producing service), `time`, `subject` (the account\nid), `correlationid` (the operation id of a money movement, else the account id) and `data`.\nCommands are imperative (`Deposit`), events past tense (`Deposited`).\n\nEvery event the ledger emits for an account carries that account's `sequence`, so consumers\ncan apply postings in order and ignore stale or duplicated ones whatever the delivery order.\n\nThe channel `webhooks` is not a queue: it is each customer's registered URL, to which the\nnotifications service POSTs the events of that customer's accounts, signed per the Standard\nWebhooks specification. Its payloads are not envelopes but `{id, type, timestamp, data}`, and\n`data` holds only what the REST API shows the same customer.\n\nWho sends each message where, and who receives it from which queue:\n\n| message | sent by | to | received by |\n|---|---|---|---|\n| AccountCreated | accounts | SNS topic `account-events` | banking (`banking-events`), ledger (`ledger-account-events`), notifications (`notifications-events`), query (`query-events`) |\n| AccountClosed | accounts | SNS topic `account-events` | banking (`banking-events`), ledger (`ledger-account-events`), notifications (`notifications-events`), query (`query-events`) |\n| AccountReopened | accounts | SNS topic `account-events` | banking (`banking-events`), query (`query-events`) |\n| Deposit | banking | SQS FIFO queue `ledger-commands` | ledger (`ledger-commands`) |\n| Withdraw | banking | SQS FIFO queue `ledger-commands` | ledger (`ledger-commands`) |\n| CancelOperation | banking | SQS FIFO queue `ledger-commands` | ledger (`ledger-commands`) |\n| Deposited | ledger | SNS topic `ledger-events` | accounts (`accounts-events`), banking (`banking-events`), notifications (`notifications-events`), query (`query-events`) |\n| Withdrawn | ledger | SNS topic `ledger-events` | accounts (`accounts-events`), banking (`banking-events`), notifications (`notifications-events`), query (`query-events`) |\n| DepositRejected | ledger | SNS topic `ledger-events` | banking (`banking-events`), notifications (`notifications-events`) |\n| WithdrawalRejected | ledger | SNS topic `ledger-events` | banking (`banking-events`), notifications (`notifications-events`) |\n| AccountCloseRejected | ledger | SNS topic `ledger-events` | accounts (`accounts-events`) |\n| Transfer | banking | SQS FIFO queue `ledger-commands` | ledger (`ledger-commands`) |\n| TransferSent | ledger | SNS topic `ledger-events` | accounts (`accounts-events`), banking (`banking-events`), notifications (`notifications-events`), query (`query-events`) |\n| TransferReceived | ledger | SNS topic `ledger-events` | accounts (`accounts-events`), notifications (`notifications-events`), query (`query-events`) |\n| TransferRejected | ledger | SNS topic `ledger-events` | banking (`banking-events`), notifications (`notifications-events`) |\n| WebhookOperationEvent | notifications | webhook (HTTPS POST) | the customer's receiver |\n| WebhookAccountOpened | notifications | webhook (HTTPS POST) | the customer's receiver |\n| WebhookAccountClosed | notifications | webhook (HTTPS POST) | the customer's receiver |\n| WebhookPing | notifications | webhook (HTTPS POST) | the customer's receiver |\n"
  },
  "defaultContentType": "application/json",
  "channels": {
    "accountEvents": {
      "address": "account-events",
      "bindings": {
        "sns": {
          "name": "account-events",
          "bindingVersion": "0.1.0"
        }
      },
      "title": "Account events (SNS topic)",
      "description": "Fan-out of the accounts service's events.",
      "messages": {
        "AccountCreated": {
          "name": "AccountCreated",
          "title": "An account was opened",
          "summary": "Seed counterpart CREATE_ACCOUNT_EVENT.",
          "payload": {
            "type": "object",
            "description": "The envelope of a AccountCreated message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-1>"
              },
              "id": {
                "type": "string",
                "description": "`msg_` and 32 lowercase hexadecimal digits.",
                "pattern": "^msg_[0-9a-f]{32}$",
                "x-parser-schema-id": "MessageId"
              },
              "type": {
                "type": "string",
                "enum": [
                  "AccountCreated"
                ],
                "x-parser-schema-id": "<anonymous-schema-2>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "accounts"
                ],
                "x-parser-schema-id": "<anonymous-schema-3>"
              },
              "time": {
                "type": "string",
                "format": "date-time",
                "x-parser-schema-id": "Timestamp"
              },
              "subject": {
                "type": "string",
                "pattern": "^acc_[0-9a-f]{32}$",
                "x-parser-schema-id": "AccountId"
              },
              "correlationid": {
                "type": "string",
                "description": "The operation id of a money movement, else the account id.",
                "pattern": "^(op_|acc_)[0-9a-f]{32}$",
                "x-parser-schema-id": "CorrelationId"
              },
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-4>"
              },
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "accountId",
                  "userId",
                  "name",
                  "currency",
                  "createdAt",
                  "version"
                ],
                "properties": {
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "userId": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 128,
                    "x-parser-schema-id": "UserId"
                  },
                  "name": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 100,
                    "x-parser-schema-id": "<anonymous-schema-5>"
                  },
                  "currency": {
                    "type": "string",
                    "pattern": "^[A-Z]{3}$",
                    "x-parser-schema-id": "Currency"
                  },
                  "createdAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Counts the account's changes (1 when opened), so consumers ignore a stale status.",
                    "x-parser-schema-id": "AccountVersion"
                  }
                },
                "x-parser-schema-id": "AccountCreatedData"
              }
            },
            "x-parser-schema-id": "AccountCreatedMessage"
          },
          "examples": [
            {
              "name": "accountCreated",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3300",
                "type": "AccountCreated",
                "source": "accounts",
                "time": "2026-01-15T09:31:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "acc_0f8fad5bd9cb469fa16570867728950e",
                "datacontenttype": "application/json",
                "data": {
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "name": "Everyday account",
                  "currency": "EUR",
                  "createdAt": "2026-01-15T09:30:00.000Z",
                  "version": 1
                }
              }
            }
          ],
          "description": "Sent by **accounts** to the SNS topic `account-events`.\n\nReceived by **banking** from the SQS queue `banking-events`, **ledger** from the SQS queue `ledger-account-events`, **notifications** from the SQS queue `notifications-events`, **query** from the SQS queue `query-events`.",
          "x-parser-unique-object-id": "AccountCreated"
        },
        "AccountClosed": {
          "name": "AccountClosed",
          "title": "An account was closed",
          "summary": "Seed counterpart CLOSE_ACCOUNT_EVENT. The ledger confirms the close if the balance is zero, else refuses it.",
          "payload": {
            "type": "object",
            "description": "The envelope of a AccountClosed message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-6>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "AccountClosed"
                ],
                "x-parser-schema-id": "<anonymous-schema-7>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "accounts"
                ],
                "x-parser-schema-id": "<anonymous-schema-8>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-9>"
              },
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "accountId",
                  "userId",
                  "closedAt",
                  "version"
                ],
                "properties": {
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "userId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.userId",
                  "closedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
                  "version": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.version"
                },
                "x-parser-schema-id": "AccountClosedData"
              }
            },
            "x-parser-schema-id": "AccountClosedMessage"
          },
          "examples": [
            {
              "name": "accountClosed",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3301",
                "type": "AccountClosed",
                "source": "accounts",
                "time": "2026-01-15T09:31:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "acc_0f8fad5bd9cb469fa16570867728950e",
                "datacontenttype": "application/json",
                "data": {
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "closedAt": "2026-02-01T12:00:00.000Z",
                  "version": 2
                }
              }
            }
          ],
          "description": "Sent by **accounts** to the SNS topic `account-events`.\n\nReceived by **banking** from the SQS queue `banking-events`, **ledger** from the SQS queue `ledger-account-events`, **notifications** from the SQS queue `notifications-events`, **query** from the SQS queue `query-events`.",
          "x-parser-unique-object-id": "AccountClosed"
        },
        "AccountReopened": {
          "name": "AccountReopened",
          "title": "A close was undone because the ledger refused it",
          "payload": {
            "type": "object",
            "description": "The envelope of a AccountReopened message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-10>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "AccountReopened"
                ],
                "x-parser-schema-id": "<anonymous-schema-11>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "accounts"
                ],
                "x-parser-schema-id": "<anonymous-schema-12>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-13>"
              },
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "accountId",
                  "userId",
                  "reopenedAt",
                  "version",
                  "reason"
                ],
                "properties": {
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "userId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.userId",
                  "reopenedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
                  "version": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.version",
                  "reason": {
                    "type": "string",
                    "enum": [
                      "ACCOUNT_NOT_EMPTY"
                    ],
                    "x-parser-schema-id": "<anonymous-schema-14>"
                  }
                },
                "x-parser-schema-id": "AccountReopenedData"
              }
            },
            "x-parser-schema-id": "AccountReopenedMessage"
          },
          "examples": [
            {
              "name": "accountReopened",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3302",
                "type": "AccountReopened",
                "source": "accounts",
                "time": "2026-01-15T09:31:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "acc_0f8fad5bd9cb469fa16570867728950e",
                "datacontenttype": "application/json",
                "data": {
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "reopenedAt": "2026-02-01T12:00:01.000Z",
                  "version": 3,
                  "reason": "ACCOUNT_NOT_EMPTY"
                }
              }
            }
          ],
          "description": "Sent by **accounts** to the SNS topic `account-events`.\n\nReceived by **banking** from the SQS queue `banking-events`, **query** from the SQS queue `query-events`.",
          "x-parser-unique-object-id": "AccountReopened"
        }
      },
      "x-parser-unique-object-id": "accountEvents"
    },
    "ledgerEvents": {
      "address": "ledger-events",
      "bindings": {
        "sns": {
          "name": "ledger-events",
          "bindingVersion": "0.1.0"
        }
      },
      "title": "Ledger events (SNS topic)",
      "description": "Fan-out of the ledger's events.",
      "messages": {
        "Deposited": {
          "name": "Deposited",
          "title": "A deposit was posted",
          "summary": "Seed counterpart DEPOSIT_EVENT.",
          "payload": {
            "type": "object",
            "description": "The envelope of a Deposited message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-15>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "Deposited"
                ],
                "x-parser-schema-id": "<anonymous-schema-16>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "ledger"
                ],
                "x-parser-schema-id": "<anonymous-schema-17>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-18>"
              },
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "operationId",
                  "accountId",
                  "userId",
                  "amount",
                  "currency",
                  "balance",
                  "sequence",
                  "postedAt"
                ],
                "properties": {
                  "operationId": {
                    "type": "string",
                    "pattern": "^op_[0-9a-f]{32}$",
                    "x-parser-schema-id": "OperationId"
                  },
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "userId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.userId",
                  "amount": {
                    "type": "number",
                    "description": "An exact decimal amount of the message's currency, written with its minor units (EUR 5.00, JPY 5, BHD 1.005); the schema steps by 0.0001, the finest minor unit of an ISO 4217 currency (CLF and UYW have four).",
                    "minimum": 0.0001,
                    "maximum": 1000000,
                    "multipleOf": 0.0001,
                    "x-parser-schema-id": "Amount"
                  },
                  "currency": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.currency",
                  "balance": {
                    "type": "number",
                    "description": "An exact decimal balance of the message's currency, written with its minor units.",
                    "minimum": 0,
                    "multipleOf": 0.0001,
                    "x-parser-schema-id": "Money"
                  },
                  "sequence": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "The posting's place in the account's ledger, 1 for the first.",
                    "x-parser-schema-id": "Sequence"
                  },
                  "postedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time"
                },
                "x-parser-schema-id": "PostedData"
              }
            },
            "x-parser-schema-id": "DepositedMessage"
          },
          "examples": [
            {
              "name": "deposited",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3305",
                "type": "Deposited",
                "source": "ledger",
                "time": "2026-01-15T09:31:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "op_7c9e6679742540de944be07fc1f90ae7",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_7c9e6679742540de944be07fc1f90ae7",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "amount": 100.1,
                  "currency": "EUR",
                  "balance": 100.1,
                  "sequence": 1,
                  "postedAt": "2026-01-15T09:31:00.200Z"
                }
              }
            }
          ],
          "description": "Sent by **ledger** to the SNS topic `ledger-events`.\n\nReceived by **accounts** from the SQS queue `accounts-events`, **banking** from the SQS queue `banking-events`, **notifications** from the SQS queue `notifications-events`, **query** from the SQS queue `query-events`.",
          "x-parser-unique-object-id": "Deposited"
        },
        "Withdrawn": {
          "name": "Withdrawn",
          "title": "A withdrawal was posted",
          "summary": "Seed counterpart WITHDRAW_SUCCESS_EVENT.",
          "payload": {
            "type": "object",
            "description": "The envelope of a Withdrawn message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-19>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "Withdrawn"
                ],
                "x-parser-schema-id": "<anonymous-schema-20>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "ledger"
                ],
                "x-parser-schema-id": "<anonymous-schema-21>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-22>"
              },
              "data": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data"
            },
            "x-parser-schema-id": "WithdrawnMessage"
          },
          "examples": [
            {
              "name": "withdrawn",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3306",
                "type": "Withdrawn",
                "source": "ledger",
                "time": "2026-01-15T09:31:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "op_7c9e6679742540de944be07fc1f90ae7",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_7c9e6679742540de944be07fc1f90ae7",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "amount": 30.05,
                  "currency": "EUR",
                  "balance": 70.05,
                  "sequence": 2,
                  "postedAt": "2026-01-15T09:32:00.200Z"
                }
              }
            }
          ],
          "description": "Sent by **ledger** to the SNS topic `ledger-events`.\n\nReceived by **accounts** from the SQS queue `accounts-events`, **banking** from the SQS queue `banking-events`, **notifications** from the SQS queue `notifications-events`, **query** from the SQS queue `query-events`.",
          "x-parser-unique-object-id": "Withdrawn"
        },
        "DepositRejected": {
          "name": "DepositRejected",
          "title": "The ledger refused a deposit",
          "payload": {
            "type": "object",
            "description": "The envelope of a DepositRejected message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-23>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "DepositRejected"
                ],
                "x-parser-schema-id": "<anonymous-schema-24>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "ledger"
                ],
                "x-parser-schema-id": "<anonymous-schema-25>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-26>"
              },
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "operationId",
                  "accountId",
                  "userId",
                  "amount",
                  "currency",
                  "reason",
                  "message",
                  "rejectedAt"
                ],
                "properties": {
                  "operationId": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.operationId",
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "userId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.userId",
                  "amount": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.amount",
                  "currency": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.currency",
                  "reason": {
                    "type": "string",
                    "description": "OPERATION_TIMED_OUT answers a CancelOperation for a command the ledger never posted; SAME_ACCOUNT refuses a transfer whose destination is its source.",
                    "enum": [
                      "INSUFFICIENT_BALANCE",
                      "ACCOUNT_CLOSED",
                      "CURRENCY_MISMATCH",
                      "UNKNOWN_ACCOUNT",
                      "INVALID_AMOUNT",
                      "OPERATION_TIMED_OUT",
                      "SAME_ACCOUNT"
                    ],
                    "x-parser-schema-id": "RejectionReason"
                  },
                  "message": {
                    "type": "string",
                    "maxLength": 500,
                    "x-parser-schema-id": "<anonymous-schema-27>"
                  },
                  "rejectedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time"
                },
                "x-parser-schema-id": "RejectedData"
              }
            },
            "x-parser-schema-id": "DepositRejectedMessage"
          },
          "examples": [
            {
              "name": "depositRejected",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3307",
                "type": "DepositRejected",
                "source": "ledger",
                "time": "2026-01-15T09:31:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "op_7c9e6679742540de944be07fc1f90ae7",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_7c9e6679742540de944be07fc1f90ae7",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "amount": 100.1,
                  "currency": "EUR",
                  "reason": "ACCOUNT_CLOSED",
                  "message": "The account is closed",
                  "rejectedAt": "2026-02-01T12:00:02.000Z"
                }
              }
            }
          ],
          "description": "Sent by **ledger** to the SNS topic `ledger-events`.\n\nReceived by **banking** from the SQS queue `banking-events`, **notifications** from the SQS queue `notifications-events`.",
          "x-parser-unique-object-id": "DepositRejected"
        },
        "WithdrawalRejected": {
          "name": "WithdrawalRejected",
          "title": "The ledger refused a withdrawal",
          "summary": "Seed counterpart WITHDRAW_FAILED_EVENT.",
          "payload": {
            "type": "object",
            "description": "The envelope of a WithdrawalRejected message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-28>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "WithdrawalRejected"
                ],
                "x-parser-schema-id": "<anonymous-schema-29>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "ledger"
                ],
                "x-parser-schema-id": "<anonymous-schema-30>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-31>"
              },
              "data": "$ref:$.channels.ledgerEvents.messages.DepositRejected.payload.properties.data"
            },
            "x-parser-schema-id": "WithdrawalRejectedMessage"
          },
          "examples": [
            {
              "name": "withdrawalRejected",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3308",
                "type": "WithdrawalRejected",
                "source": "ledger",
                "time": "2026-01-15T09:31:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "op_7c9e6679742540de944be07fc1f90ae7",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_7c9e6679742540de944be07fc1f90ae7",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "amount": 500,
                  "currency": "EUR",
                  "reason": "INSUFFICIENT_BALANCE",
                  "message": "Insufficient balance",
                  "rejectedAt": "2026-01-15T09:33:00.200Z"
                }
              }
            }
          ],
          "description": "Sent by **ledger** to the SNS topic `ledger-events`.\n\nReceived by **banking** from the SQS queue `banking-events`, **notifications** from the SQS queue `notifications-events`.",
          "x-parser-unique-object-id": "WithdrawalRejected"
        },
        "AccountCloseRejected": {
          "name": "AccountCloseRejected",
          "title": "The ledger refused to close an account that holds money",
          "payload": {
            "type": "object",
            "description": "The envelope of a AccountCloseRejected message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-32>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "AccountCloseRejected"
                ],
                "x-parser-schema-id": "<anonymous-schema-33>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "ledger"
                ],
                "x-parser-schema-id": "<anonymous-schema-34>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-35>"
              },
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "accountId",
                  "userId",
                  "version",
                  "balance",
                  "reason",
                  "rejectedAt"
                ],
                "properties": {
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "userId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.userId",
                  "version": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.version",
                  "balance": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.balance",
                  "reason": {
                    "type": "string",
                    "enum": [
                      "ACCOUNT_NOT_EMPTY"
                    ],
                    "x-parser-schema-id": "<anonymous-schema-36>"
                  },
                  "rejectedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time"
                },
                "x-parser-schema-id": "AccountCloseRejectedData"
              }
            },
            "x-parser-schema-id": "AccountCloseRejectedMessage"
          },
          "examples": [
            {
              "name": "accountCloseRejected",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3309",
                "type": "AccountCloseRejected",
                "source": "ledger",
                "time": "2026-01-15T09:31:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "acc_0f8fad5bd9cb469fa16570867728950e",
                "datacontenttype": "application/json",
                "data": {
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "version": 2,
                  "balance": 100.1,
                  "reason": "ACCOUNT_NOT_EMPTY",
                  "rejectedAt": "2026-02-01T12:00:00.500Z"
                }
              }
            }
          ],
          "description": "Sent by **ledger** to the SNS topic `ledger-events`.\n\nReceived by **accounts** from the SQS queue `accounts-events`.",
          "x-parser-unique-object-id": "AccountCloseRejected"
        },
        "TransferSent": {
          "name": "TransferSent",
          "title": "A transfer left the source account",
          "summary": "One side of a posted transfer, about the source account: its owner, its balance after. Published in the same transaction as TransferReceived; banking ends the operation on it.",
          "payload": {
            "type": "object",
            "description": "The envelope of a TransferSent message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-37>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "TransferSent"
                ],
                "x-parser-schema-id": "<anonymous-schema-38>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "ledger"
                ],
                "x-parser-schema-id": "<anonymous-schema-39>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-40>"
              },
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "operationId",
                  "accountId",
                  "userId",
                  "counterpartyAccountId",
                  "amount",
                  "currency",
                  "balance",
                  "sequence",
                  "postedAt"
                ],
                "properties": {
                  "operationId": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.operationId",
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "userId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.userId",
                  "counterpartyAccountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "amount": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.amount",
                  "currency": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.currency",
                  "balance": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.balance",
                  "sequence": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.sequence",
                  "description": {
                    "type": "string",
                    "description": "The sender's words for a transfer, shown to both sides (the contract's TransferDescription).",
                    "minLength": 1,
                    "maxLength": 140,
                    "x-parser-schema-id": "TransferDescription"
                  },
                  "postedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time"
                },
                "x-parser-schema-id": "TransferPostedData"
              }
            },
            "x-parser-schema-id": "TransferSentMessage"
          },
          "examples": [
            {
              "name": "transferSent",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3312",
                "type": "TransferSent",
                "source": "ledger",
                "time": "2026-01-15T09:33:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "op_5d41402abc4b4a76b9719d911017c592",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_5d41402abc4b4a76b9719d911017c592",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "counterpartyAccountId": "acc_9b2d6c1e0a7f4e3d8c5b4a3f2e1d0c9b",
                  "amount": 19.99,
                  "currency": "EUR",
                  "balance": 50.06,
                  "sequence": 3,
                  "description": "Rent, March",
                  "postedAt": "2026-01-15T09:33:00.200Z"
                }
              }
            }
          ],
          "description": "Sent by **ledger** to the SNS topic `ledger-events`.\n\nReceived by **accounts** from the SQS queue `accounts-events`, **banking** from the SQS queue `banking-events`, **notifications** from the SQS queue `notifications-events`, **query** from the SQS queue `query-events`.",
          "x-parser-unique-object-id": "TransferSent"
        },
        "TransferReceived": {
          "name": "TransferReceived",
          "title": "A transfer reached the destination account",
          "summary": "The other side of a posted transfer, about the destination account: its owner, its balance after, and nothing of the sender but the account id.",
          "payload": {
            "type": "object",
            "description": "The envelope of a TransferReceived message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-41>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "TransferReceived"
                ],
                "x-parser-schema-id": "<anonymous-schema-42>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "ledger"
                ],
                "x-parser-schema-id": "<anonymous-schema-43>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-44>"
              },
              "data": "$ref:$.channels.ledgerEvents.messages.TransferSent.payload.properties.data"
            },
            "x-parser-schema-id": "TransferReceivedMessage"
          },
          "examples": [
            {
              "name": "transferReceived",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3313",
                "type": "TransferReceived",
                "source": "ledger",
                "time": "2026-01-15T09:33:00.000Z",
                "subject": "acc_9b2d6c1e0a7f4e3d8c5b4a3f2e1d0c9b",
                "correlationid": "op_5d41402abc4b4a76b9719d911017c592",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_5d41402abc4b4a76b9719d911017c592",
                  "accountId": "acc_9b2d6c1e0a7f4e3d8c5b4a3f2e1d0c9b",
                  "userId": "0c2b7e9d-3a41-4f5e-8b6c-9d8e7f6a5b4c",
                  "counterpartyAccountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "amount": 19.99,
                  "currency": "EUR",
                  "balance": 19.99,
                  "sequence": 1,
                  "description": "Rent, March",
                  "postedAt": "2026-01-15T09:33:00.200Z"
                }
              }
            }
          ],
          "description": "Sent by **ledger** to the SNS topic `ledger-events`.\n\nReceived by **accounts** from the SQS queue `accounts-events`, **notifications** from the SQS queue `notifications-events`, **query** from the SQS queue `query-events`.",
          "x-parser-unique-object-id": "TransferReceived"
        },
        "TransferRejected": {
          "name": "TransferRejected",
          "title": "The ledger refused a transfer",
          "summary": "Nothing moved. accountId is the source. A destination that is closed or unknown is refused with ACCOUNT_CLOSED alike.",
          "payload": {
            "type": "object",
            "description": "The envelope of a TransferRejected message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-45>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "TransferRejected"
                ],
                "x-parser-schema-id": "<anonymous-schema-46>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "ledger"
                ],
                "x-parser-schema-id": "<anonymous-schema-47>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-48>"
              },
              "data": "$ref:$.channels.ledgerEvents.messages.DepositRejected.payload.properties.data"
            },
            "x-parser-schema-id": "TransferRejectedMessage"
          },
          "examples": [
            {
              "name": "transferRejected",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3314",
                "type": "TransferRejected",
                "source": "ledger",
                "time": "2026-01-15T09:33:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "op_5d41402abc4b4a76b9719d911017c592",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_5d41402abc4b4a76b9719d911017c592",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "amount": 19.99,
                  "currency": "EUR",
                  "reason": "SAME_ACCOUNT",
                  "message": "A transfer needs two different accounts",
                  "rejectedAt": "2026-01-15T09:33:00.200Z"
                }
              }
            }
          ],
          "description": "Sent by **ledger** to the SNS topic `ledger-events`.\n\nReceived by **banking** from the SQS queue `banking-events`, **notifications** from the SQS queue `notifications-events`.",
          "x-parser-unique-object-id": "TransferRejected"
        }
      },
      "x-parser-unique-object-id": "ledgerEvents"
    },
    "ledgerCommands": {
      "address": "ledger-commands",
      "bindings": {
        "sqs": {
          "queue": {
            "name": "ledger-commands",
            "fifoQueue": true
          },
          "deadLetterQueue": {
            "name": "ledger-commands-dlq",
            "fifoQueue": true
          },
          "bindingVersion": "0.2.0"
        }
      },
      "title": "Ledger's command queue (SQS FIFO)",
      "description": "Money movement commands from banking, on a FIFO queue whose message group is the account the\ncommand is about (its data's `accountId`): the commands of one account reach the ledger one\nbatch at a time, in the order banking accepted them, so postings to one account never race\neach other and a batch of them is posted in one transaction. Every message on this channel\nmust carry `accountId` in its data.\n",
      "messages": {
        "Deposit": {
          "name": "Deposit",
          "title": "Post a deposit",
          "summary": "Seed counterpart DEPOSIT_CMD.",
          "payload": {
            "type": "object",
            "description": "The envelope of a Deposit message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-49>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "Deposit"
                ],
                "x-parser-schema-id": "<anonymous-schema-50>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "banking"
                ],
                "x-parser-schema-id": "<anonymous-schema-51>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-52>"
              },
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "operationId",
                  "accountId",
                  "userId",
                  "amount",
                  "currency",
                  "requestedAt"
                ],
                "properties": {
                  "operationId": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.operationId",
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "userId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.userId",
                  "amount": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.amount",
                  "currency": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.currency",
                  "requestedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time"
                },
                "x-parser-schema-id": "MoneyCommandData"
              }
            },
            "x-parser-schema-id": "DepositMessage"
          },
          "examples": [
            {
              "name": "deposit",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3303",
                "type": "Deposit",
                "source": "banking",
                "time": "2026-01-15T09:31:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "op_7c9e6679742540de944be07fc1f90ae7",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_7c9e6679742540de944be07fc1f90ae7",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "amount": 100.1,
                  "currency": "EUR",
                  "requestedAt": "2026-01-15T09:31:00.000Z"
                }
              }
            }
          ],
          "description": "Sent by **banking** to the SQS FIFO queue `ledger-commands`.\n\nReceived by **ledger** from the SQS FIFO queue `ledger-commands`.",
          "x-parser-unique-object-id": "Deposit"
        },
        "Withdraw": {
          "name": "Withdraw",
          "title": "Post a withdrawal",
          "summary": "Seed counterpart WITHDRAW_CMD.",
          "payload": {
            "type": "object",
            "description": "The envelope of a Withdraw message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-53>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "Withdraw"
                ],
                "x-parser-schema-id": "<anonymous-schema-54>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "banking"
                ],
                "x-parser-schema-id": "<anonymous-schema-55>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-56>"
              },
              "data": "$ref:$.channels.ledgerCommands.messages.Deposit.payload.properties.data"
            },
            "x-parser-schema-id": "WithdrawMessage"
          },
          "examples": [
            {
              "name": "withdraw",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3304",
                "type": "Withdraw",
                "source": "banking",
                "time": "2026-01-15T09:31:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "op_7c9e6679742540de944be07fc1f90ae7",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_7c9e6679742540de944be07fc1f90ae7",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "amount": 30.05,
                  "currency": "EUR",
                  "requestedAt": "2026-01-15T09:32:00.000Z"
                }
              }
            }
          ],
          "description": "Sent by **banking** to the SQS FIFO queue `ledger-commands`.\n\nReceived by **ledger** from the SQS FIFO queue `ledger-commands`.",
          "x-parser-unique-object-id": "Withdraw"
        },
        "CancelOperation": {
          "name": "CancelOperation",
          "title": "Post a pending deposit or withdrawal now, or never",
          "summary": "Sent by banking's watchdog when an operation stays pending although its command was published again. The ledger decides atomically: if it posted the command it answers with the posting again (Deposited / Withdrawn); otherwise it records that it never will (the command is refused if it arrives later) and answers DepositRejected / WithdrawalRejected with reason OPERATION_TIMED_OUT. Sending it again is harmless: the ledger gives the same answer.",
          "payload": {
            "type": "object",
            "description": "The envelope of a CancelOperation message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-57>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "CancelOperation"
                ],
                "x-parser-schema-id": "<anonymous-schema-58>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "banking"
                ],
                "x-parser-schema-id": "<anonymous-schema-59>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-60>"
              },
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "operationId",
                  "accountId",
                  "userId",
                  "operationType",
                  "amount",
                  "currency",
                  "commandId",
                  "requestedAt"
                ],
                "properties": {
                  "operationId": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.operationId",
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "userId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.userId",
                  "operationType": {
                    "type": "string",
                    "enum": [
                      "deposit",
                      "withdraw",
                      "transfer"
                    ],
                    "x-parser-schema-id": "<anonymous-schema-61>"
                  },
                  "amount": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.amount",
                  "currency": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.currency",
                  "commandId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
                  "requestedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time"
                },
                "x-parser-schema-id": "CancelOperationData"
              }
            },
            "x-parser-schema-id": "CancelOperationMessage"
          },
          "examples": [
            {
              "name": "cancelOperation",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3310",
                "type": "CancelOperation",
                "source": "banking",
                "time": "2026-01-15T09:51:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "op_7c9e6679742540de944be07fc1f90ae7",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_7c9e6679742540de944be07fc1f90ae7",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "operationType": "deposit",
                  "amount": 100.1,
                  "currency": "EUR",
                  "commandId": "msg_3f2504e04f8941d39a0c0305e82c3303",
                  "requestedAt": "2026-01-15T09:31:00.000Z"
                }
              }
            }
          ],
          "description": "Sent by **banking** to the SQS FIFO queue `ledger-commands`.\n\nReceived by **ledger** from the SQS FIFO queue `ledger-commands`.",
          "x-parser-unique-object-id": "CancelOperation"
        },
        "Transfer": {
          "name": "Transfer",
          "title": "Post a transfer between two accounts",
          "summary": "Banking checked that the source is the caller's, active and of this currency; the ledger posts both sides in one transaction (the source covering the amount, both accounts active and of one currency) or refuses the transfer with TransferRejected.",
          "payload": {
            "type": "object",
            "description": "The envelope of a Transfer message.",
            "additionalProperties": false,
            "required": [
              "specversion",
              "id",
              "type",
              "source",
              "time",
              "subject",
              "correlationid",
              "datacontenttype",
              "data"
            ],
            "properties": {
              "specversion": {
                "type": "string",
                "enum": [
                  "1.0"
                ],
                "x-parser-schema-id": "<anonymous-schema-62>"
              },
              "id": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
              "type": {
                "type": "string",
                "enum": [
                  "Transfer"
                ],
                "x-parser-schema-id": "<anonymous-schema-63>"
              },
              "source": {
                "type": "string",
                "enum": [
                  "banking"
                ],
                "x-parser-schema-id": "<anonymous-schema-64>"
              },
              "time": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "subject": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
              "correlationid": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
              "datacontenttype": {
                "type": "string",
                "enum": [
                  "application/json"
                ],
                "x-parser-schema-id": "<anonymous-schema-65>"
              },
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "operationId",
                  "accountId",
                  "userId",
                  "toAccountId",
                  "amount",
                  "currency",
                  "requestedAt"
                ],
                "properties": {
                  "operationId": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.operationId",
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "userId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.userId",
                  "toAccountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "amount": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.amount",
                  "currency": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.currency",
                  "description": "$ref:$.channels.ledgerEvents.messages.TransferSent.payload.properties.data.properties.description",
                  "requestedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time"
                },
                "x-parser-schema-id": "TransferCommandData"
              }
            },
            "x-parser-schema-id": "TransferMessage"
          },
          "examples": [
            {
              "name": "transfer",
              "payload": {
                "specversion": "1.0",
                "id": "msg_3f2504e04f8941d39a0c0305e82c3311",
                "type": "Transfer",
                "source": "banking",
                "time": "2026-01-15T09:33:00.000Z",
                "subject": "acc_0f8fad5bd9cb469fa16570867728950e",
                "correlationid": "op_5d41402abc4b4a76b9719d911017c592",
                "datacontenttype": "application/json",
                "data": {
                  "operationId": "op_5d41402abc4b4a76b9719d911017c592",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                  "toAccountId": "acc_9b2d6c1e0a7f4e3d8c5b4a3f2e1d0c9b",
                  "amount": 19.99,
                  "currency": "EUR",
                  "description": "Rent, March",
                  "requestedAt": "2026-01-15T09:33:00.000Z"
                }
              }
            }
          ],
          "description": "Sent by **banking** to the SQS FIFO queue `ledger-commands`.\n\nReceived by **ledger** from the SQS FIFO queue `ledger-commands`.",
          "x-parser-unique-object-id": "Transfer"
        }
      },
      "x-parser-unique-object-id": "ledgerCommands"
    },
    "ledgerAccountEvents": {
      "address": "ledger-account-events",
      "bindings": {
        "sqs": {
          "queue": {
            "name": "ledger-account-events",
            "fifoQueue": false
          },
          "deadLetterQueue": {
            "name": "ledger-account-events-dlq",
            "fifoQueue": false
          },
          "bindingVersion": "0.2.0"
        }
      },
      "title": "Ledger's account events queue (SQS)",
      "description": "The account events the ledger needs, from the account-events topic (a standard SNS topic\ncannot deliver to a FIFO queue, so they travel apart from the commands).\n",
      "messages": {
        "AccountCreated": "$ref:$.channels.accountEvents.messages.AccountCreated",
        "AccountClosed": "$ref:$.channels.accountEvents.messages.AccountClosed"
      },
      "x-parser-unique-object-id": "ledgerAccountEvents"
    },
    "accountsEvents": {
      "address": "accounts-events",
      "bindings": {
        "sqs": {
          "queue": {
            "name": "accounts-events",
            "fifoQueue": false
          },
          "deadLetterQueue": {
            "name": "accounts-events-dlq",
            "fifoQueue": false
          },
          "bindingVersion": "0.2.0"
        }
      },
      "title": "Accounts service's queue (SQS)",
      "description": "Ledger events the accounts service needs to know balances and refused closes.",
      "messages": {
        "Deposited": "$ref:$.channels.ledgerEvents.messages.Deposited",
        "Withdrawn": "$ref:$.channels.ledgerEvents.messages.Withdrawn",
        "AccountCloseRejected": "$ref:$.channels.ledgerEvents.messages.AccountCloseRejected",
        "TransferSent": "$ref:$.channels.ledgerEvents.messages.TransferSent",
        "TransferReceived": "$ref:$.channels.ledgerEvents.messages.TransferReceived"
      },
      "x-parser-unique-object-id": "accountsEvents"
    },
    "bankingEvents": {
      "address": "banking-events",
      "bindings": {
        "sqs": {
          "queue": {
            "name": "banking-events",
            "fifoQueue": false
          },
          "deadLetterQueue": {
            "name": "banking-events-dlq",
            "fifoQueue": false
          },
          "bindingVersion": "0.2.0"
        }
      },
      "title": "Banking service's queue (SQS)",
      "description": "Account events for banking's accounts projection, and ledger outcomes for its operations.",
      "messages": {
        "AccountCreated": "$ref:$.channels.accountEvents.messages.AccountCreated",
        "AccountClosed": "$ref:$.channels.accountEvents.messages.AccountClosed",
        "AccountReopened": "$ref:$.channels.accountEvents.messages.AccountReopened",
        "Deposited": "$ref:$.channels.ledgerEvents.messages.Deposited",
        "Withdrawn": "$ref:$.channels.ledgerEvents.messages.Withdrawn",
        "DepositRejected": "$ref:$.channels.ledgerEvents.messages.DepositRejected",
        "WithdrawalRejected": "$ref:$.channels.ledgerEvents.messages.WithdrawalRejected",
        "TransferSent": "$ref:$.channels.ledgerEvents.messages.TransferSent",
        "TransferRejected": "$ref:$.channels.ledgerEvents.messages.TransferRejected"
      },
      "x-parser-unique-object-id": "bankingEvents"
    },
    "queryEvents": {
      "address": "query-events",
      "bindings": {
        "sqs": {
          "queue": {
            "name": "query-events",
            "fifoQueue": false
          },
          "deadLetterQueue": {
            "name": "query-events-dlq",
            "fifoQueue": false
          },
          "bindingVersion": "0.2.0"
        }
      },
      "title": "Query service's queue (SQS)",
      "description": "Account and ledger events for the balances and history projections.",
      "messages": {
        "AccountCreated": "$ref:$.channels.accountEvents.messages.AccountCreated",
        "AccountClosed": "$ref:$.channels.accountEvents.messages.AccountClosed",
        "AccountReopened": "$ref:$.channels.accountEvents.messages.AccountReopened",
        "Deposited": "$ref:$.channels.ledgerEvents.messages.Deposited",
        "Withdrawn": "$ref:$.channels.ledgerEvents.messages.Withdrawn",
        "TransferSent": "$ref:$.channels.ledgerEvents.messages.TransferSent",
        "TransferReceived": "$ref:$.channels.ledgerEvents.messages.TransferReceived"
      },
      "x-parser-unique-object-id": "queryEvents"
    },
    "notificationsEvents": {
      "address": "notifications-events",
      "bindings": {
        "sqs": {
          "queue": {
            "name": "notifications-events",
            "fifoQueue": false
          },
          "deadLetterQueue": {
            "name": "notifications-events-dlq",
            "fifoQueue": false
          },
          "bindingVersion": "0.2.0"
        }
      },
      "title": "Notifications service's queue (SQS)",
      "description": "The account and ledger events the notifications service turns into webhook events for the owner of the account each one is about.",
      "messages": {
        "AccountCreated": "$ref:$.channels.accountEvents.messages.AccountCreated",
        "AccountClosed": "$ref:$.channels.accountEvents.messages.AccountClosed",
        "Deposited": "$ref:$.channels.ledgerEvents.messages.Deposited",
        "Withdrawn": "$ref:$.channels.ledgerEvents.messages.Withdrawn",
        "DepositRejected": "$ref:$.channels.ledgerEvents.messages.DepositRejected",
        "WithdrawalRejected": "$ref:$.channels.ledgerEvents.messages.WithdrawalRejected",
        "TransferSent": "$ref:$.channels.ledgerEvents.messages.TransferSent",
        "TransferReceived": "$ref:$.channels.ledgerEvents.messages.TransferReceived",
        "TransferRejected": "$ref:$.channels.ledgerEvents.messages.TransferRejected"
      },
      "x-parser-unique-object-id": "notificationsEvents"
    },
    "webhooks": {
      "address": null,
      "bindings": {
        "http": {}
      },
      "title": "Webhooks (HTTPS POST to each customer's endpoint)",
      "description": "The URL a customer registered with `POST /webhook-endpoints`. Each event is POSTed as JSON\nwith the Standard Webhooks headers `webhook-id` (the event's `id`), `webhook-timestamp` (Unix\nseconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256>`; two of them, space separated,\nfor 24 hours after a secret rotation). A 2xx answer within 10 s acknowledges it; anything else\nis retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (±20 % each), then parked\nuntil re-sent. Delivery is at least once: a receiver drops an `id` it already has.\n",
      "messages": {
        "WebhookOperationEvent": {
          "name": "WebhookOperationEvent",
          "title": "A money movement of the customer's ended",
          "summary": "deposit.completed / deposit.failed, withdrawal.completed / withdrawal.failed, transfer.completed / transfer.failed (to the sender) and transfer.received (to the payee).",
          "headers": {
            "type": "object",
            "description": "The Standard Webhooks headers of every delivery.",
            "required": [
              "webhook-id",
              "webhook-timestamp",
              "webhook-signature"
            ],
            "properties": {
              "webhook-id": {
                "type": "string",
                "description": "`evt_` and 32 lowercase hexadecimal digits, derived from the message the event comes from: a retry, a re-send and a redelivered message all carry the same id.",
                "pattern": "^evt_[0-9a-f]{32}$",
                "x-parser-schema-id": "WebhookEventId"
              },
              "webhook-timestamp": {
                "type": "string",
                "description": "When this attempt was signed, in Unix seconds; refuse one far from now.",
                "pattern": "^[0-9]{1,12}$",
                "x-parser-schema-id": "<anonymous-schema-66>"
              },
              "webhook-signature": {
                "type": "string",
                "description": "`v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` per secret, space separated.",
                "pattern": "^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$",
                "x-parser-schema-id": "<anonymous-schema-67>"
              }
            },
            "x-parser-schema-id": "WebhookHeaders"
          },
          "payload": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "type",
              "timestamp",
              "data"
            ],
            "properties": {
              "id": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.headers.properties.webhook-id",
              "type": {
                "type": "string",
                "enum": [
                  "deposit.completed",
                  "deposit.failed",
                  "withdrawal.completed",
                  "withdrawal.failed",
                  "transfer.completed",
                  "transfer.failed",
                  "transfer.received"
                ],
                "x-parser-schema-id": "<anonymous-schema-68>"
              },
              "timestamp": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "data": {
                "type": "object",
                "description": "The operation as `GET /operation-status/{operation_id}` shows it to this customer, with the account's balance after a posting. A payee learns only the account the money came from.",
                "additionalProperties": false,
                "required": [
                  "operationId",
                  "accountId",
                  "type",
                  "direction",
                  "amount",
                  "currency",
                  "status",
                  "completedAt",
                  "errorCode",
                  "errorMessage",
                  "counterpartyAccountId",
                  "description"
                ],
                "properties": {
                  "operationId": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.operationId",
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "type": {
                    "type": "string",
                    "enum": [
                      "deposit",
                      "withdraw",
                      "transfer"
                    ],
                    "x-parser-schema-id": "<anonymous-schema-69>"
                  },
                  "direction": {
                    "type": "string",
                    "enum": [
                      "credit",
                      "debit"
                    ],
                    "x-parser-schema-id": "<anonymous-schema-70>"
                  },
                  "amount": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.amount",
                  "currency": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.currency",
                  "status": {
                    "type": "string",
                    "enum": [
                      "completed",
                      "failed"
                    ],
                    "x-parser-schema-id": "<anonymous-schema-71>"
                  },
                  "balance": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.balance",
                  "completedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
                  "errorCode": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "INSUFFICIENT_BALANCE",
                      "ACCOUNT_CLOSED",
                      "CURRENCY_MISMATCH",
                      "UNKNOWN_ACCOUNT",
                      "INVALID_AMOUNT",
                      "OPERATION_TIMED_OUT",
                      "SAME_ACCOUNT",
                      null
                    ],
                    "x-parser-schema-id": "<anonymous-schema-72>"
                  },
                  "errorMessage": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 500,
                    "x-parser-schema-id": "<anonymous-schema-73>"
                  },
                  "counterpartyAccountId": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^acc_[0-9a-f]{32}$",
                    "x-parser-schema-id": "<anonymous-schema-74>"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 140,
                    "x-parser-schema-id": "<anonymous-schema-75>"
                  }
                },
                "x-parser-schema-id": "WebhookOperationData"
              }
            },
            "x-parser-schema-id": "WebhookOperationEvent"
          },
          "examples": [
            {
              "name": "depositCompleted",
              "headers": {
                "webhook-id": "evt_9a8b7c6d5e4f40312a1b2c3d4e5f6a7b",
                "webhook-timestamp": "1768469460",
                "webhook-signature": "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="
              },
              "payload": {
                "id": "evt_9a8b7c6d5e4f40312a1b2c3d4e5f6a7b",
                "type": "deposit.completed",
                "timestamp": "2026-01-15T09:31:00.200Z",
                "data": {
                  "operationId": "op_7c9e6679742540de944be07fc1f90ae7",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "type": "deposit",
                  "direction": "credit",
                  "amount": 100.1,
                  "currency": "EUR",
                  "status": "completed",
                  "balance": 100.1,
                  "completedAt": "2026-01-15T09:31:00.200Z",
                  "errorCode": null,
                  "errorMessage": null,
                  "counterpartyAccountId": null,
                  "description": null
                }
              }
            },
            {
              "name": "transferFailed",
              "payload": {
                "id": "evt_1b2c3d4e5f6a40718293a4b5c6d7e8f9",
                "type": "transfer.failed",
                "timestamp": "2026-01-15T09:33:00.200Z",
                "data": {
                  "operationId": "op_5d41402abc4b4a76b9719d911017c592",
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "type": "transfer",
                  "direction": "debit",
                  "amount": 19.99,
                  "currency": "EUR",
                  "status": "failed",
                  "completedAt": "2026-01-15T09:33:00.200Z",
                  "errorCode": "INSUFFICIENT_BALANCE",
                  "errorMessage": "Insufficient balance",
                  "counterpartyAccountId": null,
                  "description": null
                }
              }
            }
          ],
          "description": "Sent by **notifications** as an HTTPS POST to each customer's registered webhook URL, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`).",
          "x-parser-unique-object-id": "WebhookOperationEvent"
        },
        "WebhookAccountOpened": {
          "name": "WebhookAccountOpened",
          "title": "An account of the customer's was opened (account.opened)",
          "headers": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.headers",
          "payload": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "type",
              "timestamp",
              "data"
            ],
            "properties": {
              "id": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.headers.properties.webhook-id",
              "type": {
                "type": "string",
                "enum": [
                  "account.opened"
                ],
                "x-parser-schema-id": "<anonymous-schema-76>"
              },
              "timestamp": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "accountId",
                  "name",
                  "currency",
                  "status",
                  "createdAt"
                ],
                "properties": {
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "name": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 100,
                    "x-parser-schema-id": "<anonymous-schema-77>"
                  },
                  "currency": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.currency",
                  "status": {
                    "type": "string",
                    "enum": [
                      "active"
                    ],
                    "x-parser-schema-id": "<anonymous-schema-78>"
                  },
                  "createdAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time"
                },
                "x-parser-schema-id": "WebhookAccountOpenedData"
              }
            },
            "x-parser-schema-id": "WebhookAccountOpened"
          },
          "examples": [
            {
              "name": "accountOpened",
              "payload": {
                "id": "evt_2a3b4c5d6e7f40819a0b1c2d3e4f5a6b",
                "type": "account.opened",
                "timestamp": "2026-01-15T09:30:00.000Z",
                "data": {
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "name": "Everyday account",
                  "currency": "EUR",
                  "status": "active",
                  "createdAt": "2026-01-15T09:30:00.000Z"
                }
              }
            }
          ],
          "description": "Sent by **notifications** as an HTTPS POST to each customer's registered webhook URL, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`).",
          "x-parser-unique-object-id": "WebhookAccountOpened"
        },
        "WebhookAccountClosed": {
          "name": "WebhookAccountClosed",
          "title": "An account of the customer's was closed (account.closed)",
          "headers": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.headers",
          "payload": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "type",
              "timestamp",
              "data"
            ],
            "properties": {
              "id": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.headers.properties.webhook-id",
              "type": {
                "type": "string",
                "enum": [
                  "account.closed"
                ],
                "x-parser-schema-id": "<anonymous-schema-79>"
              },
              "timestamp": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "accountId",
                  "status",
                  "closedAt"
                ],
                "properties": {
                  "accountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
                  "status": {
                    "type": "string",
                    "enum": [
                      "closed"
                    ],
                    "x-parser-schema-id": "<anonymous-schema-80>"
                  },
                  "closedAt": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time"
                },
                "x-parser-schema-id": "WebhookAccountClosedData"
              }
            },
            "x-parser-schema-id": "WebhookAccountClosed"
          },
          "examples": [
            {
              "name": "accountClosed",
              "payload": {
                "id": "evt_3b4c5d6e7f8a40919b0c1d2e3f4a5b6c",
                "type": "account.closed",
                "timestamp": "2026-02-01T12:00:00.000Z",
                "data": {
                  "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                  "status": "closed",
                  "closedAt": "2026-02-01T12:00:00.000Z"
                }
              }
            }
          ],
          "description": "Sent by **notifications** as an HTTPS POST to each customer's registered webhook URL, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`).",
          "x-parser-unique-object-id": "WebhookAccountClosed"
        },
        "WebhookPing": {
          "name": "WebhookPing",
          "title": "A test event (ping), sent by POST /webhook-endpoints/{endpoint_id}/test",
          "headers": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.headers",
          "payload": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "type",
              "timestamp",
              "data"
            ],
            "properties": {
              "id": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.headers.properties.webhook-id",
              "type": {
                "type": "string",
                "enum": [
                  "ping"
                ],
                "x-parser-schema-id": "<anonymous-schema-81>"
              },
              "timestamp": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
              "data": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "endpointId",
                  "message"
                ],
                "properties": {
                  "endpointId": {
                    "type": "string",
                    "pattern": "^whe_[0-9a-f]{32}$",
                    "x-parser-schema-id": "<anonymous-schema-82>"
                  },
                  "message": {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-83>"
                  }
                },
                "x-parser-schema-id": "WebhookPingData"
              }
            },
            "x-parser-schema-id": "WebhookPing"
          },
          "examples": [
            {
              "name": "ping",
              "payload": {
                "id": "evt_4c5d6e7f8a9b40a19c0d1e2f3a4b5c6d",
                "type": "ping",
                "timestamp": "2026-01-15T09:35:00.000Z",
                "data": {
                  "endpointId": "whe_2c7d8e9f0a1b4c3d8e5f6a7b8c9d0e1f",
                  "message": "It works"
                }
              }
            }
          ],
          "description": "Sent by **notifications** as an HTTPS POST to each customer's registered webhook URL, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`).",
          "x-parser-unique-object-id": "WebhookPing"
        }
      },
      "x-parser-unique-object-id": "webhooks"
    }
  },
  "operations": {
    "accountsSendsAccountEvents": {
      "action": "send",
      "title": "The accounts service publishes its events",
      "x-service": "accounts",
      "channel": "$ref:$.channels.accountEvents",
      "messages": [
        "$ref:$.channels.accountEvents.messages.AccountCreated",
        "$ref:$.channels.accountEvents.messages.AccountClosed",
        "$ref:$.channels.accountEvents.messages.AccountReopened"
      ],
      "x-parser-unique-object-id": "accountsSendsAccountEvents"
    },
    "bankingSendsLedgerCommands": {
      "action": "send",
      "title": "Banking sends money movement commands to the ledger",
      "x-service": "banking",
      "channel": "$ref:$.channels.ledgerCommands",
      "messages": [
        "$ref:$.channels.ledgerCommands.messages.Deposit",
        "$ref:$.channels.ledgerCommands.messages.Withdraw",
        "$ref:$.channels.ledgerCommands.messages.CancelOperation",
        "$ref:$.channels.ledgerCommands.messages.Transfer"
      ],
      "x-parser-unique-object-id": "bankingSendsLedgerCommands"
    },
    "ledgerSendsLedgerEvents": {
      "action": "send",
      "title": "The ledger publishes postings and refusals",
      "x-service": "ledger",
      "channel": "$ref:$.channels.ledgerEvents",
      "messages": [
        "$ref:$.channels.ledgerEvents.messages.Deposited",
        "$ref:$.channels.ledgerEvents.messages.Withdrawn",
        "$ref:$.channels.ledgerEvents.messages.DepositRejected",
        "$ref:$.channels.ledgerEvents.messages.WithdrawalRejected",
        "$ref:$.channels.ledgerEvents.messages.AccountCloseRejected",
        "$ref:$.channels.ledgerEvents.messages.TransferSent",
        "$ref:$.channels.ledgerEvents.messages.TransferReceived",
        "$ref:$.channels.ledgerEvents.messages.TransferRejected"
      ],
      "x-parser-unique-object-id": "ledgerSendsLedgerEvents"
    },
    "ledgerReceivesCommands": {
      "action": "receive",
      "title": "The ledger posts or refuses commands",
      "x-service": "ledger",
      "channel": "$ref:$.channels.ledgerCommands",
      "messages": [
        "$ref:$.channels.ledgerCommands.messages.Deposit",
        "$ref:$.channels.ledgerCommands.messages.Withdraw",
        "$ref:$.channels.ledgerCommands.messages.CancelOperation",
        "$ref:$.channels.ledgerCommands.messages.Transfer"
      ],
      "x-parser-unique-object-id": "ledgerReceivesCommands"
    },
    "ledgerReceivesAccountEvents": {
      "action": "receive",
      "title": "The ledger learns of accounts opening and closing",
      "x-service": "ledger",
      "channel": "$ref:$.channels.ledgerAccountEvents",
      "messages": [
        "$ref:$.channels.accountEvents.messages.AccountCreated",
        "$ref:$.channels.accountEvents.messages.AccountClosed"
      ],
      "x-parser-unique-object-id": "ledgerReceivesAccountEvents"
    },
    "accountsReceivesLedgerEvents": {
      "action": "receive",
      "title": "The accounts service follows balances and undoes refused closes",
      "x-service": "accounts",
      "channel": "$ref:$.channels.accountsEvents",
      "messages": [
        "$ref:$.channels.ledgerEvents.messages.Deposited",
        "$ref:$.channels.ledgerEvents.messages.Withdrawn",
        "$ref:$.channels.ledgerEvents.messages.AccountCloseRejected",
        "$ref:$.channels.ledgerEvents.messages.TransferSent",
        "$ref:$.channels.ledgerEvents.messages.TransferReceived"
      ],
      "x-parser-unique-object-id": "accountsReceivesLedgerEvents"
    },
    "bankingReceivesEvents": {
      "action": "receive",
      "title": "Banking projects accounts and ends operations",
      "x-service": "banking",
      "channel": "$ref:$.channels.bankingEvents",
      "messages": [
        "$ref:$.channels.accountEvents.messages.AccountCreated",
        "$ref:$.channels.accountEvents.messages.AccountClosed",
        "$ref:$.channels.accountEvents.messages.AccountReopened",
        "$ref:$.channels.ledgerEvents.messages.Deposited",
        "$ref:$.channels.ledgerEvents.messages.Withdrawn",
        "$ref:$.channels.ledgerEvents.messages.DepositRejected",
        "$ref:$.channels.ledgerEvents.messages.WithdrawalRejected",
        "$ref:$.channels.ledgerEvents.messages.TransferSent",
        "$ref:$.channels.ledgerEvents.messages.TransferRejected"
      ],
      "x-parser-unique-object-id": "bankingReceivesEvents"
    },
    "queryReceivesEvents": {
      "action": "receive",
      "title": "The query service projects accounts, balances and history",
      "x-service": "query",
      "channel": "$ref:$.channels.queryEvents",
      "messages": [
        "$ref:$.channels.accountEvents.messages.AccountCreated",
        "$ref:$.channels.accountEvents.messages.AccountClosed",
        "$ref:$.channels.accountEvents.messages.AccountReopened",
        "$ref:$.channels.ledgerEvents.messages.Deposited",
        "$ref:$.channels.ledgerEvents.messages.Withdrawn",
        "$ref:$.channels.ledgerEvents.messages.TransferSent",
        "$ref:$.channels.ledgerEvents.messages.TransferReceived"
      ],
      "x-parser-unique-object-id": "queryReceivesEvents"
    },
    "notificationsReceivesEvents": {
      "action": "receive",
      "title": "The notifications service turns account and ledger events into webhook events",
      "x-service": "notifications",
      "channel": "$ref:$.channels.notificationsEvents",
      "messages": [
        "$ref:$.channels.accountEvents.messages.AccountCreated",
        "$ref:$.channels.accountEvents.messages.AccountClosed",
        "$ref:$.channels.ledgerEvents.messages.Deposited",
        "$ref:$.channels.ledgerEvents.messages.Withdrawn",
        "$ref:$.channels.ledgerEvents.messages.DepositRejected",
        "$ref:$.channels.ledgerEvents.messages.WithdrawalRejected",
        "$ref:$.channels.ledgerEvents.messages.TransferSent",
        "$ref:$.channels.ledgerEvents.messages.TransferReceived",
        "$ref:$.channels.ledgerEvents.messages.TransferRejected"
      ],
      "x-parser-unique-object-id": "notificationsReceivesEvents"
    },
    "notificationsSendsWebhooks": {
      "action": "send",
      "title": "The notifications service POSTs signed events to the customers' endpoints",
      "x-service": "notifications",
      "channel": "$ref:$.channels.webhooks",
      "bindings": {
        "http": {
          "method": "POST",
          "bindingVersion": "0.3.0"
        }
      },
      "messages": [
        "$ref:$.channels.webhooks.messages.WebhookOperationEvent",
        "$ref:$.channels.webhooks.messages.WebhookAccountOpened",
        "$ref:$.channels.webhooks.messages.WebhookAccountClosed",
        "$ref:$.channels.webhooks.messages.WebhookPing"
      ],
      "x-parser-unique-object-id": "notificationsSendsWebhooks"
    }
  },
  "components": {
    "messages": {
      "AccountCreated": "$ref:$.channels.accountEvents.messages.AccountCreated",
      "AccountClosed": "$ref:$.channels.accountEvents.messages.AccountClosed",
      "AccountReopened": "$ref:$.channels.accountEvents.messages.AccountReopened",
      "Deposit": "$ref:$.channels.ledgerCommands.messages.Deposit",
      "Withdraw": "$ref:$.channels.ledgerCommands.messages.Withdraw",
      "CancelOperation": "$ref:$.channels.ledgerCommands.messages.CancelOperation",
      "Deposited": "$ref:$.channels.ledgerEvents.messages.Deposited",
      "Withdrawn": "$ref:$.channels.ledgerEvents.messages.Withdrawn",
      "DepositRejected": "$ref:$.channels.ledgerEvents.messages.DepositRejected",
      "WithdrawalRejected": "$ref:$.channels.ledgerEvents.messages.WithdrawalRejected",
      "AccountCloseRejected": "$ref:$.channels.ledgerEvents.messages.AccountCloseRejected",
      "Transfer": "$ref:$.channels.ledgerCommands.messages.Transfer",
      "TransferSent": "$ref:$.channels.ledgerEvents.messages.TransferSent",
      "TransferReceived": "$ref:$.channels.ledgerEvents.messages.TransferReceived",
      "TransferRejected": "$ref:$.channels.ledgerEvents.messages.TransferRejected",
      "WebhookOperationEvent": "$ref:$.channels.webhooks.messages.WebhookOperationEvent",
      "WebhookAccountOpened": "$ref:$.channels.webhooks.messages.WebhookAccountOpened",
      "WebhookAccountClosed": "$ref:$.channels.webhooks.messages.WebhookAccountClosed",
      "WebhookPing": "$ref:$.channels.webhooks.messages.WebhookPing"
    },
    "schemas": {
      "MessageId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.id",
      "AccountId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.subject",
      "OperationId": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.operationId",
      "CorrelationId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.correlationid",
      "UserId": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.userId",
      "Timestamp": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.time",
      "Currency": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.currency",
      "Amount": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.amount",
      "Money": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.balance",
      "Sequence": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data.properties.sequence",
      "AccountVersion": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data.properties.version",
      "RejectionReason": "$ref:$.channels.ledgerEvents.messages.DepositRejected.payload.properties.data.properties.reason",
      "TransferDescription": "$ref:$.channels.ledgerEvents.messages.TransferSent.payload.properties.data.properties.description",
      "AccountCreatedData": "$ref:$.channels.accountEvents.messages.AccountCreated.payload.properties.data",
      "AccountClosedData": "$ref:$.channels.accountEvents.messages.AccountClosed.payload.properties.data",
      "AccountReopenedData": "$ref:$.channels.accountEvents.messages.AccountReopened.payload.properties.data",
      "MoneyCommandData": "$ref:$.channels.ledgerCommands.messages.Deposit.payload.properties.data",
      "CancelOperationData": "$ref:$.channels.ledgerCommands.messages.CancelOperation.payload.properties.data",
      "PostedData": "$ref:$.channels.ledgerEvents.messages.Deposited.payload.properties.data",
      "TransferCommandData": "$ref:$.channels.ledgerCommands.messages.Transfer.payload.properties.data",
      "TransferPostedData": "$ref:$.channels.ledgerEvents.messages.TransferSent.payload.properties.data",
      "RejectedData": "$ref:$.channels.ledgerEvents.messages.DepositRejected.payload.properties.data",
      "AccountCloseRejectedData": "$ref:$.channels.ledgerEvents.messages.AccountCloseRejected.payload.properties.data",
      "WebhookHeaders": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.headers",
      "WebhookEventId": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.headers.properties.webhook-id",
      "WebhookOperationEvent": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.payload",
      "WebhookOperationData": "$ref:$.channels.webhooks.messages.WebhookOperationEvent.payload.properties.data",
      "WebhookAccountOpened": "$ref:$.channels.webhooks.messages.WebhookAccountOpened.payload",
      "WebhookAccountOpenedData": "$ref:$.channels.webhooks.messages.WebhookAccountOpened.payload.properties.data",
      "WebhookAccountClosed": "$ref:$.channels.webhooks.messages.WebhookAccountClosed.payload",
      "WebhookAccountClosedData": "$ref:$.channels.webhooks.messages.WebhookAccountClosed.payload.properties.data",
      "WebhookPing": "$ref:$.channels.webhooks.messages.WebhookPing.payload",
      "WebhookPingData": "$ref:$.channels.webhooks.messages.WebhookPing.payload.properties.data",
      "AccountCreatedMessage": "$ref:$.channels.accountEvents.messages.AccountCreated.payload",
      "AccountClosedMessage": "$ref:$.channels.accountEvents.messages.AccountClosed.payload",
      "AccountReopenedMessage": "$ref:$.channels.accountEvents.messages.AccountReopened.payload",
      "DepositMessage": "$ref:$.channels.ledgerCommands.messages.Deposit.payload",
      "WithdrawMessage": "$ref:$.channels.ledgerCommands.messages.Withdraw.payload",
      "CancelOperationMessage": "$ref:$.channels.ledgerCommands.messages.CancelOperation.payload",
      "DepositedMessage": "$ref:$.channels.ledgerEvents.messages.Deposited.payload",
      "WithdrawnMessage": "$ref:$.channels.ledgerEvents.messages.Withdrawn.payload",
      "DepositRejectedMessage": "$ref:$.channels.ledgerEvents.messages.DepositRejected.payload",
      "WithdrawalRejectedMessage": "$ref:$.channels.ledgerEvents.messages.WithdrawalRejected.payload",
      "AccountCloseRejectedMessage": "$ref:$.channels.ledgerEvents.messages.AccountCloseRejected.payload",
      "TransferMessage": "$ref:$.channels.ledgerCommands.messages.Transfer.payload",
      "TransferSentMessage": "$ref:$.channels.ledgerEvents.messages.TransferSent.payload",
      "TransferReceivedMessage": "$ref:$.channels.ledgerEvents.messages.TransferReceived.payload",
      "TransferRejectedMessage": "$ref:$.channels.ledgerEvents.messages.TransferRejected.payload"
    }
  },
  "x-parser-spec-parsed": true,
  "x-parser-api-version": 3,
  "x-parser-spec-stringified": true
};
    const config = {"show":{"sidebar":true,"messageExamples":true},"sidebar":{"showOperations":"byDefault"},"expand":{"messageExamples":true}};
    const appRoot = document.getElementById('root');
    AsyncApiStandalone.render(
        { schema, config, }, appRoot
    );
  