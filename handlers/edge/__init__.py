"""The HTTP edge: one dispatcher for both adapters, the error-code-to-status table, Idempotency-Key replay."""
