"""The methods each path of the contract answers, and CORS: which browser origins may call the API.

Both adapters answer the same way. The allowed origins are a setting (SETTING, comma-separated);
none configured means no CORS header at all. Only a listed origin is echoed, never `*`: the token
travels in the Authorization header, not in a cookie, so no Allow-Credentials is needed either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generated.operations import OPERATIONS
from handlers.edge.responses import ApiResponse

SETTING = "BANK_CORS_ORIGINS"  # the environment variable that lists the allowed origins
# the request headers the contract reads, and the response headers it declares (tests/unit/test_cors.py)
ALLOWED_HEADERS = ("Authorization", "Content-Type", "Idempotency-Key")
EXPOSED_HEADERS = ("Idempotent-Replayed", "Retry-After", "WWW-Authenticate")
PREFLIGHT_MAX_AGE = 3600  # seconds a browser may reuse a preflight (Chromium keeps it 2 h at most)
# an origin as browsers send it: scheme, host (lowercase) and port, nothing else
_ORIGIN = re.compile(r"^https?://(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$")
_PATHS = {
    path: re.compile(re.sub(r"\{[^}/]+\}", "[^/]+", path)) for path in {o.path for o in OPERATIONS.values()}
}


def path_methods(path: str) -> list[str]:
    """The methods a path of the contract (a template or a concrete path) answers: its operations',
    HEAD where it has GET, and OPTIONS. None off the contract."""
    paths = {template for template, pattern in _PATHS.items() if pattern.fullmatch(path)}
    methods = {o.method for o in OPERATIONS.values() if o.path in paths}
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods | {"OPTIONS"}) if methods else []


@dataclass(frozen=True)
class Cors:
    """The origins a browser may call the API from."""

    origins: tuple[str, ...] = ()

    @classmethod
    def parse(cls, setting: str) -> Cors:
        """The origins of a comma-separated setting; refuses anything that is not exactly an origin."""
        origins = tuple(o.strip() for o in setting.split(",") if o.strip())
        wrong = [o for o in origins if not _ORIGIN.match(o)]
        if wrong:
            raise ValueError(f"{SETTING}: not an origin (scheme://host[:port], lowercase): {wrong}")
        return cls(origins)

    def headers(self, origin: str | None) -> dict[str, str]:
        """What any answer to a request from `origin` carries: nothing when no origin is configured,
        else Vary: Origin, and for a listed origin the origin itself and the readable headers."""
        if not self.origins:
            return {}
        if origin not in self.origins:
            return {"Vary": "Origin"}
        exposed = ", ".join(EXPOSED_HEADERS)
        return {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Expose-Headers": exposed,
            "Vary": "Origin",
        }

    def options(self, methods: list[str], origin: str | None) -> ApiResponse:
        """The answer to OPTIONS on a path of the contract, token or not: 204 with Allow and, for a
        listed origin, what its preflight asks for."""
        response = ApiResponse(204, None, {"Allow": ", ".join(methods), **self.headers(origin)})
        if "Access-Control-Allow-Origin" in response.headers:
            response.headers["Access-Control-Allow-Methods"] = ", ".join(methods)
            response.headers["Access-Control-Allow-Headers"] = ", ".join(ALLOWED_HEADERS)
            response.headers["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
        return response
