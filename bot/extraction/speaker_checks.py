"""The speaker rules of the vetting gate (vetting.py), in order; the first that refuses
decides. Each refuses one kind of phrase that is not a named person, a named
organisation or a description that says what it is."""

from __future__ import annotations

import functools
import re

from bot.extraction.common_words import is_common_word
from bot.extraction.dates import MONTHS, WEEKDAYS
from bot.extraction.heads import (
    DETERMINER_LIKE,
    ENDERS,
    OPEN_ENDS,
    PREPOSITIONS,
    QUANTIFIERS,
    head,
    is_adverb,
    is_document_noun,
    is_org_noun,
    is_person_noun,
    is_thing_noun,
)
from bot.extraction.lexicon import (
    CLAUSE_BREAKERS,
    LEADING_FILLERS,
    SKIPPABLE,
    TITLE_WORDS,
    words,
)
from bot.extraction.name_tails import cut_word, name_tail
from bot.extraction.names import gender_of_name
from bot.extraction.occurrences import has_whole_word, in_mid_sentence
from bot.extraction.places import (
    CITY_NAMES,
    COUNTRY_ABBREVIATIONS,
    PLACE_NAMES,
    STATE_ABBREVIATIONS,
)
from bot.extraction.vetting_words import (
    NAME_LINKS,
    PARTICIPLE_RE,
    Phrase,
    Rule,
    has_verb,
)

# Words a phrase that is a clause opens with ('he was standing on truth', "I've",
# 'him a master at ...'). Source: English personal, relative and expletive pronouns.
CLAUSE_OPENERS = words("""i i've i'm i'd i'll he he's he'd he'll she she's she'd she'll it it's
they they're they've they'd they'll we we're we've we'd we'll you you're you've you'd you'll
who who's there there's here here's what that's him them us me""")
# Function words that never stand as a speaker alone ('Between', 'No', 'Whatever').
FUNCTION_WORDS = (PREPOSITIONS | ENDERS | DETERMINER_LIKE | CLAUSE_BREAKERS | SKIPPABLE
                  | LEADING_FILLERS | words("""no not yes whatever whoever however between
                  instead only even just such soon back let nothing everything something
                  anything whenever whichever wherever"""))
# Words that open a clause or an adverbial, never a speaker's name ('Despite ...',
# 'Whenever ...', 'least a dozen members', 'Neither Roe nor ...'). 'Under' opens 'Under Secretary'.
OPENING_WORDS = (PREPOSITIONS | CLAUSE_BREAKERS | words("""perhaps maybe despite whenever
whichever whatever however instead least well also even only just still almost meanwhile
nonetheless nevertheless neither""")) - words("under")
# Indefinite pronouns: they say nobody in particular ('Everyone', 'Nobody').
INDEFINITES = words("everyone everybody someone somebody anyone anybody nobody none")
# Words a determiner may follow inside one phrase ('one of the attorneys', 'all the').
JOINERS = PREPOSITIONS | ENDERS | QUANTIFIERS | words("all both half")
# Nouns for a group that stand without a determiner ('police said', 'staff said').
GROUP_NOUNS = words("police staff clergy people public leadership media press")
# First words that leave a phrase open ('of Veterans Affairs', 'for the'): a link or a
# preposition ('the' opens descriptions).
OPEN_STARTS = (NAME_LINKS | PREPOSITIONS) - {"the"}
# Words opening a described phrase ('the', 'some', 'many'): one set for a hot test
# (heads' lists; subjects.DETERMINERS_AND_QUANTIFIERS is lexicon's, a little shorter).
DETERMINER_LIKE_AND_QUANTIFIERS = DETERMINER_LIKE | QUANTIFIERS
# Words that open a new sentence after a full stop inside a phrase.
SENTENCE_OPENERS = DETERMINER_LIKE | words("he she it they we i you there")
# Parties as adjectives: alone they name nobody ('Republican support was ...').
PARTY_WORDS = words("republican democrat independent gop libertarian green")
# Compass words that make a place a region ('North Florida', 'Southern California').
COMPASS = words("north south east west northern southern eastern western central")
# Descriptions longer than this are clauses or run-on fragments, not a speaker.
MAX_DESCRIPTION_WORDS = 12
CAPITALISED_ING_RE = re.compile(r"[A-Z][a-z]{2,}ing")
# Endings of English common words, not names ('Generous', 'Initially', 'Federal').
# Source: English derivational suffixes.
COMMON_ENDING_RE = re.compile(r"(?:ly|ed|al|ous|ive|ful|less|ness|tions?|sions?|ments?|ity"
                              r"|ance|ence)$")
# Capitalised plurals of peoples and parties ('Americans', 'Republicans', 'Democrats').
DEMONYM_RE = re.compile(r"[A-Z][a-z]{3,}(?:ans|ese|ites|ists|ats|is)")


def _clause(p: Phrase) -> bool:
    first = p.words[0]
    return first.lower().replace("’", "'") in CLAUSE_OPENERS and not (
        first.isupper() and len(first) > 1)  # 'US' is a country, 'I' a clause


def _function_word(p: Phrase) -> bool:
    """A function word alone, or one opening the phrase ('Despite pre-event
    disclaimers', 'What Washington'), or a lowercase adverb ('deeply Washington')."""
    if len(p.low) == 1:
        return p.low[0] in FUNCTION_WORDS
    return p.low[0] in OPENING_WORDS or (p.words[0][:1].islower() and is_adverb(p.low[0]))


def _fragment(p: Phrase) -> bool:
    """Starts or ends where a phrase cannot ('of Veterans Affairs', 'one of', 'The
    industry's', 'continues to'), or its head phrase is left open."""
    last = p.words[-1]
    if p.words[0][:1].islower() and p.low[0] in OPEN_STARTS:
        return True
    if len(p.words) > 1 and last.endswith(".") and p.low[-1] in TITLE_WORDS:
        return True  # 'former Pennsylvania Gov.': a title without its name
    if any(w.endswith(".") and p.low[k + 1] in SENTENCE_OPENERS
           for k, w in enumerate(p.words[:-1])):
        return True  # "Trump's. She", 'World War II. Some Americans': a sentence ends
    if last.endswith(("'s", "’s")) or (last[:1].islower()
                                        and p.low[-1] in OPEN_ENDS):
        return len(p.low) > 1
    if any(w in ("the", "a", "an") and p.low[k - 1] not in JOINERS
           for k, w in enumerate(p.words) if k):
        return True  # 'the only thing the American people': two phrases run together
    if p.description and not head(p.words)[1]:
        return True
    return _bare_singular(p)


def _bare_singular(p: Phrase) -> bool:
    """'big boss', 'contributor': one person named by a lowercase singular noun with no
    determiner is a piece of a longer phrase ('secretary of state' is a title)."""
    if not p.words[0][:1].islower() or p.low[0] in DETERMINER_LIKE_AND_QUANTIFIERS:
        return False
    k = head(p.words)[0]
    word = p.low[k]
    plural = word.endswith("s") and not word.endswith("ss")
    return (is_person_noun(word) and not plural and word not in TITLE_WORDS
            and word not in GROUP_NOUNS and not is_org_noun(word))


def _place(p: Phrase) -> bool:
    named = p.words[1:] if p.low[0] == "the" else p.words
    if not named or not all(w[:1].isupper() or w in NAME_LINKS for w in named):
        return False
    bare = " ".join(p.low).removeprefix("the ")
    region = len(p.low) > 1 and p.low[0] in COMPASS and " ".join(p.low[1:]) in PLACE_NAMES
    state = len(p.low) == 1 and f"{p.low[0]}." in STATE_ABBREVIATIONS
    country = len(named) == 1 and named[0].isupper() and named[0].lower() in COUNTRY_ABBREVIATIONS
    return bare in PLACE_NAMES or bare in CITY_NAMES or region or state or country


def _head_word(p: Phrase) -> str:
    return p.words[head(p.words)[0]]


def _thing(p: Phrase) -> bool:
    if p.description:
        word = _head_word(p)
        return word[:1].islower() and is_thing_noun(word)
    return len(p.words) == 1 and is_thing_noun(p.words[0]) and not gender_of_name(p.words[0])


def _vague(p: Phrase) -> bool:
    if len(p.low) == 1 and p.low[0] in INDEFINITES:
        return True
    return p.description and p.low[head(p.words)[0]] in QUANTIFIERS


def _not_a_name(p: Phrase) -> bool:
    """One capitalised word that is not used as a name: a participle or a common word
    opening a sentence. A name is an acronym, a known given name, a noun for people
    ('Police'), a people ('Americans'), or shows up capitalised in mid-sentence or as
    a transcript label ('RAMOS:'); a common word shows up in lower case too."""
    if p.description or len(p.words) != 1:
        return False
    word = p.words[0].rstrip(".")
    if CAPITALISED_ING_RE.fullmatch(word) and gender_of_name(word) is None:
        return True
    if (sum(c.isupper() for c in word) > 1 or gender_of_name(word) or is_person_noun(word)
            or is_org_noun(word) or is_document_noun(word)):
        return False
    if p.low[0] in MONTHS or p.low[0] in WEEKDAYS or p.low[0] in PARTY_WORDS:
        return True
    if DEMONYM_RE.fullmatch(word):
        return False
    return not _used_as_name(word, p.article)


@functools.lru_cache(maxsize=4096)
def _used_as_name(word: str, article: str) -> bool:
    if in_mid_sentence(article, word):
        return True  # capitalised in mid-sentence: 'said Kelly', 'Mr. Ban'
    if word.upper() != word and word.upper() in article:
        return True  # 'RAMOS:' labels a transcript
    return not (has_whole_word(article, word.lower()) or COMMON_ENDING_RE.search(word)
                or is_common_word(word, article))


def _not_a_person(p: Phrase) -> bool:
    """A description whose head names no person, group, organisation or document."""
    if not p.description:
        return False
    if len(p.low) == 2 and p.low[0] == "those" and PARTICIPLE_RE.fullmatch(p.low[1]):
        return False  # 'those surveyed', 'those polled': the people asked
    word = _head_word(p)
    return not (word[:1].isupper() or is_person_noun(word) or is_org_noun(word)
                or is_document_noun(word))


def _too_long(p: Phrase) -> bool:
    return p.description and len(p.words) > MAX_DESCRIPTION_WORDS


# Speaker rules, in order; the first that refuses decides. Name, then what it refuses.
SPEAKER_RULES: tuple[Rule, ...] = (
    # a headline run into a name: 'Immigration Reform Was A Sign Of Leadership\nMarco Rubio'
    Rule("line_break", lambda p: "\n" in p.text),
    # a clause opening with a pronoun: 'he was standing on truth', "I've", 'There'
    Rule("clause", _clause),
    # a function word alone: 'Between', 'No', 'Whatever'
    Rule("function_word", _function_word),
    # a verb inside: 'the influential US daily wrote', 'Hillary Clinton Said'
    Rule("verb", has_verb),
    # an open end or start: 'one of', 'The Republican nominee continues to', 'of Veterans'
    Rule("fragment", _fragment),
    # a place: 'Texas', 'United States', 'North Florida', 'Md.'
    Rule("place", _place),
    # a thing that shows but does not say: 'a review of records', 'a new poll', 'the data'
    Rule("thing", _thing),
    # only a quantity: 'others', 'many', '63 percent'
    Rule("vague", _vague),
    # a common word opening a sentence: 'Enacting', 'Pressure', 'Health'
    Rule("not_a_name", _not_a_name),
    # a longer name's tail: 'Development' of 'Organization for ... and Development'
    Rule("name_tail", lambda p: not p.description and name_tail(p.text, p.article)),
    # a name cut inside a word: 'Marc TrA' of 'Marc TrÃ©vidic' (garbled accents)
    Rule("cut_word", lambda p: cut_word(p.text, p.article)),
    # a description of no one: 'a curfew', 'the euro crisis', 'His views', 'the same election'
    Rule("not_a_person", _not_a_person),
    # a run-on description of more than twelve words
    Rule("too_long", _too_long),
)
