"""Where an earlier content of a sentence ends when a later report starts inside it:
before the later report's subject, or before its cue when the two share a subject or
the cue is a second verb ('... and says ...'), without a dangling link, comparison or
determiner (reported.indirect calls truncate for each report after the first)."""

from __future__ import annotations

import re

from bot.extraction.dangling import trimmed_end
from bot.extraction.lexicon import words
from bot.extraction.nested_cues import ends_before, gerund_after_preposition, runs_over
from bot.extraction.raw import Raw, clause_span

# Words right before a cue that join it to an earlier verb of the same subject
# ("... and says", "..., then says"). Source: English VP coordination.
COORDINATED_VERB_OPENERS = words("and then but")
# Conjunctions and clause openers left dangling when a content is cut before the next
# cue's subject ('..., while 9 percent found', '... because he said', '... which she
# called'); not 'since', 'before', 'after' (adverbs a content may end with).
CLAUSE_LINKS = words("while and but whereas as because when if which who whom where that")
# A comparison left dangling there: '..., compared with', ', after', ', a drop from'
# (before '64 percent who say ...', '55 percent said ...').
COMPARISON_TAIL_RE = re.compile(r",?\s*\b(?:(?:a\s+\w+|up|down)\s+from|compared\s+(?:with|to)"
                                r"|after|versus|against)$", re.IGNORECASE)


def truncate(text: str, out: list[Raw], raw: Raw) -> None:
    """An earlier content that runs into this cue's subject stops before it."""
    if not out:
        return
    a, b = out[-1].spans[0]
    cut = raw.subject_pos
    shares_subject = raw.subject_pos == out[-1].subject_pos
    inside = a < cut < b
    if inside:
        cut = raw.cue_pos if gerund_after_preposition(text, raw) else cut
    elif shares_subject or coordinated_cue(text, a, raw.cue_pos):
        cut = raw.cue_pos
    if a < cut < b:  # "... and said ...": the coordinated cue ends it too
        head = text[a:cut].rstrip()
        last = head.split()[-1:] if head else []
        if last and runs_over(last[0]):
            out[-1].chose("open-phrase-runs-over")
            return
        if last and (last[0].lower() in CLAUSE_LINKS  # ", while 9 percent found ..."
                     or ends_before(last[0], raw.cue or "")):  # '... anything | by refusing
            cut = a + len(head) - len(last[0])
        compared = COMPARISON_TAIL_RE.search(head)
        cut = a + compared.start() if compared else cut
        end = trimmed_end(text, a, cut, noun_next=cut == raw.subject_pos)
        out[-1].spans[0] = clause_span(text, a, end)
        if end != cut:
            out[-1].chose("dangling-words-dropped")


def coordinated_cue(text: str, start: int, c_start: int) -> bool:
    """'Roe survived the vote and says ...': the cue is a second verb of the subject."""
    before = text[start:c_start].split()
    return len(before) > 2 and before[-1].lower() in COORDINATED_VERB_OPENERS
