"""A second cue's shared subject (bot/extraction/shared_subjects.py): table rows, negative
rows included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede, rules_in

from bot.extraction.shared_subjects import SHARED_SUBJECT_RULES, verb_form


def test_shared_subject_rules_are_named() -> None:
    assert [name for name, _ in SHARED_SUBJECT_RULES] == [
        "coordinated-cue-shares-subject", "listed-cue-shares-subject",
        "second-verb-shares-opening-subject"]


@pytest.mark.parametrize(("word", "form"), [
    ("said", "past"), ("opposed", "past"), ("says", "s"), ("favors", "s"), ("show", "base"),
    ("saying", "ing"), ("discuss", "base"),
])
def test_verb_form(word: str, form: str) -> None:
    assert verb_form(word) == form


def _reported(paragraph: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, cue) of the paragraph's reported statements."""
    return [(s.speaker, s.quote, s.cue or "") for s in after_lede(paragraph)
            if s.kind == "indirect"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the second cue after 'and' is the first cue's subject's, not the main clause's
    ("Union leaders distrust her, in part because Roe favors a new tax on banks and "
     "opposes a federal minimum wage increase.",
     [("Jane Roe", "a new tax on banks", "favors"),
      ("Jane Roe", "a federal minimum wage increase", "opposes")]),
    ("Roe, a senator from Ohio, said the mill would close in May and warned against "
     "new tariffs on steel.",
     [("Jane Roe", "the mill would close in May", "said"),
      ("Jane Roe", "against new tariffs on steel", "warned")]),
    # negative row: another form ('show' after 'said') is the content's own verb
    ("Some Republican leaders said the mogul still has time to step up and show that he "
     "is worthy of their support.",
     [("Some Republican leaders", "the mogul still has time to step up and show that he "
       "is worthy of their support", "said")]),
])
def test_coordinated_cue_shares_subject(paragraph: str,
                                        expected: list[tuple[str | None, str, str]]) -> None:
    assert _reported(paragraph) == expected


def test_a_comma_clause_between_keeps_the_subject_apart() -> None:
    """'X called for A, and the League denounced B and said C': C is not X's."""
    found = _reported("A group of rabbis called for a boycott of the speech, and the League "
                      "denounced the remarks and said it would return the money.")
    assert all(not (cue == "said" and speaker == "A group of rabbis")
               for speaker, _, cue in found)


@pytest.mark.parametrize(("paragraph", "expected"), [
    # listed-cue-shares-subject: a past-tense cue after a comma in a list of verbs ending
    # in ', and VERBED' is the first cue's subject's; its content ends before ', and'
    ("Roe urged the council to keep the mill open, proposed a new tax on the plant, and "
     "pushed for a vote in May.",
     [("Jane Roe", "the council to keep the mill open", "urged"),
      ("Jane Roe", "a new tax on the plant", "proposed")]),
    # negative row: a participle of the noun before it (a time after the cue)
    ("Roe praised the new deal, announced Tuesday by the mayor, and thanked the council.",
     [("Jane Roe", "the new deal, announced Tuesday by the mayor", "praised")]),
])
def test_listed_cue_shares_subject(paragraph: str,
                                   expected: list[tuple[str | None, str, str]]) -> None:
    assert _reported(paragraph) == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # second-verb-shares-opening-subject: ', and' or 'but' and a cue after the earlier
    # content, whose subject opens the sentence
    ("Roe, in particular, has slammed the mayor's comments about farmers, and vowed not "
     "to vote for him in May.",
     [("Jane Roe", "the mayor's comments about farmers", "slammed", None),
      ("Jane Roe", "not to vote for him in May", "vowed", "second-verb-shares-opening-subject")]),
    # negative rows: the second cue has a subject of its own; no comma before 'and'
    # where the earlier content runs on (the coordinated rule's, same verb form)
    ("On Monday the mayor said the mill would close, and Roe said the plan would fail.",
     [("the mayor", "the mill would close", "said", None),
      ("Jane Roe", "the plan would fail", "said", None)]),
    ("Roe slammed the mayor's comments about farmers who were angry and vowed not to vote "
     "for him.",
     [("Jane Roe", "the mayor's comments about farmers who were angry", "slammed", None),
      ("Jane Roe", "not to vote for him", "vowed", "coordinated-cue-shares-subject")]),
])
def test_second_verb_shares_opening_subject(
        paragraph: str, expected: list[tuple[str | None, str, str, str | None]]) -> None:
    names = {name for name, _ in SHARED_SUBJECT_RULES}
    assert [(s.speaker, s.quote, s.cue or "", rules_in(s, names))
            for s in after_lede(paragraph) if s.kind == "indirect"] == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # rule 'subordinate-second-verb': 'and told' is the subordinate clause's second verb
    ("Roe said she was giving interviews when the guards located her and told her to "
     "leave the hall.",
     [("Jane Roe", "she was giving interviews when the guards located her and told her to "
       "leave the hall", "said")]),
    # negative rows: no subordinate clause; a relative's verb (as often the subject's)
    ("Roe said the mill would close in May and warned against new tariffs on steel.",
     [("Jane Roe", "the mill would close in May", "said"),
      ("Jane Roe", "against new tariffs on steel", "warned")]),
    ("Roe announced support from mothers who have lost sons to the war and said some of "
     "them would campaign.",
     [("Jane Roe", "some of them would campaign", "said")]),
])
def test_subordinate_second_verb(paragraph: str,
                                 expected: list[tuple[str | None, str, str]]) -> None:
    found = _reported(paragraph)
    assert [r for r in found if r[2] in {e[2] for e in expected}] == expected
