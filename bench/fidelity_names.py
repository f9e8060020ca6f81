"""Fidelity check on speaker names (issue 11); word lists in fidelity_words.py, titles
in fidelity_titles.py.

bad_speaker(name) returns a short reason, or None for a name a card can show.
Independent of the extractor (no bot.extraction import).
"""

from __future__ import annotations

import re

from fidelity_words import (
    ABBREVIATIONS,
    CAP_FUNCTION,
    CAP_VERBS,
    DETERMINERS,
    ED_ADJECTIVES,
    FUNCTION,
    HEADLINE_WORDS,
    MONTHS,
    PERSON_HEADS,
    PLACES,
    PLURAL_TITLES,
    PRONOUNS,
    THING_HEADS,
    VERB_NAMES,
    VERBS,
    WEEKDAYS,
    words_of,
)

# Longer is a fragment of a sentence: a name has at most MAX_NAME_WORDS words, a
# description (which may carry a clause: 'a senior official who asked not to be named')
# at most MAX_DESCRIPTION_WORDS.
MAX_NAME_WORDS = 8
MAX_DESCRIPTION_WORDS = 12
RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
DAY_LEADS = frozenset({"on", "last", "this", "next"})
IRREGULAR_PARTICIPLES = words_of(
    "taken given written shown seen known chosen drawn held made done sent run")
EDGE = ".,;:!?\"“”«»()[]'’"
SUFFIX_RE = re.compile(r"[^,]+,\s*(?:Jr\.?|Sr\.?|II|III|IV)")
CONTRACTION_RE = re.compile(r"(?i)(?:i|we|you|they|he|she)['’](?:ve|m|re|ll|d)")
ODD_PUNCT_RE = re.compile(r"[\"“”«»;:\[\]]")


def _core(token: str) -> str:
    return token.strip(EDGE)


def _weekday(words: list[str], description: bool) -> bool:
    """A day of the week taken in with the name: the day alone, after on/last/this/
    next ('Trump on Tuesday'; a description may carry it in a participle clause: 'a
    report released on Tuesday'), or after a lone word ('Clinton Tuesday'). Show and
    event names keep theirs ('Fox News Sunday', 'a Super Tuesday voter')."""
    for i, word in enumerate(words):
        if word not in WEEKDAYS:
            continue
        if len(words) == 1 or (not description and len(words) == 2 and i == 1):
            return True
        if i and words[i - 1].lower() in DAY_LEADS and not description:
            return True
    return False


def _possessive(token: str) -> bool:
    return token.endswith(("'s", "’s", "s'", "s’"))


def _is_place(text: str) -> bool:
    return re.sub(r"^(?:the|The)\s+", "", text) in PLACES


def _before_function(words: list[str]) -> list[str]:
    """The words before the first function word after the first ("officials" in
    "officials familiar with the matter", "a review" in "a review of records")."""
    for i, word in enumerate(words[1:], 1):
        if word.lower() in FUNCTION:
            return words[:i]
    return words


def _plural(word: str) -> bool:
    low = word.lower()
    return len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _verb(words: list[str], description: bool) -> str | None:
    """A verb form in a name: a listed lower-case verb; a capitalised reporting verb
    after the name's first word ('Hillary Clinton Said'); or, in a name that is not a
    description, a lower-case past tense at its end ('Clinton pivoted'). A relative
    clause in a description may have verbs ('an official who asked not to be named')."""
    for i, word in enumerate(words):
        if description and word in RELATIVES:
            break
        if word.islower() and word in VERBS:
            return word
        if i == 0 and word.lower() in VERBS and word not in VERB_NAMES:
            return word
        if word in CAP_VERBS and i >= (2 if word == "Said" else 1):
            return word
    last = words[-1]
    if (not description and len(words) > 1 and last.islower() and len(last) > 4
            and last.endswith("ed") and last not in ED_ADJECTIVES):
        return last
    return None


def _description(words: list[str]) -> bool:
    """A description starts with a determiner, quantifier or possessive ('a Trump
    supporter', 'Trump's campaign', '20 percent of voters'), or is a bare lower-case
    noun phrase about people, bodies or documents ('officials', 'campaign aides',
    'former president')."""
    first = words[0]
    if first.lower() in DETERMINERS or (_possessive(first) and len(words) > 1):
        return True
    if first[:1].isdigit() and len(words) > 1:  # '20 percent of people', '300 protesters'
        return True
    if not first[:1].islower():
        return False
    return any(_plural(w) or w.lower() in PERSON_HEADS for w in _before_function(words))


def _head(words: list[str]) -> str:
    """A description's head noun: the last word before a function word or before a
    participle that follows a noun ('a review' of records, 'a poll' released last week;
    but 'the newly elected mayor', 'a retired general')."""
    kept = _before_function(words)
    for i in range(2, len(kept)):
        word, before = kept[i], kept[i - 1]
        participle = word.endswith(("ed", "ing")) or word in IRREGULAR_PARTICIPLES
        if (word.islower() and participle and before.lower() not in DETERMINERS
                and not before.endswith("ly")):
            return before
    return kept[-1]


def _thing(words: list[str]) -> str | None:
    """The head of a description when it names a thing that cannot speak."""
    head = _head(words)
    return head if head.islower() and head in THING_HEADS else None


def _shape(text: str, tokens: list[str], words: list[str]) -> str | None:
    """Reasons visible without reading the words: length, letters, punctuation."""
    if not any(ch.isalpha() for ch in text):
        return "no letters"
    limit = MAX_DESCRIPTION_WORDS if _description(words) else MAX_NAME_WORDS
    if len(tokens) > limit:
        return "too many words (a fragment)"
    if ODD_PUNCT_RE.search(text) or text.count("(") != text.count(")"):
        return "quotation mark or clause punctuation"
    if "," in text and not SUFFIX_RE.fullmatch(text):
        return "comma"
    if not words[-1] or words[-1] in FUNCTION or _possessive(tokens[-1]):
        return "cut off at a function word or possessive"
    return _fragment(tokens)


def _fragment(tokens: list[str]) -> str | None:
    """Signs of a piece of a sentence: a sentence end inside ('World War II. Some
    Americans'), a word twice in a row ('the the report'; not initials: 'J. J.
    Price'), a pronoun contraction
    ('Jim Eastland I've'), a headline's capitalised function word after the first
    word ('Issue A Quarantine Over Zika Virus Chris Christie')."""
    for i, token in enumerate(tokens):
        if (i < len(tokens) - 1 and token.endswith(".") and len(token) >= 3
                and "." not in token[:-1] and token not in ABBREVIATIONS):
            return "sentence end inside"
        if i and len(token) > 2 and token.lower() == tokens[i - 1].lower():
            return "word repeated"
        if CONTRACTION_RE.fullmatch(token):
            return "pronoun contraction"
        if i and token in HEADLINE_WORDS:
            return "headline-case function word"
    return None


def bad_speaker(name: str | None) -> str | None:
    """Why a speaker name is not a person, organisation or description, or None.

    Counted: a verb form; a pronoun, month or place; a weekday (see _weekday); a
    capitalised function word or sentence adverb at the start ('However', 'But
    Trump'); a plural title before one name ('Sens. Jeff Merkley'); a lower-case start
    that is not a description; a description whose head is a thing ('the same
    election'); more than MAX_NAME_WORDS words (MAX_DESCRIPTION_WORDS
    for a description); no letters; a comma (other than
    before Jr./Sr.), quotation marks or clause punctuation; a cut-off end."""
    text = " ".join((name or "").split())
    if not text:
        return None
    tokens = text.split()
    words = [_core(t) for t in tokens]
    reason = _shape(text, tokens, words)
    if reason:
        return reason
    if text.lower() in PRONOUNS:
        return "pronoun"
    if text in MONTHS:
        return "month"
    description = _description(words)
    if _weekday(words, description):
        return "weekday"
    if _is_place(text):
        return "place"
    if words[0] in CAP_FUNCTION:
        return f"function word '{words[0]}'"
    if tokens[0] in PLURAL_TITLES and len(tokens) <= 4:
        return "plural title before one name"
    verb = _verb(words, description)
    if verb:
        return f"verb '{verb}'"
    if description:
        thing = _thing(words)
        return f"thing '{thing}' cannot speak" if thing else None
    if words[0][:1].islower():
        return "lower-case start, not a description"
    return None
