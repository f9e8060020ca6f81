"""Context cues in the frames that settle their sense: 'CLAUSE, Roe wrote.'

The cues of stance.CONTEXT_CUES ('wrote', 'claims', 'confirmed', 'declared', 'believe',
'found') are left to the learned cue model, since after them a noun phrase often
reports nothing ('wrote a book', 'found the keys'). After a clause and a comma, with
nothing but an aside after them ('..., Roe wrote on Friday.', '..., Roe wrote, adding
...'), or between commas inside that clause ('The plan, Roe wrote, will fail.'), they
can only report that clause. Rule 'context-cue-after-content': the statement of such a
cue as the reported-speech rules read it (reported.at_cue) when their reading is one
of those frames, its subject found and the cue something bot.cues can label.
"""

from __future__ import annotations

import re

from bot import cues
from bot.extraction.lexicon import words
from bot.extraction.parentheticals import OPENING_WORDS
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, compile_cue_patterns, find_cues, spans_overlap
from bot.extraction.reported import at_cue
from bot.extraction.stance import CONTEXT_CUES

# The reported-speech frames with the content before the cue (reported.py,
# parentheticals.py): 'CLAUSE, X wrote.', '..., X wrote on Friday.', '..., X wrote,
# adding ...', 'A, X wrote, B'.
CONTENT_FIRST_FRAMES = frozenset({
    "content-then-subject-cue", "content-then-subject-cue-aside",
    "content-then-subject-cue-participle", "parenthetical-cue"})

# The context cues that report the clause before them in these frames: finite verbs
# that are no nouns ('support', 'questions', 'plans') nor passive participles
# ('expected', 'aimed', 'charged'), nor 'know' ('..., you know, ...'). Each reads as
# bot.cues labels it: 'wrote' speech, 'found' a finding, 'believe' a belief.
CONTENT_FIRST_CUES = words("""wrote posted confirmed declared found finds estimated believe
maintains maintained claims responded knew assured mentioned thought feel feels hope""")
# The words after a parenthetical context cue go on with the clause's verb ('which, his
# advisers believe, would lead ...'); not an adverbial ('..., the paper declared on
# Thursday, two days after ...').
GOES_ON_RE = re.compile(r"(?:is|are|was|were|will|would|has|have|had|can|could|should|may"
                        r"|might|must|did|does|do)\b")
# What may follow such a cue: the sentence's end, a comma, or an aside's first word
# ('wrote on Facebook', 'confirmed Tuesday'); never an object ('wrote a check', 'back
# Sanders', 'felt for me').
AFTER_CUE_RE = re.compile(
    r"\s*(?:[.!?;,]|$|(?:in|on|at|during|via|through|from|last|earlier|this|late|early"
    r"|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.IGNORECASE)
# After a finding or belief only the sentence's end or a comma: 'chemicals found in
# refrigerants' is no finding, '..., the poll found.' is.
END_AFTER_CUE_RE = re.compile(r"\s*(?:[.!?;,]|$)")
# A content before the subject has at least this many words, and no opening adverbial
# ('Across the state, Republicans began ...', 'As an immigrant, she felt ...').
MIN_HEAD_WORDS = 4

compile_cue_patterns(CONTENT_FIRST_CUES)  # compiled at import


def _clause_head(head: str) -> bool:
    words = head.split()
    return len(words) >= MIN_HEAD_WORDS and words[0].lower() not in OPENING_WORDS


def context_frames(text: str, sent: Sentence, found: list[Raw]) -> list[Raw]:
    """The statements of the sentence's context cues read in a content-first frame
    (found: the statements the rules already have; none overlapping them is added)."""
    if sent.quotes or "," not in text[sent.start:sent.end]:
        return []
    out: list[Raw] = []
    for cue, c_start, c_end in find_cues(text, sent.start, sent.end, CONTENT_FIRST_CUES):
        kind = cues.report_kind(cue)
        after = AFTER_CUE_RE if kind == "speech" else END_AFTER_CUE_RE
        if (kind is None or not after.match(text, c_end, sent.end)
                or any(r.cue_pos == c_start for r in found)):
            continue
        raw = at_cue(text, sent, cue, c_start, c_end)
        if (raw is None or raw.subject is None or raw.rule not in CONTENT_FIRST_FRAMES
                or not _clause_head(text[sent.start:raw.subject_pos])
                or (len(raw.spans) > 1 and not GOES_ON_RE.match(text, raw.spans[1][0]))
                or any(spans_overlap(raw.spans, r.spans) for r in found + out)):
            continue
        out.append(raw.chose("context-cue-after-content"))
    return out


assert CONTENT_FIRST_CUES <= CONTEXT_CUES  # the rules read the others themselves
