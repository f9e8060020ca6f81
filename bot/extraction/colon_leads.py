"""A reported content that only leads in to what follows a colon.

'Roe argued that:', 'Roe said that given the crop of candidates on both sides:', 'the
committee said about its inclusion of the plan in its platform:', 'He told his audience,
to rowdy applause:' and then a quotation or a list: the words after the cue end at the
colon that ends the sentence, and what was said is what follows it (the quotation rules
read that). The words before the colon are a dangling clause opener, a topic or the
hearer, never what was said, and the statement is dropped (collect.py) when one of the
COLON_LEAD_RULES below reads its content, in order.

A whole clause before the colon is kept ('Trump asserted that France had lost its
identity: "France is no longer France"'), and so is an object ('CNN also noted the
sparse attendance:').
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.bare_contents import CLAUSE_SIGNS, says_nothing
from bot.extraction.bracket_cuts import crosses_brackets
from bot.extraction.hypotheticals import hypothetical
from bot.extraction.lexicon import words
from bot.extraction.raw import Raw

# A colon right after the content (past closing marks), then the sentence's or the
# paragraph's end.
COLON_END_RE = re.compile(r"[\s\"”’']*:\s*(?:\n|$)")
WORD_RE = re.compile(r"[\w'’-]+")
# Words a clause cannot end on: a complementizer, a determiner or pronoun announcing
# what follows, a copula without its complement, a verb of including, a preposition
# without its object; not a negated auxiliary ('reminded viewers that he doesn't:' is
# an elided clause, whole). Source: English function words.
OPEN_ENDS = words("""that whether as following these this those is are was were be
include includes included including like with of to""")
# Words after 'that' that open an adverbial, not the reported clause ('that given the
# crop of candidates', 'that if elected'). Source: English subordinators and
# prepositions.
ADVERBIAL_OPENERS = words("""given if when while because although though despite after
before since unless once in on at for with among amid""")
# A clause's signs (bare_contents.CLAUSE_SIGNS) but the topic prepositions: a
# pronoun, a complementizer, an auxiliary ('that given the crop of candidates' has none).
VERB_SIGNS = CLAUSE_SIGNS - words("about regarding concerning of")
# Prepositions that open a topic ('said about the plan:', 'observing of Trump:').
TOPIC_OPENERS = words("about of on regarding concerning")
# Cues whose object is the one told ('told his audience:'). Source: English verbs.
TELL_CUES = words("tell tells told telling")


def _open_end(cue: str, found: list[str]) -> bool:
    return found[-1].lower() in OPEN_ENDS


def _adverbial_only(cue: str, found: list[str]) -> bool:
    return (len(found) > 1 and found[0].lower() == "that"
            and found[1].lower() in ADVERBIAL_OPENERS
            and not any(w.lower() in VERB_SIGNS for w in found[2:]))


def _topic(cue: str, found: list[str]) -> bool:
    return found[0].lower() in TOPIC_OPENERS


def _source_only(cue: str, found: list[str]) -> bool:
    return cue == "according to"


def _hearer(cue: str, found: list[str]) -> bool:
    return (cue.split()[0].lower() in TELL_CUES
            and not any(w.lower() in VERB_SIGNS for w in found))


# (name, test of the cue and the content's words), in the order tried.
COLON_LEAD_RULES: tuple[tuple[str, Callable[[str, list[str]], bool]], ...] = (
    # The content ends open: 'Roe argued that:', 'areas where Roe wants changes
    # include:', 'tweeting the following:'; not 'Roe noted the sparse attendance:'.
    ("colon-lead-open-end", _open_end),
    # 'that' and an adverbial with no clause: 'said that given the crop of candidates on
    # both sides:'; not 'said that given the costs, it would fail:' (a clause after).
    ("colon-lead-adverbial", _adverbial_only),
    # A topic: 'the committee said about its inclusion of the plan:', 'observing of
    # Trump:'; not 'said the plan was about jobs:'.
    ("colon-lead-topic", _topic),
    # The one told: 'He told his audience, to rowdy applause:'; not 'told the crowd
    # that the plan would fail:'.
    ("colon-lead-hearer", _hearer),
    # After 'according to SOURCE' every word before the colon is about the source: 'According
    # to Jack Roe, writing for the Courier:' (what the source says follows the colon).
    ("colon-lead-source", _source_only),
)


def colon_lead(text: str, raw: Raw) -> str | None:
    """The rule that reads raw's reported content as a lead-in to a colon, or None."""
    if raw.kind != "indirect" or not raw.cue or COLON_END_RE.match(text, raw.spans[-1][1]) is None:
        return None
    found = WORD_RE.findall(" ".join(text[a:b] for a, b in raw.spans))
    if not found:
        return None
    return next((name for name, rule in COLON_LEAD_RULES if rule(raw.cue, found)), None)


def reports_nothing(text: str, raw: Raw) -> bool:
    """raw's reported content reports nothing (bare_contents.says_nothing), only leads
    in to a colon (colon_lead), runs out of the brackets its cue stands in
    (bracket_cuts.crosses_brackets), or is a condition or a question (hypotheticals.py)."""
    return (says_nothing(text, raw) or colon_lead(text, raw) is not None
            or crosses_brackets(text, raw) or hypothetical(text, raw) is not None)
