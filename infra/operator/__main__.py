"""`python -m infra.operator`."""

from infra.operator.cli import main

main()
