"""Whose words a partial quotation holds when the cue before it is not its speaker's.

A partial quotation normally goes to the subject of the nearest cue before it
(partials.partial_speaker). These rules, read in order, find quotations that sit in
another person's speech inside that clause: the quoted words are that person's when
a name reads them safely, and the quotation is refused otherwise (never given to the
nearest noun). Each rule returns ('owner', name, position, content start) or
('refuse', '', -1, -1).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.forward import subject_after
from bot.extraction.lexicon import SUBJECT_PRONOUNS, is_capitalised, words
from bot.extraction.quotes import QUOTE_MARKS

# Verbs of criticism or praise whose object is blamed or praised for its own words
# ('Clinton slammed Obama for suggesting that ...'). Source: English verbs of judging.
JUDGING_VERBS = words("slam slams slammed blast blasts blasted criticize criticizes "
                      "criticized criticise criticised scold scolds scolded mock mocks "
                      "mocked ridicule ridiculed attack attacks attacked blame blames "
                      "blamed fault faults faulted chide chided rebuke rebuked knock "
                      "knocked lambaste lambasted bash bashed assail assailed berate "
                      "berated castigate castigated excoriate excoriated taunt taunted "
                      "praise praises praised thank thanks thanked applaud applauded "
                      "commend commended accuse accuses accused condemn condemned "
                      "denounce denounced hit hits ripped")
# Prepositions that join a judging verb's object to the gerund of what it said.
GERUND_LINKS = words("for of over")
# Gerunds of saying: the words quoted after them are the doer's ('for showing "the
# courage of his convictions"' is the judge's phrase, not a saying). Source: SPEECH_VERBS.
SAYING_GERUNDS = words("saying suggesting calling claiming describing declaring "
                       "comparing referring labeling labelling tweeting writing stating "
                       "telling insisting arguing asserting implying promising vowing "
                       "boasting bragging joking warning dismissing branding dubbing")
# 'for suggesting', 'of saying', 'for not calling', 'for repeatedly saying'.
FOR_GERUND_RE = re.compile(r"\b(?:for|of|over)\s+(?:(?:not|repeatedly|once|publicly)\s+)?"
                           r"\w+ing$", re.IGNORECASE)

# Speech nouns whose possessor owns the that-clause after them ("Trump's claim that
# Obama "founded ISIS""). Source: English nouns of saying.
SPEECH_NOUNS = ("claim|remark|comment|statement|assertion|suggestion|insistence|"
                "declaration|contention|argument|charge|accusation|warning|promise|"
                "pledge|vow|boast|prediction|tweet|quip|allegation|complaint")
POSSESSIVE_THAT_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?:['’]s|s['’])\s+"
    r"(?:\w+\s+)?(?:" + SPEECH_NOUNS + r")s?\s+that\s+(?P<gap>[^“”\"]*)$")
# Finite verbs that end a that-clause: with two of them between 'that' and the
# quotation, the quotation belongs to the outer clause ("Rubio's claim that Cruz is in
# favor of ... is "simply not true"": the speaker's judgement, not Rubio's words).
FINITE_WORDS = words("is are was were has have had will would could should can may "
                     "might must does did do isn't wasn't aren't weren't won't")
# A that-clause longer than this before the quotation is not read as holding it.
MAX_GAP_WORDS = 12

# Clause breaks between a relative clause's cue and the quotation: the clause has
# ended ('which some have argued was intended to ..., was an "insult"': his).
CLAUSE_BREAKS = (",", ";", " - ", " – ", " — ", "(")

Owner = tuple[str, str, int, int]
REFUSE: Owner = ("refuse", "", -1, -1)


def _judged_object(text: str, start: int, cue: tuple[str, int, int],
                   quote: int) -> Owner | None:
    """'Clinton slammed Barack Obama as elitist for suggesting that rural voters "cling
    to guns"': a gerund cue after for/of/over, following a judging verb with an object,
    is the object's saying; the object is the owner when it is a name, else refuse.
    Negatives: 'Trump, known for calling Mexicans "rapists"' (no judging verb: his);
    'Pence praised Cruz for showing "the courage of his convictions"' (not a saying)."""
    link = FOR_GERUND_RE.search(text, start, cue[2])
    if not link or cue[0].lower() not in SAYING_GERUNDS:
        return None
    verbs = [m for m in re.finditer(r"[A-Za-z]+", text[start:link.start()])
             if m[0].lower() in JUDGING_VERBS]
    if not verbs:
        return None
    at = start + verbs[-1].end()
    found = subject_after(text[at:link.start()], at)
    if found and is_capitalised(found[0].split()[0]):
        return ("owner", found[0], found[1], cue[2])
    return REFUSE


def _possessive_that(text: str, start: int, cue: tuple[str, int, int],
                     quote: int) -> Owner | None:
    """'Pence blamed the media for making an issue out of Donald Trump's claim that
    President Barack Obama "founded ISIS"': a quotation inside the that-clause of a
    named possessor's speech noun is the possessor's. Negative: 'Frazier said that
    Rubio's claim that Cruz is in favor of ... is "simply not true"' (two finite verbs:
    the clause has ended, the words are Frazier's)."""
    end = quote
    while end > cue[2] and text[end - 1] in "“\"'‘ ":
        end -= 1
    m = POSSESSIVE_THAT_RE.search(text, cue[2], end)
    if not m:
        return None
    gap = m["gap"].split()
    if len(gap) > MAX_GAP_WORDS or sum(w.lower() in FINITE_WORDS for w in gap) > 1:
        return None
    return ("owner", m["name"], m.start("name"), m.start("gap") - len("that "))


# An object relative clause with a subject of its own right before the cue ('the tax
# cut, which critics dismissed as "a giveaway"'): 'which'/'whom'/'what', then up to
# four subject words and any auxiliaries or adverbs (RELATIVE_FILLERS).
RELATIVE_RE = re.compile(r"\b(?:which|whom|what)\s+(?P<rest>[^,;:“”\"()]*?)\s*$",
                         re.IGNORECASE)
RELATIVE_FILLERS = words("has have had once often repeatedly long also later since "
                         "previously recently publicly would will")
MAX_RELATIVE_SUBJECT = 4
# Cues of belief or perception: 'what Mr. Roe considers "smart"' is a view, never
# shown as said, so the quotation is refused. Source: English verbs of thinking.
VIEW_CUES = words("consider considers considered view views viewed see sees saw regard "
                  "regards regarded think thinks thought believe believes believed deem "
                  "deems deemed find finds found know knows knew hope hopes hoped")


def _relative_subject(text: str, start: int, cue: tuple[str, int, int],
                      quote: int) -> Owner | None:
    """'Roe argued that the tax cut, which critics dismissed as "a giveaway to donors,"
    would pay for itself': a quotation after a cue in an object relative clause is the
    relative clause subject's (its name or description), not the outer speaker's; a
    bare one-word subject ('some', 'critics') names no one and is refused. Negative:
    'Roe attacked the plan, which he called "a disaster"' (a pronoun: left to the
    pronoun rules); 'the deal, which some have argued was rushed, was an "insult"' (the
    relative clause ended at the comma). Refused after a view cue ('what Roe considers
    "smart"': a belief, not a saying)."""
    m = RELATIVE_RE.search(text, start, cue[1])
    if any(mark in text[cue[2]:quote] for mark in CLAUSE_BREAKS):
        return None
    subject = m["rest"].split() if m else []
    while subject and subject[-1].lower() in RELATIVE_FILLERS:
        subject.pop()
    if (not m or not subject or len(subject) > MAX_RELATIVE_SUBJECT
            or subject[0].lower() in SUBJECT_PRONOUNS):  # a pronoun: the pronoun rules'
        return None
    if (len(subject) == 1 and not is_capitalised(subject[0])) or cue[0].lower() in VIEW_CUES:
        return REFUSE
    found = subject_after(" ".join(subject), m.start("rest"))  # 'Obama on Friday'
    return ("owner", found[0], found[1], cue[2]) if found else REFUSE


# Ordered: the first rule that reads an owner or a refusal decides.
OWNER_RULES: list[tuple[str, Callable[[str, int, tuple[str, int, int], int],
                                      Owner | None]]] = [
    ("judged-for-saying", _judged_object),
    ("possessive-speech-noun-owns-that", _possessive_that),
    ("relative-clause-subject-owns", _relative_subject),
]


def quotation_owner(text: str, start: int, cue: tuple[str, int, int],
                    quote: int) -> tuple[str, Owner] | None:
    """(rule, owner) for a partial quotation at quote whose nearest cue is cue, or None
    when the cue's subject speaks it. Only for the first quotation after the cue: a
    later one ('what her group calls "care" - is "central"') is read as before."""
    if any(mark in text[cue[2]:quote - 1] for mark in QUOTE_MARKS):
        return None
    for name, rule in OWNER_RULES:
        found = rule(text, start, cue, quote)
        if found:
            return name, found
    return None
