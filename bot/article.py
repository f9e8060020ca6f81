"""Article parsing: plain text (or Markdown-ish text) -> Article.

Accepted layout (all parts but the body optional):

    # Headline                       (or a plain first line)
    Source: Xinhua                   (Key: value metadata lines near the top)
    Xinhua) 10:14, February 13, 2025 (a byline: outlet, time, date; "By Jane Doe, AP, ...")

    WASHINGTON, Feb. 12 (Xinhua) -- First paragraph ...   (dateline)

    Paragraphs separated by blank lines.

Caller-given metadata wins: source/url/published/title passed in are what the
caller knows for sure (e.g. from the page it fetched); the text only fills what
the caller did not give. Article.text is the input unchanged; paragraph offsets
index into it. Any unusable input raises ArticleError with a one-line message.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from bot.extraction.dates import find_date, find_datetime, nearest_year
from bot.models import Article, Paragraph


class ArticleError(ValueError):
    """Unusable article input; str() is a one-line message for the user."""


# Blank-line paragraph separator (the plain-text and Markdown convention).
BLOCK_RE = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*")
# "Key: value" metadata lines near the top (Markdown front matter style).
META_RE = re.compile(r"^\s*(?:[-*]\s*)?\**(source|outlet|publisher|date|published|url|link"
                     r"|author|by|title|headline)\**\s*:\s*\**(.+?)\**\s*$", re.I)
# "# Title" Markdown headings.
HEADING_RE = re.compile(r"^\s*#{1,6}\s+(.+?)\s*#*\s*$")
# Byline "(Xinhua) 10:14, February 13, 2025" or "Xinhua) ..." (opening parenthesis lost).
AGENCY_BYLINE_RE = re.compile(r"^\s*\(?([A-Z][\w.&' -]{0,40}?)\)\s*(.*)$")
# Byline "By Jane Doe, AP, February 13, 2025" / "By Jane Doe | Reuters".
BY_BYLINE_RE = re.compile(r"^\s*By\s+([A-Z][^,|\n]{1,60}?)(?:\s*[,|]\s*(.*))?$")
# Dateline: "WASHINGTON, Feb. 12 (Xinhua) --", "NEW YORK (AP) —"; source: wire style.
DATELINE_RE = re.compile(
    r"^\s*([A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+)*?)"
    r"(?:,\s*((?:[A-Z][a-z]{2,8}\.?)\s+\d{1,2}))?"
    r"\s*(?:\(([^()\n]{1,40})\))?\s*(?:--|—|–|-)\s+")
# Emphasis marks stripped from headlines and metadata values.
MARKUP_RE = re.compile(r"[*_`]+")
# A control character other than tab/newline/CR: a sign of binary data.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
MAX_TITLE_WORDS = 30  # longer first lines are prose, not a headline
MIN_PROSE_WORDS = 4   # a body needs at least one paragraph this long
# A first line this similar (rapidfuzz ratio) to the caller's title is that headline,
# not body text: outlets retype headlines with small differences in case and punctuation.
TITLE_MATCH_CUTOFF = 85


@dataclass
class _Meta:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: datetime | None = None
    used: list[tuple[int, int]] = field(default_factory=list)


def content_hash(text: str) -> str:
    """sha256 hex of the text with whitespace collapsed."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _clean(value: str) -> str:
    return MARKUP_RE.sub("", value).strip().strip("#").strip()


def _check_text(text: str) -> None:
    if not isinstance(text, str) or not text.strip():
        raise ArticleError("No article text: the input is empty.")
    if len(CONTROL_RE.findall(text)) > max(2, len(text) // 200):
        raise ArticleError("Not article text: the input looks like binary data.")


def _read_meta_line(line: str, meta: _Meta) -> bool:
    m = META_RE.match(line)
    if not m:
        return False
    key, value = m[1].lower(), _clean(m[2])
    if key in ("source", "outlet", "publisher"):
        meta.source = meta.source or value
    elif key in ("date", "published"):
        meta.published = meta.published or find_datetime(value)
    elif key in ("url", "link"):
        meta.url = meta.url or value
    elif key in ("author", "by"):
        meta.author = meta.author or value
    else:
        meta.title = meta.title or value
    return True


def _read_byline(line: str, meta: _Meta) -> bool:
    by = BY_BYLINE_RE.match(line)
    if by:
        meta.author = meta.author or by[1].strip()
        rest = by[2] or ""
        when = find_datetime(rest)
        meta.published = meta.published or when
        outlet = rest.split(",")[0].strip() if rest else ""
        if outlet and not find_date(outlet) and len(outlet.split()) <= 4:
            meta.source = meta.source or outlet
        return True
    agency = AGENCY_BYLINE_RE.match(line)
    when = find_datetime(line)
    if agency and when:
        meta.source = meta.source or agency[1].strip()
        meta.published = meta.published or when
        return True
    if when and len(line.split()) <= 8:
        meta.published = meta.published or when
        return True
    return False


def _is_headline(block: str) -> bool:
    one_line = "\n" not in block.strip()
    return one_line and 0 < len(block.split()) <= MAX_TITLE_WORDS


def _header(blocks: list[re.Match[str]], meta: _Meta, title_given: str | None) -> int:
    """Read headline/metadata/byline blocks; return how many blocks they use."""
    used = 0
    for i, block in enumerate(blocks[:6]):
        lines = [ln for ln in block[0].splitlines() if ln.strip()]
        header_lines = 0
        for line in lines:
            heading = HEADING_RE.match(line)
            if heading and meta.title is None and i == used:
                meta.title = _clean(heading[1])
            elif not (_read_meta_line(line, meta) or (i <= 3 and _read_byline(line, meta))):
                break
            header_lines += 1
        if header_lines == len(lines):
            used = i + 1
            continue
        if i == 0 and _is_headline(block[0]):
            text = _clean(block[0])
            if title_given is None or fuzz.ratio(text, title_given, processor=default_process,
                                                 score_cutoff=TITLE_MATCH_CUTOFF):
                meta.title = meta.title or text
                used = 1
                continue
        break
    return used


def _dateline(first: str, ref: date | None) -> tuple[str | None, date | None, str | None, int]:
    m = DATELINE_RE.match(first)
    if not m or not (m[2] or m[3]):
        return None, None, None, 0
    place = m[1].strip(" ,")
    when = None
    if m[2]:
        when = find_date(m[2], ref)
        month_day = find_date(f"{m[2]}, 2000")
        if month_day and ref:
            when = nearest_year(month_day.month, month_day.day, ref)
    return place, when, (m[3] or "").strip() or None, m.end()


def _as_datetime(value: datetime | date | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)


def parse_article(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    published: datetime | date | None = None,
    title: str | None = None,
) -> Article:
    """Parse article text; caller metadata wins over what the text says."""
    _check_text(text)
    blocks = list(BLOCK_RE.finditer(text))
    meta = _Meta()
    given_title = _clean(title) if title and title.strip() else None
    body = blocks[_header(blocks, meta, given_title):]
    if not any(len(b[0].split()) >= MIN_PROSE_WORDS for b in body):
        raise ArticleError("No article body: no paragraph of prose found after the headline.")
    final_title = given_title or meta.title
    if not final_title:
        raise ArticleError("No headline: none found in the text and no title given.")
    when = _as_datetime(published) or meta.published
    place, dl_date, agency, _ = _dateline(body[0][0], when.date() if when else None)
    paragraphs = [Paragraph(index=i, start=b.start(), end=b.end(), text=b[0])
                  for i, b in enumerate(body)]
    return Article(
        title=final_title, source=source or meta.source or agency, url=url or meta.url,
        author=meta.author, published=when, dateline_place=place, dateline_date=dl_date,
        text=text, paragraphs=paragraphs, content_hash=content_hash(text))
