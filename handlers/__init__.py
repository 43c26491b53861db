"""Handwritten domain code: the services (accounts, banking, ledger, query), each in its own package, over
four shared layers: core (errors, money, JSON), messaging, storage and the HTTP edge."""
