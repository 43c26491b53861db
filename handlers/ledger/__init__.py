"""The ledger service: the double-entry journal and the authoritative balance of every account."""
