"""What kind of speaker a resolved name is, for the pronoun rules (speaker_rules.py):
one person, a full name, of a gender that fits 'he' or 'she'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extraction.heads import is_org_noun
from bot.extraction.mentions import Resolved
from bot.extraction.person_gender import gender

if TYPE_CHECKING:
    from bot.extraction.resolve import _State


def one_person(who: Resolved, state: _State) -> bool:
    """who is one person: a proper name, not a group nor an organisation, with a known
    gender ('Bernie Sanders', not "Sanders's supporters" nor 'Smith and Jones')."""
    name = (who.name or "").split()
    return (not who.group and not who.is_org and name[-1:] != [] and name[-1][:1].isupper()
            and known_gender(who, state) is not None)


def full_name(who: Resolved) -> bool:
    """A person's full name, gender unknown ('Luciana Lopez'): no group, no organisation,
    no organisation noun at its end ('Ohio Farm Bureau')."""
    name = (who.name or "").split()
    return not who.group and not who.is_org and len(name) > 1 and all(
        w[:1].isupper() for w in name) and not is_org_noun(name[-1].lower())


def fits(who: Resolved, want: str, state: _State) -> bool:
    """who's known gender (name, honorific, learnt) does not contradict the pronoun."""
    known = known_gender(who, state)
    return known is None or known == want


def known_gender(who: Resolved, state: _State) -> str | None:
    """who's gender from their name or honorific, else as the article taught it."""
    return gender(who) or state.genders.get(who.name or "")
