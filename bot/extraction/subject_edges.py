"""Edges of a subject phrase read before a cue (phrases.subject_before): where a
description ends at an object pronoun ('a source close to him'), when a name is a
preposition's object and no subject ('at a rally in Columbus said'), when a phrase is a
relative clause's complement and no subject ('who is Muslim'), and where an honorific
after a lowercase noun opens the subject ('a campaign Mr. Khan has called').
"""

from __future__ import annotations

from bot.extraction.heads import PREPOSITIONS, is_person_noun
from bot.extraction.lexicon import (
    DETERMINERS,
    OBJECT_PREPOSITIONS,
    OBJECT_PRONOUNS,
    is_capitalised,
    words,
)
from bot.extraction.names import HONORIFIC_GENDER
from bot.extraction.subjects import DETERMINERS_AND_QUANTIFIERS

# Prepositions of closeness a description's object pronoun follows ('close to him',
# 'familiar with her', 'those around him'). Source: English news style.
NEAR_PREPOSITIONS = words("to with around near")
# A lowercase word that keeps an honorific after it an object ('the wife of Mr. Roe').
PREPOSITIONS_AND_DETERMINERS = PREPOSITIONS | DETERMINERS


def pronoun_object(toks: list[tuple[str, int]]) -> bool:
    """'a source close to him', 'some familiar with them': an object pronoun after
    'to', 'with', 'around' or 'near' ends a description opening with a determiner, whose
    words before the preposition must make a subject; not after 'of' ('the description
    of her' is a possessive phrase, no speaker)."""
    return (len(toks) >= 4 and toks[-1][0].lower() in OBJECT_PRONOUNS
            and toks[-2][0].lower() in NEAR_PREPOSITIONS
            and toks[0][0].lower() in DETERMINERS_AND_QUANTIFIERS)


def after_preposition(toks: list[tuple[str, int]], subject: list[tuple[str, int]]) -> bool:
    """'... at a rally in Columbus said': a name right after a preposition is its
    object (a place, a venue), never the subject of the cue."""
    i = next(k for k, t in enumerate(toks) if t[1] == subject[0][1])
    return i > 0 and toks[i - 1][0] in OBJECT_PREPOSITIONS and is_capitalised(subject[0][0])


# A relative pronoun and a form of be before a phrase: the relative clause's
# complement ('Khan, who is Muslim, also decried ...'), never a subject.
RELATIVES = words("who which that")
RELATIVE_BE = words("is was are were")


def relative_complement(toks: list[tuple[str, int]], subject: list[tuple[str, int]]) -> bool:
    """'Swanson, who is a pastor at the Reformation Church, slammed ...': the phrase
    after 'who is' describes the one before it; the cue is not its own."""
    i = next(k for k, t in enumerate(toks) if t[1] == subject[0][1])
    return (i > 1 and toks[i - 1][0].lower() in RELATIVE_BE
            and toks[i - 2][0].lower() in RELATIVES)


def honorific_after_noun(subject: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'characteristic of a campaign Mr. Khan has called bigoted': an honorific right
    after a lowercase noun opens the subject (a clause whose 'that' is left out); after
    a preposition or a verb form ('the wife of Mr. Roe', 'supporting Mr. Roe') or as
    a possessive ('singled out Mr. Roe's criticism') it is an object and stays."""
    for k in range(1, len(subject) - 1):
        word, before = subject[k][0], subject[k - 1][0]
        if (word.lower().rstrip(".") in HONORIFIC_GENDER and before.isalpha()
                and before.islower() and before not in PREPOSITIONS_AND_DETERMINERS
                and not before.endswith(("ing", "ed"))
                and not subject[-1][0].endswith(("'s", "’s"))):
            return subject[k:]
    return subject


# Prepositions that open a plural subject's complement ('attorneys for the department',
# 'officials in both cities', 'advocates within the community'). Source: English
# prepositions of role and place.
COMPLEMENT_PREPOSITIONS = words("for at to of in within from with on")
# The words that may open the complement's noun phrase: a determiner or quantifier.
COMPLEMENT_OPENERS = DETERMINERS | words("both all each every other")
# A plural subject with its complement has at most this many words.
MAX_PLURAL_SUBJECT = 6


def plural_with_complement(subject: list[tuple[str, int]]) -> bool:
    """'attorneys for the department said', 'officials in both cities insist': a bare
    plural person noun (heads.is_person_noun) and a prepositional complement whose noun
    phrase opens with a determiner or a capitalised word; not "views of Mrs. Roe's
    record have declined" (no person)."""
    if not 3 <= len(subject) <= MAX_PLURAL_SUBJECT:
        return False
    head, prep, after = (w for w, _ in subject[:3])
    return (head.isalpha() and head.islower() and head.endswith("s")
            and is_person_noun(head) and prep in COMPLEMENT_PREPOSITIONS
            and (after.lower() in COMPLEMENT_OPENERS or is_capitalised(after)))
