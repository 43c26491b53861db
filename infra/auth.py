"""Verify Cognito JWTs against the user pool's published keys (JWKS), with joserfc."""

from __future__ import annotations

import json
import logging
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

log = logging.getLogger(__name__)
LEEWAY_SECONDS = 30
KEYS_TTL_SECONDS = 3600
REFRESH_AT_MOST_EVERY = 60  # a flood of bad tokens must not become a flood of key fetches


@dataclass
class CognitoVerifier:
    """Accepts RS256 tokens of one user pool and app client; anything else is refused."""

    issuer: str
    client_id: str
    jwks_url: str
    _keys: KeySet | None = field(default=None, repr=False)
    _loaded_at: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def of_pool(cls, region: str, pool_id: str, client_id: str, engine: str = "") -> CognitoVerifier:
        """The verifier of a user pool's tokens; its keys come from the embedded engine when given
        (it serves them itself), else from Cognito under the issuer."""
        issuer = f"https://cognito-idp.{region}.amazonaws.com/{pool_id}"
        keys_home = f"{engine}/{pool_id}" if engine else issuer
        return cls(issuer, client_id, f"{keys_home}/.well-known/jwks.json")

    def keys(self, refresh: bool = False) -> KeySet:
        """The pool's public keys, fetched once an hour (or when a token names an unknown kid)."""
        with self._lock:
            age = time.monotonic() - self._loaded_at
            if self._keys is None or age > KEYS_TTL_SECONDS or (refresh and age > REFRESH_AT_MOST_EVERY):
                with urllib.request.urlopen(self.jwks_url, timeout=5) as answer:  # noqa: S310 (configured URL)
                    self._keys = KeySet.import_key_set(json.load(answer))
                self._loaded_at = time.monotonic()
            return self._keys

    def user(self, token: str) -> str | None:
        """The token's `sub` if it is a valid ID or access token of this pool and client, else None."""
        try:
            claims = self._claims(token)
        except (JoseError, ValueError, KeyError, TypeError):
            return None
        return claims["sub"] if self._acceptable(claims) else None

    def _claims(self, token: str) -> dict[str, Any]:
        try:
            decoded = jwt.decode(token, self.keys(), algorithms=["RS256"])
        except JoseError:
            decoded = jwt.decode(token, self.keys(refresh=True), algorithms=["RS256"])
        return dict(decoded.claims)

    def _acceptable(self, claims: dict[str, Any]) -> bool:
        now = time.time()
        audience = claims.get("aud") if claims.get("token_use") == "id" else claims.get("client_id")
        return (
            claims.get("iss") == self.issuer
            and claims.get("token_use") in ("id", "access")
            and audience == self.client_id
            and isinstance(claims.get("sub"), str)
            and 0 < len(claims["sub"]) <= 128
            and isinstance(claims.get("exp"), int | float)
            and claims["exp"] > now - LEEWAY_SECONDS
            and claims.get("nbf", 0) <= now + LEEWAY_SECONDS
            and claims.get("iat", 0) <= now + LEEWAY_SECONDS
        )
