"""Vetting rule 'person_of_owner' (owned_people.py): an owner read alone as the speaker
while a person noun follows it is nobody ('Roe's aides said ...'). Table rows with
negative rows; made-up sentences."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.owned_people import person_of_owner


@pytest.mark.parametrize(("text", "subject", "cue", "refused"), [
    ("And Roe's aides happily retweeted it.", "And Roe's", "retweeted", True),
    ("Roe’s public defense counsel asked for a delay.", "Roe’s", "asked", True),
    ("Jane Roe's former Office of Budget director said so.", "Jane Roe's", "said", True),
    # negative rows: a thing the owner made, an organisation, no possessive, a person
    # noun only past the cue
    ("Roe's letter makes a case.", "Roe's", "makes", False),
    ("Japan's central bank announced a cut.", "Japan's", "announced", False),
    ("Roe said her aides agreed.", "Roe", "said", False),
    ("Roe's plan worried the aides.", "Roe's", "worried", False),
])
def test_person_of_owner(text: str, subject: str, cue: str, refused: bool) -> None:
    end = text.index(subject) + len(subject)
    assert person_of_owner(text, subject, end, text.index(cue)) is refused


def test_owner_of_aides_is_no_speaker() -> None:
    """Nobody speaks: clauses.clause_subject no longer reads the owner as the subject
    ('possessive-owner-no-subject'); person_of_owner refuses it when another rule does."""
    found = [s.speaker for s in after_lede(
        "Roe's most passionate supporters claim that the primary has been rigged.")
        if s.cue == "claim"]
    assert found == [None]
