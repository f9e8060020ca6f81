"""Names in an article: split a mention into name and title, and keep a registry.

A mention such as "U.S. Secretary of Defense Pete Hegseth" splits into a title
("U.S. Secretary of Defense") and a name ("Pete Hegseth"): the name is the trailing
run of capitalised words that are not title words. The registry keeps every full
name and organisation of the article in text order; mentions.py resolves later
mentions against it.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from bot.extraction.dates import MONTHS, WEEKDAYS
from bot.extraction.heads import described_name
from bot.extraction.labels import INVERTED_CUES
from bot.extraction.lexicon import (
    CLAUSE_BREAKERS,
    DETERMINERS,
    LEADING_FILLERS,
    ORG_HEADS,
    RELATION_WORDS,
    SKIPPABLE,
    TITLE_WORDS,
    words,
)
from bot.extraction.names import gender_of_name
from bot.extraction.phrases import tokens
from bot.extraction.quotes import ABBREVIATIONS
from bot.extraction.subject_gaps import capitals_run

# Months that are also given names (April, May, June, August): alone, a date.
LONE_MONTHS = words("april may june august")
# Prepositions that join an organisation head to its field ('Council on Foreign
# Relations', 'Center for American Progress'). Source: English institution names.
ORG_LINKS = frozenset(["on", "for"])
# Name particles allowed inside a name run ("Charles de Gaulle", "Osama bin Laden").
NAME_PARTICLES = words("de da van von der al bin la le du del")
NAME_SUFFIXES = words("jr. jr sr. sr ii iii iv")  # suffixes kept with a name
# Capitalised-word runs in running text: candidate names for the article registry (each
# word's capital after its spaces, so the scan skips to capitals; '*+': no give-back).
NAME_RUN_RE = re.compile(
    r"[A-Z](?:[\w.'’-]*+[^\S\n]++(?:(?:of|the|for|de|van|von|bin|al)[^\S\n]+)?[A-Z]){0,6}[\w'’-]*\w")
MAX_NAME_WORDS = 4
# A possessive ending dropped from name tokens ("Trump's" -> "Trump").
POSSESSIVE_RE = re.compile(r"['’]s?$")
OWNER_RE = re.compile(r"(?<![\w'’])([^\s'’]+)['’]s\s")  # an owner: 'Fox' of "Fox's Chris Roe"
# Prepositions that open a sentence ("Behind the scenes, ...", "With ...").
PREPOSITIONS = words("""with without behind during among amid despite under over through
like unlike against within about from into by to after before across around beyond near""")
# Words opening a sentence before a name that are never part of it ('Neither Donald
# J. Trump nor his rivals ...', 'Each Republican ...', 'Whatever Clinton said').
# Source: English correlative conjunctions, distributive and free-relative words.
SENTENCE_OPENERS = words("neither either each such whatever whichever whenever whoever")
# Capitalised sentence-initial words that never start a name ("Then Brafman said").
NOT_NAME_START = (DETERMINERS | LEADING_FILLERS | SKIPPABLE | CLAUSE_BREAKERS | PREPOSITIONS
                  | INVERTED_CUES | SENTENCE_OPENERS)
# Names ending in -ing that open a name run ('Irving Kristol', 'Sterling Brown'): not
# participles. Source: common given names and surnames.
ING_NAMES = words("irving sterling manning fleming harding browning ewing deming")
# Capitalised words that are never part of a name: days and months ("MSNBC Monday");
# months that are also given names (April, May, June, August) are left out.
NOT_NAME_WORDS = (frozenset(WEEKDAYS) | frozenset(MONTHS) | words("today tonight")) - LONE_MONTHS


@dataclass
class Mention:
    name: str
    title: str | None
    is_org: bool
    pos: int


@dataclass
class Registry:
    """People and organisations named in one article, in text order."""

    mentions: list[Mention] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    # person mentions by the last word of their name, for surname_match
    by_surname: dict[str, list[Mention]] = field(default_factory=dict)
    # the article's text, for the words around a mention (mentions.title_match)
    text: str = ""

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if not mention.is_org:
            self.by_surname.setdefault(mention.name.split()[-1], []).append(mention)
        if mention.title and mention.name not in self.titles:
            self.titles[mention.name] = mention.title


def _word(tok: str) -> str:
    return tok.lower().rstrip(".") if tok.lower() not in ("u.s.", "u.n.") else tok.lower()


def _is_title(tok: str) -> bool:
    return (_word(tok) in TITLE_WORDS or tok.lower() in TITLE_WORDS
            or _word(tok) in RELATION_WORDS)


@functools.lru_cache(maxsize=4096)
def split_name(phrase: str) -> tuple[str | None, str | None]:
    """(name, title) of a mention; name None when no capitalised name ends it."""
    toks = [t for t in (POSSESSIVE_RE.sub("", t) if "'" in t or "’" in t else t
                        for t, _ in tokens(phrase)) if t]
    while toks and (toks[0].lower() in NOT_NAME_START or _participle(toks)):
        toks = toks[1:]
    while toks and toks[-1].lower().rstrip(".") in NOT_NAME_WORDS and not capitals_run(toks):
        toks = toks[:-1]
    toks = _before_of(toks)
    owners = {m[1] for m in OWNER_RE.finditer(phrase)} if "'" in phrase or "’" in phrase else set()
    run: list[str] = []
    i = len(toks)
    while i > 0:
        tok = toks[i - 1]
        capital = tok[:1].isupper() and not _is_title(tok)
        if run and tok in owners:
            break  # "Fox's Chris Roe": the owner ('s before another word) is no part of it
        if not (capital or (run and tok.lower() in NAME_PARTICLES)
                or (not run and tok.lower() in NAME_SUFFIXES) or _org_of(toks, i - 1, run)):
            break
        run.insert(0, tok)
        i -= 1
    ends = [k for k, tok in enumerate(run[:-1]) if _ends_sentence(tok)]
    if ends:  # "Mexico. Trump": a sentence boundary inside the run
        toks = run[ends[-1] + 1:]
        run, i = list(toks), 0
    while run and run[0] in NAME_PARTICLES:  # "de Blasio"; "Al Gore", "Van Jones" keep theirs
        run.pop(0)
        i += 1
    if len(run) > 2 and ((i > 0 and toks[i - 1].lower() in ("of", "for", "the"))
                         or described_name(run)):
        run.pop(0)
        i += 1
    if len(run) == 1 and run[0].lower() in LONE_MONTHS:
        return None, None  # 'In August, ...': a month alone is a date, not a name
    if not run or len(run) > MAX_NAME_WORDS + 1:
        return None, None
    title = " ".join(toks[:i]).strip(" ,") or None
    return " ".join(run), title


def _ends_sentence(tok: str) -> bool:
    """'Mexico.' ends a sentence; 'K.', 'Jr.', 'Sen.' and 'U.S.' do not."""
    stem = tok[:-1]
    return (tok.endswith(".") and len(stem) > 2 and stem.isalpha()
            and stem.lower() not in ABBREVIATIONS and not _is_title(tok)
            and stem.lower() not in NAME_SUFFIXES)


def _participle(toks: list[str]) -> bool:
    """'Following Sanders', 'Speaking Tuesday': a capitalised -ing word opening a run
    is a participle, unless it is a known given name ('Sterling Brown')."""
    first = toks[0]
    return (len(toks) > 1 and len(first) > 5 and first.endswith("ing") and first[:1].isupper()
            and gender_of_name(first) is None and first.lower() not in ING_NAMES)


def _org_of(toks: list[str], k: int, run: list[str]) -> bool:
    """toks[k] is the 'of' of an organisation's name ('Board of Elections',
    'University of Michigan'): a capitalised organisation head right before it."""
    return (bool(run) and toks[k] == "of" and k > 0 and toks[k - 1][:1].isupper()
            and _word(toks[k - 1]) in ORG_HEADS)


def _before_of(toks: list[str]) -> list[str]:
    """'Gov. Chris Christie of New Jersey' names Chris Christie, not New Jersey;
    'Secretary of State John Kerry' (a title before 'of') and 'the Board of Elections'
    (an organisation head before it) are left whole."""
    if "of" not in toks:
        return toks
    k = toks.index("of")
    before = toks[k - 1] if k > 0 else ""
    if before[:1].isupper() and not _is_title(before) and _word(before) not in ORG_HEADS:
        return toks[:k]
    return toks  # 'Secretary of State John Kerry', 'the Department of Justice'


@functools.lru_cache(maxsize=4096)
def is_org_phrase(phrase: str) -> bool:
    """'the White House', 'the Commission on Presidential Debates', 'Center for
    American Progress': an organisation head last, or before a linking preposition."""
    words = [_word(t) for t, _ in tokens(phrase) if t[:1].isalnum()]
    if not words or _person_of(phrase):
        return False
    return words[-1] in ORG_HEADS or any(
        w in ORG_HEADS and nxt in ORG_LINKS for w, nxt in itertools.pairwise(words))


def _person_of(phrase: str) -> bool:
    """'David Woodard of Clemson University': a person (a known given name and a
    surname) named with an affiliation, not the organisation."""
    head, sep, _ = phrase.partition(" of ")
    return bool(sep) and len(head.split()) >= 2 and gender_of_name(head.split(", ")[-1]) is not None


def name_runs(text: str, spans: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Every capitalised name run in the spans (paragraphs), in text order: found once
    per article, read by the registry and by salience.py."""
    return [m for start, end in spans for m in NAME_RUN_RE.finditer(text, start, end)]


@functools.lru_cache(maxsize=2)
def article_names(text: str,
                  spans: tuple[tuple[int, int], ...]) -> tuple[list[re.Match[str]], Registry]:
    """The name runs of an article's paragraphs (spans) and their registry, found once
    per article: the resolver and the one-speaker-per-person pass both read them, and
    neither changes them."""
    runs = name_runs(text, list(spans))
    return runs, build_registry(runs)


def build_registry(runs: list[re.Match[str]]) -> Registry:
    """Every capitalised name run in the article body (name_runs), split into name
    and title."""
    reg = Registry(text=runs[0].string if runs else "")
    for m in runs:
        _register(reg, m[0], m.start())
    return reg


def _register(reg: Registry, phrase: str, pos: int) -> None:
    entry = _registry_entry(phrase)
    if entry is not None:
        name = entry[0] if entry[2] else _known_tail(reg, entry[0])
        reg.add(Mention(name, entry[1], entry[2], pos))


def _known_tail(reg: Registry, name: str) -> str:
    """'Crooked Hillary Clinton' after 'Hillary Clinton': a run that only adds words
    in front of a full name already seen is that person."""
    parts = name.split()
    for m in reversed(reg.by_surname.get(parts[-1], [])):
        known = m.name.split()
        if 1 < len(known) < len(parts) and parts[-len(known):] == known:
            return m.name
    return name


@functools.lru_cache(maxsize=8192)
def _registry_entry(phrase: str) -> tuple[str, str | None, bool] | None:
    """(name, title, is_org) of a run worth registering: a full name or an org."""
    name, title = split_name(phrase)
    if name is None:
        return None
    org = is_org_phrase(phrase)
    return (name, title, org) if len(name.split()) >= 2 or org else None
