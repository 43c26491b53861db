"""DynamoDB plumbing the services' stores share: (de)serialisation, transactions, outbox, inbox, and
responses remembered under an Idempotency-Key."""
