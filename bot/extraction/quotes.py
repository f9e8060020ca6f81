"""Quotation marks and sentences inside a paragraph.

A paragraph is scanned once for double quotation marks (curly, straight, « »,
``/'' pairs); single quotes and apostrophes are ignored, so "allies' worries" or
"Ukraine's" never derail pairing. An opening mark without a closing one runs to
the end of its paragraph (the news convention for quotes spanning paragraphs).
Sentences are then cut only at boundaries outside quotations.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from bot.extraction.lexicon import SPEECH_VERBS, words
from bot.extraction.places import STATE_ABBREVIATIONS

# Marks that always open / always close a quotation; source: Unicode punctuation
# used in English news (“ ” « » „) and the LaTeX-style `` '' pairs of some feeds.
OPENERS = ("“", "«", "„", "``")
CLOSERS = ("”", "»")
# Straight double quote, and two apostrophes (some feeds write ''quote'' for both
# marks): opener or closer depending on its neighbours.
STRAIGHT = ('"', "''")
# The double quotation marks, as strings to look for in a stretch of text: a quotation
# opens or closes in it (partials, participle_clause, quote_owners).
QUOTE_MARKS = ("\"", "“", "”", "''")
# (``, '' or one of “”"«»„: the first character first, so that the scan skips to it;
# a look-behind then says whether a second one must follow)
MARK_RE = re.compile(r"[`'“”\"«»„](?:(?<=`)`|(?<=')'|(?<=[“”\"«»„]))")
# A sentence ends at . ! ? (optionally followed by closing marks) then whitespace and
# a capital letter, digit or opening mark. Source: standard sentence-split heuristic.
BOUNDARY_RE = re.compile(r"[.!?][”\"')\]]*(\s+)(?=[“\"«(\[A-Z0-9]|''|``)")
# Abbreviations after which a period does not end a sentence (AP titles, months,
# initials). Source: AP style abbreviations.
ABBREVIATIONS = words("""
mr mrs ms dr sen rep gov gen lt col sgt capt adm rev st jr sr prof gov sens reps
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k d.c no vs inc corp co
mt ft ave blvd e.g i.e a.m p.m del
""")

# Abbreviations that can also end a sentence ("in the U.S.", "at 9 p.m."): they do
# when a typical sentence opener follows. Source: news style.
FINAL_ABBREVIATIONS = words("u.s u.n u.k d.c inc corp co a.m p.m jr sr del")
# Initials written together before a name ('J.M. Roe', 'George H.W. Bush'): single
# letters joined by periods and a capitalised word right after. Their period ends a
# sentence when a typical sentence opener or a quotation mark follows, and always
# after a state ('Bedminster, N.J. Roger Ailes'). Source: news style for initials.
INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
CAPITAL_NEXT_RE = re.compile(r"\s+[A-Z]")
SENTENCE_OPENERS = words("He She They We I It The But This That There His Her Their Its "
                         "Our In At On After When While If")

# What may follow a full-stop quote's attribution for it to be the whole sentence:
# up to three words ('on Tuesday') and the final stop. Source: news attribution style.
TAIL_END_RE = re.compile(r"(?:\s+[\w'’-]+){0,3}\.(?:\s|$)")
# A short attribution sentence after a quote: "Mrs. Clinton asked." / "asked Borger." /
# "Miller, a retired worker, said ...".
# Verbs: every speech verb except -ing forms ('"Adams?" Doe repeated.').
ATTRIBUTION_TAIL_RE = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+[^,.!?\"“”\n]{1,80},\s+"  # appositive
    r"|(?:[A-Z][\w.'’-]*\s+){0,4})(?:[a-z]+ly\s+)?(?:" + "|".join(
        sorted((v for v in SPEECH_VERBS | {"continued"} if not v.endswith("ing")), key=len,
               reverse=True)) + r")\b")


# The word just before a period (searched in a short window, not the whole prefix; the
# look-behind skips the inside of each word, the same match a third faster).
LAST_WORD_RE = re.compile(r"(?<![\w.])([\w.]+)$")


@dataclass
class Quote:
    """One quotation inside a paragraph; offsets are absolute, marks excluded."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: unclosed, runs to paragraph end
    close_len: int = 1  # 2 for a '' closing mark


@dataclass
class Sentence:
    start: int
    end: int
    para: int
    quotes: list[Quote]


def _is_opening_straight(text: str, i: int, size: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + size] if i + size < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-/:;,"


def _looks_closing(text: str, i: int, size: int) -> bool:
    """An opening mark glued to a word and followed by space closes (a typo'd closer)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + size] if i + size < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?")


def _role(mark: str, text: str, i: int, is_open: bool) -> str:
    if mark in OPENERS:
        return "close" if is_open and _looks_closing(text, i, len(mark)) else "open"
    if mark in CLOSERS:
        return "open" if (i == 0 and not is_open) else "close"
    if is_open:
        return "close"
    return "open" if (i == 0 or _is_opening_straight(text, i, len(mark))) else "none"


@functools.lru_cache(maxsize=1024)
def find_quotes(text: str, offset: int = 0) -> list[Quote]:
    """Quotations in one paragraph's text; offset makes positions absolute. Remembered:
    the sentence splitter and the display both read each paragraph's quotations (the
    list is shared: callers read it, never change it)."""
    quotes: list[Quote] = []
    open_at: int | None = None
    open_len = 0
    for m in MARK_RE.finditer(text):
        role = _role(m[0], text, m.start(), open_at is not None)
        if role == "open":
            open_at, open_len = m.start(), len(m[0])
        elif role == "close" and open_at is not None:
            _add(quotes, text, offset, (open_at, open_len), m.start(), len(m[0]))
            open_at = None
    if open_at is not None:
        _add(quotes, text, offset, (open_at, open_len), len(text.rstrip()), 0)
    return quotes


def _add(quotes: list[Quote], text: str, offset: int, opener: tuple[int, int], end: int,
         close_len: int) -> None:
    """Record a quotation; close_len 0 means unclosed (runs to the paragraph end)."""
    open_at, open_len = opener
    start = open_at + open_len
    inner = text[start:end]
    if not inner.strip():
        return
    lead = len(inner) - len(inner.lstrip())
    trail = len(inner) - len(inner.rstrip())
    quotes.append(Quote(offset + start + lead, offset + end - trail, offset + open_at,
                        offset + end if close_len else None, close_len or 1))


def _inside(pos: int, quotes: list[Quote]) -> bool:
    return any(q.open_at < pos < (q.close_at if q.close_at is not None else q.end + 1)
               for q in quotes)


def _is_abbreviation(text: str, dot: int) -> bool:
    word = LAST_WORD_RE.search(text[max(0, dot - 40):dot])
    if not word:
        return False
    token = word[1].lower()
    initials = bool(INITIALS_RE.fullmatch(token) and CAPITAL_NEXT_RE.match(text, dot + 1)
                    and f"{token}." not in STATE_ABBREVIATIONS)
    if (token in FINAL_ABBREVIATIONS or initials) and _opener_follows(text, dot + 1):
        return False  # "... attacks in the U.S. He says ...": the period ends it too
    return token in ABBREVIATIONS or initials or (len(token) == 1 and token.isalpha())


def _opener_follows(text: str, at: int) -> bool:
    nxt = text[at:at + 20].split()
    return bool(nxt) and nxt[0] in SENTENCE_OPENERS


def _attribution_follows(text: str, mark: int, nxt: int) -> bool:
    """'?" Mrs. Clinton asked.': a question or exclamation quote and its attribution;
    after a full stop only a whole short attribution sentence ('." Trump said.')."""
    if text[mark] not in "?!." or text[mark + 1:mark + 2] not in ("”", '"', "'"):
        return False
    tail = ATTRIBUTION_TAIL_RE.match(text, nxt)
    if tail and text[mark] == ".":
        return bool(TAIL_END_RE.match(text, tail.end()))
    return bool(tail)


def split_sentences(text: str, offset: int, para: int) -> list[Sentence]:
    """Sentences of one paragraph, never cut inside a quotation."""
    quotes = find_quotes(text, offset)
    cuts = [0]
    for m in BOUNDARY_RE.finditer(text):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        if _attribution_follows(text, m.start(), m.end()):
            continue
        if not _inside(offset + m.start(1), quotes):
            cuts.append(m.end(1))
    cuts.append(len(text))
    sentences = []
    for a, b in itertools.pairwise(cuts):
        if text[a:b].strip():
            inner = [q for q in quotes if offset + a <= q.open_at < offset + b]
            sentences.append(Sentence(offset + a, offset + b, para, inner))
    return sentences


def quoted_fraction(text: str) -> float:
    """Share of the letters and digits (str.isalnum) of text that lie inside quotation
    marks (PolNeAR calls content with >= 0.8 quoted "direct")."""
    total = _alnum_count(text)
    if not total:
        return 0.0
    inside = sum(_alnum_count(text[q.start:q.end]) for q in find_quotes(text))
    return inside / total


def _alnum_count(text: str) -> int:
    return sum(map(str.isalnum, text))
