"""Print a bearer token of the running platform for a user (`make token USER=bob`), on its own line."""

from __future__ import annotations

import sys

from infra.local.settings import STATE_FILE
from infra.local.users import PlatformState, cognito_of, token


def main() -> int:
    """Print the token, or say why there is none."""
    username = sys.argv[1] if len(sys.argv) > 1 else "demo"
    if not STATE_FILE.exists():
        print("no running platform found: start it with `make run`", file=sys.stderr)
        return 1
    state = PlatformState.load(STATE_FILE)
    cognito = cognito_of(state)
    try:
        print(token(cognito, state, username))
    except Exception as error:
        print(
            f"could not get a token from {state.endpoint} ({error}); is `make run` running?", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
