"""A partial quotation's cue is never a noun ('her Apple Music show', 'chants of',
'the support of millions'): bot/extraction/partials._nearest_cue skips what
noun_cues.noun_cue reads as a noun, as the reported-speech rules do; and 'they' never
stands for one person described ('His wife', mentions._one_described). Made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("In a preview clip for her upcoming Apple Music show The Hour, Ann Doe sings "
     "\u201cHome Again\u201d to the crowd.", []),
    ("The mayor is now winning the support of millions by echoing themes embraced by "
     "\u201cangry\u201d voters.", []),
    ("Supporters of the mayor responded with chants of \u201cfour more years\u201d at the rally.",
     [("Supporters", "responded")]),  # negative row: the verb before the noun is the cue
])
def test_partial_cue_is_no_noun(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.speaker, s.cue) for s in after_lede(paragraph)] == expected


def test_they_is_never_a_described_person() -> None:
    found = after_lede("His wife had warned him to act \u201cpresidential.\u201d He mocked "
                       "his rivals as they answered questions from the crowd.")
    assert [(s.cue, s.speaker) for s in found if s.cue == "answered"] == [("answered", None)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the partial quotation is inside what an outer speech verb reports: its speaker's
    ("Several weeks ago, Ann Doe stated that her aide would discuss the budget \u201cin a "
     "few weeks.\u201d", [("Ann Doe", "stated")]),
    ("Ann Doe posted a series of messages early Friday saying that the mayor had shown bad "
     "judgment in using the fund \u201cas a piggy bank.\u201d", [("Ann Doe", "saying")]),
    # negative row: an act, not speech ('declared a caliphate'), is no outer cue
    ("Ann Doe said the group, which declared a \u201ccaliphate\u201d last year, was weak.",
     [("Ann Doe", "said")]),
])
def test_outer_speech_cue_owns_the_partial(paragraph: str,
                                           expected: list[tuple[str, str]]) -> None:
    assert [(s.speaker, s.cue) for s in after_lede(paragraph) if s.kind == "partial"] == expected
