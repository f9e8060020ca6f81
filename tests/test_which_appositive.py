"""', which ...,' between a subject and its cue (appositives.appositive_start): the
description the sentence opens with is the subject; an organisation inside a person's
appositive is not. Made-up sentences."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract


def _speaker(paragraph: str, marker: str) -> tuple[str | None, str | None]:
    text = f"Farm news\n\n{paragraph}"
    found = [s for s in extract(parse_article(text, title="T")).statements
             if marker in s.quote]
    assert found, "no statement quotes the marker"
    return found[0].speaker, found[0].speaker_mention


@pytest.mark.parametrize(("paragraph", "speaker", "mention"), [
    # the sentence opens with a description, then ', which ...,'
    ("The group, which represents farmers, said the tariffs hurt exports.",
     "The group", "The group"),
    ("Rain fell, but the council, which meets on Mondays, said the tariffs hurt exports.",
     "the council", "the council"),
    # the relative belongs to an organisation in a person's appositive: the person speaks
    ("Dana Okafor, a lawyer and spokeswoman for the Growers Council, which is made up of "
     "farmers, said the tariffs hurt exports.", "Dana Okafor", "Dana Okafor"),
    # negative row: a named organisation with its own relative stays the speaker
    ("The Farm Bureau, which represents farmers, said the tariffs hurt exports.",
     "Farm Bureau", "The Farm Bureau"),
])
def test_which_appositive(paragraph: str, speaker: str, mention: str) -> None:
    assert _speaker(paragraph, "tariffs hurt exports") == (speaker, mention)


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # ', but ...,' opens a clause, not an appositive of the name before it: the
    # participle's subject is the sentence's
    ("Dana Okafor endorsed Mark Smith in early June, but only after deliberating over the "
     "decision, telling reporters the tariffs hurt exports.", "Dana Okafor"),
    # negative row: a time subordinator's aside is left to the other rules
    ("Dana Okafor, when asked about the plan, said the tariffs hurt exports.",
     "Dana Okafor"),
])
def test_clause_link_is_no_appositive(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph, "tariffs hurt exports")[0] == speaker
