"""A second cue joined by 'and' (or a comma, in a list) to an earlier cue of the same
sentence: its subject.

'Because he favors right-to-work laws and opposes a federal minimum wage increase': the
earlier cue's content runs over the second cue, which is another verb of the same
subject, not the main clause's ('Union leaders', read by clauses.clause_subject before).
'She urged the council to act, proposed that the mill stay open, and pushed for a vote':
the verbs of a list after commas are the same subject's. The rules of
SHARED_SUBJECT_RULES (in order) give the second cue the earlier statement's subject; its
name goes into the statement's trace. The earlier content then ends before 'and' or the
comma (reported._truncate).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.cut_rules import TIME_WORDS
from bot.extraction.lexicon import IRREGULAR_PAST
from bot.extraction.raw import Raw

# A clause joined by a comma and a conjunction inside the earlier content: 'called for a
# boycott, and the League denounced ... and said', '..., and questioned why': the verb
# after it may be another subject's.
CLAUSE_LINK_RE = re.compile(r",\s+(?:and|but)\b")
# The word joining a cue to the verb before it ('..., and opposes B').
JOINED_BY_AND_RE = re.compile(r"\b(?:and|then|but)\s*$", re.IGNORECASE)
# A list's last verb after the listed cue's content: ', and pushed', ' and delayed'.
LIST_END_RE = re.compile(r",?\s+and\s+(?:\w+ly\s+)?([a-z]+)\b")
# What a listed cue's content opens with: a clause ('that'), a determiner, a pronoun
# or a name, an infinitive; not a time or an agent ('the deal, announced Tuesday by ...':
# a participle of the noun before it). Source: English complements.
LIST_CONTENT_RE = re.compile(r"\s+(?:that|the|a|an|his|her|their|its|to|him|them|it|[A-Z])\S*")

# A subordinate clause opened inside the earlier content, with no comma up to the cue
# ('said she was doing interviews when police located her and told her to leave'): a verb
# of the same form in it before 'and' is the one the cue is joined to, and the clause's
# subject is the cue's. Not a relative ('mothers who have lost children ... and said':
# as often the earlier subject's). Source: English subordinators.
CLAUSE_OPENER_RE = re.compile(r"\b(?:when|whenever|while|because|after|before|if|since|"
                              r"until|once|although|though)\b([^,;:]*)$", re.IGNORECASE)
WORD_RE = re.compile(r"[\w'’-]+")

Rule = Callable[[str, Raw, str, int], bool]


def verb_form(word: str) -> str:
    """'past' ('said', 'opposed'), 's' ('says'), 'ing' or 'base' ('say')."""
    word = word.lower().split()[0] if word.strip() else ""
    if word in IRREGULAR_PAST or word.endswith("ed"):
        return "past"
    if word.endswith("ing"):
        return "ing"
    return "s" if word.endswith("s") and not word.endswith("ss") else "base"


def _runs_over(text: str, prev: Raw, cue: str, c_start: int) -> bool:
    """The earlier content runs over the cue, both cues have the same form, and no ',
    and' clause comes between."""
    a, b = prev.spans[0]
    return (bool(prev.subject) and a < c_start < b and prev.cue is not None
            and verb_form(prev.cue) == verb_form(cue)
            and CLAUSE_LINK_RE.search(text, a, c_start) is None)


def _subordinate_verb(text: str, start: int, cue: str, c_start: int) -> bool:
    """A clause opened in text[start:c_start] (CLAUSE_OPENER_RE) holds a verb of the
    cue's form before the 'and' joining the cue: 'when police located her and told'."""
    clause = CLAUSE_OPENER_RE.search(text, start, c_start)
    if clause is None:
        return False
    found = WORD_RE.findall(clause[1])[:-1]  # the words up to 'and'
    form = verb_form(cue)
    return any(w.islower() and verb_form(w) == form and form in ("past", "s") for w in found)


def subordinate_second_verb(text: str, prev: Raw | None, cue: str, c_start: int) -> bool:
    """Rule 'subordinate-second-verb': the cue joined by 'and' inside the earlier content
    is the second verb of a subordinate clause there ('... when law enforcement located
    her and told her to leave'): neither the earlier subject's nor, as read, anyone's
    named (reported.at_cue stores no statement)."""
    return (prev is not None and bool(prev.subject)
            and JOINED_BY_AND_RE.search(text, prev.spans[0][0], c_start) is not None
            and _runs_over(text, prev, cue, c_start)
            and _subordinate_verb(text, prev.spans[0][0], cue, c_start))


def _same_verb_phrase(text: str, prev: Raw, cue: str, c_start: int) -> bool:
    """'he favors A and opposes B', 'said A and called B': 'and' before the cue, and the
    earlier content runs over it with the same verb form (not 'said he has time to step
    up and show ...': 'show' is the content's verb; not 'said ... when police located her
    and told her to leave': the cue is the subordinate clause's second verb)."""
    return (JOINED_BY_AND_RE.search(text, prev.spans[0][0], c_start) is not None
            and _runs_over(text, prev, cue, c_start)
            and not _subordinate_verb(text, prev.spans[0][0], cue, c_start))


def _listed_verb(text: str, prev: Raw, cue: str, c_start: int) -> bool:
    """'urged A, proposed that B, and pushed C': a comma before a past-tense cue whose
    content opens like one (LIST_CONTENT_RE), a list's last verb of the same form after
    it (', and pushed'), and the earlier content running over it with the same form."""
    if not text[prev.spans[0][0]:c_start].rstrip().endswith(","):
        return False
    c_end = c_start + len(cue)
    opens = LIST_CONTENT_RE.match(text, c_end)
    return (verb_form(cue) == "past" and opens is not None
            and opens[0].strip().lower() not in TIME_WORDS
            and list_end(text, c_end, prev.spans[0][1]) is not None
            and _runs_over(text, prev, cue, c_start))


def list_end(text: str, start: int, end: int) -> int | None:
    """Where a listed cue's content ends: before ', and' (or ' and') and the list's last
    past-tense verb in text[start:end], or None when no such verb follows."""
    last = LIST_END_RE.search(text, start, end)
    return last.start() if last is not None and verb_form(last[1]) == "past" else None


def _second_verb(text: str, prev: Raw, cue: str, c_start: int) -> bool:
    """'Republican candidate Jane Roe said that A, and said that B', 'Roe says A, but
    conceded B': 'and', 'but' or 'then' right before the cue after a comma or only
    punctuation past the earlier content, and the earlier subject opening the sentence
    (the subject rules do not read it again past a title or a quotation)."""
    joined = JOINED_BY_AND_RE.search(text, prev.cue_pos, c_start)
    if joined is None or not prev.subject_pos < prev.cue_pos < c_start < prev.sentence[1]:
        return False
    end = prev.spans[-1][1]
    linked = (text[prev.cue_pos:joined.start()].rstrip().endswith(",") if end > joined.start()
              else not text[end:joined.start()].strip(" ,;\"'”’"))
    return linked and not text[prev.sentence[0]:prev.subject_pos].strip()


SHARED_SUBJECT_RULES: tuple[tuple[str, Rule], ...] = (
    ("coordinated-cue-shares-subject", _same_verb_phrase),
    # not 'Roe praised the deal, announced Tuesday by the mayor' (a participle of the
    # noun before it), not 'Roe said the plan failed, blamed Doe' (no list's end)
    ("listed-cue-shares-subject", _listed_verb),
    # not 'Roe said that voters were angry and said ...' (the content runs over the cue:
    # the rules above), not a subject after other words ('In Ohio, Roe said A and ...')
    ("second-verb-shares-opening-subject", _second_verb),
)


def shared_subject(text: str, prev: Raw | None, cue: str,
                   c_start: int) -> tuple[str, int, str] | None:
    """The earlier statement's subject (phrase, offset, rule name) for a cue joined to
    it by 'and' or in a list, or None."""
    if prev is None or prev.subject is None:
        return None
    for name, rule in SHARED_SUBJECT_RULES:
        if rule(text, prev, cue, c_start):
            return prev.subject, prev.subject_pos, name
    return None
