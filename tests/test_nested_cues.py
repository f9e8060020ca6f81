"""A cue inside an earlier content that is no finite verb of its own
(bot/extraction/nested_cues.py): the earlier content runs on over an infinitive or a
causative's bare verb; it ends before the preposition of a gerund report. Made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.nested_cues import after_noun, ends_before, non_finite, runs_over


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("allowed her staff and the public to think", "think", True),
    ("to make Kadzik testify", "testify", True),
    ("let the voters decide", "decide", True),
    # negative rows: a finite verb; a gerund; another clause's verb
    ("the campaign said", "said", False),
    ("defended the plan by saying", "saying", False),
    ("the bill failed, while Doe has tried to make them think", "think", False),
    ("made the case and Doe says", "says", False),
])
def test_non_finite_rows(text: str, cue: str, expected: bool) -> None:
    assert non_finite(text, 0, text.rindex(cue), cue) is expected


@pytest.mark.parametrize(("word", "cue", "expected"), [
    ("by", "refusing", True), ("for", "saying", True),
    ("and", "saying", False), ("by", "said", False),  # negative rows
])
def test_ends_before_rows(word: str, cue: str, expected: bool) -> None:
    assert ends_before(word, cue) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("what", True), ("Whose", True), ("than", True), ("whatever", True), ("how", True),
    ("why", True),
    ("which", False), ("when", False), ("if", False), ("and", False),  # negative rows
    ("for", False), ("that", False),
])
def test_runs_over_rows(word: str, expected: bool) -> None:
    assert runs_over(word) is expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Roe said the archive made up for what he believed was a thin history of the town.",
     ("said", "the archive made up for what he believed was a thin history of the town")),
    ("Roe said the mill had hired more workers than Doe claimed the town would ever see.",
     ("said", "the mill had hired more workers than Doe claimed the town would ever see")),
    ("Roe went on to explain how she believes the dam will hold for a century.",
     ("went on", "to explain how she believes the dam will hold for a century")),
    ("Roe declined to say why she thinks the mill closed in the spring.",  # negations.py
     ("declined to say", "to say why she thinks the mill closed in the spring")),
])
def test_open_phrase_runs_over(paragraph: str, expected: tuple[str, str]) -> None:
    first = after_lede(paragraph)[0]
    assert (first.cue, first.quote) == expected
    assert "open-phrase-runs-over" in first.trace["span"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("One Republican threatened to make Doe testify in a public setting next week.",
     [("threatened", "to make Doe testify in a public setting next week")]),
    ("Roe said that in 1998, Doe allowed her staff and the public to think that the bill "
     "was dead.",
     [("said", "that in 1998, Doe allowed her staff and the public to think that the bill "
               "was dead")]),
    ("The campaign contended that it was not hiding anything by refusing to cooperate "
     "with the panel.",
     [("contended", "that it was not hiding anything"),
      ("refusing", "to cooperate with the panel")]),
    ("Roe noted that, like him, Doe had been mocked in the valley for acknowledging that the "
     "mill would close.",
     [("noted", "that, like him, Doe had been mocked in the valley"),
      ("acknowledging", "that the mill would close")]),
])
def test_nested_cue_contents(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.cue, s.quote) for s in after_lede(paragraph)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She says the mayor's late-night posts accusing", True),
    ("a series of postings that included one saying", True),
    ("took heat for his questioning", True),
    # negative rows: a comma; a link or auxiliary; a verb in -ed; a time
    ("Roe ruled out a run, saying", False),
    ("Roe voted no and saying", False),
    ("Roe is saying", False),
    ("Roe responded saying", False),
    ("Roe spoke on Tuesday saying", False),
    ("Roe isn't saying", False),
    ("Roe was booed after telling", False),
    ("-- Roe saying", False),  # a name is the participle's own subject
])
def test_after_noun_rows(text: str, expected: bool) -> None:
    assert after_noun(text, 0, text.rindex(" ") + 1) is expected


def test_participle_after_noun_is_not_the_speakers() -> None:
    """'She says Trump's tweets accusing Doe of ... are lies': the tweets accuse, not she."""
    paragraph = ("The mayor spoke on Friday. She says the governor's late-night posts accusing "
                 "Doe of taking bribes are \u201clies and smears.\u201d")
    assert [s.cue for s in after_lede(paragraph) if s.speaker] == ["says"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Police say he posed a threat to the crowd and refused to drop the gun.",
     [("say", "he posed a threat to the crowd and refused to drop the gun")]),
    # negative rows: the second verb has the outer cue's form, not the inner verb's
    # ('would' is no past); a name opens the content
    ("Roe said he would resign from the board and vowed to fight the ruling in court.",
     [("said", "he would resign from the board"), ("vowed", "to fight the ruling in court")]),
])
def test_inner_clause_second_verb(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.cue, s.quote) for s in after_lede(paragraph)] == expected
