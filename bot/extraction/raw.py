"""The working record of one statement before speakers and dates are resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.extraction.lexicon import PHRASAL_CUES, SPEECH_VERBS
from bot.extraction.quotes import Quote, Sentence

# "according to X" introduces a source; source: news style.
ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+")
CUE_WORD_RE = re.compile(r"[A-Za-z]+(?:\s+(?:out|for|on))?")


@dataclass
class Raw:
    kind: str
    spans: list[tuple[int, int]]
    para: int
    sentence: tuple[int, int]
    cue: str | None = None
    cue_pos: int = -1
    subject: str | None = None
    subject_pos: int = -1
    clause: str = ""  # attribution text (outside quotes) used for dates and channel
    unclosed: bool = False
    extra_sentences: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.spans[0][0]


def close_end(q: Quote) -> int:
    return q.close_at + q.close_len if q.close_at is not None else q.end


def gaps(sent: Sentence) -> list[tuple[int, int]]:
    """Text between quotations: before the first, between each pair, after the last."""
    edges = [sent.start]
    for q in sent.quotes:
        edges += [q.open_at, close_end(q)]
    edges.append(sent.end)
    return [(edges[i], max(edges[i], edges[i + 1])) for i in range(0, len(edges), 2)]


def find_cues(text: str, start: int, end: int,
              vocab: frozenset[str] = SPEECH_VERBS) -> list[tuple[str, int, int]]:
    """Cue words (vocab verbs, phrasal cues) in text[start:end], as (cue, start, end)."""
    found = []
    for m in CUE_WORD_RE.finditer(text, start, end):
        if not m[0][0].islower():
            continue
        words = m[0].split()
        head = words[0].lower()
        if len(words) == 2 and f"{head}_{words[1]}" in PHRASAL_CUES:
            found.append((f"{head} {words[1]}", m.start(), m.end()))
        elif head in vocab:
            found.append((words[0], m.start(), m.start() + len(words[0])))
    return found
