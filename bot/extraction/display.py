"""What a card shows for a statement, built from the article's own characters.

A card promises that every character between its quotation marks is the article's,
in the article's order. The display is therefore never assembled from the extracted
`quote` (whose fragments are joined for search) but read back from the article:

- a direct quotation: the parts of its spans that lie inside the article's quotation
  marks. Two parts split by a short attribution in one paragraph are shown as the
  article has them (`“... settlement,” Hegseth said. “Instead, ...”`); other parts are
  joined with an ellipsis (`“A … B”`), the visible sign of a join. Words of the
  reporter inside a span are left out of the marks.
- partial quotes and reported speech: the clause from its speaker or cue to the end of
  the content, verbatim, so the reporting verb (`ruled out`, `refused`) is always shown.
  A quotation the clause cuts into is widened to its marks.

Every quotation mark is shown as “ or ”, whatever the article used (", ``/'', « »).
A statement that cannot be shown faithfully gets an empty display and is dropped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from bot.extraction.negations import negation_start
from bot.extraction.quotes import MARK_RE, find_quotes
from bot.extraction.raw import Raw
from bot.models import Article, Statement

OPEN, CLOSE = "“", "”"
CURLY_MARK_RE = re.compile(f"[{OPEN}{CLOSE}]")
JOIN = " … "
# Narration between two parts of one quotation shown as the article has it, at most
# this long ('," Hegseth said. "'); longer narration is an ellipsis join.
MAX_NARRATION_CHARS = 80
# A cue's words at its position: one, or two for a two-word cue ('pointed out').
WORD_RE = re.compile(r"\S+")
TWO_WORDS_RE = re.compile(r"\S+(?:\s+\S+)?")
# Punctuation left dangling at the end of a clause (outside any mark).
TRAILING = ",;: "


@dataclass(frozen=True)
class Region:
    """One quotation of the article: marks at open_at and close_at (absolute offsets),
    content from start to end. An unclosed quotation runs to its paragraph's end."""

    open_at: int
    open_len: int
    start: int
    end: int
    close_at: int | None
    close_len: int

    @property
    def outer_end(self) -> int:
        return self.close_at + self.close_len if self.close_at is not None else self.end


def regions(article: Article) -> list[Region]:
    """Every quotation of the article, in text order (the headline's too: it may hold a
    statement, headline.py)."""
    out: list[Region] = []
    text = article.text
    head = text[:article.paragraphs[0].start] if article.paragraphs else ""
    blocks = [(head, 0)] + [(p.text, p.start) for p in article.paragraphs]
    for block, start in blocks:
        for q in find_quotes(block, start):
            mark = MARK_RE.match(text, q.open_at)
            close_len = q.close_len if q.close_at is not None else 0
            out.append(Region(q.open_at, len(mark[0]) if mark else 1, q.start, q.end,
                              q.close_at, close_len))
    return out


Part = tuple[tuple[int, int], Region]


def _inside_parts(spans: list[tuple[int, int]], quoted: list[Region]) -> list[Part]:
    """(start, end) of each span's text inside a quotation, with the quotation."""
    parts: list[Part] = []
    for a, b in spans:
        for r in quoted:
            lo, hi = max(a, r.start), min(b, r.end)
            if lo < hi:
                parts.append(((lo, hi), r))
    return parts


def _narration(text: str, left: Region, right: Region, ends: tuple[int, int]) -> str | None:
    """The article's words between two whole parts of one quotation ('Hegseth said.'),
    or None when they should be joined with an ellipsis instead."""
    if left.close_at is None or ends[0] != left.end or ends[1] != right.start:
        return None
    between = text[left.outer_end:right.open_at]
    if "\n" in between or MARK_RE.search(between) or len(between) > MAX_NARRATION_CHARS:
        return None
    return between if between.strip() else None


def direct_display(text: str, spans: list[tuple[int, int]], quoted: list[Region]) -> str:
    """`“A,” X said. “B”` or `“A … B”`; empty when no span lies inside marks."""
    parts = [(span, r) for span, r in _inside_parts(spans, quoted)
             if text[span[0]:span[1]].strip()]
    if not parts:
        return ""
    out = OPEN + _clean(text[parts[0][0][0]:parts[0][0][1]])
    for (prev_span, prev_r), (span, r) in itertools.pairwise(parts):
        piece = _clean(text[span[0]:span[1]])
        narration = _narration(text, prev_r, r, (prev_span[1], span[0])) if prev_r != r else None
        if narration is not None:
            out += f"{CLOSE} {_clean(narration)} {OPEN}{piece}"
        else:
            out += JOIN + piece
    return out.rstrip(TRAILING) + CLOSE


def clause_display(text: str, span: tuple[int, int], quoted: list[Region]) -> str:
    """text[span] with any quotation it cuts into widened to its marks, marks shown as
    “ ”, white space folded; unclosed quotations are closed at the clause's end."""
    start, end = span
    for r in quoted:
        if r.open_at < end and r.outer_end > start:
            start, end = min(start, r.open_at), max(end, r.outer_end)
    pieces: list[str] = []
    at = start
    unclosed = False
    for r in quoted:
        if r.open_at < start or r.open_at >= end:
            continue
        pieces += [text[at:r.open_at], OPEN]
        if r.close_at is None:
            pieces.append(text[r.open_at + r.open_len:end])
            at, unclosed = end, True
            break
        pieces += [text[r.open_at + r.open_len:r.close_at], CLOSE]
        at = r.outer_end
    pieces.append(text[at:end])
    shown = " ".join("".join(pieces).split()).rstrip(TRAILING)
    if MARK_RE.search(shown.replace(OPEN, "").replace(CLOSE, "")):
        return ""  # a stray mark the article never closes: cannot be shown balanced
    return shown + CLOSE if unclosed else shown


def statement_range(sentence: tuple[int, int], spans: list[tuple[int, int]],
                positions: list[int]) -> tuple[int, int]:
    """From the first of content, subject and cue inside the sentence to the last."""
    lo, hi = spans[0][0], spans[-1][1]
    for pos in positions:
        if sentence[0] <= pos <= sentence[1]:
            lo = min(lo, pos)
            hi = max(hi, pos)
    return lo, hi


def cue_end(text: str, cue_pos: int, cue: str | None) -> int:
    """The offset after the cue's words at cue_pos (the cue may be two words)."""
    if cue_pos < 0 or not cue:
        return cue_pos
    m = (TWO_WORDS_RE if " " in cue else WORD_RE).match(text, cue_pos)
    return m.end() if m else cue_pos


def _clean(piece: str) -> str:
    return " ".join(piece.split())


def statement_display(text: str, stmt: Statement, raw: Raw, quoted: list[Region]) -> str:
    """The card text of one statement (see the module's docstring)."""
    if stmt.kind == "direct":
        return direct_display(text, stmt.spans, quoted)
    positions = [p for p in (raw.subject_pos, negation_start(text, raw),
                             cue_end(text, raw.cue_pos, raw.cue)) if p >= 0]
    return clause_display(text, statement_range(raw.sentence, stmt.spans, positions), quoted)


def with_display(article: Article, statements: list[Statement],
                 origins: list[Raw]) -> list[Statement]:
    """The statements that can be shown faithfully, each with its display set."""
    quoted = regions(article)
    kept = []
    for stmt, raw in zip(statements, origins, strict=True):
        stmt.display = statement_display(article.text, stmt, raw, quoted)
        if stmt.display and balanced(stmt.display):
            kept.append(stmt)
    return kept


def balanced(shown: str) -> bool:
    """Every “ is closed by a ” before the next “ opens."""
    depth = 0
    for ch in CURLY_MARK_RE.findall(shown):
        depth += 1 if ch == OPEN else -1
        if depth not in (0, 1):
            return False
    return depth == 0
