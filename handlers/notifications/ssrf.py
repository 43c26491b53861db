"""Which URLs and addresses the platform may POST a webhook to (server-side request forgery guard).

A URL is checked when an endpoint is registered (its form, and its host when it is an address in
any spelling) and again on every connection: the name is resolved then, every address it resolves
to must be allowed, and the connection goes to the address that was checked, so a name that later
resolves to an internal address is refused too. Loopback receivers (`http://127.0.0.1:…`,
`http://localhost:…`) are allowed only with BANK_WEBHOOK_ALLOW_LOOPBACK=1 (the default of `make
run`, never of AWS stages); private, link-local (cloud metadata), multicast, reserved and
unspecified addresses are refused whatever the setting.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from handlers.core.errors import InvalidWebhookUrlError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
NAT64 = ipaddress.ip_network("64:ff9b::/96")  # an IPv4 address inside an IPv6 one, as NAT64 writes it
LOOPBACK_NAMES = ("localhost", "localhost.")


def refused(why: str) -> InvalidWebhookUrlError:
    """The 422 problem of a URL that may not be called, saying why."""
    return InvalidWebhookUrlError(f"url: {why}", [{"field": "url", "message": why}])


@dataclass(frozen=True)
class Policy:
    """What may be called: loopback receivers (over http or https) only when allowed."""

    allow_loopback: bool = False

    @staticmethod
    def from_env() -> Policy:
        """BANK_WEBHOOK_ALLOW_LOOPBACK=1 allows loopback receivers; off unless set."""
        return Policy(allow_loopback=os.environ.get("BANK_WEBHOOK_ALLOW_LOOPBACK", "0") == "1")


@dataclass(frozen=True)
class Target:
    """A checked URL, split: where to connect and what to ask for."""

    scheme: str
    host: str  # the name or address as written (lowercase), for the Host header and TLS
    port: int
    target: str  # path and query


def literal_address(host: str) -> IPAddress | None:
    """The address a host spells, in any form a resolver would accept (dotted, decimal, octal, hex,
    shortened IPv4, IPv6 with or without brackets), or None for a name."""
    bare = host.strip("[]")
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    if bare and all(c in "0123456789abcdefx." for c in bare):
        try:  # inet_aton reads what URL parsers and resolvers read: 2130706433, 0177.1, 0x7f.0.0.1
            return ipaddress.IPv4Address(socket.inet_aton(bare))
        except OSError:
            return None
    return None


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (IPv4-mapped, NAT64, 6to4, Teredo), if any."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    return address.teredo[1] if address.teredo else None


def refusal(address: IPAddress, policy: Policy) -> str | None:
    """Why this address may not be called, or None when it may."""
    inner = embedded_ipv4(address)
    if inner is not None:
        found = refusal(inner, policy)
        return None if found is None else f"{address} carries {inner}: {found.split(': ', 1)[-1]}"
    for test, what in (
        ("is_unspecified", "an unspecified address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_private", "a private address"),
        ("is_reserved", "a reserved address"),
    ):
        if getattr(address, test) and not (address.is_loopback and policy.allow_loopback):
            return f"{address} is {'a loopback address' if address.is_loopback else what}"
    if address.is_loopback:
        return None if policy.allow_loopback else f"{address} is a loopback address"
    return None if address.is_global else f"{address} is not a public address"


def check_url(url: str, policy: Policy) -> Target:
    """The URL split, or InvalidWebhookUrlError: https (http only for an allowed loopback receiver),
    no credentials, and a host that, if it is an address or `localhost`, may be called."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise refused(f"not a URL ({error})") from None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in ("https", "http") or not host:
        raise refused("an absolute https URL is required")
    if parts.username is not None or parts.password is not None:
        raise refused("credentials in the URL are not allowed")
    loopback = host in LOOPBACK_NAMES or host.endswith(".localhost")
    address = literal_address(host)
    if address is not None and (why := refusal(address, policy)):
        raise refused(why)
    if loopback and not policy.allow_loopback:
        raise refused(f"{host} is a loopback address")
    if scheme == "http" and not (loopback or (address is not None and address.is_loopback)):
        raise refused("an https URL is required")
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(scheme, host, port or (443 if scheme == "https" else 80), target)


def resolve(target: Target, policy: Policy) -> IPAddress:
    """The address to connect to, checked now: every address the host resolves to must be allowed
    (a name resolving to one internal address among public ones is refused)."""
    literal = literal_address(target.host)
    if literal is not None:
        found = [literal]
    else:
        try:
            infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as error:
            raise refused(f"{target.host} does not resolve ({error})") from None
        found = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not found:
        raise refused(f"{target.host} does not resolve")
    for address in found:
        if why := refusal(address, policy):
            raise refused(f"{target.host} resolves to {why}")
    return found[0]
