"""Table-driven tests for the speaker rule 'name-beside-description' (beside.py), with
negative rows.

Each row is a made-up article; the test finds the statement whose quote contains
"budget" and checks its speaker and the rule named in its trace.
"""

from __future__ import annotations

import pytest
from extraction_lede import marked_statement

from bot.extraction.beside import describes
from bot.models import Statement


def statement_of(*paragraphs: str) -> Statement:
    return marked_statement(*paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # NAME, DESCRIPTION (with an organisation in it), relative clause, cue
        (["Hogan Gidley, a former executive director of the Acme Party, whose roots are "
          "in the town, said the base was angry about the budget."], "Hogan Gidley"),
        (["Greg Raiff, chief executive officer of Private Jet Services, an aviation firm, "
          "said the budget was unusual."], "Greg Raiff"),
        # DESCRIPTION, NAME, cue (after an opening phrase: a description opening the
        # sentence is read by the subject rules, appositives.description-then-name)
        (["At the meeting, the director of the European Centre, Ina Kirsch, told "
          "reporters the budget was never discussed."], "Ina Kirsch"),
        (['"We cut the budget," said his best friend at Lehigh, Bruce Turry, who knew him.'],
         "Bruce Turry"),
        # a party tag read as the subject
        (["Sen. Marco Rubio, R-Fla., appearing on television, said the budget failed."],
         "Marco Rubio"),
        # a description ending in 'to' and a name the article gives, then that name's
        # own appositive
        (["Hillary Clinton spoke in Ohio.", "Greg Raiff, an adviser to Hillary Clinton, "
          "the Democratic nominee, said the budget was unusual."], "Greg Raiff"),
        # a relative clause on the description: 'a Republican who ...'
        (["Gov. John Kasich of Ohio, a Republican who has refused to back the budget, "
          "said the plan was wrong."], "John Kasich"),
    ],
)
def test_name_beside_description(paragraphs: list[str], speaker: str) -> None:
    st = statement_of(*paragraphs)
    assert st.speaker == speaker
    assert st.trace["speaker"] == "name-beside-description"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # negative: a parenthetical attribution, the name is what was said about
        ["Mrs. Jane Roe, these people said, would cut the budget next year."],
        # negative: 'according to' a document; the name after it is the content's subject
        ["According to an agency summary of its review, Cheryl Mills, a top aide, sent a "
         "note on the budget."],
        # negative: a place beside the description
        ["In Ohio, the party chairman said the budget was wrong."],
    ],
)
def test_no_name_beside(paragraphs: list[str]) -> None:
    assert statement_of(*paragraphs).trace["speaker"] != "name-beside-description"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("the assailant", True),
        ("acting political director of CREDO Action", True),
        ("Roe’s deputy campaign manager", True),
        ("R-Fla", True),
        # negative rows: names
        ("Ted Cruz", False),
        ("Sen. Ted Cruz", False),
        ("Roe’s", False),
    ],
)
def test_describes(subject: str, expected: bool) -> None:
    assert describes(subject) is expected


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "rule"),
    [
        # the owner's name, office words, the person's name: the person speaks
        (['Okafor campaign spokesman Brian Fallon responded on Twitter, calling the budget '
          '"pathetic" and "dangerous."'], "Brian Fallon", "name-after-office"),
        (["Former Pennsylvania governor Ed Rendell spoke on Monday, calling the budget a "
          "disgrace."], "Ed Rendell", "name-after-office"),
        # negative: a possessive name, its noun speaks ('Johnson's doctor')
        (["Libertarian presidential candidate Gary Johnson's doctor is calling the budget "
          '"extremely fit."'], None, None),
    ],
)
def test_name_after_office(paragraphs: list[str], speaker: str | None,
                           rule: str | None) -> None:
    st = statement_of(*paragraphs)
    if rule is None:
        assert st.trace["speaker"] != "name-after-office"
        assert st.speaker != "Gary Johnson"
    else:
        assert (st.speaker, st.trace["speaker"]) == (speaker, rule)


@pytest.mark.parametrize(
    ("paragraphs", "mention"),
    [
        # an honorific after a lowercase noun opens the subject: the mention is the name
        (["He held up the plan as characteristic of a campaign Mr. Okafor has called "
          "bigoted, a budget disaster."], "Mr. Okafor"),
        # negative: after a preposition the name is an object and stays in the phrase
        (["A spokesman for Mr. Okafor said the budget was cruel."],
         "A spokesman for Mr. Okafor"),
    ],
)
def test_honorific_after_noun(paragraphs: list[str], mention: str) -> None:
    assert statement_of(*paragraphs).speaker_mention == mention
