"""The SSRF guard of the webhooks: which URLs may be registered and which addresses connected to."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest

from handlers.core.errors import InvalidWebhookUrlError
from handlers.notifications import sender
from handlers.notifications.ssrf import Policy, check_url, resolve

AWS = Policy(allow_loopback=False)
LOCAL = Policy(allow_loopback=True)

REFUSED_EVERYWHERE = [
    "https://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local)
    "http://169.254.169.254/",
    "https://[fd00:ec2::254]/",  # the IPv6 metadata address (unique local)
    "https://10.0.0.1/",
    "https://172.16.5.4/",
    "https://192.168.1.1:8443/",
    "https://100.64.0.1/",  # shared address space
    "https://224.0.0.1/",
    "https://[ff02::1]/",
    "https://0.0.0.0/",
    "https://[::]/",
    "https://[fe80::1]/",
    "https://[fc00::1]/",
    "https://[::ffff:169.254.169.254]/",  # IPv4-mapped
    "https://[::ffff:a9fe:a9fe]/",
    "https://[::ffff:10.0.0.1]/",
    "https://[64:ff9b::a9fe:a9fe]/",  # NAT64
    "https://[2002:a9fe:a9fe::1]/",  # 6to4
    "https://2852039166/",  # 169.254.169.254 in decimal
    "https://0251.0376.0251.0376/",  # in octal
    "https://0xa9.0xfe.0xa9.0xfe/",  # in hexadecimal
    "https://0xa9fea9fe/",
    "https://167772161/",  # 10.0.0.1 in decimal
    "https://012.0.0.1/",  # 10.0.0.1 in octal
    "https://240.0.0.1/",  # reserved
    "https://user:secret@hooks.example.com/",
    "ftp://hooks.example.com/",
    "file:///etc/passwd",
    "https:///nohost",
    "http://hooks.example.com/",  # not https
    "http://8.8.8.8/",
]
LOOPBACK = [
    "http://127.0.0.1:9000/hooks",
    "http://localhost:9000/",
    "https://localhost/",
    "http://[::1]:9000/",
    "http://2130706433:9000/",  # 127.0.0.1 in decimal
    "http://0177.0.0.1:9000/",  # in octal
    "http://0x7f.1:9000/",  # hexadecimal, shortened
    "http://127.1/",
    "https://[::ffff:127.0.0.1]/",
    "http://api.localhost/",
]
ALLOWED = ["https://hooks.example.com/bank", "https://8.8.8.8/x?y=1", "https://[2001:4860:4860::8888]:8443/"]


@pytest.mark.parametrize("url", REFUSED_EVERYWHERE)
@pytest.mark.parametrize("policy", [AWS, LOCAL], ids=["aws", "local"])
def test_internal_addresses_are_refused_whatever_the_setting(url: str, policy: Policy) -> None:
    with pytest.raises(InvalidWebhookUrlError):
        check_url(url, policy)


@pytest.mark.parametrize("url", LOOPBACK)
def test_loopback_receivers_only_where_allowed(url: str) -> None:
    with pytest.raises(InvalidWebhookUrlError, match="loopback"):
        check_url(url, AWS)
    assert check_url(url, LOCAL).port > 0


@pytest.mark.parametrize("url", ALLOWED)
def test_public_https_urls_are_allowed(url: str) -> None:
    assert check_url(url, AWS).scheme == "https"


def fake_dns(monkeypatch: pytest.MonkeyPatch, *addresses: str) -> None:
    """Every name resolves to these addresses."""

    def getaddrinfo(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        family = lambda a: socket.AF_INET6 if ":" in a else socket.AF_INET  # noqa: E731
        return [(family(a), socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.mark.parametrize(
    "addresses",
    [
        ("127.0.0.1",),
        ("169.254.169.254",),
        ("93.184.216.34", "10.0.0.7"),
        ("::ffff:127.0.0.1",),
        ("fd00::1",),
    ],
)
def test_a_name_resolving_to_an_internal_address_is_refused_when_connecting(
    monkeypatch: pytest.MonkeyPatch, addresses: tuple[str, ...]
) -> None:
    target = check_url("https://hooks.example.com/", AWS)  # registration cannot know
    fake_dns(monkeypatch, *addresses)
    with pytest.raises(InvalidWebhookUrlError, match="resolves to"):
        resolve(target, AWS)


def test_the_connection_goes_to_the_address_that_was_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, "93.184.216.34")
    assert str(resolve(check_url("https://hooks.example.com/", AWS), AWS)) == "93.184.216.34"


def test_an_attempt_to_a_name_that_now_resolves_inside_is_refused_without_connecting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_dns(monkeypatch, "169.254.169.254")
    outcome = sender.post("https://hooks.example.com/", "evt_" + "0" * 32, "{}", ["whsec_" + "A" * 32], AWS)
    assert not outcome.succeeded and outcome.http_status is None
    assert outcome.error is not None and "link-local" in outcome.error


def test_an_attempt_connects_to_the_checked_address_with_the_name_for_host_and_tls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_dns(monkeypatch, "93.184.216.34")
    sent: list[httpx.Request] = []

    def send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, request=request, stream=httpx.ByteStream(b"ok"))

    monkeypatch.setattr(httpx.Client, "send", send)
    secrets = ["whsec_" + "A" * 32]
    for path in ("/in?x=1", "//evil.example/x"):  # a path that looks like another host stays a path
        outcome = sender.post(f"https://hooks.example.com{path}", "evt_" + "0" * 32, "{}", secrets, AWS)
        assert outcome.succeeded
        request = sent.pop()
        assert request.url.host == "93.184.216.34"
        assert request.url.raw_path.decode() == path
        assert request.headers["host"] == "hooks.example.com"
        assert request.extensions["sni_hostname"] == "hooks.example.com"
