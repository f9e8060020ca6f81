"""Telegram's HTML parse mode, as the fake Bot API checks it.

Allowed tags only, ``<``, ``>`` and ``&`` escaped, tags balanced, at most 4096
characters after parsing; a violation raises ApiError(400) with Telegram's wording.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

MAX_TEXT = 4096
# fmt: off
HTML_TAGS = frozenset({
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "tg-emoji", "code", "pre", "blockquote",
})
# fmt: on
HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class ApiError(Exception):
    """An error answer: {"ok": false, "error_code": ..., "description": ...}."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


class _TelegramHtml(HTMLParser):
    """Telegram's HTML parse mode: returns the plain text or raises ApiError(400)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.open: list[str] = []

    def fail(self, why: str) -> None:
        raise ApiError(400, f"Bad Request: can't parse entities: {why}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            self.fail(f'unsupported start tag "{tag}"')
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.fail(f'unexpected end tag "{tag}"')
        self.open.pop()

    def handle_data(self, data: str) -> None:
        for char in "<>&":
            if char in data:
                self.fail(f"unescaped {char!r} in text")
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in HTML_ENTITIES:
            self.fail(f'unsupported HTML entity "&{name};"')
        self.parts.append(HTML_ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        number = int(name[1:], 16) if name[:1] in "xX" else int(name)
        self.parts.append(chr(number))

    def unknown_decl(self, data: str) -> None:
        self.fail("unsupported declaration")

    handle_comment = handle_decl = handle_pi = unknown_decl

    @classmethod
    def plain_text(cls, markup: str) -> str:
        parser = cls()
        parser.feed(markup)
        parser.close()
        if parser.open:
            parser.fail(f'can\'t find end tag corresponding to start tag "{parser.open[-1]}"')
        return "".join(parser.parts)


def message_text(params: dict[str, Any]) -> str:
    """The text as Telegram would store it; raises ApiError like Telegram."""
    text = str(params.get("text", ""))
    if params.get("parse_mode", "").upper() == "HTML":
        text = _TelegramHtml.plain_text(text)
    if not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(text) > MAX_TEXT:
        raise ApiError(400, "Bad Request: message is too long")
    return text
