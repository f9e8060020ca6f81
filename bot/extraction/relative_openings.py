"""The sentence's opening name before a relative clause that holds another name
(speaker rule 'name-before-relative-clause'): 'John Roe, whose company, Acme, makes
tools, said ...', 'Jane Roe, who founded a firm, Acme, in 2010, said ...'.

Read back from the cue, the subject rules stop at the last comma-set phrase, which
here is a name inside the relative clause ('Acme'): it became the speaker, and the
narration around it the content. When the sentence opens with a name followed by
', who', ', whose' or ', which' (phrases.leading_subject reads that name) and the
phrase found stands after that relative word, the opening name is the cue's subject.
"""

from __future__ import annotations

import re

from bot.extraction.participle_subjects import (
    PARTICIPLE_CLAUSE_SUBJECT,
    participle_clause_subject,
)
from bot.extraction.phrases import leading_subject

# The speaker rule's name in the trace.
NAME_BEFORE_RELATIVE = "name-before-relative-clause"
# A relative clause right after the opening name.
RELATIVE_RE = re.compile(r",\s+(?:who|whose|which)\b")


def name_before_relative(text: str, start: int, cue_pos: int,
                         found: tuple[str, int] | None) -> tuple[str, int] | None:
    """The opening name to use instead of found (see the module doc), or None."""
    if found is None or RELATIVE_RE.search(text, start, found[1]) is None:
        return None  # no relative word before the phrase found: the common case, cheap
    head = text[start:cue_pos]
    lead = leading_subject(head, start)
    if lead is None or lead == found:
        return None
    rel = RELATIVE_RE.match(text, lead[1] + len(lead[0]), cue_pos)
    return lead if rel is not None and found[1] > rel.start() else None


def subject_instead(text: str, start: int, cue: str, cue_pos: int,
                    found: tuple[str, int] | None) -> tuple[tuple[str, int], str] | None:
    """The subject to use instead of found for the cue at cue_pos, with its rule's name:
    the main clause's subject of a participle cue (participle_subjects.py), else the
    sentence's opening name before a relative clause (name_before_relative); or None."""
    main = participle_clause_subject(text, start, cue, cue_pos, found)
    if main:
        return main, PARTICIPLE_CLAUSE_SUBJECT
    lead = name_before_relative(text, start, cue_pos, found)
    return (lead, NAME_BEFORE_RELATIVE) if lead else None
