"""Quotation marks for the fidelity checks (issue 11): the article's quotations and
the card's own marks, found by our own scanner (independent of bot.extraction).

Marks: “ „ « `` open, ” » close; a straight " and a doubled apostrophe '' (the NYT's
style for both ends) are ambiguous and take their role from their shape (space before
and a word after: opening; a word before and space or punctuation after: closing),
else from the state (inside a quotation: closing; outside: opening). A curly mark
whose glyph contradicts the state is a typo unless its shape agrees with the glyph.
Single marks are never quotation marks here: they are apostrophes too often to be
told apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MARK_RE = re.compile(r"``|''|[“”„«»\"]")
OPENING, CLOSING = frozenset({"“", "„", "«", "``"}), frozenset({"”", "»"})


@dataclass(frozen=True)
class Region:
    """One quotation: [start, end) from its opening mark to after its closing mark
    (or to the end of its paragraph when it is not closed there)."""

    start: int
    end: int
    closed: bool
    # opens a paragraph that continues the previous paragraph's open quotation
    continued: bool = False


def _shape(text: str, start: int, end: int) -> str | None:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    return None


def _role(text: str, start: int, end: int, mark: str, inside: bool) -> str:
    """'open' or 'close'. A curly mark has its glyph's role unless the state says
    otherwise and its shape does not contradict the state (a typed ” opening a
    paragraph: ”We will win.” or ” … and then”)."""
    shape = _shape(text, start, end)
    if mark in OPENING:
        return "close" if inside and shape == "close" else "open"
    if mark in CLOSING:
        return "open" if not inside and shape != "close" else "close"
    return shape or ("close" if inside else "open")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph bounds: blank-line separated blocks, or lines when no line is blank."""
    separator = r"\n[ \t\xa0]*\n\s*" if re.search(r"\n[ \t\xa0]*\n", text) else r"\n\s*"
    start = 0
    for m in re.finditer(separator, text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def quotation_regions(text: str) -> list[Region]:
    """The article's quotations, paired per paragraph. An opening mark that is not
    closed in its paragraph runs to the paragraph's end: the news convention for a
    quotation over several paragraphs (each opens again, only the last closes).
    A second opening mark while one is open ends the first there; a stray closing
    mark outside any quotation is ignored."""
    regions: list[Region] = []
    left_open = False  # the previous paragraph ended inside a quotation
    for p_start, p_end in paragraphs(text):
        open_at: int | None = None
        continued = False
        for m in MARK_RE.finditer(text, p_start, p_end):
            role = _role(text, m.start(), m.end(), m[0], open_at is not None)
            if role == "open":
                if open_at is not None:
                    regions.append(Region(open_at, m.start(), False, continued))
                open_at, continued = m.start(), left_open and m.start() == p_start
            elif open_at is not None:
                regions.append(Region(open_at, m.end(), True, continued))
                open_at = None
        if open_at is not None:
            regions.append(Region(open_at, p_end, False, continued))
        left_open = open_at is not None
    return regions


def balanced(display: str) -> bool:
    """unbalanced_marks is `not balanced(display)`: every opening mark is closed,
    in order, with no closing mark outside a quotation and no opening mark inside
    one, except an opening mark right after a line break (a quotation continued in a
    new paragraph, the news convention)."""
    inside = False
    for m in MARK_RE.finditer(display):
        # the card's curly marks count as drawn (a typed “ closing is unbalanced)
        role = ("open" if m[0] in OPENING else "close" if m[0] in CLOSING
                else _role(display, m.start(), m.end(), m[0], inside))
        if role == "open":
            if inside and not display[:m.start()].rstrip(" \t").endswith("\n"):
                return False
            inside = True
        elif not inside:
            return False
        else:
            inside = False
    return not inside


@dataclass(frozen=True)
class Segment:
    text: str
    quoted: bool  # between a pair of the card's marks


def segments(display: str) -> list[Segment]:
    """The card's text cut at its own marks: quoted parts and the text around them.
    A quotation the card leaves open runs to the end (so its words are checked)."""
    out, pos = [], 0
    for region in quotation_regions(display):
        if region.start > pos:
            out.append(Segment(display[pos:region.start], False))
        inner = display[region.start:region.end]
        out.append(Segment(MARK_RE.sub(" ", inner) if region.closed
                           else MARK_RE.sub(" ", inner, count=1), True))
        pos = region.end
    if pos < len(display):
        out.append(Segment(display[pos:], False))
    return out


