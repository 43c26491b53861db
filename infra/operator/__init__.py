"""The operator's tool: reconcile the projections with the ledger, follow one operation through every
service (`python -m infra.operator --help`; `make reconcile`, `make timeline OP=…`)."""
