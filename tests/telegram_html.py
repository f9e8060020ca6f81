"""Telegram's HTML parse mode, as the fake Bot API checks it.

Allowed tags only, ``<``, ``>`` and ``&`` escaped, tags balanced, at most 4096
characters after parsing; a violation raises ApiError(400) with Telegram's wording.
`parse_html` also returns the message entities Telegram would make of the tags (type,
offset and length in UTF-16 code units, url for links), so a test can see exactly which
text is bold or a link.
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
ENTITY_TYPES = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic",
                "u": "underline", "ins": "underline", "s": "strikethrough",
                "strike": "strikethrough", "del": "strikethrough", "tg-spoiler": "spoiler",
                "span": "spoiler", "a": "text_link", "code": "code", "pre": "pre",
                "blockquote": "blockquote", "tg-emoji": "custom_emoji"}


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
        self.starts: list[tuple[int, dict[str, Any]]] = []  # (UTF-16 offset, entity)
        self.entities: list[dict[str, Any]] = []
        self.length = 0  # UTF-16 code units so far

    def fail(self, why: str) -> None:
        raise ApiError(400, f"Bad Request: can't parse entities: {why}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            self.fail(f'unsupported start tag "{tag}"')
        entity: dict[str, Any] = {"type": ENTITY_TYPES[tag]}
        if tag == "a":
            href = dict(attrs).get("href")
            if not href:
                self.fail("empty or missing href in a tag")
            entity["url"] = href
        self.open.append(tag)
        self.starts.append((self.length, entity))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.fail(f'unexpected end tag "{tag}"')
        self.open.pop()
        offset, entity = self.starts.pop()
        if self.length > offset:  # Telegram drops empty entities
            self.entities.append({**entity, "offset": offset, "length": self.length - offset})

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text.encode("utf-16-le")) // 2

    def handle_data(self, data: str) -> None:
        for char in "<>&":
            if char in data:
                self.fail(f"unescaped {char!r} in text")
        self.add(data)

    def handle_entityref(self, name: str) -> None:
        if name not in HTML_ENTITIES:
            self.fail(f'unsupported HTML entity "&{name};"')
        self.add(HTML_ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        number = int(name[1:], 16) if name[:1] in "xX" else int(name)
        self.add(chr(number))

    def unknown_decl(self, data: str) -> None:
        self.fail("unsupported declaration")

    handle_comment = handle_decl = handle_pi = unknown_decl

    @classmethod
    def parse(cls, markup: str) -> tuple[str, list[dict[str, Any]]]:
        parser = cls()
        parser.feed(markup)
        parser.close()
        if parser.open:
            parser.fail(f'can\'t find end tag corresponding to start tag "{parser.open[-1]}"')
        entities = sorted(parser.entities, key=lambda e: (e["offset"], -e["length"]))
        return "".join(parser.parts), entities


def parse_html(markup: str) -> tuple[str, list[dict[str, Any]]]:
    """(visible text, entities) as Telegram parses HTML; raises ApiError(400) like Telegram."""
    return _TelegramHtml.parse(markup)


def message_text(params: dict[str, Any]) -> str:
    """The text as Telegram would store it; raises ApiError like Telegram."""
    return message_text_and_entities(params)[0]


def message_text_and_entities(params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    text, found = str(params.get("text", "")), []
    if params.get("parse_mode", "").upper() == "HTML":
        text, found = parse_html(text)
    if not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(text) > MAX_TEXT:
        raise ApiError(400, "Bad Request: message is too long")
    return text, found
