"""bot.fetch: address policy, redirects checked hop by hop, limits, HTML extraction."""

from __future__ import annotations

import ipaddress

import pytest
from fake_web import FakeWeb, Route

import bot.fetch
from bot.fetch import FetchError, check_url, decode_html, fetch_url, html_to_article
from bot.ingest import TooLarge

LIMITS = {"timeout": 2.0, "max_bytes": 10_000}


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata, link-local
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("ff02::1", False),
        ("::", False),
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("::ffff:10.0.0.1", False),
        ("::ffff:93.184.216.34", True),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert bot.fetch.is_public_address(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize(
    "url",
    ["ftp://example.com/a", "file:///etc/passwd", "javascript:alert(1)", "http://", "gopher://x"],
)
async def test_only_http_and_https(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        await check_url(url, allow_private=True)
    assert caught.value.reason == "scheme"


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1/", "http://localhost:8080/", "http://[::1]/", "http://10.0.0.1/",
            "http://[::ffff:7f00:1]/", "http://169.254.169.254/latest/meta-data/",
            # decimal, octal and hex spellings of 127.0.0.1; multicast; reserved
            "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.0.0.1/",
            "http://224.0.0.1/", "http://240.0.0.1/", "http://[fe80::1]/", "http://0.0.0.0/"],
)
async def test_private_hosts_are_refused(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        await check_url(url, allow_private=False)
    assert caught.value.reason == "private"


async def test_fetch_reads_a_page_and_follows_redirects(web: FakeWeb) -> None:
    web.routes["/old"] = Route(status=301, headers={"Location": "/new"})
    web.routes["/new"] = Route(b"<p>hello</p>")
    page = await fetch_url(web.url("/old"), allow_private=True, **LIMITS)
    assert page.body == b"<p>hello</p>"
    assert page.url == web.url("/new")
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"


async def test_every_redirect_hop_is_checked(
    web: FakeWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend 127.0.0.1 is public so the first hop is allowed; the redirect to ::1 is not.
    def policy(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        return str(address) == "127.0.0.1"

    monkeypatch.setattr(bot.fetch, "is_public_address", policy)
    web.routes["/hop"] = Route(status=302, headers={"Location": f"http://[::1]:{web.port}/x"})
    with pytest.raises(FetchError) as caught:
        await fetch_url(web.url("/hop"), allow_private=False, **LIMITS)
    assert caught.value.reason == "private"
    assert web.requests == ["/hop"]


async def test_the_connection_goes_to_the_checked_address(
    web: FakeWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    web.routes["/a"] = Route(b"<p>through the pinned backend</p>")
    monkeypatch.setattr(bot.fetch, "is_public_address", lambda address: True)
    page = await fetch_url(web.url("/a"), allow_private=False, **LIMITS)
    assert page.body == b"<p>through the pinned backend</p>"
    # DNS rebinding: public when checked, private when connecting -> refused, never sent.
    answers = iter([True])
    monkeypatch.setattr(bot.fetch, "is_public_address", lambda address: next(answers, False))
    with pytest.raises(FetchError) as caught:
        await fetch_url(web.url("/a"), allow_private=False, **LIMITS)
    assert caught.value.reason == "private"
    assert web.requests == ["/a"]


async def test_redirect_to_another_scheme_and_loops(web: FakeWeb) -> None:
    web.routes["/ftp"] = Route(status=302, headers={"Location": "ftp://example.com/"})
    web.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="Only http"):
        await fetch_url(web.url("/ftp"), allow_private=True, **LIMITS)
    with pytest.raises(FetchError, match="Too many redirects"):
        await fetch_url(web.url("/loop"), allow_private=True, **LIMITS)


async def test_limits_and_refusals(web: FakeWeb) -> None:
    web.routes["/big"] = Route(b"x" * 20_000)
    web.routes["/slow"] = Route(b"late", delay=1.0)
    web.routes["/image"] = Route(b"\x89PNG", content_type="image/png")
    with pytest.raises(TooLarge, match="Too large: 20,000 bytes, the limit is"):
        await fetch_url(web.url("/big"), allow_private=True, **LIMITS)
    with pytest.raises(FetchError, match="longer than") as slow:
        await fetch_url(web.url("/slow"), allow_private=True, timeout=0.3, max_bytes=100)
    assert slow.value.reason == "timeout"
    with pytest.raises(FetchError, match="not an article page"):
        await fetch_url(web.url("/image"), allow_private=True, **LIMITS)
    with pytest.raises(FetchError, match="404"):
        await fetch_url(web.url("/missing"), allow_private=True, **LIMITS)


def test_decode_html_charsets() -> None:
    assert decode_html("café".encode("latin-1"), "iso-8859-1") == "café"
    meta = '<meta charset="windows-1252"><p>caf\xe9</p>'.encode("cp1252")
    assert "café" in decode_html(meta)
    with pytest.raises(FetchError, match="Bad encoding"):
        decode_html(b"\xff\xfe\xfa", "utf-8")


def test_html_to_article_metadata() -> None:
    markup = (
        "<html><head><title>T | Site</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2025-02-13T10:14:00+08:00">'
        '<link rel="canonical" href="https://example.com/a/1"></head><body>'
        "<article><h1>Headline here</h1><p>First paragraph of the article with several words "
        "in it.</p><p>\"A quote,\" said Jane Roe, the minister, on Monday in the capital."
        "</p></article></body></html>"
    )
    page = html_to_article(markup, "https://example.com/x")
    assert page.title == "Headline here"
    assert page.source == "Example News"
    assert page.author == "Jane Doe"
    assert page.url == "https://example.com/a/1"
    assert str(page.published) == "2025-02-13"
    assert "\n\n" in page.text and not page.text.startswith("Headline here")
    with pytest.raises(FetchError, match="Not an article"):
        html_to_article("<html><body></body></html>")
