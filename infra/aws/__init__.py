"""The AWS template, generated from the infrastructure definition (infra/tables.py, infra/resources.py)."""
