"""Who "he" or "she" is: the salient person of matching gender before the pronoun.

Candidates are the people named outside quotations (full names, surnames of people
named earlier, "Mr. Trump"), plus the speakers already resolved. A name counts as
a person when its first word is a known given name, or it carries a person title or
honorific; "New Jersey" or "Middle East" never do. Search order (a simple
Hobbs-style salience): the pronoun's own sentence, then each earlier sentence; in
each, a speaker already resolved there first, else its first (subject) mention.
Gender comes from honorifics (Mr. / Mrs., Ms.) and given names; a known mismatch
is skipped.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.extraction.common_words import plural_noun
from bot.extraction.coref import (
    PRONOUN_RE,
    is_place,
    learn_genders,
    opening_pronouns,
    pronoun_gender,
    speaking_names,
)
from bot.extraction.described_people import NOBODY, described_subjects
from bot.extraction.lexicon import OTHER_PRONOUNS, PERSON_PRONOUNS, words
from bot.extraction.mentions import Resolved, resolve
from bot.extraction.names import gender_of_name
from bot.extraction.object_mentions import after_preposition
from bot.extraction.person_gender import gender, gender_from
from bot.extraction.quotes import Sentence
from bot.extraction.raw import gaps
from bot.extraction.speakers import (
    LONE_MONTHS,
    NAME_RUN_RE,
    Registry,
    is_org_phrase,
    split_name,
)

# A sentence-initial subject: optional opening phrase with a comma, then a run of
# capitalised words (titles and names), then a lowercase word (the verb).
SUBJECT_RE = re.compile(
    r"(?:[^,\"“”]{0,60},\s+){0,2}((?:[A-Z][\w.'’-]*\s+(?:(?:of|the)\s+)?){0,5}[A-Z][\w'’-]*\w)"
    r"\s+[a-z]")
# Titles only people hold ("Sen. Cruz", "Gov. Kasich"). Source: AP style titles.
PERSON_TITLES = words("""mr mrs ms miss dr sen senator rep representative gov governor
president mayor secretary judge justice gen general adm col lt sgt capt rev pope king queen
prince chairman chairwoman spokesman spokeswoman congressman congresswoman professor
ambassador attorney director""")
# Words opening a subordinate clause before the main one ('While Obama had ..., that
# concerns Henry Crespo'): a name there is not the sentence's subject.
# Source: English subordinating conjunctions.
SUBORDINATORS = words("while when although though as after before if because since unless "
                      "whereas once until")
# An age after a name ("Ashley Yago, 33, ...") says the name is a person's.
# Source: news style for people in the story.
AGE_APPOSITIVE_RE = re.compile(r",\s+\d{1,3},")
# A participle opening a sentence, followed by a lowercase word ('Asked about',
# 'Speaking to'; 'Ted Cruz' and 'Sterling Brown' are names). Source: English syntax.
PARTICIPLE_OPENING_RE = re.compile(r"[\s\"“‘']*([A-Z][a-z]{2,}(?:ing|ed))\s+[a-z]")
# A possessive before a lowercase noun ('Roe’s father'); not an 's that is 'has' or 'is'
# ("Christie's been making the case", "Roe's not"). Source: English syntax.
POSSESSOR_RE = re.compile(r"['’]s\s+(?!(?:been|got|gotten|not|never|already)\b)[a-z]")
# Sentences searched backwards for an antecedent.
LOOKBACK_SENTENCES = 8


@dataclass
class Salient:
    pos: int
    who: Resolved
    sent: int = 0
    speaker: bool = False  # the subject of an attribution, preferred in its sentence
    gender: str | None = None  # 'm' / 'f' when known (names, honorifics, pronouns)
    aside: bool = False  # inside an opening subordinate clause ('While Obama had ...,')
    lead: bool = False  # inside an opening participle phrase ('Asked about Clinton, she')
    possessor: bool = False  # owns the noun after it ("Cruz's eligibility"): no subject


def _is_person(who: Resolved) -> bool:
    if who.name is None or who.is_org:
        return False
    return _titled_or_gendered(who.title, who.mention, who.name)


@functools.lru_cache(maxsize=8192)
def _titled_or_gendered(title: str | None, mention: str | None, name: str) -> bool:
    titles = {w.lower().rstrip(".") for w in f"{title or ''} {mention or ''}".split()}
    return bool(titles & PERSON_TITLES) or gender_from(title, mention, name) is not None


def person_mentions(text: str, sentences: list[Sentence], reg: Registry,
                    runs: list[re.Match[str]]) -> tuple[list[Salient], dict[str, str]]:
    """People named outside quotations, in text order, with their sentence index, plus
    narrative subject pronouns resolved to them; and the genders learnt (runs: name runs)."""
    speaking = speaking_names(text)
    starts = [m.start() for m in runs]
    found: list[Salient] = []
    pronouns: list[tuple[int, int, str]] = []
    heard: list[tuple[int, int, list[re.Match[str]]]] = []  # each gap's he/she/him ...
    for idx, sent in enumerate(sentences):
        lead = _participle_opening(text, sent)
        opening = _opening_clause_end(text, sent, lead)
        for a, b in gaps(sent):
            for m in _runs_in(text, a, b, runs, starts):
                if _never_person(m[0]):
                    continue
                who = resolve(m[0], m.start(), reg, None, None)
                if (not who.name or who.is_org or is_place(who.name) or _lone_word(who.name)
                        or plural_noun(who.name, text)):
                    continue
                if _is_person(who) or who.name.split()[-1] in speaking or (
                        AGE_APPOSITIVE_RE.match(text, m.end())):
                    owns = _possessor(text, m)
                    aside = m.end() <= opening or owns or after_preposition(text, m.start())
                    found.append(Salient(m.start(), who, idx, aside=aside,
                                         lead=lead and m.end() <= opening, possessor=owns))
            heard.append((idx, a, list(PRONOUN_RE.finditer(text, a, b))))
            for m in heard[-1][2]:
                g = pronoun_gender(m[0])
                if g:
                    pronouns.append((idx, m.start(), g))
    known = {c.who.name for c in found if c.who.name and gender(c.who)}
    genders = learn_genders([(c.sent, c.pos, c.who.name or "") for c in found], pronouns,
                            known)
    for c in found:
        c.gender = gender(c.who) or genders.get(c.who.name or "")
    busy = {c.sent for c in found}  # 'The woman disputes ...': nobody (described_people)
    found += [Salient(p, NOBODY, i, gender=g) for i, p, g in described_subjects(text, sentences)
              if i not in busy]
    return _chain(text, heard, sorted(found, key=lambda c: c.pos)), genders


def _possessor(text: str, m: re.Match[str]) -> bool:
    """'Roe's father, John Roe Jr., ...': a name owning a noun is not the subject."""
    at = m.end() - 2 if m[0].endswith(("'s", "’s")) else m.end()
    return bool(POSSESSOR_RE.match(text, at))


def _runs_in(text: str, a: int, b: int, runs: list[re.Match[str]],
             starts: list[int]) -> Iterator[re.Match[str]]:
    """The name runs of text[a:b] (a gap between quotations), as NAME_RUN_RE finds
    them there, read from the article's runs."""
    first = bisect.bisect_left(starts, a)
    if first and runs[first - 1].end() > a:  # a run crossing the gap's start
        yield from NAME_RUN_RE.finditer(text, a, min(runs[first - 1].end(), b))
    for k in range(first, len(runs)):
        m = runs[k]
        if m.start() >= b:
            return
        if m.end() <= b:
            yield m
        else:  # a run crossing the gap's end: read the part inside the gap
            yield from NAME_RUN_RE.finditer(text, m.start(), b)


def _opening_clause_end(text: str, sent: Sentence, participle: bool) -> int:
    """Where a subordinate clause or participle phrase (participle: the sentence opens
    with one) opening the sentence ends (its comma), or the sentence start when there
    is none: names ending before it are asides."""
    head = text[sent.start:min(sent.end, sent.start + 40)].split(maxsplit=1)
    if not head or (head[0].lower() not in SUBORDINATORS and not participle):
        return sent.start
    comma = text.find(",", sent.start, sent.end)
    return comma if comma >= 0 else sent.end


def _participle_opening(text: str, sent: Sentence) -> bool:
    """The sentence opens with a participle phrase ('Asked about ..., she replied',
    'Filling in for Sanders, West said'): its own subject is the main clause's."""
    m = PARTICIPLE_OPENING_RE.match(text, sent.start, sent.end)
    return m is not None and gender_of_name(m[1]) is None


@functools.lru_cache(maxsize=8192)
def _lone_word(name: str) -> bool:
    """A one-word name that is a month (LONE_MONTHS: "In June, ...") or in all
    capitals (a dateline or an acronym: "CHARLOTTE --"): never a person."""
    return " " not in name and (name.lower() in LONE_MONTHS
                                or (len(name) > 1 and name.isupper()))


@functools.lru_cache(maxsize=8192)
def _never_person(phrase: str) -> bool:
    """A name run that resolve() can only make an organisation or nobody: no name,
    a pronoun, or an organisation phrase (decided once per distinct phrase)."""
    low = phrase.lower()
    return (split_name(phrase)[0] is None or low in PERSON_PRONOUNS or low in OTHER_PRONOUNS
            or is_org_phrase(phrase))


def _chain(text: str, heard: list[tuple[int, int, list[re.Match[str]]]],
           found: list[Salient]) -> list[Salient]:
    """Adds each narrative subject pronoun as a mention of its antecedent (heard: each
    gap's sentence, start and PRONOUN_RE matches, in text order)."""
    added: list[Salient] = []
    sents = [c.sent for c in found]  # in sentence order, as person_mentions finds them
    for idx, a, matches in heard:
        for pos, pronoun in opening_pronouns(text, a, matches):
            who = antecedent(pronoun, pos, idx, _within_reach(found, sents, added, idx))
            if who is not None:
                added.append(Salient(pos, who, idx, gender=pronoun_gender(pronoun)))
    out = found + added
    out.sort(key=lambda c: c.pos)
    return out


def _within_reach(found: list[Salient], sents: list[int], added: list[Salient],
                  idx: int) -> list[Salient]:
    """The candidates of found (sents: their sentence indexes, in order) and of added
    (also in sentence order, none after idx) whose sentence antecedent() may read for a
    pronoun in sentence idx, in the same order as in found + added (a pass over every
    mention of the article for each pronoun costs time)."""
    first = idx - LOOKBACK_SENTENCES
    lo, hi = bisect.bisect_left(sents, first), bisect.bisect_right(sents, idx)
    k = len(added)
    while k and added[k - 1].sent >= first:
        k -= 1
    return found[lo:hi] + added[k:]


def sentence_index(sentences: list[Sentence], pos: int) -> int:
    return max(0, bisect.bisect_right([s.start for s in sentences], pos) - 1)


def _compatible(cand: Salient, want: str) -> bool:
    known = cand.gender or gender(cand.who)
    return known is None or known == want


def antecedent(pronoun: str, pos: int, sent: int, candidates: list[Salient]) -> Resolved | None:
    """The salient candidate before pos whose gender does not contradict the pronoun."""
    want = "f" if pronoun.lower() in ("she", "her") else "m"
    first = sent - LOOKBACK_SENTENCES
    near: dict[int, list[Salient]] = {}
    for c in candidates:
        if first <= c.sent <= sent and (c.sent < sent or (c.pos < pos and not c.lead)) and (
                _compatible(c, want)):
            near.setdefault(c.sent, []).append(c)
    for back in range(sent, max(-1, first - 1), -1):
        hits = near.get(back)
        if hits:
            return min(hits, key=lambda c: (not c.speaker, c.aside, c.pos)).who
    return None
