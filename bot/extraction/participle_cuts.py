"""Rule 'participle-adjunct-ends' of content_cuts.py (beside cut_rules.py's): an object
content ends at ', VERBing', the speaker's next act ('praised the plan, crediting the
mayor with the savings').
"""

from __future__ import annotations

from bot.extraction.cut_rules import (
    FINITE,
    MAX_SUBJECT_WORDS,
    Tokens,
    _before_verb,
    _comma,
    _object_cue,
)
from bot.extraction.lexicon import IRREGULAR_PAST, words
from bot.extraction.raw import Raw

# Participles after an object content that continue the report's object, not the
# speaker's next act ('praised the bill's provisions, including the credit').
OBJECT_PARTICIPLES = words("including excluding concerning regarding involving following "
                           "surrounding during according")

# Word classes (cue_features.word_class) that open a verb's object: a determiner, a
# pronoun, a capitalised name ('gives Clinton an edge').
OBJECT_STARTS = ("DET", "PRON", "Cap")


def participle_adjunct(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """Rule 'participle-adjunct-ends': an object content (no verb in it) ends at a comma
    before a participle of the speaker's next act.
    Example: 'Roe praised Doe's record, crediting her with the plan' -> "Doe's record";
    not 'Roe criticized the provisions, including the tax credit' (the object's own),
    not 'Roe backed ending caucuses, limiting delegates' (a list of -ing forms), not
    'showed Roe ahead, with Doe, the mayor, lagging' (a comma before it: an appositive's
    or a list's -ing form), not 'called him a kind, loving man' (an adjective in a
    list), not '..., doing interviews gives her an edge' (a gerund subject of a clause)."""
    if not _object_cue(raw, toks):
        return None
    for k in _before_verb(toks, classes):
        word = toks[k + 1][0]
        if not (_comma(text, toks[k][0], toks[k][1]) and word.endswith("ing")
                and word.islower() and word not in OBJECT_PARTICIPLES):
            continue
        listed = any(w.endswith("ing") or w == "," for w, _ in toks[:k]) or (
            k + 2 < len(toks) and toks[k + 2][0] in (",", "and", "or"))
        return None if listed or _gerund_subject(toks, classes, k + 1) else toks[k][1]
    return None


def _gerund_subject(toks: Tokens, classes: list[str], j: int) -> bool:
    """The -ing form at toks[j] opens a clause's subject: a finite verb or a past tense
    follows before any punctuation but a hyphen, or an -s verb with an object ('doing
    one-on-one interviews gives the mayor'); a plural noun alone ('crediting her with
    the savings') is none."""
    for k in range(j + 1, min(len(toks), j + MAX_SUBJECT_WORDS + 1)):
        word = toks[k][0].lower()
        if word == "-":
            continue  # a hyphenated word ('one-on-one')
        if not word[:1].isalnum():
            return False
        if word in FINITE or word in IRREGULAR_PAST:
            return True
        if classes[k] == "w-s" and k + 1 < len(toks) and classes[k + 1] in OBJECT_STARTS:
            return True
    return False
