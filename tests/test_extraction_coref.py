"""Table-driven tests for the coreference evidence rules (coref.py), with negative rows."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.coref import (
    is_place,
    learn_genders,
    speaking_names,
    subject_pronouns,
)
from bot.models import Extraction


def run(*paragraphs: str) -> Extraction:
    return extract(parse_article("\n\n".join(["Officials met in the capital on Monday.",
                                               *paragraphs]), title="T"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Zorba said the plan was fine.", {"Zorba"}),
        ("Zorba also told reporters so.", {"Zorba"}),
        ('"Fine," said Zorba.', {"Zorba"}),
        # negative rows: no speech verb next to the name
        ("Zorba visited the plant.", set()),
        ("The plan for Zorba was said to be fine.", set()),
        ("Zorba saidso, Quill Said it, XZorba said it.", set()),  # not a whole word / a verb
    ],
)
def test_speaking_names(text: str, names: set[str]) -> None:
    assert speaking_names(text) == names


@pytest.mark.parametrize(
    ("name", "place"),
    [("Madison Square Garden", True), ("Elm Street", True), ("Jane Roe", False),
     ("Garden", True), ("Gardener", False)],
)
def test_is_place(name: str, place: bool) -> None:
    assert is_place(name) is place


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He left early.", ["He"]),
        ("After the vote, she left.", ["she"]),
        ("Doe smiled and he left.", ["he"]),
        # negative rows: object or mid-clause pronouns
        ("Doe told him that.", []),
        ("Doe thanked her staff.", []),
        ("The man he met left.", []),
    ],
)
def test_subject_pronouns(text: str, found: list[str]) -> None:
    assert [p for _, p in subject_pronouns(text, 0, len(text))] == found


@pytest.mark.parametrize(
    ("names", "pronouns", "known", "learnt"),
    [
        # one person named, a later "she": female
        ([(0, 0, "Zorba")], [(0, 10, "f")], set(), {"Zorba": "f"}),
        # negative rows: two people named; pronoun before the name; gender already known;
        # mixed evidence
        ([(0, 0, "Zorba"), (0, 5, "Quill")], [(0, 10, "f")], set(), {}),
        ([(0, 5, "Zorba")], [(0, 1, "f")], set(), {}),
        ([(0, 0, "Zorba")], [(0, 10, "f")], {"Zorba"}, {}),
        ([(0, 0, "Zorba"), (1, 0, "Zorba")], [(0, 10, "f"), (1, 10, "m")], set(), {}),
    ],
)
def test_learn_genders(names: list[tuple[int, int, str]], pronouns: list[tuple[int, int, str]],
                       known: set[str], learnt: dict[str, str]) -> None:
    assert learn_genders(names, pronouns, known) == learnt


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a lone surname that speaks elsewhere is an antecedent
        (('"Alpha beta gamma," Jane Roe said.', "Zorba openly admitted the pick.",
          '"Delta epsilon zeta," he said.', "Zorba said the plan was fine for now."),
         ["Jane Roe", "Zorba", "Zorba", "Zorba"]),  # 'admitted': a learned cue
        # learnt gender: "Zorba said she ..." makes Zorba female, so "she" skips John Doe
        (("Zorba said she would run again soon.", "John Doe waved at the crowd.",
          '"Delta epsilon zeta," she said.'), ["Zorba", "Zorba"]),
        # a narrative "She ..." carries the chain past a place named with a given name
        (("Tennis great Zorba Quill spoke.", "Zorba Quill said the game was fine.",
          "She watched the game at Madison Square Garden.", '"Delta epsilon zeta," she said.'),
         ["Zorba Quill", "Zorba Quill", "Zorba Quill"]),  # 'watched': a learned cue
        # a possessor is not the subject: 'he' is the father named after 'Quill's father'
        (('"Alpha beta gamma," Zorba Quill said.',
          "Quill's father, the Rev. John Quill Sr., lived in the city for decades.",
          '"Delta epsilon zeta," he said.'), ["Zorba Quill", "John Quill Sr"]),
        # an 's that is 'has' is no possessive: 'he' is John Doe, not Bo Roe
        (("John Doe's been making the case for weeks that Bo Roe is not ready.",
          '"You have not been tested at all," he said.'), ["John Doe"]),
        # a preposition's object (after an owner too) is no subject: 'he' is Tom Poe
        (("In an interview with Fox News' John Doe on Monday, Tom Poe walked through the "
          "new school on the hill.", '"Delta epsilon zeta," he said.'), ["Tom Poe"]),
        # negative row: a passive's agent after 'by' acts
        (("The plan was backed on Friday by Senator John Doe, who spoke about the schools.",
          '"Delta epsilon zeta," he said.'), ["John Doe", "John Doe"]),
        # a capitalised plural noun opening a sentence is a group, never 'he'
        (('"Alpha beta gamma," John Doe said.', "Aides said the plan was fine for now.",
          '"Delta epsilon zeta," he said.'), ["John Doe", "Aides", "John Doe"]),
        # negative row: one the article gives a singular verb is a surname ('Wines')
        (('"Alpha beta gamma," John Doe said.', "Wines believes the plan is fine for now.",
          '"Delta epsilon zeta," she said.'), ["John Doe", "Wines", "Wines"]),
        # negative row: a possessive that owns nothing ('Quill's.') stays a mention
        (('"Alpha beta gamma," Jane Roe said.', "The pick was John Doe's.",
          '"Delta epsilon zeta," he said.'), ["Jane Roe", "John Doe"]),
        # a colon intro with no speech verb: the clause subject speaks
        (('Zorba Quill shot back at the crowd: "We will stay the course here."',),
         ["Zorba Quill"]),
        # negative row: a colon intro whose subject is no name leaves the speaker open
        (('The timing of the vote surprised nobody: "We will stay the course here."',),
         [None]),
        # negative row: a known gender mismatch leaves "she" without a speaker
        (('"Alpha beta gamma," John Doe said.', '"Delta epsilon zeta," she said.'),
         ["John Doe", None]),
    ],
)
def test_pronoun_rows(paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert [s.speaker for s in run(*paragraphs).statements] == speakers
