"""The accounts service: opens and closes accounts; the source of AccountCreated and AccountClosed."""
