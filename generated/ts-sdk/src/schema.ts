// generated from specs/openapi.yaml by tools/ts_sdk.py, do not edit
import type { Decimal } from "./money.js";
export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the caller's accounts */
        get: operations["listAccounts"];
        put?: never;
        /** Open an account */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one of the caller's accounts */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Close one of the caller's accounts
         * @description Only an account whose balance is zero can be closed. The ledger has the last word: a
         *     deposit already in flight when the account was closed is refused (`ACCOUNT_CLOSED`), and
         *     should money reach the ledger before the close does, the close is undone and the account
         *     is active again, so money is never stranded on a closed account.
         */
        put: operations["closeAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deposit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deposit money into one of the caller's accounts */
        post: operations["deposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw money from one of the caller's accounts
         * @description Accepted at once; the ledger then posts it or refuses it (for instance
         *     `INSUFFICIENT_BALANCE`), and the operation ends `completed` or `failed`.
         */
        post: operations["withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move money from one of the caller's accounts to another account
         * @description The source must be the caller's; the destination may be any account of the same currency,
         *     the caller's or another customer's: an account id is its payee's identifier. Accepted at
         *     once; the ledger then posts both sides in one transaction or refuses the transfer, and the
         *     operation ends `completed` or `failed` with its `errorCode`: `INSUFFICIENT_BALANCE`,
         *     `ACCOUNT_CLOSED` (either side; a destination that does not exist is refused the same way,
         *     so an id's existence is never told to anyone but its owner), `CURRENCY_MISMATCH` or
         *     `SAME_ACCOUNT`. The sender's history shows a debit row and the receiver's a credit row,
         *     each naming the other account and carrying the description; neither sees anything else of
         *     the other.
         */
        post: operations["transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operation-status/{operation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow one of the caller's money movements */
        get: operations["getOperationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the history of one of the caller's accounts, newest first */
        get: operations["getTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/balances/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the balance of one of the caller's accounts */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the balances of the caller's open accounts */
        get: operations["listBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the caller's webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description The platform will POST each event of the caller's accounts whose type the endpoint takes
         *     (every type when `eventTypes` is left out) to `url`, signed per the Standard Webhooks
         *     specification (`webhook-id`, `webhook-timestamp`, `webhook-signature`) with the endpoint's
         *     secret. The secret is in this answer only: keep it. The payloads are described in the message
         *     catalog (`/asyncapi/`, channel `webhooks`).
         *
         *     The URL must be `https` on AWS stages. An address that is loopback, private, link-local
         *     (cloud metadata such as 169.254.169.254), multicast, reserved or unspecified, in any spelling
         *     (decimal, octal or hexadecimal IPv4, IPv6, IPv4-mapped IPv6), is refused with 422
         *     `INVALID_WEBHOOK_URL`, and again when connecting, after resolving the name (so a name that
         *     resolves to such an address later is refused too). Only the embedded platform (`make run`)
         *     accepts `http://` loopback receivers by default (`BANK_WEBHOOK_ALLOW_LOOPBACK`).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one of the caller's webhook endpoints */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete one of the caller's webhook endpoints
         * @description Nothing more is sent to it, retries included. The Idempotency-Key it was registered with is freed: sent again, it registers a new endpoint rather than replaying the deleted one.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{endpoint_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace an endpoint's signing secret
         * @description The new secret is in this answer only. The previous one stays valid until
         *     `previousSecretExpiresAt` (24 hours): meanwhile every delivery carries two signatures in
         *     `webhook-signature`, one per secret, so a receiver can switch without losing an event.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{endpoint_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a ping event to one of the caller's endpoints
         * @description A `ping` event, delivered and retried like every other; follow it in `/deliveries`.
         */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{endpoint_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the delivery attempts of one of the caller's endpoints, newest first
         * @description One row per attempt. An event that failed is retried after about 5 s, 5 min, 30 min, 2 h,
         *     5 h, 10 h and 10 h (each delay ±20 %, 8 attempts over about 28 hours); after the last it is
         *     `parked` and stays so until re-sent with `POST …/events/{event_id}/resend`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{endpoint_id}/events/{event_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event to one of the caller's endpoints again
         * @description For an event that was parked after its last attempt (or one the receiver lost): it is
         *     attempted again at once, and retried on the same schedule. The same event id is sent, so a
         *     receiver that already has it can drop it.
         */
        post: operations["resendWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description `acc_` and 32 lowercase hexadecimal digits.
         * @example acc_0f8fad5bd9cb469fa16570867728950e
         */
        AccountId: string;
        /**
         * @description `op_` and 32 lowercase hexadecimal digits.
         * @example op_7c9e6679742540de944be07fc1f90ae7
         */
        OperationId: string;
        /**
         * @description The owner's Cognito `sub`.
         * @example 6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69
         */
        UserId: string;
        /**
         * Format: date-time
         * @description UTC, ISO 8601, millisecond precision.
         * @example 2026-01-15T09:30:00.000Z
         */
        Timestamp: string;
        /** @description When the problem was found. The services write a `Timestamp` (UTC, ISO 8601). A refusal the API edge makes before any service runs (on AWS, API Gateway's own 401, 429 and 5xx answers) carries the edge's request time instead, as an `EdgeTimestamp`. */
        ProblemTimestamp: components["schemas"]["Timestamp"] | components["schemas"]["EdgeTimestamp"];
        /**
         * @description The API edge's request time, `dd/MMM/yyyy:HH:mm:ss +hhmm` (API Gateway's `$context.requestTime`).
         * @example 26/Nov/2026:01:35:14 +0000
         */
        EdgeTimestamp: string;
        /**
         * @description An exact decimal amount of the account's currency. The schema steps by 0.0001, the finest minor unit of a listed currency (CLF and UYW have four); the account's currency decides the rest: no more decimals than its minor units, so at least one minor unit (EUR 0.01, JPY 1, BHD 0.001), else 422 `INVALID_AMOUNT`. The platform writes amounts with the currency's minor units (EUR 5.00, JPY 5, BHD 1.005).
         * @example 100.1
         */
        Amount: Decimal;
        /**
         * @description An exact decimal balance of the account's currency, written with its minor units (EUR 70.05, JPY 70, BHD 1.005); never negative.
         * @example 70.05
         */
        Money: Decimal;
        /**
         * @description An ISO 4217 currency code that has minor units (the list is checked against ISO 4217 data).
         * @example EUR
         * @enum {string}
         */
        Currency: "AED" | "AFN" | "ALL" | "AMD" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHE" | "CHF" | "CHW" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UYW" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAD" | "XAF" | "XCD" | "XCG" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWG";
        /**
         * @description At least 3 characters once the blanks (Unicode space separators, such as U+0020, U+00A0 and U+3000) around them are trimmed; stored trimmed. Any script, symbol or emoji, but no control character (C0, DEL, C1), no line or paragraph separator, no bidirectional mark, embedding, override or isolate (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) and no zero-width or invisible format character (U+180E, U+200B, U+2060-U+2064, U+206A-U+206F, U+FEFF, U+FFF9-U+FFFB). The zero-width non-joiner and joiner (U+200C, U+200D), which Persian, Indic scripts and emoji sequences need, may stand between two characters but not first or last. The pattern spells each class out, so that it means the same in ECMA-262, Python and Rust regular expressions.
         * @example Everyday account
         */
        AccountName: string;
        /** @enum {string} */
        AccountStatus: "active" | "closed" | "suspended";
        /** @enum {string} */
        OperationType: "deposit" | "withdraw" | "transfer";
        /**
         * @description `credit`: money came into the account; `debit`: money left it.
         * @enum {string}
         */
        Direction: "credit" | "debit";
        /**
         * @description Shown to both sides of a transfer. Printable text: no control, bidirectional or invisible formatting characters (ZWNJ and ZWJ are allowed, as in names).
         * @example Rent, March
         */
        TransferDescription: string;
        /** @enum {string} */
        OperationStatus: "pending" | "completed" | "failed";
        /**
         * @description Why the ledger refused a money movement. OPERATION_TIMED_OUT: the ledger did not receive it in
         *     time (it stayed pending past twice the platform's pending timeout) and will never post it.
         *     SAME_ACCOUNT: a transfer whose destination is its source.
         * @enum {string}
         */
        OperationErrorCode: "INSUFFICIENT_BALANCE" | "ACCOUNT_CLOSED" | "CURRENCY_MISMATCH" | "UNKNOWN_ACCOUNT" | "INVALID_AMOUNT" | "OPERATION_TIMED_OUT" | "SAME_ACCOUNT";
        /**
         * @description Stable error codes. VALIDATION_ERROR 400, UNAUTHORIZED 401, NOT_FOUND 404,
         *     METHOD_NOT_ALLOWED 405, ACCOUNT_CLOSED / ACCOUNT_NOT_EMPTY / IDEMPOTENCY_KEY_REUSED 409,
         *     PAYLOAD_TOO_LARGE 413, UNSUPPORTED_MEDIA_TYPE 415, INVALID_AMOUNT / INVALID_CURSOR /
         *     INVALID_WEBHOOK_URL 422,
         *     RATE_LIMITED 429, INTERNAL_ERROR 500. INSUFFICIENT_BALANCE and CURRENCY_MISMATCH are the `errorCode` of a
         *     failed operation.
         * @enum {string}
         */
        ErrorCode: "VALIDATION_ERROR" | "UNAUTHORIZED" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "ACCOUNT_CLOSED" | "ACCOUNT_NOT_EMPTY" | "IDEMPOTENCY_KEY_REUSED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "INVALID_AMOUNT" | "INVALID_CURSOR" | "INSUFFICIENT_BALANCE" | "CURRENCY_MISMATCH" | "RATE_LIMITED" | "INTERNAL_ERROR" | "INVALID_WEBHOOK_URL";
        CreateAccountRequest: {
            name: components["schemas"]["AccountName"];
            currency: components["schemas"]["Currency"];
        };
        MoneyMovementRequest: {
            accountId: components["schemas"]["AccountId"];
            amount: components["schemas"]["Amount"];
        };
        TransferRequest: {
            fromAccountId: components["schemas"]["AccountId"];
            toAccountId: components["schemas"]["AccountId"];
            amount: components["schemas"]["Amount"];
            description?: components["schemas"]["TransferDescription"];
        };
        Account: {
            accountId: components["schemas"]["AccountId"];
            userId: components["schemas"]["UserId"];
            name: string;
            currency: components["schemas"]["Currency"];
            status: components["schemas"]["AccountStatus"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            /** Format: date-time */
            closedAt: string | null;
        };
        AccountCreated: {
            message: string;
            accountId: components["schemas"]["AccountId"];
            userId: components["schemas"]["UserId"];
            name: string;
            currency: components["schemas"]["Currency"];
            /** @enum {string} */
            status: "active";
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            /** Format: date-time */
            closedAt?: string | null;
        };
        AccountClosedResponse: {
            message: string;
            accountId: components["schemas"]["AccountId"];
        };
        OperationAccepted: {
            message: string;
            operationId: components["schemas"]["OperationId"];
            /** @enum {string} */
            status: "pending";
        };
        Operation: {
            operationId: components["schemas"]["OperationId"];
            accountId: components["schemas"]["AccountId"];
            type: components["schemas"]["OperationType"];
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["Currency"];
            status: components["schemas"]["OperationStatus"];
            createdAt: components["schemas"]["Timestamp"];
            /** Format: date-time */
            completedAt: string | null;
            errorMessage: string | null;
            /**
             * @description Why the ledger refused the operation; null unless it failed. OPERATION_TIMED_OUT: it
             *     never reached the ledger in time, and nothing was or will be posted.
             * @enum {string|null}
             */
            errorCode: "INSUFFICIENT_BALANCE" | "ACCOUNT_CLOSED" | "CURRENCY_MISMATCH" | "UNKNOWN_ACCOUNT" | "INVALID_AMOUNT" | "OPERATION_TIMED_OUT" | "SAME_ACCOUNT" | null;
            /** @description A transfer's destination account; null for a deposit or withdrawal. */
            counterpartyAccountId: string | null;
            /** @description A transfer's description, if it was given one; else null. */
            description: string | null;
        };
        Transaction: {
            id: components["schemas"]["OperationId"];
            accountId: components["schemas"]["AccountId"];
            type: components["schemas"]["OperationType"];
            direction: components["schemas"]["Direction"];
            /** @description The other account of a transfer (the receiver on a debit row, the sender on a credit row); null otherwise. */
            counterpartyAccountId: string | null;
            amount: components["schemas"]["Amount"];
            balance: components["schemas"]["Money"];
            currency: components["schemas"]["Currency"];
            /** @enum {string} */
            status: "completed";
            /** @description The posting's place in the account's ledger, 1 for the first. */
            sequence: number;
            timestamp: components["schemas"]["Timestamp"];
            description: string;
        };
        TransactionPage: {
            transactions: components["schemas"]["Transaction"][];
            /** @description Pass it as `cursor` for the next (older) page; null on the last page. */
            nextCursor: string | null;
        };
        Balance: {
            accountId: components["schemas"]["AccountId"];
            balance: components["schemas"]["Money"];
            currency: components["schemas"]["Currency"];
            lastUpdated: components["schemas"]["Timestamp"];
        };
        NamedBalance: {
            accountId: components["schemas"]["AccountId"];
            accountName: string;
            balance: components["schemas"]["Money"];
            currency: components["schemas"]["Currency"];
            lastUpdated: components["schemas"]["Timestamp"];
        };
        /**
         * @description `whe_` and 32 lowercase hexadecimal digits.
         * @example whe_2c7d8e9f0a1b4c3d8e5f6a7b8c9d0e1f
         */
        WebhookEndpointId: string;
        /**
         * @description `evt_` and 32 lowercase hexadecimal digits; the `webhook-id` header and the payload's `id`. Stable: a retry or a re-send carries the same id, so a receiver drops what it already has.
         * @example evt_9a8b7c6d5e4f40312a1b2c3d4e5f6a7b
         */
        WebhookEventId: string;
        /**
         * @description What an event tells (the payloads are in the message catalog, channel `webhooks`). `transfer.completed` and `transfer.failed` go to the sender, `transfer.received` to the payee; `ping` answers `POST /webhook-endpoints/{endpoint_id}/test` and cannot be chosen.
         * @enum {string}
         */
        WebhookEventType: "deposit.completed" | "deposit.failed" | "withdrawal.completed" | "withdrawal.failed" | "transfer.completed" | "transfer.failed" | "transfer.received" | "account.opened" | "account.closed" | "ping";
        /** @enum {string} */
        SubscribableEventType: "deposit.completed" | "deposit.failed" | "withdrawal.completed" | "withdrawal.failed" | "transfer.completed" | "transfer.failed" | "transfer.received" | "account.opened" | "account.closed";
        /**
         * @description An absolute `https` URL (`http` only for loopback receivers where allowed), without credentials, in printable ASCII (an internationalized name in its `xn--` form).
         * @example https://hooks.example.com/bank
         */
        WebhookUrl: string;
        /**
         * @description The caller's words for the endpoint.
         * @example Bookkeeping
         */
        WebhookDescription: string;
        /**
         * @description `disabled`: the platform stopped sending after failing for days (see `disabledReason`).
         * @enum {string}
         */
        WebhookEndpointStatus: "enabled" | "disabled";
        CreateWebhookEndpointRequest: {
            url: components["schemas"]["WebhookUrl"];
            /** @description The types to send; every type when left out. */
            eventTypes?: components["schemas"]["SubscribableEventType"][];
            description?: components["schemas"]["WebhookDescription"];
        };
        WebhookEndpoint: {
            endpointId: components["schemas"]["WebhookEndpointId"];
            url: string;
            eventTypes: components["schemas"]["SubscribableEventType"][];
            description: string | null;
            status: components["schemas"]["WebhookEndpointStatus"];
            disabledReason: string | null;
            createdAt: components["schemas"]["Timestamp"];
        };
        WebhookEndpointCreated: {
            endpointId: components["schemas"]["WebhookEndpointId"];
            url: string;
            eventTypes: components["schemas"]["SubscribableEventType"][];
            description: string | null;
            status: components["schemas"]["WebhookEndpointStatus"];
            disabledReason: string | null;
            createdAt: components["schemas"]["Timestamp"];
            secret: components["schemas"]["WebhookSigningSecret"];
        };
        /** @description `whsec_` and the base64 of 24 random bytes: the Standard Webhooks signing secret, shown once. */
        WebhookSigningSecret: string;
        WebhookSecret: {
            endpointId: components["schemas"]["WebhookEndpointId"];
            secret: components["schemas"]["WebhookSigningSecret"];
            previousSecretExpiresAt: components["schemas"]["Timestamp"];
        };
        WebhookEventAccepted: {
            message: string;
            eventId: components["schemas"]["WebhookEventId"];
        };
        /** @description One attempt to deliver one event. */
        WebhookDelivery: {
            eventId: components["schemas"]["WebhookEventId"];
            eventType: components["schemas"]["WebhookEventType"];
            /** @description 1 for the first attempt of the event; a re-send goes on counting. */
            attempt: number;
            /**
             * @description `succeeded`: a 2xx within 10 s; `failed`: retried at `nextAttemptAt`; `parked`: the last attempt failed, nothing more is tried until a re-send.
             * @enum {string}
             */
            outcome: "succeeded" | "failed" | "parked";
            /** @description The receiver's status; null when no answer came. */
            httpStatus: number | null;
            /** @description Why no answer came (timeout, refused connection, refused address), else null. */
            error: string | null;
            durationMs: number;
            attemptedAt: components["schemas"]["Timestamp"];
            /** Format: date-time */
            nextAttemptAt: string | null;
        };
        WebhookDeliveryPage: {
            deliveries: components["schemas"]["WebhookDelivery"][];
            /** @description Pass it as `cursor` for the next (older) page; null on the last page. */
            nextCursor: string | null;
        };
        FieldError: {
            field: string;
            message: string;
        };
        /** @description RFC 9457 problem details, with the `message`, `code` and `timestamp` members clients already read. */
        Problem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            message: string;
            code: components["schemas"]["ErrorCode"];
            timestamp: components["schemas"]["ProblemTimestamp"];
            errors?: components["schemas"]["FieldError"][];
        };
    };
    responses: {
        /** @description The money movement is accepted; follow it with `GET /operation-status/{operation_id}`. */
        OperationAccepted: {
            headers: {
                "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Deposit accepted",
                 *       "operationId": "op_7c9e6679742540de944be07fc1f90ae7",
                 *       "status": "pending"
                 *     }
                 */
                "application/json": components["schemas"]["OperationAccepted"];
            };
        };
        /** @description The request is malformed (`VALIDATION_ERROR`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/validation-error",
                 *       "title": "Validation error",
                 *       "status": 400,
                 *       "detail": "amount: 0 is less than the minimum of 0.0001",
                 *       "message": "amount: 0 is less than the minimum of 0.0001",
                 *       "code": "VALIDATION_ERROR",
                 *       "timestamp": "2026-01-15T09:30:00.000Z",
                 *       "errors": [
                 *         {
                 *           "field": "amount",
                 *           "message": "0 is less than the minimum of 0.0001"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No token, or a token that is not valid (`UNAUTHORIZED`). */
        Unauthorized: {
            headers: {
                /** @description The authentication scheme, `Bearer`. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "A valid bearer token is required",
                 *       "message": "A valid bearer token is required",
                 *       "code": "UNAUTHORIZED",
                 *       "timestamp": "2026-01-15T09:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource among the caller's (`NOT_FOUND`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "Account not found",
                 *       "message": "Account not found",
                 *       "code": "NOT_FOUND",
                 *       "timestamp": "2026-01-15T09:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The account is already closed (`ACCOUNT_CLOSED`) or still holds money (`ACCOUNT_NOT_EMPTY`). */
        CloseConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/account-not-empty",
                 *       "title": "Account not empty",
                 *       "status": 409,
                 *       "detail": "The account still holds 70.05 EUR; withdraw it before closing",
                 *       "message": "The account still holds 70.05 EUR; withdraw it before closing",
                 *       "code": "ACCOUNT_NOT_EMPTY",
                 *       "timestamp": "2026-01-15T09:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The account is closed (`ACCOUNT_CLOSED`), or the Idempotency-Key was used for another request (`IDEMPOTENCY_KEY_REUSED`). */
        MoneyMovementConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/account-closed",
                 *       "title": "Account closed",
                 *       "status": 409,
                 *       "detail": "The account is closed",
                 *       "message": "The account is closed",
                 *       "code": "ACCOUNT_CLOSED",
                 *       "timestamp": "2026-01-15T09:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The Idempotency-Key was used for another request (`IDEMPOTENCY_KEY_REUSED`). */
        IdempotencyConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/idempotency-key-reused",
                 *       "title": "Idempotency key reused",
                 *       "status": 409,
                 *       "detail": "This Idempotency-Key was used with another request",
                 *       "message": "This Idempotency-Key was used with another request",
                 *       "code": "IDEMPOTENCY_KEY_REUSED",
                 *       "timestamp": "2026-01-15T09:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The amount has more decimals than the account's currency has minor units (`INVALID_AMOUNT`). */
        InvalidAmount: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/invalid-amount",
                 *       "title": "Invalid amount",
                 *       "status": 422,
                 *       "detail": "JPY amounts take at most 0 decimals",
                 *       "message": "JPY amounts take at most 0 decimals",
                 *       "code": "INVALID_AMOUNT",
                 *       "timestamp": "2026-01-15T09:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The cursor is well formed but not one the server issued (`INVALID_CURSOR`): only a `nextCursor` of this list continues it. */
        InvalidCursor: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/invalid-cursor",
                 *       "title": "Invalid cursor",
                 *       "status": 422,
                 *       "detail": "cursor: not a cursor of this list",
                 *       "message": "cursor: not a cursor of this list",
                 *       "code": "INVALID_CURSOR",
                 *       "timestamp": "2026-01-15T09:30:00.000Z",
                 *       "errors": [
                 *         {
                 *           "field": "cursor",
                 *           "message": "not a cursor of this list"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The URL is not one the platform may call (`INVALID_WEBHOOK_URL`): not https (on AWS stages), or naming an address that is loopback, private, link-local, multicast or reserved. */
        InvalidWebhookUrl: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/invalid-webhook-url",
                 *       "title": "Invalid webhook URL",
                 *       "status": 422,
                 *       "detail": "url: 169.254.169.254 is a link-local address",
                 *       "message": "url: 169.254.169.254 is a link-local address",
                 *       "code": "INVALID_WEBHOOK_URL",
                 *       "timestamp": "2026-01-15T09:30:00.000Z",
                 *       "errors": [
                 *         {
                 *           "field": "url",
                 *           "message": "169.254.169.254 is a link-local address"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than 64 KiB (`PAYLOAD_TOO_LARGE`). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/payload-too-large",
                 *       "title": "Payload too large",
                 *       "status": 413,
                 *       "detail": "The body must be at most 65536 bytes",
                 *       "message": "The body must be at most 65536 bytes",
                 *       "code": "PAYLOAD_TOO_LARGE",
                 *       "timestamp": "2026-01-15T09:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not `application/json` (`UNSUPPORTED_MEDIA_TYPE`). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/unsupported-media-type",
                 *       "title": "Unsupported media type",
                 *       "status": 415,
                 *       "detail": "The body must be application/json",
                 *       "message": "The body must be application/json",
                 *       "code": "UNSUPPORTED_MEDIA_TYPE",
                 *       "timestamp": "2026-01-15T09:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests (`RATE_LIMITED`). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/rate-limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Slow down and retry after the Retry-After delay",
                 *       "message": "Slow down and retry after the Retry-After delay",
                 *       "code": "RATE_LIMITED",
                 *       "timestamp": "2026-01-15T09:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something failed on our side (`INTERNAL_ERROR`); nothing about it is disclosed. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.bank.example/errors/internal-error",
                 *       "title": "Internal error",
                 *       "status": 500,
                 *       "detail": "An unexpected error occurred",
                 *       "message": "An unexpected error occurred",
                 *       "code": "INTERNAL_ERROR",
                 *       "timestamp": "2026-01-15T09:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        AccountIdPath: components["schemas"]["AccountId"];
        EndpointIdPath: components["schemas"]["WebhookEndpointId"];
        EventIdPath: components["schemas"]["WebhookEventId"];
        OperationIdPath: components["schemas"]["OperationId"];
        /**
         * @description Makes a POST safe to retry. The same key with the same body replays the first response
         *     (with `Idempotent-Replayed: true`); the same key with another body gives 409
         *     `IDEMPOTENCY_KEY_REUSED`. Bodies are compared as JSON values: the order of their keys and
         *     the spelling of their numbers (`5`, `5.00`) do not matter. A key is scoped to the caller and
         *     the operation (the same key on another operation is a request of its own) and is
         *     remembered for 24 hours; after that it serves a new request.
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this response is the replay of an earlier request with the same Idempotency-Key. */
        IdempotentReplayed: "true";
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type AccountId = components['schemas']['AccountId'];
export type OperationId = components['schemas']['OperationId'];
export type UserId = components['schemas']['UserId'];
export type Timestamp = components['schemas']['Timestamp'];
export type ProblemTimestamp = components['schemas']['ProblemTimestamp'];
export type EdgeTimestamp = components['schemas']['EdgeTimestamp'];
export type Amount = components['schemas']['Amount'];
export type Money = components['schemas']['Money'];
export type Currency = components['schemas']['Currency'];
export type AccountName = components['schemas']['AccountName'];
export type AccountStatus = components['schemas']['AccountStatus'];
export type OperationType = components['schemas']['OperationType'];
export type Direction = components['schemas']['Direction'];
export type TransferDescription = components['schemas']['TransferDescription'];
export type OperationStatus = components['schemas']['OperationStatus'];
export type OperationErrorCode = components['schemas']['OperationErrorCode'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type CreateAccountRequest = components['schemas']['CreateAccountRequest'];
export type MoneyMovementRequest = components['schemas']['MoneyMovementRequest'];
export type TransferRequest = components['schemas']['TransferRequest'];
export type Account = components['schemas']['Account'];
export type AccountCreated = components['schemas']['AccountCreated'];
export type AccountClosedResponse = components['schemas']['AccountClosedResponse'];
export type OperationAccepted = components['schemas']['OperationAccepted'];
export type Operation = components['schemas']['Operation'];
export type Transaction = components['schemas']['Transaction'];
export type TransactionPage = components['schemas']['TransactionPage'];
export type Balance = components['schemas']['Balance'];
export type NamedBalance = components['schemas']['NamedBalance'];
export type WebhookEndpointId = components['schemas']['WebhookEndpointId'];
export type WebhookEventId = components['schemas']['WebhookEventId'];
export type WebhookEventType = components['schemas']['WebhookEventType'];
export type SubscribableEventType = components['schemas']['SubscribableEventType'];
export type WebhookUrl = components['schemas']['WebhookUrl'];
export type WebhookDescription = components['schemas']['WebhookDescription'];
export type WebhookEndpointStatus = components['schemas']['WebhookEndpointStatus'];
export type CreateWebhookEndpointRequest = components['schemas']['CreateWebhookEndpointRequest'];
export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type WebhookEndpointCreated = components['schemas']['WebhookEndpointCreated'];
export type WebhookSigningSecret = components['schemas']['WebhookSigningSecret'];
export type WebhookSecret = components['schemas']['WebhookSecret'];
export type WebhookEventAccepted = components['schemas']['WebhookEventAccepted'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookDeliveryPage = components['schemas']['WebhookDeliveryPage'];
export type FieldError = components['schemas']['FieldError'];
export type Problem = components['schemas']['Problem'];
export type ResponseOperationAccepted = components['responses']['OperationAccepted'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseCloseConflict = components['responses']['CloseConflict'];
export type ResponseMoneyMovementConflict = components['responses']['MoneyMovementConflict'];
export type ResponseIdempotencyConflict = components['responses']['IdempotencyConflict'];
export type ResponseInvalidAmount = components['responses']['InvalidAmount'];
export type ResponseInvalidCursor = components['responses']['InvalidCursor'];
export type ResponseInvalidWebhookUrl = components['responses']['InvalidWebhookUrl'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalError = components['responses']['InternalError'];
export type ParameterAccountIdPath = components['parameters']['AccountIdPath'];
export type ParameterEndpointIdPath = components['parameters']['EndpointIdPath'];
export type ParameterEventIdPath = components['parameters']['EventIdPath'];
export type ParameterOperationIdPath = components['parameters']['OperationIdPath'];
export type ParameterIdempotencyKey = components['parameters']['IdempotencyKey'];
export type HeaderIdempotentReplayed = components['headers']['IdempotentReplayed'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every account of the caller, open or closed, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                     *         "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                     *         "name": "Everyday account",
                     *         "currency": "EUR",
                     *         "status": "active",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z",
                     *         "closedAt": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Account"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The same key with the same body replays the first response
                 *     (with `Idempotent-Replayed: true`); the same key with another body gives 409
                 *     `IDEMPOTENCY_KEY_REUSED`. Bodies are compared as JSON values: the order of their keys and
                 *     the spelling of their numbers (`5`, `5.00`) do not matter. A key is scoped to the caller and
                 *     the operation (the same key on another operation is a request of its own) and is
                 *     remembered for 24 hours; after that it serves a new request.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Everyday account",
                 *       "currency": "EUR"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description The account is open. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Account created",
                     *       "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                     *       "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                     *       "name": "Everyday account",
                     *       "currency": "EUR",
                     *       "status": "active",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "closedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["AccountCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                     *       "userId": "6f1c2a34-8f8e-4f3b-9a57-1f2d3c4b5a69",
                     *       "name": "Everyday account",
                     *       "currency": "EUR",
                     *       "status": "closed",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-02-01T12:00:00.000Z",
                     *       "closedAt": "2026-02-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    closeAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account is closed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Account closed",
                     *       "accountId": "acc_0f8fad5bd9cb469fa16570867728950e"
                     *     }
                     */
                    "application/json": components["schemas"]["AccountClosedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["CloseConflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deposit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The same key with the same body replays the first response
                 *     (with `Idempotent-Replayed: true`); the same key with another body gives 409
                 *     `IDEMPOTENCY_KEY_REUSED`. Bodies are compared as JSON values: the order of their keys and
                 *     the spelling of their numbers (`5`, `5.00`) do not matter. A key is scoped to the caller and
                 *     the operation (the same key on another operation is a request of its own) and is
                 *     remembered for 24 hours; after that it serves a new request.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                 *       "amount": 100.1
                 *     }
                 */
                "application/json": components["schemas"]["MoneyMovementRequest"];
            };
        };
        responses: {
            202: components["responses"]["OperationAccepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MoneyMovementConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["InvalidAmount"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    withdraw: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The same key with the same body replays the first response
                 *     (with `Idempotent-Replayed: true`); the same key with another body gives 409
                 *     `IDEMPOTENCY_KEY_REUSED`. Bodies are compared as JSON values: the order of their keys and
                 *     the spelling of their numbers (`5`, `5.00`) do not matter. A key is scoped to the caller and
                 *     the operation (the same key on another operation is a request of its own) and is
                 *     remembered for 24 hours; after that it serves a new request.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                 *       "amount": 30.05
                 *     }
                 */
                "application/json": components["schemas"]["MoneyMovementRequest"];
            };
        };
        responses: {
            202: components["responses"]["OperationAccepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MoneyMovementConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["InvalidAmount"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    transfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The same key with the same body replays the first response
                 *     (with `Idempotent-Replayed: true`); the same key with another body gives 409
                 *     `IDEMPOTENCY_KEY_REUSED`. Bodies are compared as JSON values: the order of their keys and
                 *     the spelling of their numbers (`5`, `5.00`) do not matter. A key is scoped to the caller and
                 *     the operation (the same key on another operation is a request of its own) and is
                 *     remembered for 24 hours; after that it serves a new request.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fromAccountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                 *       "toAccountId": "acc_9b2d6c1e0a7f4e3d8c5b4a3f2e1d0c9b",
                 *       "amount": 30.05,
                 *       "description": "Rent, March"
                 *     }
                 */
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            202: components["responses"]["OperationAccepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MoneyMovementConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["InvalidAmount"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOperationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                operation_id: components["parameters"]["OperationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "operationId": "op_7c9e6679742540de944be07fc1f90ae7",
                     *       "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                     *       "type": "withdraw",
                     *       "amount": 500,
                     *       "currency": "EUR",
                     *       "status": "failed",
                     *       "createdAt": "2026-01-15T09:31:00.000Z",
                     *       "completedAt": "2026-01-15T09:31:00.420Z",
                     *       "errorMessage": "Insufficient balance",
                     *       "errorCode": "INSUFFICIENT_BALANCE",
                     *       "counterpartyAccountId": null,
                     *       "description": null
                     *     }
                     */
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTransactions: {
        parameters: {
            query?: {
                /** @description The most rows one page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque. A well-formed cursor that the server did not issue answers 422 `INVALID_CURSOR`. */
                cursor?: string;
            };
            header?: never;
            path: {
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transactions": [
                     *         {
                     *           "id": "op_5d41402abc4b4a76b9719d911017c592",
                     *           "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                     *           "type": "transfer",
                     *           "direction": "debit",
                     *           "amount": 19.99,
                     *           "balance": 50.06,
                     *           "currency": "EUR",
                     *           "status": "completed",
                     *           "sequence": 3,
                     *           "timestamp": "2026-01-15T09:33:00.000Z",
                     *           "description": "Rent, March",
                     *           "counterpartyAccountId": "acc_9b2d6c1e0a7f4e3d8c5b4a3f2e1d0c9b"
                     *         },
                     *         {
                     *           "id": "op_1b4e28ba2fa141d2883f2b5e9a3c7d10",
                     *           "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                     *           "type": "withdraw",
                     *           "direction": "debit",
                     *           "amount": 30.05,
                     *           "balance": 70.05,
                     *           "currency": "EUR",
                     *           "status": "completed",
                     *           "sequence": 2,
                     *           "timestamp": "2026-01-15T09:32:00.000Z",
                     *           "description": "Withdrawal",
                     *           "counterpartyAccountId": null
                     *         },
                     *         {
                     *           "id": "op_7c9e6679742540de944be07fc1f90ae7",
                     *           "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                     *           "type": "deposit",
                     *           "direction": "credit",
                     *           "amount": 100.1,
                     *           "balance": 100.1,
                     *           "currency": "EUR",
                     *           "status": "completed",
                     *           "sequence": 1,
                     *           "timestamp": "2026-01-15T09:31:00.000Z",
                     *           "description": "Deposit",
                     *           "counterpartyAccountId": null
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["TransactionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidCursor"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                     *       "balance": 70.05,
                     *       "currency": "EUR",
                     *       "lastUpdated": "2026-01-15T09:32:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Balance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listBalances: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per open account of the caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "accountId": "acc_0f8fad5bd9cb469fa16570867728950e",
                     *         "accountName": "Everyday account",
                     *         "balance": 70.05,
                     *         "currency": "EUR",
                     *         "lastUpdated": "2026-01-15T09:32:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["NamedBalance"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every webhook endpoint of the caller, oldest first (never a secret). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "endpointId": "whe_2c7d8e9f0a1b4c3d8e5f6a7b8c9d0e1f",
                     *         "url": "https://hooks.example.com/bank",
                     *         "eventTypes": [
                     *           "deposit.completed",
                     *           "deposit.failed"
                     *         ],
                     *         "description": "Bookkeeping",
                     *         "status": "enabled",
                     *         "disabledReason": null,
                     *         "createdAt": "2026-01-15T09:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry. The same key with the same body replays the first response
                 *     (with `Idempotent-Replayed: true`); the same key with another body gives 409
                 *     `IDEMPOTENCY_KEY_REUSED`. Bodies are compared as JSON values: the order of their keys and
                 *     the spelling of their numbers (`5`, `5.00`) do not matter. A key is scoped to the caller and
                 *     the operation (the same key on another operation is a request of its own) and is
                 *     remembered for 24 hours; after that it serves a new request.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.example.com/bank",
                 *       "eventTypes": [
                 *         "deposit.completed",
                 *         "deposit.failed"
                 *       ],
                 *       "description": "Bookkeeping"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint is registered; `secret` is shown this once. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpointId": "whe_2c7d8e9f0a1b4c3d8e5f6a7b8c9d0e1f",
                     *       "url": "https://hooks.example.com/bank",
                     *       "eventTypes": [
                     *         "deposit.completed",
                     *         "deposit.failed"
                     *       ],
                     *       "description": "Bookkeeping",
                     *       "status": "enabled",
                     *       "disabledReason": null,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["InvalidWebhookUrl"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint (never its secret). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpointId": "whe_2c7d8e9f0a1b4c3d8e5f6a7b8c9d0e1f",
                     *       "url": "https://hooks.example.com/bank",
                     *       "eventTypes": [
                     *         "deposit.completed",
                     *         "deposit.failed"
                     *       ],
                     *       "description": "Bookkeeping",
                     *       "status": "disabled",
                     *       "disabledReason": "Every delivery failed for 5 days (since 2026-01-10T09:30:00.000Z)",
                     *       "createdAt": "2026-01-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint is deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpointId": "whe_2c7d8e9f0a1b4c3d8e5f6a7b8c9d0e1f",
                     *       "secret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
                     *       "previousSecretExpiresAt": "2026-01-16T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ping is queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Ping queued",
                     *       "eventId": "evt_9a8b7c6d5e4f40312a1b2c3d4e5f6a7b"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEventAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The most rows one page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque. A well-formed cursor that the server did not issue answers 422 `INVALID_CURSOR`. */
                cursor?: string;
            };
            header?: never;
            path: {
                endpoint_id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deliveries": [
                     *         {
                     *           "eventId": "evt_9a8b7c6d5e4f40312a1b2c3d4e5f6a7b",
                     *           "eventType": "deposit.completed",
                     *           "attempt": 2,
                     *           "outcome": "succeeded",
                     *           "httpStatus": 200,
                     *           "error": null,
                     *           "durationMs": 84,
                     *           "attemptedAt": "2026-01-15T09:31:06.000Z",
                     *           "nextAttemptAt": null
                     *         },
                     *         {
                     *           "eventId": "evt_9a8b7c6d5e4f40312a1b2c3d4e5f6a7b",
                     *           "eventType": "deposit.completed",
                     *           "attempt": 1,
                     *           "outcome": "failed",
                     *           "httpStatus": 503,
                     *           "error": null,
                     *           "durationMs": 120,
                     *           "attemptedAt": "2026-01-15T09:31:01.000Z",
                     *           "nextAttemptAt": "2026-01-15T09:31:06.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidCursor"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resendWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: components["parameters"]["EndpointIdPath"];
                event_id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event is queued again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Event queued again",
                     *       "eventId": "evt_9a8b7c6d5e4f40312a1b2c3d4e5f6a7b"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEventAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
