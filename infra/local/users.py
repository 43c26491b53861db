"""Users of the local user pool: created on first use, each with a fixed local-only password."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import boto3

LOCAL_PASSWORD = "Local-only-Passw0rd!"  # noqa: S105  (the embedded engine's throwaway users only)
USERNAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


@dataclass(frozen=True)
class PlatformState:
    """Where the running platform's engine, pool and API are: written at start, read by `make token`."""

    endpoint: str
    region: str
    user_pool_id: str
    client_id: str
    api_url: str

    def save(self, path: Path) -> None:
        """Write it where `make token` finds it."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), indent=1) + "\n")

    @classmethod
    def load(cls, path: Path) -> PlatformState:
        """Read it back."""
        return cls(**json.loads(path.read_text()))


def ensure_user(cognito: Any, pool_id: str, username: str) -> None:
    """Create the user with the local password unless the pool already has it."""
    if not USERNAME.match(username):
        raise ValueError(f"user names are 1-64 letters, digits, '.', '_' or '-': {username!r}")
    try:
        cognito.admin_get_user(UserPoolId=pool_id, Username=username)
        return
    except cognito.exceptions.UserNotFoundException:
        pass
    cognito.admin_create_user(
        UserPoolId=pool_id, Username=username, TemporaryPassword=LOCAL_PASSWORD, MessageAction="SUPPRESS"
    )
    cognito.admin_set_user_password(
        UserPoolId=pool_id, Username=username, Password=LOCAL_PASSWORD, Permanent=True
    )


def cognito_of(state: PlatformState) -> Any:
    """The running platform's Cognito (the embedded engine's; it takes any credentials)."""
    return boto3.client(
        "cognito-idp",
        endpoint_url=state.endpoint,
        region_name=state.region,
        aws_access_key_id="local",
        aws_secret_access_key="local",  # noqa: S106  (the embedded engine)
    )


def token(cognito: Any, state: PlatformState, username: str) -> str:
    """An ID token for the user, who is created on first use."""
    ensure_user(cognito, state.user_pool_id, username)
    answer = cognito.admin_initiate_auth(
        UserPoolId=state.user_pool_id,
        ClientId=state.client_id,
        AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": username, "PASSWORD": LOCAL_PASSWORD},
    )
    return str(answer["AuthenticationResult"]["IdToken"])
