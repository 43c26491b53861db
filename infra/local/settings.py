"""The local platform's settings, all from environment variables (defaults suit a laptop)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from handlers.edge.cors import SETTING, Cors

ROOT = Path(__file__).resolve().parents[2]
STATE_DIR = Path(os.environ.get("BANK_STATE_DIR", ROOT / ".local"))
STATE_FILE = STATE_DIR / "platform.json"


@dataclass(frozen=True)
class Settings:
    """Where to listen and which AWS to use: the embedded engine, or real endpoints."""

    host: str
    port: int
    embedded: bool
    engine_port: int
    region: str
    visibility_timeout: int | None
    user_pool_id: str
    client_id: str
    cors_setting: str | None  # BANK_CORS_ORIGINS, comma-separated

    def __post_init__(self) -> None:
        self.cors  # noqa: B018  (a setting that lists something else than origins stops the platform first)

    @classmethod
    def from_env(cls) -> Settings:
        """BANK_HOST, BANK_PORT, BANK_ENGINE (embedded | aws), BANK_ENGINE_PORT, AWS_REGION,
        BANK_VISIBILITY_TIMEOUT, for BANK_ENGINE=aws COGNITO_USER_POOL_ID / COGNITO_CLIENT_ID, and
        BANK_CORS_ORIGINS."""
        env = os.environ.get
        timeout = env("BANK_VISIBILITY_TIMEOUT")
        return cls(
            host=env("BANK_HOST", "127.0.0.1"),
            port=int(env("BANK_PORT", "8000")),
            embedded=env("BANK_ENGINE", "embedded") == "embedded",
            engine_port=int(env("BANK_ENGINE_PORT", "4566")),
            region=env("AWS_REGION", env("AWS_DEFAULT_REGION", "us-east-1")),
            visibility_timeout=int(timeout) if timeout else None,
            user_pool_id=env("COGNITO_USER_POOL_ID", ""),
            client_id=env("COGNITO_CLIENT_ID", ""),
            cors_setting=env(SETTING),
        )

    @property
    def engine_url(self) -> str:
        """The embedded engine's endpoint."""
        return f"http://127.0.0.1:{self.engine_port}"

    @property
    def api_url(self) -> str:
        """Where the API answers."""
        return f"http://{self.host}:{self.port}"

    @property
    def cors(self) -> Cors:
        """The browser origins allowed to call the API: BANK_CORS_ORIGINS (empty: none), by default
        those Swagger UI is served from (127.0.0.1, as the contract's server says, or localhost)."""
        loopback = [f"http://localhost:{self.port}"] if self.host == "127.0.0.1" else []
        default = ",".join([self.api_url, *loopback])
        return Cors.parse(default if self.cors_setting is None else self.cors_setting)


# A local process trusts the query projection's pointer this long (AWS stages: 5 s, the default),
# so a local `make rebuild` waits seconds, not tens of seconds, between its moves of the pointer.
LOCAL_PROJECTION_CACHE_SECONDS = "1"


def engine_environment(endpoint: str, region: str) -> dict[str, str]:
    """What sends this process's AWS clients to the embedded engine (it takes any credentials), and
    the setting the platform and the tools working on it must share."""
    return {
        "BANK_PROJECTION_CACHE_SECONDS": os.environ.get(
            "BANK_PROJECTION_CACHE_SECONDS", LOCAL_PROJECTION_CACHE_SECONDS
        ),
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local",
        "AWS_DEFAULT_REGION": region,
        "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled",
    }
