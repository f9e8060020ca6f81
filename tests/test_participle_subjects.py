"""Table-driven tests for the speaker rule 'participle-clause-subject'
(participle_subjects.py), with negative rows.

Each row is a made-up article; the test finds the statement whose quote contains
"budget" and checks its speaker and whether the rule is named in its trace.
"""

from __future__ import annotations

import pytest
from extraction_lede import marked_statement

from bot.extraction.participle_subjects import (
    PARTICIPLE_CLAUSE_SUBJECT,
    participle_clause_subject,
)
from bot.models import Statement


def statement_of(*paragraphs: str) -> Statement:
    return marked_statement(*paragraphs)


def rules(st: Statement) -> str:
    return " ".join(str(v) for v in st.trace.values())


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the whole clause had been read as the subject, and its last name spoke
        (["Carly Fiorina was upfront about her distaste for Donald Trump, the current "
          "front-runner, saying the budget needs work."], "Carly Fiorina"),
        # an appositive holding a possessive: the possessive is no subject
        (['Tracy Martin, Trayvon\'s father, issued a statement Thursday, saying the '
          'budget "has no place for that."'], "Tracy Martin"),
        # the object's appositive name before the comma
        (['Jane Roe met the mayor, Tom Doe, saying the budget was "a disaster."'],
         "Jane Roe"),
    ],
)
def test_participle_clause_subject(paragraphs: list[str], speaker: str) -> None:
    st = statement_of(*paragraphs)
    assert st.speaker == speaker
    assert PARTICIPLE_CLAUSE_SUBJECT in rules(st)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # negative: the subject right before the comma is the clause's own
        ["Senator Jane Roe, saying the budget was dead, walked out."],
        # negative: a pronoun subject after an opening word: no verb between them
        ["However, she held her fire on Tom Doe, calling his budget a fine effort."],
        # negative: a relative clause between the name and the verb (nearest_subject
        # names nobody), the rule leaves the rules' reading alone
        ["Jane Roe, whose views on spending have upset members of her party, proposed "
         "a cut last year, citing the budget shortfall of the city."],
    ],
)
def test_participle_clause_subject_negative(paragraphs: list[str]) -> None:
    st = statement_of(*paragraphs)
    assert PARTICIPLE_CLAUSE_SUBJECT not in rules(st)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # the object after the clause's verb gives way to the clause's subject
        ("Jane Roe praised Tom Doe, saying", ("Tom Doe", 16), ("Jane Roe", 0)),
        # a whole clause read as one phrase gives way to its opening name
        ("Jane Roe was upfront about Tom Doe, saying", ("Jane Roe was upfront about Tom Doe", 0),
         ("Jane Roe", 0)),
        # negative: not a participle
        ("Jane Roe praised Tom Doe, and said", ("Tom Doe", 16), None),
        # negative: no comma before the cue
        ("Jane Roe praised Tom Doe saying", ("Tom Doe", 16), None),
        # negative: the phrase found is the subject already
        ("Jane Roe left the room, saying", ("Jane Roe", 0), None),
    ],
)
def test_participle_clause_subject_function(text: str, found: tuple[str, int],
                                            expected: tuple[str, int] | None) -> None:
    cue = text.split()[-1]
    assert participle_clause_subject(text, 0, cue, text.rindex(cue), found) == expected
