"""Noun-phrase tests for reported-speech subjects: evidence (polls, records), poll
shares and possessive heads ("Roe's campaign")."""

from __future__ import annotations

from bot.extraction.lexicon import (
    AUXILIARIES,
    EVIDENCE_HEAD_WINDOW,
    EVIDENCE_NOUNS,
    NUMBER_WORDS,
    ORG_HEADS,
    TITLE_WORDS,
    words,
)

# Quantities that open a subject: "Six in 10 voters said", "Nearly half said".
QUANTIFIERS = words("""one two three four five six seven eight nine ten half most many few
nearly about almost majority more fewer""")


def evidence_subject(toks: list[tuple[str, int]]) -> bool:
    """'FEC records compiled by the center', 'A poll conducted Sunday', 'Exit polling':
    a document or poll noun among the first words, and no auxiliary (no clause)."""
    return (any(w.lower() in EVIDENCE_NOUNS for w, _ in toks[:EVIDENCE_HEAD_WINDOW])
            and not any(w.lower() in AUXILIARIES for w, _ in toks))


def is_number(word: str) -> bool:
    return word.isdigit() or word.split("-")[0] in NUMBER_WORDS | QUANTIFIERS


def possessive_head(toks: list[tuple[str, int]]) -> bool:
    """'Marco Rubio’s campaign', 'Trump's top adviser': a named owner, then at most
    two lowercase words ending in an office or organisation noun."""
    owner = [i for i, (w, _) in enumerate(toks) if w.endswith(("'s", "’s")) and w[:1].isupper()]
    if not owner or len(toks) - owner[-1] - 1 not in (1, 2):
        return False
    head = toks[-1][0].lower()
    return head in TITLE_WORDS or head in ORG_HEADS
