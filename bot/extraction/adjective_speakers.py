"""A capitalised adjective read as a speaker's name (vetting rule 'adjective'): 'to ease
growing Asian worries' gave 'Asian', 'Their Orwellian fantasy extends ... they believe'
gave 'Orwellian', 'Democratic calls for her to bow out' gave 'Democratic'.

One word shaped like an adjective of a people, a place or a quality (ADJECTIVE_RE:
'Asian', 'Russian', 'Turkish', 'Chinese', 'Democratic', 'Embryonic') names a speaker
only as a noun after an article or 'one' ('the Texan said', 'one kind-hearted Canadian
wants', 'The Atlantic noted'), or as a person's name: a known given name or the
surname of a person the article names in full ('Kim Kardashian ... Kardashian said').
Otherwise it is a modifier of the noun after it, or a pronoun's antecedent read from
one ('they' after 'Their Orwellian fantasy'), and the statement is left unattributed.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.extraction.lexicon import words
from bot.extraction.names import gender_of_name

# The rule's name in the statement's trace (speaker_vetting).
ADJECTIVE = "adjective"
# Adjective endings. Source: English derivational suffixes of adjectives of peoples,
# places and qualities (-ian, -ean, -ese, -ish, -ic).
ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic)")
# Words before an adjective in its mention that make it a noun ('the Texan', 'one
# kind-hearted Canadian', 'A Chinese official').
NOUN_OPENERS = words("the a an one another")


def adjective_alone(name: str, mention: str | None, surnames: Collection[str]) -> bool:
    """name is one adjective-shaped word that no article or 'one' in its mention makes
    a noun, and no person's given name or surname (see the module doc)."""
    if not ADJECTIVE_RE.fullmatch(name) or gender_of_name(name) or name in surnames:
        return False
    return not any(w.lower() in NOUN_OPENERS for w in (mention or "").split())
