"""The query service: balances and history projected from account and ledger events."""
