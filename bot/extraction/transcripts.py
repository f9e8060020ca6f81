"""A transcript's turns: 'TAPPER: Do you think ...' paragraphs (rule 'transcript-turn').

Articles print an interview as a transcript, each paragraph a turn that opens with its
speaker's name in capitals and a colon ('JAKE TAPPER: The governor released a video
...', 'FALLIN: I think he is ...'). There are no quotation marks, so the rules read the
turns as the reporter's narration ('I think ...' became a belief of nobody). Each turn
is one statement: its speaker the label (spelt as the article names the person),
its content the paragraph after the colon; the
statements the rules read inside it go. PolNeAR marks such turns as attributions with
the colon as cue. It is shown as reported speech (no marks: display.py), the label and
the colon included.

A paragraph opening 'UPDATE:' or 'EMAIL:' is no turn: a label counts only in an
article where some speaker takes a turn twice (a label repeated, or a surname alone
after the full name: 'JAKE TAPPER:' then 'TAPPER:'), as in an exchange.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.extraction.lexicon import words
from bot.extraction.raw import Raw, clause_span
from bot.models import Article

# A speaker label opening a paragraph: one to three words in capitals, a colon, words.
# Source: transcript layout.
LABEL_RE = re.compile(r"(?P<label>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2}):\s+(?=\S)")
# Labels that head a notice, never a turn. Source: news page furniture.
NOT_SPEAKERS = frozenset(word.upper() for word in words("""update updated correction
clarification email e-mail note source sources twitter abstract watch video read more
related photo photos credit breaking exclusive editor's editor’s stat q a"""))
# A turn's content has at least this many words.
MIN_WORDS = 2
# The rule's name (--explain).
TRANSCRIPT_TURN = "transcript-turn"


def _labels(article: Article) -> list[tuple[int, re.Match[str]]]:
    """(paragraph index, label match) of each paragraph opening with a speaker label."""
    text = article.text
    out = []
    for para in article.paragraphs:
        m = LABEL_RE.match(text, para.start, para.end)
        if m and not set(m["label"].split()) & NOT_SPEAKERS:
            out.append((para.index, m))
    return out


def _name(text: str, label: str) -> str:
    """The label as the article writes the name elsewhere ('TAPPER' -> 'Tapper' after
    'Jake Tapper'; 'MCCAIN' -> 'McCain'), else in title case: speakers are matched by
    their names' spelling."""
    for m in re.finditer(r"\b" + re.escape(label) + r"\b", text, re.IGNORECASE):
        if not m[0].isupper():
            return m[0]
    return label.title()


def _exchange(labels: list[str]) -> bool:
    """Some speaker takes a turn twice: a surname repeated."""
    surnames = Counter(label.split()[-1] for label in labels)
    return len(surnames) >= 2 and max(surnames.values()) >= 2


def transcript_turns(article: Article, raws: list[Raw]) -> list[Raw]:
    """raws with each transcript turn added and the statements inside it left out."""
    found = _labels(article)
    if len(found) < 3 or not _exchange([m["label"] for _, m in found]):
        return raws
    text = article.text
    for index, m in found:
        para = article.paragraphs[index]
        span = clause_span(text, m.end(), para.end)
        if len(text[span[0]:span[1]].split()) < MIN_WORDS:
            continue
        turn = Raw("indirect", [span], index, (para.start, para.end), cue=":",
                   cue_pos=m.end("label"), subject=_name(text, m["label"]),
                   subject_pos=m.start("label"), clause=m["label"]).chose(TRANSCRIPT_TURN)
        raws = [r for r in raws if not para.start <= r.start < para.end] + [turn]
    return sorted(raws, key=lambda r: r.start)
