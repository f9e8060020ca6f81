"""Noun-phrase tests for speaker subjects: evidence (polls, records), poll shares,
possessive heads ("Roe's campaign"), words that never end a subject (verb forms,
sentence adverbs, time words), a description standing as an appositive ('the attorney
general of Ohio') and a verb between two names ('Jane Roe introduced John Doe')."""

from __future__ import annotations

import re

from bot.extraction.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    EVIDENCE_HEAD_WINDOW,
    EVIDENCE_NOUNS,
    NUMBER_WORDS,
    ORG_HEADS,
    TITLE_WORDS,
    is_capitalised,
    words,
)

# A lowercase past tense or participle ('introduced', 'endorsed').
PAST_RE = re.compile(r"[a-z]{3,}ed")
# Lowercase words that look like verb forms (seen, found, rallying, cut by heuristics
# is not attempted): participles and auxiliaries inside a would-be subject.
VERB_FORM_RE = re.compile(r"[a-z]{3,}(?:ing|ed)|have|has|had|is|are|was|were|will|would|could"
                          r"|be|been|should|shall|must|might|can|cannot|[a-z]+n[’']t")
# -ly adverbs that open news sentences ('Shortly after ..., Cruz proposed'); any other
# capitalised -ly word before a cue is taken for a name (Kelly, Daly, Reilly).
# Source: common English sentence adverbs.
SENTENCE_ADVERBS = words("""shortly only finally recently separately similarly currently
initially ultimately consequently accordingly previously subsequently additionally
importantly interestingly unfortunately fortunately ironically notably clearly obviously
certainly surely really actually apparently reportedly allegedly originally eventually
immediately frankly honestly personally generally usually typically normally
traditionally historically politically publicly privately increasingly nearly roughly
particularly especially largely mostly partly simply nationally locally""")
# Words that end a would-be subject but never name a speaker ('Years after ...',
# 'Rather than ...', 'The most telling ...').
NOT_SUBJECTS = words("""there here always it's that's what which rather most least more
less much years months weeks days decades hours""")
# Quantities that open a subject: "Six in 10 voters said", "Nearly half said".
QUANTIFIERS = words("""one two three four five six seven eight nine ten half most many few
nearly about almost majority more fewer""")
# The words opening a description ('the', 'some', 'six in 10 voters') and the words of
# a number ('fifteen', 'many'), each one set: hot paths test them, and a union built at
# each test costs more than the test.
DETERMINERS_AND_QUANTIFIERS = DETERMINERS | QUANTIFIERS
NUMBERS_AND_QUANTIFIERS = NUMBER_WORDS | QUANTIFIERS


def evidence_subject(toks: list[tuple[str, int]]) -> bool:
    """'FEC records compiled by the center', 'A poll conducted Sunday', 'Exit polling':
    a document or poll noun among the first words, and no auxiliary (no clause)."""
    return (any(w.lower() in EVIDENCE_NOUNS for w, _ in toks[:EVIDENCE_HEAD_WINDOW])
            and not any(w.lower() in AUXILIARIES for w, _ in toks))


def is_number(word: str) -> bool:
    return word.isdigit() or word.split("-")[0] in NUMBERS_AND_QUANTIFIERS


def possessive_head(toks: list[tuple[str, int]]) -> bool:
    """'Marco Rubio’s campaign', 'Trump's top adviser': a named owner, then at most
    two lowercase words ending in an office or organisation noun."""
    owner = [i for i, (w, _) in enumerate(toks) if w.endswith(("'s", "’s")) and w[:1].isupper()]
    if not owner or len(toks) - owner[-1] - 1 not in (1, 2):
        return False
    head = toks[-1][0].lower()
    return head in TITLE_WORDS or head in ORG_HEADS


def has_verb_form(toks: list[tuple[str, int]]) -> bool:
    """A participle or auxiliary inside a would-be subject, except a participle used
    as an adjective right after its determiner ('the retired neurosurgeon', 'an
    elected official')."""
    for k, (word, _) in enumerate(toks):
        if not VERB_FORM_RE.fullmatch(word.lower()):
            continue
        attributive = (0 < k < len(toks) - 1 and toks[k - 1][0].lower() in DETERMINERS
                       and word.lower() not in AUXILIARIES)
        if not attributive:
            return True
    return False


def is_adverb(word: str) -> bool:
    """'quickly said': a lowercase -ly word is an adverb, not a subject, and so is a
    capitalised one in SENTENCE_ADVERBS ('Shortly after ...'); any other capitalised
    -ly word is a name ('Kelly said', 'Daly said')."""
    return word.endswith("ly") and (not is_capitalised(word)
                                    or word.lower() in SENTENCE_ADVERBS)


def common_appositive(toks: list[tuple[str, int]]) -> bool:
    """'the Republican attorney general of Oklahoma': a description with a lowercase
    head (before any 'of'), not a name ('the Independent')."""
    words = [w for w, _ in toks]
    words = words[:words.index("of")] if "of" in words else words
    return len(words) > 1 and words[0].lower() in DETERMINERS and words[-1][:1].islower()


def between_names(subject: list[tuple[str, int]], k: int) -> bool:
    """'Jane Roe introduced John Doe': a lowercase -ed word between two names is a verb."""
    return (k + 1 < len(subject) and bool(PAST_RE.fullmatch(subject[k][0]))
            and is_capitalised(subject[k - 1][0]) and is_capitalised(subject[k + 1][0]))
