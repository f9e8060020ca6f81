"""The fidelity checks on speaker names, titles and speaker records of bench/fidelity.py
(issue 11), row by row on made-up names: each check flags what it should and leaves
correct names alone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from fidelity_dupes import duplicate_pairs  # noqa: E402
from fidelity_names import bad_speaker  # noqa: E402
from fidelity_titles import bad_title  # noqa: E402

SPEAKER_ROWS = [
    # (name, bad?)
    ("Hillary Clinton", False),
    ("Joseph R. Biden Jr.", False),
    ("Martin Luther King, Jr.", False),
    ("International Monetary Fund", False),
    ("United Federated Workers", False),  # 'United', 'Federated' inside a name
    ("a Trump supporter", False),
    ("a senior administration official", False),
    ("the campaign", False),
    ("officials", False),
    ("campaign aides", False),
    ("former president", False),
    ("people familiar with the talks", False),
    ("Trump's campaign", False),
    ("a retired general", False),
    ("an unnamed official who asked not to be identified", False),
    ("the report", False),  # a document is a source
    ("a poll released last week", False),
    ("a national poll taken last week", False),
    ("the newly elected mayor", False),
    ("a report released on Tuesday", False),
    ("Trump on Tuesday", True),
    ("Clinton Tuesday", True),
    ("Fox News Sunday", False),
    ("The Week", False),  # a magazine: a capitalised head is a name
    ("The newspaper wrote", True),
    ("Hillary Clinton Said", True),
    ("Clinton responded", True),
    ("the campaign says the candidate", True),
    ("However", True),
    ("Meanwhile", True),
    ("Between", True),
    ("But Trump", True),
    ("Tuesday", True),
    ("May", True),
    ("he", True),
    ("They", True),
    ("Ohio", True),
    ("Moscow", True),
    ("the same election", True),
    ("a review of records", True),
    ("the debate", True),
    ("told reporters", True),
    ("big thing happening", True),  # lower case, not a description
    ("one of", True),
    ("The industry's", True),
    ("The mayor of the small coastal town near the border", False),  # a description
    ("Harbour District Council Member Ana Maria Ruiz Lopez Garcia", True),  # 9 words
    ("12345", True),
    ("Al From", False),
    ("World War II. Some Americans", True),
    ("the the congressional report", True),
    ("Jim Eastland I’ve", True),
    ("Issue A Quarantine Over Harbour Virus Ana Ruiz", True),
    ("Bank of Japan", False),
    ("Whichever", True),
    ("Gov. Ana Ruiz", False),
    ("Fr. Tom Baker", False),
    ("J. J. Baker", False),  # a capitalised 'From' can be a surname
    ("Clinton and", True),
    ("television ads", False),
    ("someone in attendance", False),
    ("Nobody", True),
    ("20 percent of people in a recent poll of the state's voters", False),
    ("about half of voters", False),
    ("About four in 10 Republican primary voters in the state", False),
    ("least a dozen members of Congress", True),
    ("Ruiz, a council member", True),
    ("Say Mexico", True),
    ("Will Smith", False),
    ("Sens. Jeff Merkley", True),
    ("Sen. Jeff Merkley", False),
    ("", False),  # no speaker: not a bad name
]


@pytest.mark.parametrize(("name", "bad"), SPEAKER_ROWS)
def test_bad_speaker(name: str, bad: bool) -> None:
    assert (bad_speaker(name) is not None) is bad, bad_speaker(name)


TITLE_ROWS = [
    # (title, speaker, bad?)
    ("former secretary of state", "Ana Ruiz", False),  # lower case: a title in apposition
    ("U.S. Secretary of Defense", "Pete Hegseth", False),
    ("a spokeswoman for the campaign", "Jane Doe", False),
    ("longtime Democratic pollster", "Pat Caddell", False),
    ("mayor, who spoke Monday", "Ana Ruiz", True),
    ("attorney general of", "Ana Ruiz", True),
    ("of the campaign", "Ana Ruiz", True),
    ("spokesman said", "Tom Baker", True),
    ("walk-ins were the third time", "Tom Baker", True),
    ("Texas", "Ana Ruiz", True),
    ("approved a resolution condemning the mayor", "Ana Ruiz", True),
    ("retired neurosurgeon", "Ana Ruiz", False),
    ("numerous fellow", "Democrats", True),
    ("chief of staff on Tuesday", "Ana Ruiz", True),
    ("host of Fox News Sunday", "Ana Ruiz", False),
    ("longtime pollster Pat Caddell", "Pat Caddell", True),
    ("Caddell", "Pat Caddell", True),
    ("senior adviser to the chairman of the board of the national committee", "X Y", True),
    (None, "Ana Ruiz", False),
]


@pytest.mark.parametrize(("title", "speaker", "bad"), TITLE_ROWS)
def test_bad_title(title: str | None, speaker: str, bad: bool) -> None:
    assert (bad_title(title, speaker) is not None) is bad, bad_title(title, speaker)


DUPLICATE_ROWS = [
    # (speaker records, duplicate pairs as sets of two names)
    (["Burton", "Dan Burton"], [{"Burton", "Dan Burton"}]),
    (["Mr. Burton", "Dan Burton"], [{"Mr. Burton", "Dan Burton"}]),
    (["De Blasio", "Bill de Blasio"], [{"De Blasio", "Bill de Blasio"}]),
    (["Johnson", "Gary Johnson", "Ron Johnson"], []),  # ambiguous surname
    (["Johnson", "Gary Johnson", "Ron Johnson", "Gary E. Johnson"],
     [{"Gary Johnson", "Gary E. Johnson"}]),
    (["Biden", "Joseph R. Biden Jr."], [{"Biden", "Joseph R. Biden Jr."}]),
    (["Republican", "One Republican"], []),  # a description is no full name
    (["Republicans", "Fellow Republicans"], []),
    (["Asian", "Central Asian"], []),
    (["IMF", "International Monetary Fund"], [{"IMF", "International Monetary Fund"}]),
    (["the FBI", "Federal Bureau of Investigation"],
     [{"the FBI", "Federal Bureau of Investigation"}]),
    (["IMF", "Internal Medicine Faculty Group"], []),  # initials IMFG
    (["IMF", "International Monetary Fund", "Internal Medicine Faculty"], []),  # ambiguous
    (["AP", "Adam Park"], []),  # two initials of a person's name
    (["AP", "Associated Press"], []),  # two letters: only when an article defines it
    (["IG", "Intelligence Group"], []),
    (["George W. Bush", "George Bush"], [{"George W. Bush", "George Bush"}]),
    (["George W. Bush", "George H. W. Bush"], []),
    (["George W. Bush", "George H. W. Bush", "George Bush"], []),  # ambiguous
    # 'ms. ruiz' ~ 'ana ruiz' is no pair of its own: a lower-case record is no full name
    (["Ana Ruiz", "ana ruiz", "Ms. Ruiz"], [{"Ana Ruiz", "ana ruiz"},
                                             {"Ana Ruiz", "Ms. Ruiz"}]),
    (["Ruiz", "Mr. Ruiz"], [{"Ruiz", "Mr. Ruiz"}]),  # honorific only
    (["Ana Ruiz", "Ana Ruiz"], [{"Ana Ruiz"}]),  # two records, one name
    (["Hillary Clinton", "Bill Clinton"], []),
    (["O'Neill", "James O’Neill"], [{"O'Neill", "James O’Neill"}]),  # apostrophes
    (["Lester Holt", "Holt", "NBC"], [{"Lester Holt", "Holt"}]),
    (["Menendez", "Sens. Robert Menendez"], [{"Menendez", "Sens. Robert Menendez"}]),
    (["Party", "Harbour Independence Party"], []),  # an organisation, not a surname
    (["State", "Islamic State"], []),
    (["Paris", "Jeremy Paris"], []),  # a place
    (["Teachers", "CORE Teachers"], []),  # an acronym in the long name
    (["Politico", "As Politico"], []),  # a fragment is no full name
]


@pytest.mark.parametrize(("names", "pairs"), DUPLICATE_ROWS)
def test_duplicate_speakers(names: list[str], pairs: list[set[str]]) -> None:
    found = [{a, b} for a, b, _ in duplicate_pairs(names)]
    assert sorted(map(sorted, found)) == sorted(map(sorted, pairs))


ORGANISATION_ROWS = [
    # (article text, does it make 'Herald' beside 'Don Herald' ambiguous?)
    ("The story ran in the Herald.", True),
    ("The Herald reported the vote, the Herald said on Monday", True),
    ("He wrote on his Herald account about the vote.", True),
    ("Attacks on Herald, the rival said, were unfair.", False),
    ("A Herald poll put the mayor ahead.", True),
    ("Don Herald said the vote was fair. Herald added that it was close.", False),
    ("The Herald campaign raised money.", False),  # a person's campaign
]


@pytest.mark.parametrize(("corpus", "ambiguous"), ORGANISATION_ROWS)
def test_one_word_organisation_is_no_surname(corpus: str, ambiguous: bool) -> None:
    pairs = duplicate_pairs(["Herald", "Don Herald"], corpus)
    assert (pairs == []) is ambiguous


@pytest.mark.parametrize(("corpus", "paired"), [
    ("The Associated Press (AP) reported the count.", True),
    ("AP (Associated Press) reported the count.", True),
    ("The AP and the Associated Press both reported it.", False),
])
def test_a_two_letter_acronym_pairs_only_when_an_article_defines_it(
        corpus: str, paired: bool) -> None:
    assert bool(duplicate_pairs(["AP", "Associated Press"], corpus)) is paired
