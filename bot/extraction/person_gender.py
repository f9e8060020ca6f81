"""A person's gender as an article gives it: an honorific ('Mrs.', 'Mr.') in the title
or the mention, else the given name (names.gender_of_name); None when neither says."""

from __future__ import annotations

import functools

from bot.extraction.mentions import Resolved
from bot.extraction.names import gender_of_name

FEMALE_HONORIFICS = frozenset(["mrs", "ms", "miss", "madam"])
MALE_HONORIFICS = frozenset(["mr", "sir"])
# Titles only people hold ("Sen. Cruz", "Gov. Kasich"). Source: AP style titles.


def gender_of(title: str | None) -> str | None:
    words = {w.lower().rstrip(".") for w in (title or "").split()}
    if words & FEMALE_HONORIFICS:
        return "f"
    if words & MALE_HONORIFICS:
        return "m"
    return None


def gender(who: Resolved) -> str | None:
    return gender_from(who.title, who.mention, who.name)


@functools.lru_cache(maxsize=8192)
def gender_from(title: str | None, mention: str | None, name: str | None) -> str | None:
    return gender_of(title) or gender_of(mention) or gender_of_name(name)
