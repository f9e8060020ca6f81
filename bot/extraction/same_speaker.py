"""Speaker names as they are compared: a person's given names and surname, an
acronym's letters, an organisation's initials.

'Mr. Burton' is the surname Burton; 'De Blasio' the surname of 'Bill de Blasio'
(particles belong to the surname, in any case); 'Paul D. Ryan' is given name Paul
(initials dropped); "O'Neill" and 'O’Neill' are one surname (apostrophes folded);
'the International Monetary Fund' has the initials IMF. An honorific or title is
never part of a stored name: without_honorifics('Sens. Rand Paul') is ('Rand Paul',
'Sen.'). Pure; one_speaker.py decides with these which records are one speaker.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.extraction.acronyms import FUNCTION_WORDS
from bot.extraction.coref import is_place
from bot.extraction.lexicon import TITLE_WORDS, words
from bot.extraction.names import gender_of_name
from bot.extraction.speakers import NAME_PARTICLES, NAME_SUFFIXES

# Courtesy titles: a form of address, no title to keep ('Mr. Burton', 'Messrs. Roe').
COURTESY = words("mr mrs ms miss mx messrs mme mlle")
# Plural titles before one name, a list cut to its first member ('Sens. Rand Paul'):
# the title each member holds. Source: AP style title abbreviations.
SINGULAR_TITLES = {"sens": "Sen.", "reps": "Rep.", "govs": "Gov.", "drs": "Dr.",
                   "senators": "Senator", "representatives": "Representative",
                   "governors": "Governor"}
# Courtesy and office titles written right before a name ('Mr. Burton', 'Sen. Graham',
# 'Fr. Frank Pavone'). Source: AP style courtesy titles and title abbreviations.
HONORIFICS = COURTESY | frozenset(SINGULAR_TITLES) | words("""dr prof fr rev sen rep gov
senator governor president representative sir dame gen lt col capt sgt adm""")
# Office titles that make a speaker a person, in a title of at most this many words
# ('Atlantic City Mayor'; longer ones are mis-split text).
OFFICE_WORDS = TITLE_WORDS & words("""president senator sen rep representative gov governor mayor
minister chancellor chairman chairwoman director spokesman spokeswoman spokesperson judge
justice attorney adviser advisor aide ambassador commissioner speaker leader whip
candidate nominee secretary ceo founder manager strategist pollster analyst professor
pope rev reverend officer official correspondent anchor host editor columnist""")
MAX_TITLE_WORDS = 5
# Particles that belong to the surname after them ('Bill de Blasio', 'Marine Le Pen').
PARTICLES = NAME_PARTICLES | words("di dos das")
SUFFIXES = frozenset(s.rstrip(".") for s in NAME_SUFFIXES)
MAX_NAME_WORDS = 6
# 'J.', 'G.K.', 'J': initials, dropped when names are compared.
INITIALS = re.compile(r"[A-Z]\.?|(?:[A-Z]\.){2,3}")
# An acronym as a speaker's name: 'IMF', 'U.N.', 'NAACP'.
ACRONYM = re.compile(r"[A-Z](?:[A-Z&]|\.(?=[A-Z]))*\.?")
MIN_ACRONYM, MAX_ACRONYM = 2, 8
# The words of an organisation's name ('Clinton-Kaine', 'People's').
ORG_WORD_RE = re.compile(r"[\w'’-]+")
# Initials are read from at most this many significant words.
MAX_INITIAL_WORDS = 8


@dataclass(frozen=True)
class PersonName:
    """A person's name as compared: lower-case given names (initials dropped), the
    surname with its particles, the suffix ('jr') or ''."""

    given: tuple[str, ...]
    surname: str
    suffix: str = ""
    # the initials written in the name ('C. Stewart Verdery': ('c',)); not compared
    initials: tuple[str, ...] = field(default=(), compare=False)

    @property
    def bare(self) -> bool:
        """Only a surname ('Burton', 'Mr. Burton', 'De Blasio')."""
        return not self.given


def _plain(token: str) -> str:
    return token.lower().rstrip(".").replace("’", "'")


def _name_word(token: str) -> bool:
    """'Burton', 'McConnell', "O'Rourke", 'Ocasio-Cortez', 'de': a word of a name;
    not 'police', 'Rubio's', 'CNN' or '2016'."""
    if token.lower() in PARTICLES:
        return True
    if token.endswith(("'s", "’s")) or not token[:1].isupper():
        return False
    return any(c.islower() for c in token) and all(c.isalpha() or c in "'’-" for c in token)


@functools.lru_cache(maxsize=65536)
def person_name(name: str) -> PersonName | None:
    """The parts of a person's name; None when the name cannot be one (a lower-case
    word, a possessive, digits, an acronym, an initial last: 'John F.')."""
    tokens = name.replace(",", " ").split()
    while tokens and _plain(tokens[0]) in HONORIFICS:
        tokens.pop(0)
    suffix = _plain(tokens.pop()) if tokens and _plain(tokens[-1]) in SUFFIXES else ""
    if not tokens or len(tokens) > MAX_NAME_WORDS or INITIALS.fullmatch(tokens[-1]):
        return None
    letters = tuple(_plain(t) for t in tokens if INITIALS.fullmatch(t))
    kept = [t for t in tokens if not INITIALS.fullmatch(t)]
    if not kept or not all(_name_word(t) for t in kept):
        return None
    parts = [_plain(t) for t in kept]
    if parts[-1] in PARTICLES:
        return None
    start = len(parts) - 1
    while start > 0 and parts[start - 1] in PARTICLES:
        if start == 1 and gender_of_name(parts[0]) is not None:
            break  # 'Al Gore': a given name that is also a particle
        start -= 1
    given = tuple(parts[:start]) or letters  # 'W.C. Fields' is no surname alone
    return PersonName(given, " ".join(parts[start:]), suffix, letters)


def without_honorifics(name: str) -> tuple[str, str | None]:
    """The name without the honorifics or titles it opens with, and the office title
    they give (a plural one made singular), or None: 'Sens. Rand Paul' -> ('Rand Paul',
    'Sen.'), 'Fr. Frank Pavone' -> ('Frank Pavone', 'Fr.'), "Mrs. Clinton's campaign" ->
    ("Clinton's campaign", None). A name must follow ('Senator from Texas' stays), and
    what is left must not be a place or an initial ('Miss America', 'Gen Z' stay)."""
    tokens = name.split()
    k = 0
    while (k + 1 < len(tokens) and _plain(tokens[k]) in HONORIFICS
           and (tokens[k + 1][:1].isupper() or tokens[k + 1].lower() in PARTICLES)):
        k += 1
    rest = " ".join(tokens[k:])
    if k == 0 or is_place(rest) or INITIALS.fullmatch(tokens[-1]):
        return name, None  # 'Gen Z' is no general
    offices = [SINGULAR_TITLES.get(_plain(t), t) for t in tokens[:k]
               if _plain(t) not in COURTESY]
    return rest[:1].upper() + rest[1:], " ".join(offices) or None  # 'De Blasio'


def same_person(a: PersonName, b: PersonName) -> bool:
    """Two full names of one person: the same surname, suffix and first given name,
    the shorter's given names among the longer's ('Hillary Clinton', 'Hillary Rodham
    Clinton'). 'Donald Trump' and 'Donald Trump Jr.' are two."""
    if a.bare or b.bare or (a.surname, a.suffix) != (b.surname, b.suffix):
        return False
    short, long = sorted((a.given, b.given), key=len)
    if short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(word in rest for word in short[1:])


def acronym(name: str) -> str | None:
    """'IMF' -> 'IMF', 'U.N.' -> 'UN'; None for any other name."""
    name = name.strip()
    if not ACRONYM.fullmatch(name):
        return None
    letters = name.replace(".", "").replace("&", "")
    return letters if MIN_ACRONYM <= len(letters) <= MAX_ACRONYM else None


def org_words(name: str) -> list[str]:
    """The words of an organisation's name without a leading 'the'."""
    found = ORG_WORD_RE.findall(name.replace("’", "'"))
    return found[1:] if found and found[0].lower() == "the" else found


def org_key(name: str) -> str:
    """'the International Monetary Fund' and 'International Monetary Fund' -> one key."""
    return " ".join(w.lower() for w in org_words(name))


def initials(name: str) -> str | None:
    """'the Republican National Committee' -> 'RNC'; None unless every word but small
    ones ('of', 'the', 'for') is capitalised and there are two or more."""
    significant = [w for w in org_words(name) if w.lower() not in FUNCTION_WORDS and len(w) > 1]
    if not MIN_ACRONYM <= len(significant) <= MAX_INITIAL_WORDS:
        return None
    if not all(w[:1].isupper() for w in significant):
        return None
    return "".join(w[0].upper() for w in significant)


def match_key(name: str, is_org: bool) -> str:
    """What records are grouped on before `merges` compares them: 's:<surname>' for a
    person, 'i:<letters>' for an acronym or an organisation's initials, '' else."""
    letters = acronym(name)
    if letters:
        return "i:" + letters.lower()
    person = None if is_org else person_name(name)
    if person is not None:
        return "s:" + person.surname
    letters = initials(name)
    return "i:" + letters.lower() if letters else ""


def person_evidence(name: str, titles: Sequence[str], aliases: Sequence[str]) -> bool | None:
    """Record.person from what an article said of the speaker: False when it was
    named with an article ('the Guardian'), True for an office title ('Atlantic City
    Mayor') or a courtesy title ('Mr. Hollande'), else None."""
    plain = name.lower()
    if any(a.lower() in (f"the {plain}", f"a {plain}") for a in aliases):
        return False
    office = any(len(t.split()) <= MAX_TITLE_WORDS and OFFICE_WORDS & set(words_of(t))
                 for t in titles)
    courtesy = any(len(a.split()) > 1 and _plain(a.split()[0]) in HONORIFICS for a in aliases)
    return True if office or courtesy else None


def words_of(text: str) -> list[str]:
    return [_plain(w) for w in text.split()]
