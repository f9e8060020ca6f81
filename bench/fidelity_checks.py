"""Fidelity checks on the text of a card (issue 11): is it exactly what the article says?

Independent of the extractor on purpose: its own quotation-mark scanner
(fidelity_marks.py), its own matching, no import from bot.extraction. Every check
takes plain values (the card's text, the article's text) so the tests can feed it
made-up sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from fidelity_marks import MARK_RE, quotation_regions, segments

# An ellipsis: the card's join of two parts, a cut, or the article's own (all split).
ELLIPSIS_RE = re.compile(r"…|\.\s?\.\s?\.")
# A label before a reported statement ("Reported: ", "Partial quote: ").
LABEL_RE = re.compile(r"^\s*[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:\s+")
# Punctuation a card may drop or change at the edge of a part: the quoting
# convention ("win," he said -> “win.”), not the speaker's words.
EDGE_PUNCT = " \t\n,.;:—–-"
# Between two parts the card shows as adjacent (no ellipsis), the article may have
# marks, spaces and punctuation but no word, and not more than this many characters.
MAX_JOIN_GAP = 6
WORD_RE = re.compile(r"\w")


def strip_label(display: str) -> str:
    return LABEL_RE.sub("", display, count=1)


@dataclass(frozen=True)
class Piece:
    text: str
    quoted: bool
    joined: bool  # shown adjacent to the previous piece (no ellipsis between)


def pieces(display: str) -> list[Piece]:
    """The card's text in parts to find in the article: cut at the card's marks and
    at every ellipsis; parts without a word (bare punctuation) are dropped."""
    out: list[Piece] = []
    joined = False
    for seg in segments(strip_label(display)):
        for i, part in enumerate(ELLIPSIS_RE.split(seg.text)):
            if i:
                joined = False
            part = part.strip() if seg.quoted else part.strip(EDGE_PUNCT + "“”\"")
            if WORD_RE.search(part):
                out.append(Piece(part, seg.quoted, joined))
                joined = True
    return out


def normalise(text: str, skip: frozenset[int] = frozenset()) -> tuple[str, list[int]]:
    """Text for matching: every double mark becomes ", every whitespace run one space
    (paragraph breaks included); marks starting at `skip` are left out. Also the
    original offset of each character."""
    out: list[str] = []
    index: list[int] = []
    for m in re.finditer(r"\s+|``|''|[“”„«»\"]|.", text, re.S):
        ch = m[0]
        if m.start() in skip:
            continue
        out.append(" " if ch.isspace() else '"' if MARK_RE.fullmatch(ch) else ch)
        index.append(m.start())
    index.append(len(text))
    return "".join(out), index


def _occurrences(haystack: str, needle: str) -> Iterator[int]:
    found = haystack.find(needle)
    while found >= 0:
        yield found
        found = haystack.find(needle, found + 1)


def _variants(piece: str) -> list[str]:
    """The part as shown, then without the punctuation at its edges."""
    bare = piece.strip(EDGE_PUNCT)
    return [piece, bare] if bare and bare != piece else [piece]


def _groups(parts: list[Piece]) -> list[re.Pattern[str]]:
    """One pattern per run of parts the card shows adjacent (no ellipsis between):
    each part without its edge punctuation, then up to MAX_JOIN_GAP characters of
    anything but a word (marks, spaces, punctuation) before the next part."""
    gap = rf"\W{{0,{MAX_JOIN_GAP}}}?"
    runs: list[list[str]] = []
    for part in parts:
        core = re.escape(normalise(part.text)[0].strip(EDGE_PUNCT))
        if part.joined and runs:
            runs[-1].append(core)
        else:
            runs.append([core])
    return [re.compile(gap.join(run)) for run in runs]


def find_in_order(article_norm: str, parts: list[Piece]) -> list[tuple[int, int]] | None:
    """Where each run of adjacent parts occurs in the (normalised) article, each after
    the previous (the leftmost match each time); None when they cannot all be found."""
    found, pos = [], 0
    for pattern in _groups(parts):
        match = pattern.search(article_norm, pos)
        if match is None:
            return None
        found.append(match.span())
        pos = match.end()
    return found


@dataclass
class ArticleText:
    """An article prepared for the checks: normalised text, offsets, quotations."""

    text: str

    def __post_init__(self) -> None:
        # The mark that opens each paragraph of a quotation over several paragraphs
        # is typography, not text: a card may join those paragraphs without it.
        regions = quotation_regions(self.text)
        self.norm, self.index = normalise(
            self.text, frozenset(r.start for r in regions if r.continued))
        quoted = bytearray(len(self.text))
        for r in regions:
            quoted[r.start:r.end] = b"\x01" * (r.end - r.start)
        # prefix count of word characters outside every quotation
        self.outside = [0]
        for ch, q in zip(self.text, quoted, strict=True):
            self.outside.append(self.outside[-1] + (0 if q or not ch.isalnum() else 1))

    def in_quotation(self, norm_start: int, norm_end: int) -> bool:
        start, end = self.index[norm_start], self.index[norm_end]
        return self.outside[end] == self.outside[start]


def not_verbatim(display: str, article: ArticleText) -> bool:
    """The card's words are not the article's: some part of the card (quoted parts
    and the text around them, cut at ellipses; a leading label ignored) is not found
    in the article in the card's order, adjacent where the card shows it adjacent
    (parts cut at an ellipsis may be anywhere later in the article).
    Exact characters, except: any double mark equals any other, any whitespace run
    equals one space, and punctuation at a part's edge may differ (see EDGE_PUNCT)."""
    parts = pieces(display)
    return bool(parts) and find_in_order(article.norm, parts) is None


def reporter_words(display: str, article: ArticleText) -> list[str]:
    """Parts inside the card's marks that the article has only outside its own
    quotations: the reporter's words presented as the speaker's. A part counts only
    when it is found and no occurrence of it lies wholly inside a quotation (a word
    character outside every quotation disqualifies an occurrence); a part not found
    at all is not_verbatim's business."""
    bad = []
    for part in (p for p in pieces(display) if p.quoted):
        spots = [(at, at + len(variant)) for variant in _variants(normalise(part.text)[0])
                 for at in _occurrences(article.norm, variant)]
        if spots and not any(article.in_quotation(*spot) for spot in spots):
            bad.append(part.text)
    return bad


def without_cue(display: str, cue: str | None) -> bool:
    """Reported speech (or a partial quote) whose card text lacks its reporting verb:
    no cue at all, or some word of the cue is not a whole word of the display
    (case-insensitive). Without the cue a reader cannot tell who claims what. A
    punctuation cue (a headline's 'Roe: ...', headline.py) is shown when the display
    holds it."""
    words = re.findall(r"[\w'’-]+", cue or "")
    if not words:
        return not (cue and cue.strip() and cue.strip() in display)
    return not all(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", display, re.I)
                   for w in words)


def after_published(said_on: date | None, said_from: date | None,
                    published: date | None) -> date | None:
    """The statement's date (day, or the start of its period) when it is later than
    the article's publication day: nothing can be said after it was reported."""
    if published is None:
        return None
    for when in (said_on, said_from):
        if when is not None and when > published:
            return when
    return None
