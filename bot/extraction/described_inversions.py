"""'CLAUSE, said a handful of Democrats who ...': an inverted cue whose speaker is a
description of people, not a name (rule 'content-then-cue-description').

frames.inverted_statement reads 'CLAUSE, said X' at once only when X is a name ('...,
said Dante Scala, a professor'); for any other X the subject before the cue is tried
first, and when the words after the cue are a description and no clause, the
statement's content was that description: 'Defending that terrain is within the Biden
wheelhouse, said a handful of Democrats who point to his ties to labor' gave nobody
saying 'a handful of Democrats who point to his ties to labor'. Here a speech verb
after a comma inverts when its words up to the sentence end are a description of
people (its head a person noun, bot.extraction.heads, or a quantifier's capitalised
plural) and at most a relative clause with no comma nor auxiliary ('..., said the
staff member who succeeded him, Roe, should go' is no inversion): the clause before
the comma is the content, the description the speaker.
"""

from __future__ import annotations

import re

from bot.extraction.forward import subject_after
from bot.extraction.frames import CLAUSE_VERB_RE, inverted_statement
from bot.extraction.heads import head, is_person_noun
from bot.extraction.lexicon import DETERMINERS, IRREGULAR_PAST, SPEECH_VERBS
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span

# What may follow the description to the sentence end: a relative clause on it, or
# nothing. Source: English noun-phrase modifiers.
DESCRIPTION_TAIL_RE = re.compile(r"\s*(?:[.!?]?\s*$|(?:who|whose)\b)")

# A relative clause closed by the comma before the cue: an aside on the subject.
RELATIVE_ASIDE_RE = re.compile(r",\s+(?:who|whose|which)\b[^,]*,$")


def described_inversion(text: str, sent: Sentence, cue_at: tuple[str, int, int],
                        min_words: int) -> Raw | None:
    """The statement of 'CLAUSE, said DESCRIPTION', or None."""
    word, c_start, c_end = cue_at
    before = text[sent.start:c_start].rstrip()
    if word.lower() not in SPEECH_VERBS or not before.endswith(",") or RELATIVE_ASIDE_RE.search(
            before):
        return None  # 'Roe, who is 45, said ...': the subject's aside, no clause
    found = subject_after(text[c_end:sent.end], c_end)
    if found is None or found[0][:1].isupper():
        return None  # a name: frames.inverted_statement's own
    end = found[1] + len(found[0])
    toks = found[0].split()
    at, complete = head(toks)
    if not (complete and (is_person_noun(toks[at]) or _members(toks, at))
            and DESCRIPTION_TAIL_RE.match(text, end, sent.end)) or _verb_in(toks):
        return None
    if text.find(",", end + 1, sent.end) >= 0 or CLAUSE_VERB_RE.search(text, end, sent.end):
        return None  # '..., said the staff member who succeeded him, Roe, should ...'
    raw = inverted_statement(text, sent, cue_at, clause_span(text, sent.start, c_start),
                             min_words)
    return raw.chose("content-then-cue-description") if raw else None


def _members(toks: list[str], at: int) -> bool:
    """'a handful of Democrats', 'dozens of Republicans': a capitalised plural after a
    quantifier's 'of' names members of a party or people (the lists hold no parties)."""
    return at > 1 and toks[at - 1] == "of" and toks[at][:1].isupper() and toks[at].endswith("s")


def _verb_in(toks: list[str]) -> bool:
    """A past tense inside the phrase read ('said the Khan family deserved better'): a
    clause after the cue, no description; an -ed word right after a determiner ('a
    retired general') describes."""
    return any(w.islower() and (w.endswith("ed") or w in IRREGULAR_PAST)
               and toks[k - 1].lower() not in DETERMINERS for k, w in enumerate(toks) if k)
