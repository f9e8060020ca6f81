"""The title rules of the vetting gate (vetting.py), in order; the first that refuses
decides and the title is dropped. A title is an office, an occupation or a party
('U.S. Secretary of Defense', 'Sen.', 'Wells Fargo CEO', 'Republican')."""

from __future__ import annotations

from bot.extraction.heads import (
    DETERMINER_LIKE,
    MODIFIER_TITLES,
    OPEN_ENDS,
    PREPOSITIONS,
    QUANTIFIERS,
    is_adverb,
    is_person_noun,
)
from bot.extraction.lexicon import TITLE_WORDS, words
from bot.extraction.vetting_words import PARTICIPLE_RE, Phrase, Rule, has_verb

# Social honorifics: a form of address, not a title ('Mr.', 'Mrs.').
HONORIFICS = words("mr mrs ms miss mx messrs mme mlle")
# Relations: who someone is to another person, not an office ('wife', 'rival'); with a
# word before them they say whose ('Clinton ally', '9/11 widow').
RELATIONS = words("""mother father brother sister daughter son wife husband widow widower
parent grandmother grandfather cousin neighbor neighbour friend rival ally partner
colleague relative fiancee fiance girlfriend boyfriend""")
# Parties and political labels that stand as a title ('Republican', 'Democrat').
PARTY_WORDS = words("republican democrat independent gop libertarian green")
# Clergy titles and their abbreviations ('Fr.', 'Msgr.', 'Rabbi').
CLERGY = words("fr msgr rabbi imam bishop cardinal pastor reverend rev")
# Participles that are part of a title ('ranking Democrat', 'acting director').
TITLE_PARTICIPLES = words("""ranking acting managing presiding outgoing incoming founding
leading governing sitting retired serving elected appointed designated""")
# Pronouns never inside a title ('presidential debate in her response to moderator').
TITLE_PRONOUNS = words("he she it they we i you her his their its our my your him them")
# Heads that name people but no office: groups.
GROUP_HEADS = words("""people persons public crowd crowds audience fans followers members
family families couple children kids troops police authorities
clergy staff""")


def _group(p: Phrase) -> bool:
    """'numerous fellow', 'many Republican': a quantity of people, not one's title."""
    return len(p.low) > 1 and (p.low[0] in QUANTIFIERS or p.low[0] in GROUP_OPENERS)


# Words that make a title a group's ('numerous fellow Democrats', 'various GOP').
GROUP_OPENERS = words("numerous various multiple countless fellow")


def _honorific(p: Phrase) -> bool:
    return all(w in HONORIFICS for w in p.low)


def _comma(p: Phrase) -> bool:
    return "," in p.text or ";" in p.text


def _fragment(p: Phrase) -> bool:
    return (p.words[-1].endswith(("'s", "’s"))
            or p.low[-1] in OPEN_ENDS)


def _verb(p: Phrase) -> bool:
    """A verb, or a participle with an object or closing the phrase ('Democratic groups
    outpacing', 'rally denounced Republican presidential candidate'); 'a planning
    director' and 'ranking Democrat' are titles."""
    if has_verb(p):
        return True
    for k, word in enumerate(p.words):
        nxt = p.words[k + 1] if k + 1 < len(p.words) else None
        before = p.low[k - 1] if k else ""
        if (PARTICIPLE_RE.fullmatch(word) and word not in TITLE_PARTICIPLES
                and before not in DETERMINER_LIKE and not is_adverb(before)
                and (nxt is None or nxt.lower() in DETERMINER_LIKE or nxt in PREPOSITIONS
                     or nxt[:1].isupper())):
            return True
    return False


def _pronoun(p: Phrase) -> bool:
    return any(w in TITLE_PRONOUNS for w in p.low)


def _no_office(p: Phrase) -> bool:
    """The head (before a preposition: 'Secretary of State'; else the last word:
    'Centers for Disease Control Director') is no office, occupation or party."""
    k = next((i - 1 for i, w in enumerate(p.low) if i and w in PREPOSITIONS), len(p.low) - 1)
    if not _office(p.low[k], p.words[k]):
        k = len(p.low) - 1
    low = p.low[k]
    if low in RELATIONS:
        return len(p.words) == 1
    plural = low.endswith("s") and not low.endswith("ss") and low not in HONORIFICS
    return plural or low in GROUP_HEADS or not _office(low, p.words[k])


def _office(low: str, word: str) -> bool:
    return ((low in TITLE_WORDS and low not in MODIFIER_TITLES) or low in PARTY_WORDS
            or low in CLERGY
            or low in RELATIONS or is_person_noun(word))


# Title rules, in order; the first that refuses decides. Name, then what it refuses.
TITLE_RULES: tuple[Rule, ...] = (
    # a form of address: 'Mr.', 'Mrs.'
    Rule("title_honorific", _honorific),
    # a place and a title run together: 'Texas, Senator from'
    Rule("title_comma", _comma),
    # an open end: 'Senator from', 'foreign minister of', 'new report by'
    Rule("title_fragment", _fragment),
    # a clause: 'Trump cited the figure at last week', 'Democratic groups outpacing'
    Rule("title_verb", _verb),
    # a pronoun inside: 'presidential debate in her response to moderator'
    Rule("title_pronoun", _pronoun),
    # a group, not one person: 'numerous fellow', 'many Republican'
    Rule("title_group", _group),
    # no office: 'rival', 'wife', 'few', 'House', 'editorial board of the Washington'
    Rule("title_no_office", _no_office),
)
