"""Fetching an article page safely, and reading article text out of HTML.

`fetch_url` only speaks http/https, resolves every host (the first request and every
redirect hop, followed by hand) and refuses addresses that are not public (loopback,
private, link-local, multicast, reserved, unspecified; IPv4, IPv6 and IPv4-mapped IPv6)
unless `allow_private` is set; the connection itself goes to the address that was checked.
The body is streamed and cut off at `max_bytes` (bot.ingest.check_size); the whole fetch
has one deadline. `html_to_article` runs trafilatura for the main text and metadata.
Every failure is an ArticleError whose str() is a message for the user: a FetchError
(with a reason code), or bot.ingest's TooLarge.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
import trafilatura

from bot.article import ArticleError
from bot.ingest import check_size

ALLOWED_SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
USER_AGENT = "OnRecordBot/0.1 (+https://github.com/; article loader)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([\w.:-]+)""", re.I)
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(ArticleError):
    """A page could not be fetched or read; `reason` is a short machine-readable code."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Page:
    """A fetched response body: the final URL, its media type and charset."""

    url: str
    body: bytes
    content_type: str
    charset: str | None


@dataclass(frozen=True)
class PageText:
    """The main text of a page and the metadata trafilatura found."""

    text: str
    title: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None


def is_public_address(address: IPAddress) -> bool:
    """True for a globally routable unicast address (IPv4-mapped IPv6 judged as IPv4)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not (
        address.is_private or address.is_loopback or address.is_link_local
        or address.is_multicast or address.is_reserved or address.is_unspecified
        or not address.is_global
    )


async def check_url(url: str, *, allow_private: bool) -> None:
    """Refuse another scheme, a missing host, or a host resolving to a non-public address."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.hostname:
        raise FetchError("Only http:// and https:// links can be loaded.", "scheme")
    if not allow_private:
        try:
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        except ValueError as exc:
            raise FetchError("That link has an invalid port.", "scheme") from exc
        await public_address(parts.hostname, port)


async def public_address(host: str, port: int) -> str:
    """The first address of `host`, after checking that every address it has is public."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, ValueError) as exc:
        raise FetchError(f"Could not find the host {host}.", "dns") from exc
    addresses = [str(info[4][0]).split("%")[0] for info in infos]
    if not addresses or not all(is_public_address(ipaddress.ip_address(a)) for a in addresses):
        raise FetchError(
            "That address is on a private or local network; it is not fetched.", "private"
        )
    return addresses[0]


class _PublicOnlyBackend(httpcore.AsyncNetworkBackend):
    """Connects only to the public address it checked itself, so a DNS answer that changes
    between check_url and the connection (DNS rebinding) cannot reach a private address.
    TLS still verifies the certificate against the URL's host name (httpcore's SNI)."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None,
        local_address: str | None = None, socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        address = await public_address(host, port)
        return await self._inner.connect_tcp(address, port, timeout, local_address,
                                             socket_options)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _transport(allow_private: bool) -> httpx.AsyncHTTPTransport:
    transport = httpx.AsyncHTTPTransport(trust_env=False)
    if not allow_private:
        # httpx has no public hook for the network backend; its pool takes one.
        transport._pool = httpcore.AsyncConnectionPool(network_backend=_PublicOnlyBackend())
    return transport


async def fetch_url(
    url: str, *, timeout: float, max_bytes: int, allow_private: bool = False
) -> Page:
    """GET a page, following up to MAX_REDIRECTS redirects, each hop checked again."""
    try:
        async with asyncio.timeout(timeout):
            return await _fetch(url, timeout, max_bytes, allow_private)
    except TimeoutError as exc:
        raise FetchError(f"The page took longer than {timeout:g} s to load.", "timeout") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(f"The page took longer than {timeout:g} s to load.", "timeout") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"Could not fetch the page ({type(exc).__name__}).", "http") from exc


async def _fetch(url: str, timeout: float, max_bytes: int, allow_private: bool) -> Page:
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.8,*/*;q=0.1"}
    # trust_env off: the address checked is the address connected to (no proxy in between).
    async with httpx.AsyncClient(
        timeout=timeout, follow_redirects=False, trust_env=False, headers=headers,
        transport=_transport(allow_private),
    ) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            await check_url(url, allow_private=allow_private)
            async with client.stream("GET", url) as response:
                if response.is_redirect and "location" in response.headers:
                    url = urljoin(url, response.headers["location"])
                    continue
                if response.status_code >= 400:
                    raise FetchError(
                        f"The site answered {response.status_code} {response.reason_phrase}.",
                        "status",
                    )
                return await _read(response, url, max_bytes)
    raise FetchError("Too many redirects.", "redirects")


async def _read(response: httpx.Response, url: str, max_bytes: int) -> Page:
    declared = response.headers.get("content-length", "")
    if declared.isdigit():
        check_size(int(declared), max_bytes)
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        check_size(len(body), max_bytes, at_least=True)
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media and media not in HTML_TYPES + TEXT_TYPES:
        raise FetchError(f"That link is not an article page (it is {media}).", "not_article")
    return Page(url=url, body=bytes(body), content_type=media or "text/html",
                charset=response.charset_encoding)


def decode_html(body: bytes, charset: str | None = None) -> str:
    """HTML bytes as text: the declared charset, a <meta charset>, else UTF-8."""
    candidates = [charset] if charset else []
    found = META_CHARSET_RE.search(body[:4096])
    if found:
        candidates.append(found.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for name in candidates:
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    raise FetchError("Bad encoding: the page is not valid text in its declared charset.",
                     "encoding")


def html_to_article(markup: str, url: str | None = None) -> PageText:
    """The main text (paragraphs separated by blank lines) and metadata of an HTML page."""
    doc = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise FetchError("Not an article: no main text found on the page.", "not_article")
    title = _clean(getattr(doc, "title", None))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    return PageText(
        text="\n\n".join(lines),
        title=title,
        source=_clean(getattr(doc, "sitename", None)),
        author=_clean(getattr(doc, "author", None)),
        url=_clean(getattr(doc, "url", None)) or url,
        published=_parse_day(getattr(doc, "date", None)),
    )


def _clean(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _parse_day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value[:10]).date()
    except ValueError:
        return None
