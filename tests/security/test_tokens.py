"""Bad bearer tokens: each gets 401 with a Problem document, never a 500, never data, no effect.

Well-signed tokens with wrong claims are minted with the user pool's own private key (moto ships
it), so each differs from an accepted token by exactly its defect; the controls prove it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from joserfc import jwt
from joserfc.jwk import RSAKey
from moto.utilities.utils import load_resource

from infra.local.provision import Provisioned, create_user_pool
from tests.security.conftest import Platform, Snapshot
from tests.security.problems import assert_problem, assert_security_headers

PRIVATE_JWK = load_resource("cognitoidp/resources/jwks-private.json")
PRIVATE = RSAKey.import_key({k: v for k, v in PRIVATE_JWK.items() if k != "alg"})  # any RSA alg
PUBLIC_JWKS = json.dumps(load_resource("cognitoidp/resources/jwks-public.json")).encode()
RS256 = {"alg": "RS256", "kid": "dummy"}


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def claims(p: Platform, **changes: Any) -> dict[str, Any]:
    """Alice's ID token claims as Cognito writes them, with changes (None removes a claim)."""
    now = int(time.time())
    base: dict[str, Any] = {
        "iss": p.issuer,
        "sub": p.subs["alice"],
        "aud": p.pool.client_id,
        "token_use": "id",
    }
    base |= {"iat": now, "auth_time": now, "exp": now + 3600, "jti": "j", "cognito:username": "alice"}
    return {k: v for k, v in (base | changes).items() if v is not None}


def mint(p: Platform, header: dict[str, Any] = RS256, **changes: Any) -> str:
    """Signed with the pool's own key."""
    return jwt.encode(header, claims(p, **changes), PRIVATE, algorithms=[header["alg"]])


def unsigned(p: Platform, header: dict[str, Any]) -> str:
    return f"{b64(json.dumps(header).encode())}.{b64(json.dumps(claims(p)).encode())}."


def hs256(p: Platform, secret: bytes) -> str:
    """The algorithm-confusion forgery: HMAC keyed with the public key."""
    head = b64(json.dumps({"alg": "HS256", "kid": "dummy"}).encode())
    signing_input = f"{head}.{b64(json.dumps(claims(p)).encode())}"
    return f"{signing_input}.{b64(hmac.new(secret, signing_input.encode(), hashlib.sha256).digest())}"


def flipped(token: str) -> str:
    head, body, signature = token.split(".")
    raw = bytearray(base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)))
    raw[len(raw) // 2] ^= 0x01
    return f"{head}.{body}.{b64(bytes(raw))}"


def spliced(p: Platform) -> str:
    """Alice's real header and signature around Bob's claims."""
    head, _, signature = p.token("alice").split(".")
    return f"{head}.{p.token('bob').split('.')[1]}.{signature}"


def other_pool(p: Platform) -> str:
    """A real token of another user pool (moto signs every pool with the same key)."""
    pool = Provisioned()
    create_user_pool(p.cognito, pool)
    return p.token("alice", pool=pool)


def public_pem() -> bytes:
    key = RSAKey.import_key(json.loads(PUBLIC_JWKS)["keys"][0])
    return bytes(key.as_pem(private=False))


Header = Callable[[Platform], dict[str, str]]
now = int(time.time())
BAD: dict[str, Header] = {
    "no token": lambda p: {},
    "empty bearer": lambda p: {"Authorization": "Bearer "},
    "not a JWT": lambda p: {"Authorization": "Bearer x.y.z"},
    "basic scheme": lambda p: {"Authorization": f"Basic {p.token('alice')}"},
    "alg none": lambda p: {"Authorization": f"Bearer {unsigned(p, {'alg': 'none', 'typ': 'JWT'})}"},
    "alg none with the kid": lambda p: {
        "Authorization": f"Bearer {unsigned(p, {'alg': 'none', 'kid': 'dummy'})}"
    },
    "HS256 keyed with the PEM": lambda p: {"Authorization": f"Bearer {hs256(p, public_pem())}"},
    "HS256 keyed with the JWKS": lambda p: {"Authorization": f"Bearer {hs256(p, PUBLIC_JWKS)}"},
    "RS512": lambda p: {"Authorization": f"Bearer {mint(p, {'alg': 'RS512', 'kid': 'dummy'})}"},
    "unknown kid": lambda p: {"Authorization": f"Bearer {mint(p, {'alg': 'RS256', 'kid': 'rotated-out'})}"},
    "wrong issuer": lambda p: {"Authorization": f"Bearer {mint(p, iss=p.issuer[:-3] + 'abc')}"},
    "issuer with a slash": lambda p: {"Authorization": f"Bearer {mint(p, iss=p.issuer + '/')}"},
    "wrong audience": lambda p: {"Authorization": f"Bearer {mint(p, aud='another-app')}"},
    "audience as a list": lambda p: {"Authorization": f"Bearer {mint(p, aud=[p.pool.client_id, 'x'])}"},
    "access token of another client": lambda p: {
        "Authorization": f"Bearer {mint(p, aud=None, token_use='access', client_id='another-app')}"
    },
    "refresh token use": lambda p: {"Authorization": f"Bearer {mint(p, token_use='refresh')}"},
    "no token use": lambda p: {"Authorization": f"Bearer {mint(p, token_use=None)}"},
    "expired beyond the leeway": lambda p: {"Authorization": f"Bearer {mint(p, exp=int(time.time()) - 120)}"},
    "expired a day ago": lambda p: {"Authorization": f"Bearer {mint(p, exp=int(time.time()) - 86400)}"},
    "no expiry": lambda p: {"Authorization": f"Bearer {mint(p, exp=None)}"},
    "not yet valid": lambda p: {"Authorization": f"Bearer {mint(p, nbf=int(time.time()) + 3600)}"},
    "issued in the future": lambda p: {"Authorization": f"Bearer {mint(p, iat=int(time.time()) + 3600)}"},
    "no subject": lambda p: {"Authorization": f"Bearer {mint(p, sub=None)}"},
    "empty subject": lambda p: {"Authorization": f"Bearer {mint(p, sub='')}"},
    "subject too long": lambda p: {"Authorization": f"Bearer {mint(p, sub='a' * 129)}"},
    "subject not a string": lambda p: {"Authorization": f"Bearer {mint(p, sub=12345)}"},
    "one flipped signature bit": lambda p: {"Authorization": f"Bearer {flipped(p.token('alice'))}"},
    "claims spliced under a signature": lambda p: {"Authorization": f"Bearer {spliced(p)}"},
    "truncated": lambda p: {"Authorization": f"Bearer {p.token('alice')[:-6]}"},
    "another user pool": lambda p: {"Authorization": f"Bearer {other_pool(p)}"},
    "20 KB of junk": lambda p: {"Authorization": "Bearer " + "A" * 20_000},
}
GOOD: dict[str, Header] = {
    "real ID token": lambda p: {"Authorization": f"Bearer {p.token('alice')}"},
    "real access token": lambda p: {"Authorization": f"Bearer {p.token('alice', 'AccessToken')}"},
    "minted, as Cognito writes it": lambda p: {"Authorization": f"Bearer {mint(p)}"},
    "expired within the leeway": lambda p: {"Authorization": f"Bearer {mint(p, exp=int(time.time()) - 10)}"},
}


@pytest.mark.parametrize("header", list(BAD.values()), ids=list(BAD))
def test_a_bad_token_gets_401_no_data_and_no_effect(
    platform: Platform, alices_state: Snapshot, header: Header
) -> None:
    before, headers = alices_state(), header(platform)
    listing = platform.call("GET", "/accounts", None, headers=headers)
    body = {"accountId": platform.accounts["alice"], "amount": Decimal("1.00")}
    moved = platform.call("POST", "/withdraw", None, headers=headers, body=body)
    for response in (listing, moved):
        assert_problem(response, 401, "UNAUTHORIZED")
        assert response.headers.get("www-authenticate", "").startswith("Bearer")
    assert alices_state() == before


@pytest.mark.parametrize("header", list(GOOD.values()), ids=list(GOOD))
def test_the_controls_are_accepted(platform: Platform, header: Header) -> None:
    response = platform.call("GET", "/accounts", None, headers=header(platform))
    assert response.status_code == 200, response.text
    assert_security_headers(response)
    assert [a["accountId"] for a in response.json()] == [platform.accounts["alice"]]
