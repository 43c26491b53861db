"""The banking service: accepts deposits and withdrawals and follows them to the ledger's answer."""
