"""A cue word whose clause reports nothing after it: it ends a subordinate clause, or it
is a participle with its agent.

'After Clinton testified, Gowdy and his team seemed to shift focus' does not report
what Clinton testified: the words after the comma are the main clause, the reporter's.
'"Poison pill" measures added by Republicans' is a passive participle: nobody is
reported as adding anything said. The verb rules (reported.py) take no statement from
a cue read by one of the CLAUSE_CUE_FRAMES below, in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import words
from bot.extraction.stance import SAID_ALOUD_VERBS
from bot.extraction.subject_relatives import subject_relative
from bot.extraction.wh_subjects import wh_subject

# Subordinators whose clause is no report of the main clause ('After Roe spoke, ...');
# 'As Roe said, ...' is left out: there the main clause is what was said. Source:
# English subordinating conjunctions.
SUBORDINATORS = words("after when since before once until because although though while "
                      "whenever")
# The cue ends its clause: a comma right after it, and more words after the comma.
CLAUSE_END_RE = re.compile(r",\s+\S")
# 'by' and the agent's first word after a participle ('added by Republicans'); not a
# gerund ('added by saying', a means).
BY_AGENT_RE = re.compile(r"\s+by\s+(?!\S+ing\b)\S")
WORD_RE = re.compile(r"\S+")
FROM_RE = re.compile(r"\s+from\b")
# A form of 'be' right before the participle: a full passive ('he was criticized by'),
# left to collect.passive (its statement still ends the content before it).
# (A first letter then a look-behind, "[Ii](?<!\w[Ii])", is the \b before the word: the same
# matches, and the scan skips to the word's first letters, several times as fast.)
BE_BEFORE_RE = re.compile(r"[IiAaWwBb](?<!\w[IiAaWwBb])(?i:(?<=i)s|(?<=a)re|(?<=w)(?:as|ere)"
                          r"|(?<=b)e(?:en|ing)?)\s+$")
# 'what' and a subject (a pronoun or up to four capitalised words) right before the cue.
FREE_RELATIVE_RE = re.compile(r"\b[Ww]hat\s+(?:he|she|they|it|we|I|(?:[A-Z][\w.'’-]*\s+){1,4})"
                              r"\s*$")
# A copula, 'as' or a verb in -s right after the cue ('what Roe said were ...', 'what
# he said frightens him'): the 'what' is its subject, the rest what was said.
COPULA_AFTER_RE = re.compile(r"\s+(?:is|are|was|were|as|would\s+be|will\s+be|"
                             r"(?!(?:this|thus|hers|ours|yours|theirs|news)\b)[a-z]{3,}s)\b")
# Verbs of saying whose free relative hides its content; not stance verbs ('what Roe
# thinks of the plan' is a topic, 'what Roe considers unfair scrutiny' a label) nor
# naming verbs ('what Roe called the angry rhetoric'). Source: English verbs of saying.
FREE_RELATIVE_CUES = words("say says said saying tell tells told telling")
# 'everything', 'nothing', ... and a subject right before the cue ('Everything Trump
# says is a lie', 'nothing she said was new'): the relative is the sentence's subject or
# object, and the cue reports nothing the sentence gives. Not 'all' ('All she said was
# that ...' gives it). Source: English indefinite pronouns.
QUANTIFIER_RELATIVE_RE = re.compile(
    r"\b(?:[Ee]verything|[Aa]nything|[Nn]othing|[Ss]omething|[Ww]hatever)\s+(?:that\s+)?"
    r"(?:he|she|they|it|we|I|you|(?:[A-Z][\w.'’-]*\s+){1,4})\s*$")
# Verbs of charging, blaming or praising and the preposition that takes the charge
# ('accused of', 'charged with', 'blamed for'): in the active voice the one charged
# comes between ('Roe accused Doe of lying'), so the preposition right after the cue
# makes it a passive participle ('The man accused of buying the guns will remain in
# custody'): its subject is the one charged, never the accuser. Source: English verbs.
PASSIVE_OBJECT_CUES = {**dict.fromkeys(words("accused suspected convicted acquitted "
                                             "cleared"), "of"),
                       **dict.fromkeys(words("charged credited"), "with"),
                       **dict.fromkeys(words("blamed criticized criticised praised "
                                             "faulted condemned lauded sued"), "for")}
NEXT_WORD_RE = re.compile(r"\s+(\w+)")
# Words before such a cue that make it active: a pronoun, an auxiliary, a form of 'be'.
NOT_PATIENTS = words("""he she they we i you it who whom which that has have had will would
could may might is are was were be been being also""")
# An object relative before the cue: 'which', 'whom', or 'that'/'who' and a subject.
OBJECT_RELATIVE_RE = re.compile(r"\b(?:which|whom|(?:that|who)\s+(?:the|a|an|his|her|their|its|"
                                r"[A-Z]\w*))\b[^.,;:]*$")
# 'Let's' or 'let us' right before the cue (the letter first, as BE_BEFORE_RE).
LETS_RE = re.compile(r"[Ll](?<!\w[Ll])et(?:['’]s|\s+us)\s+$")


def _ends_subordinate(text: str, start: int, c_start: int, cue: str, c_end: int) -> bool:
    first = WORD_RE.match(text, start)
    return (first is not None and first[0].lower() in SUBORDINATORS
            and "," not in text[start:c_start] and CLAUSE_END_RE.match(text, c_end) is not None)


def passive_by(text: str, cue: str, c_end: int) -> bool:
    """A participle in -ed and 'by' with its agent after it ('criticized by many
    bankers'): the subject before it is acted on, never the speaker (the learned cues
    ask this of every candidate, after 'be' too: 'has been repeatedly criticized by')."""
    return cue.endswith("ed") and " " not in cue and BY_AGENT_RE.match(text, c_end) is not None


def _participle_by(text: str, start: int, c_start: int, cue: str, c_end: int) -> bool:
    return (passive_by(text, cue, c_end)
            and BE_BEFORE_RE.search(text, max(start, c_start - 24), c_start) is None)


def passive_object(text: str, cue: str, c_start: int, c_end: int) -> bool:
    """'accused of', 'charged with', 'blamed for' right after the cue (c_start to c_end)
    and a lowercase noun right before it ('The man accused of', 'an American contractor
    accused of'): a reduced passive relative (PASSIVE_OBJECT_CUES; the learned cues ask
    too). Not after a name, a pronoun, an auxiliary or a form of 'be' ('which Roe blamed
    for', 'whom she has accused of', 'he was accused of': collect.passive's), nor in an
    object relative ('groups that the critics accused of')."""
    prep = PASSIVE_OBJECT_CUES.get(cue.lower())
    nxt = NEXT_WORD_RE.match(text, c_end)
    if prep is None or nxt is None or nxt[1].lower() != prep:
        return False
    before = WORD_RE.findall(text, max(0, c_start - 60), c_start)
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    if before[-1] in NOT_PATIENTS or before[-1].endswith("ly"):
        return False
    return OBJECT_RELATIVE_RE.search(text, max(0, c_start - 60), c_start) is None


def _charged_with(text: str, start: int, c_start: int, cue: str, c_end: int) -> bool:
    return passive_object(text, cue, c_start, c_end)


def _reported_from(text: str, start: int, c_start: int, cue: str, c_end: int) -> bool:
    return cue.lower() == "reported" and FROM_RE.match(text, c_end) is not None


def supposition(text: str, start: int, c_start: int) -> bool:
    """'Let's' or 'let us' right before the cue at c_start (after start): 'Let's say
    you think ...' (the learned cues ask too)."""
    return LETS_RE.search(text, max(start, c_start - 12), c_start) is not None


def _lets_say(text: str, start: int, c_start: int, cue: str, c_end: int) -> bool:
    return supposition(text, start, c_start)


def free_relative(text: str, start: int, c_start: int, cue: str) -> bool:
    """'what Roe said' (after start): the cue's content is the 'what', which the
    sentence does not give, never the words after the cue ('That was what Roe said when
    she resigned', 'what Roe says his plan would do ... began'); only a verb of saying
    (FREE_RELATIVE_CUES), not before a copula or a verb whose subject the 'what' is
    ('what Roe said were the failures of ...', 'what he said frightens him')."""
    if cue.split()[0].lower() not in FREE_RELATIVE_CUES:
        return False
    after = COPULA_AFTER_RE.match(text, c_start + len(cue))
    return after is None and FREE_RELATIVE_RE.search(
        text, max(start, c_start - 60), c_start) is not None


def _what_said(text: str, start: int, c_start: int, cue: str, c_end: int) -> bool:
    return free_relative(text, start, c_start, cue)


def indefinite_relative(text: str, start: int, c_start: int) -> bool:
    """'Everything Trump says' (after start): the cue at c_start is in the relative of
    an indefinite pronoun."""
    lo = max(start, c_start - 60)
    if text.find("thing", lo, c_start) < 0 and text.find("hatever", lo, c_start) < 0:
        return False  # none of its pronouns: the pattern need not run (hot path)
    return QUANTIFIER_RELATIVE_RE.search(text, lo, c_start) is not None


def _everything_said(text: str, start: int, c_start: int, cue: str, c_end: int) -> bool:
    return indefinite_relative(text, start, c_start)


def _in_subject(text: str, start: int, c_start: int, cue: str, c_end: int) -> bool:
    return subject_relative(text, start, c_start, cue)


# What follows a transitive cue whose object is not after it: punctuation, a preposition,
# an adverb or an auxiliary ('the partisanship that Roe decries also makes ...',
# 'businesses that he's assailed for outsourcing'). Source: English verb phrases.
NO_OBJECT_RE = re.compile(
    r"\s*[,;:)—–]|\s+(?:for|as|on|in|at|over|during|since|because|when|while|with"
    r"|by|about|before|after|also|still|now|then|and|but|or|is|are|was|were|has|have|had"
    r"|will|would|could|can|may|might|should|must|did|does|do|[a-z]+ly)\b")


def _no_object(text: str, start: int, c_start: int, cue: str, c_end: int) -> bool:
    return cue.lower() in SAID_ALOUD_VERBS and NO_OBJECT_RE.match(text, c_end) is not None


def _in_wh_subject(text: str, start: int, c_start: int, cue: str, c_end: int) -> bool:
    return wh_subject(text, start, c_start, c_end)


# (name, test of the sentence start, the cue's start, the cue and its end).
CLAUSE_CUE_FRAMES: tuple[tuple[str, Callable[[str, int, int, str, int], bool]], ...] = (
    # The cue ends a clause opened by a subordinator: 'After Clinton testified, Gowdy
    # seemed to shift focus', 'When Roe announced, her rivals cheered'; not 'As Roe said,
    # the plan failed', not 'While taxes may rise, that is good, he said, because ...' (a
    # comma before the cue: a parenthetical cue), not 'Roe said, after a pause, ...'.
    ("cue-ends-subordinate-clause", _ends_subordinate),
    # A participle with its agent: 'measures added by Republicans', 'a plan announced by
    # the ministry'; not 'Roe added by saying that ...' (a gerund: the means), not 'he
    # was criticized by' (a full passive, collect.passive's).
    ("participle-by-agent", _participle_by),
    # A passive participle of charging or praising: 'The man accused of buying the
    # guns will remain in custody', 'a charity charged with fraud'; not 'Roe accused Doe
    # of lying' (the one charged between), not 'Roe praised the plan'.
    ("passive-participle-charge", _charged_with),
    # 'reported from' a place is where the reporter was, a credit line: 'Lerer reported
    # from Los Angeles', 'Roe reported from Oakland, Calif.; Doe, from Washington'; not
    # 'Roe reported that ...', not 'Roe reported on Tuesday that ...'.
    ("reported-from-place", _reported_from),
    # "Let's say", "let us hope" set up a supposition or a wish, nobody's statement:
    # "Let's say you think a degree will cost $160,000"; not 'Roe let it be known that
    # ...' (no "let's" or 'let us' right before the cue).
    ("lets-supposition", _lets_say),
    # A free relative 'what SUBJECT CUE': 'That was what Roe said when she resigned';
    # not 'what Roe called the angry rhetoric' (a label), not 'what Roe said were ...'.
    ("what-free-relative", _what_said),
    # An indefinite pronoun's relative: 'Everything Trump says is a lie unless proven
    # otherwise', 'He denied everything she said'; not 'Roe said everything was fine'.
    ("everything-relative", _everything_said),
    # The cue is in a relative or a participle of the sentence's opening noun phrase,
    # whose main verb follows the content: 'Voters who say the economy matters most were
    # evenly divided', 'The share of voters saying they want a ban is as high as ...';
    # not 'Roe, who said ...', not 'He mocked voters who say ...' (subject_relatives.py).
    ("subject-relative-cue", _in_subject),
    # A verb of criticism or praise said aloud (stance.SAID_ALOUD_VERBS) with no object
    # after it: its object is a relative pronoun before it or the subject of a passive,
    # and the words after are no content: 'the partisanship that Roe decries also makes
    # his bid harder', 'businesses that he has assailed for outsourcing'; not 'Roe
    # chided Doe for skipping the debate' (its object after it).
    ("said-aloud-without-object", _no_object),
    # The cue is in a wh-clause that is the sentence's subject, whose main verb follows
    # the content: 'What Roe considers "fair" might be seen as evasive', 'How Roe
    # answers will decide it', 'The question of whether anyone issued an order has
    # loomed'; not 'What do you think of it?', not 'What Roe said was that ...', not
    # 'Roe explained how she would vote' (wh_subjects.py).
    ("wh-subject-cue", _in_wh_subject),
)


def clause_cue(text: str, start: int, cue: str, c_start: int, c_end: int) -> str | None:
    """The frame that reads the cue at c_start (sentence starting at start) as
    reporting nothing after it, or None."""
    for name, test in CLAUSE_CUE_FRAMES:
        if test(text, start, c_start, cue, c_end):
            return name
    return None
