"""Finding the speaker noun phrase next to a cue word, with plain token rules.

Backwards from a cue ("... Hegseth on Wednesday ruled out"): skip adverbs and date
words, stop at punctuation or a clause word, keep the rest. Forwards after a cue
("... said Sen. John McCain, R-Ariz."): capitalised words or a determiner phrase up
to the next punctuation.
"""

from __future__ import annotations

import functools
import itertools
import re

from bot.extraction.appositives import appositive_name, appositive_start
from bot.extraction.coordinated import coordination_start
from bot.extraction.lexicon import (
    AUXILIARIES,
    CLAUSE_BREAKERS,
    CLAUSE_VERBS,
    DETERMINERS,
    LEADING_FILLERS,
    OBJECT_PREPOSITIONS,
    ORG_HEADS,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    SHARE_HEADS,
    SKIPPABLE,
    SPEECH_VERBS,
    TITLE_WORDS,
    is_capitalised,
    words,
)
from bot.extraction.quotes import ABBREVIATIONS
from bot.extraction.subject_edges import (
    after_preposition,
    honorific_after_noun,
    plural_with_complement,
    pronoun_object,
    relative_complement,
)
from bot.extraction.subject_gaps import TIME_WORDS, capitals_run, skip_back, subject_text
from bot.extraction.subjects import (
    DETERMINERS_AND_QUANTIFIERS,
    NOT_SUBJECTS,
    between_names,
    common_appositive,
    evidence_subject,
    has_verb_form,
    is_adverb,
    is_number,
    possessive_head,
)

# A token that starts with a word character / an ASCII letter (precompiled: hot path).
WORD_START_RE = re.compile(r"\w")
LETTER_START_RE = re.compile(r"[A-Za-z]")
# Word tokens (keeping inner periods, apostrophes, hyphens: "U.S.", "O'Neill") and
# single punctuation marks: any character but a space, and after a word character the
# rest of its word. (The same tokens as r"[\w][\w.'’/-]*[\w.]|[\w]|[^\w\s]", written
# with one character class first so that the scan skips spaces.)
TOKEN_RE = re.compile(r"\S(?:(?<=\w)[\w.'’/-]*[\w.])?")
# Words opening a phrase before the subject ('In August, ...', 'Before the convention,
# Chief Calvin Williams lobbied ...'). Source: English prepositions and subordinators.
OPENING_PREPOSITIONS = OBJECT_PREPOSITIONS | words("before after when while since until")
# A determiner subject at the very start of a sentence may be this long ("An earlier
# report in a New Hampshire paper said ...").
MAX_OPENING_SUBJECT = 9
# All-capital words longer than this are datelines or shouting, not organisations
# (CNN, NATO and FBI are shorter).
MAX_ACRONYM = 5
# A common-noun subject ("the campaign's top strategist") has at most this many words.
MAX_COMMON_SUBJECT = 6
MAX_SUBJECT = 9


def tokens(text: str, offset: int = 0) -> list[tuple[str, int]]:
    return [(m[0], offset + m.start()) for m in TOKEN_RE.finditer(text)]


def head_tokens(text: str, start: int, end: int, n: int) -> list[tuple[str, int]]:
    """The first n of tokens(text[start:end], start), the rest not read (hot path)."""
    return [(m[0], m.start()) for m in itertools.islice(TOKEN_RE.finditer(text, start, end), n)]


def word_end(word: str, pos: int) -> int:
    """End offset of a phrase's last word, without a sentence-final period."""
    stem = word[:-1]
    plain_period = (word.endswith(".") and "." not in stem and len(stem) > 1
                    and stem.lower() not in ABBREVIATIONS)
    return pos + len(word) - (1 if plain_period else 0)


def _strip_front(toks: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drops fillers and time words before a subject ('But', 'Tuesday'); 'this' and
    'that' stay: in front of a subject they are its determiner ('this source')."""
    while toks and (toks[0][0].lower() in LEADING_FILLERS
                    or toks[0][0].lower() in TIME_WORDS):
        toks = toks[1:]
    return toks


def _valid_subject(toks: list[tuple[str, int]], opening: bool = False) -> bool:
    if not toks:
        return False
    head = toks[-1][0]
    if pronoun_object(toks):
        return _valid_subject(toks[:-2], opening)  # 'a source close to him'
    if head.lower() in PERSON_PRONOUNS or head.lower() in OTHER_PRONOUNS:
        return len(toks) == 1
    if len(toks) > 1 and toks[0][0].lower() in ("he", "she", "they", "we", "i", "it", "you"):
        return False  # "he often makes": a clause with its own subject
    if len(toks) > 1 and toks[0][0] in SPEECH_VERBS:
        return False  # "(many of whom) say the president's claims": a verb, not a subject
    if head.lower() in DETERMINERS or (head.lower() in SKIPPABLE
                                       and not capitals_run([w for w, _ in toks])):
        return False
    if head == "%":
        return len(toks) == 2 and toks[0][0].isdigit()  # "42% say"
    if not LETTER_START_RE.match(head) or is_adverb(head):
        return False
    if head.lower() in NOT_SUBJECTS or (head.isupper() and len(head) > MAX_ACRONYM):
        return False  # "There", "always"; a dateline ("WASHINGTON")
    if is_capitalised(head):
        return True
    if (is_number(toks[0][0].lower()) and any(w.lower() in SHARE_HEADS for w, _ in toks)
            and not any(w.lower() in AUXILIARIES for w, _ in toks)):
        return len(toks) <= MAX_OPENING_SUBJECT  # "52 percent of registered voters"
    if evidence_subject(toks):
        return True
    if toks[0][0].lower() == "those" and len(toks) <= 2:
        return True  # "those surveyed", "those polled"
    if has_verb_form(toks):
        return False  # "the Brujas have found", "seen fighters": a clause, not a subject
    first = toks[0][0].lower()
    if first in DETERMINERS_AND_QUANTIFIERS or is_number(first):
        return len(toks) <= (MAX_OPENING_SUBJECT if opening else MAX_COMMON_SUBJECT)
    low = head.lower()
    if low in SHARE_HEADS:
        return True
    if possessive_head(toks) or plural_with_complement(toks):
        return True
    return len(toks) <= 3 and (low.endswith("s") or low in TITLE_WORDS or low in ORG_HEADS)


def _ends_phrase(word: str) -> bool:
    """A word a subject cannot reach back over: one ending a sentence ('Carolina. He')."""
    low = word.lower()
    return word.endswith(".") and len(word) > 2 and word[:-1].isalpha() and (
        low[:-1] not in ABBREVIATIONS)


@functools.lru_cache(maxsize=1024)  # a cue's words are often read twice (hot path)
def subject_before(text: str, offset: int = 0) -> tuple[str, int] | None:
    """The speaker phrase ending right before a cue; text ends at the cue. A subject
    never reaches back over a line break (a headline above the name)."""
    text, offset = subject_text(text, offset)
    toks = tokens(text, offset)
    end = skip_back(toks)
    name = appositive_name(toks, end)
    if name:
        return text[name[0][1] - offset:word_end(*name[-1]) - offset], name[0][1]
    appos = appositive_start(toks, end)
    if appos is not None:
        end = appos
        inner = appositive_start(toks, end + 1)
        if (inner is not None and toks[end + 1][0].lower() in DETERMINERS
                and common_appositive(toks[inner + 1:end])):
            end = inner  # 'Scott Pruitt, the attorney general of Oklahoma, one of the ...,'
    start = end
    while start > 0 and end - start < MAX_SUBJECT:
        word = toks[start - 1][0]
        if (not WORD_START_RE.match(word) and word != "%") or word.lower() in CLAUSE_BREAKERS:
            break
        if start < end and _ends_phrase(word):
            break
        start -= 1
    subject = _strip_front(toks[start:end])
    if (not _valid_subject(subject, opening=start == 0) or after_preposition(toks, subject)
            or relative_complement(toks, subject)):
        return None
    subject = _after_clause_verb(honorific_after_noun(subject))
    first = subject[0][1]
    last_word, last_pos = subject[-1]
    end = word_end(last_word, last_pos) - offset
    joined = coordination_start(text[:first - offset])
    if joined is not None:
        first = offset + joined[0]  # 'Smith and Jones said': both (coordinated.py)
    return text[first - offset:end], first


def _after_clause_verb(subject: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'The campaign says the candidate', 'His office put out a statement': the noun
    phrase after a finite verb inside a subject is the cue's own subject."""
    verbs = [k for k, (w, _) in enumerate(subject) if k and (w in CLAUSE_VERBS or between_names(
        subject, k))]
    if not verbs:
        return subject
    rest = _strip_front(subject[verbs[-1] + 1:])
    while rest and rest[0][0].lower() in ("out", "up", "off", "that"):
        rest = rest[1:]
    opens = bool(rest) and (rest[0][0].lower() in DETERMINERS or is_capitalised(rest[0][0]))
    return rest if opens and _valid_subject(rest) else subject


def leading_subject(text: str, offset: int = 0) -> tuple[str, int] | None:
    """The sentence's opening noun phrase when a long appositive or relative clause
    sits between it and the cue: 'Paul Porter, a truck driver from Ava, Mo., who is
    a member of the union, said ...' -> 'Paul Porter'. text runs from the sentence
    start to the cue and must end with a comma."""
    if not text.rstrip().endswith(","):
        return None
    toks = tokens(text, offset)
    while toks and not WORD_START_RE.match(toks[0][0]):
        toks = toks[1:]
    if toks and toks[0][0].lower() in OPENING_PREPOSITIONS:
        # 'In August, several groups ...': the subject follows the opening phrase
        comma = next((k for k, t in enumerate(toks) if t[0] == ","), None)
        if comma is None:
            return None
        toks = toks[comma + 1:]
    toks = _strip_front(toks)
    picked: list[tuple[str, int]] = []
    named = bool(toks) and is_capitalised(toks[0][0])
    for word, pos in toks[:MAX_SUBJECT]:
        if not WORD_START_RE.match(word) or word.lower() in CLAUSE_BREAKERS:
            break
        if named and not is_capitalised(word) and word not in ("of", "the"):
            return None
        picked.append((word, pos))
    if len(picked) == len(toks) or not _valid_subject(picked):
        return None
    if not (is_capitalised(picked[-1][0]) or picked[0][0].lower() in DETERMINERS):
        return None
    last_word, last_pos = picked[-1]
    return text[picked[0][1] - offset:word_end(last_word, last_pos) - offset], picked[0][1]
