"""What every service shares and that depends on nothing else: named errors, money, exact JSON, ids,
the contracts as run-time judges."""
