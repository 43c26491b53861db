"""Lambda entry points: thin adapters over the handlers; configuration comes from the environment."""
