"""A person's gender as an article gives it: an honorific ('Mrs.', 'Mr.') in the title
or the mention, else the given name (names.gender_of_name); None when neither says."""

from __future__ import annotations

import functools

from bot.extraction.mentions import Resolved
from bot.extraction.names import HONORIFIC_GENDER, gender_of_name

# Words of address that say a person's gender: the honorifics, and 'Sir', 'Madam'.
# Source: English forms of address.
ADDRESS_GENDER = HONORIFIC_GENDER | {"sir": "m", "madam": "f"}


def gender_of(title: str | None) -> str | None:
    """'f' when a word of the title addresses a woman, else 'm' for a man, else None."""
    said = {ADDRESS_GENDER.get(w.lower().rstrip(".")) for w in (title or "").split()}
    return "f" if "f" in said else "m" if "m" in said else None


def gender(who: Resolved) -> str | None:
    return gender_from(who.title, who.mention, who.name)


@functools.lru_cache(maxsize=8192)
def gender_from(title: str | None, mention: str | None, name: str | None) -> str | None:
    return gender_of(title) or gender_of(mention) or gender_of_name(name)
