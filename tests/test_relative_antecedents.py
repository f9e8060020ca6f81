"""Who a 'who' before a cue stands for (frames.RELATIVE_ANTECEDENT_RULES): the second
report of '"...," said Jane Roe, who said ...'. Table-driven rows with negative rows.
All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.cli import main
from bot.extraction.frames import RELATIVE_ANTECEDENT_RULES, relative_antecedent


@pytest.mark.parametrize(("before", "expected"), [
    # relative-noun-phrase: the noun phrase before 'who'
    ("Podesta, who ", ("Podesta", "relative-noun-phrase")),
    # relative-after-inverted-cue: the name of an inverted speech cue before it
    ('"We won," said Jane Roe, who ', ("Jane Roe", "relative-after-inverted-cue")),
    ('"We won," says Army Capt. Jane Roe, who also ',
     ("Army Capt. Jane Roe", "relative-after-inverted-cue")),
    # negative rows: no name after the cue; no cue before the name; no 'who'
    ('"We won," said the senator from Ohio, who ', None),
    ("The plan was backed by Jane Roe, who ", None),
    ("Jane Roe said ", None),
    # the quick test for 'who' before the rules run: any case passes it, a 'who' inside
    # a word or not last passes it and is still no relative ('Whoopi', 'who knows')
    ("Podesta, WHO ", ("Podesta", "relative-noun-phrase")),
    ("Podesta, Who also ", ("Podesta", "relative-noun-phrase")),
    ("Whoopi Roe ", None),
    ("Podesta, who knows, ", None),
])
def test_relative_antecedent_rows(before: str, expected: tuple[str, str] | None) -> None:
    found = relative_antecedent(before + "said it.", 0, len(before))
    assert (found[0::2] if found else None) == expected


def statements(paragraph: str) -> list[tuple[str | None, str, str, str]]:
    return [(s.speaker, s.kind, s.quote, s.trace["span"]) for s in after_lede(paragraph)
            if s.kind != "direct"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the relative report after a quotation's inverted attribution is the name's
    ('"The plan will fail," said Jane Roe, who said there were "too many troubling '
     'things to dismiss" in it.',
     [("Jane Roe", "partial", 'there were "too many troubling things to dismiss" in it',
       "quotation-inside-narration + relative-after-inverted-cue")]),
    ('"We will win the state," said Jane Roe, who added that the count would be slow.',
     [("Jane Roe", "indirect", "that the count would be slow",
       "relative-who-cue + relative-after-inverted-cue + reported-beside-quotation")]),
    # a ', who' after a name the relative frame does not read (a preposition's object):
    # relative-who-name, never the sentence's subject
    ('The plan drew a sharp reaction from Governor Mark Doe, who called it "a disaster '
     'for farmers."',
     [("Mark Doe", "partial", 'it "a disaster for farmers."',
       "quotation-inside-narration + relative-who-name")]),
    # negative row: 'who writes about' is what the person does, no report
    ('"We will win the state," said Jane Roe, who writes about the city budget for a '
     "local paper.", []),
])
def test_relative_report_rows(paragraph: str,
                              expected: list[tuple[str | None, str, str, str]]) -> None:
    assert statements(paragraph) == expected


def test_relative_rules_are_named_and_explained(tmp_path, capsys) -> None:
    assert [name for name, _ in RELATIVE_ANTECEDENT_RULES] == [
        "relative-noun-phrase", "relative-after-inverted-cue"]
    path = tmp_path / "who.txt"
    path.write_text('Roe\n\n"We will win the state," said Jane Roe, who added that the count '
                    "would be slow.\n", encoding="utf-8")
    assert main(["extract", "--explain", str(path)]) == 0
    assert "relative-after-inverted-cue" in capsys.readouterr().out


def test_relative_after_a_description_is_not_the_subjects() -> None:
    """'Roe sat through a lecture from the state treasurer, who said ...': a ', who'
    after a description that names nobody gives no partial to the sentence's subject;
    the learned reading names nobody (relative-clause-cue)."""
    found = [(s.speaker, s.kind, s.quote, s.trace.get("speaker")) for s in after_lede(
        'Roe sat through a long lecture from the state treasurer, who said the budget was '
        '"a disaster for farmers."') if s.kind != "direct"]
    assert found == [(None, "partial", 'the budget was "a disaster for farmers."',
                      "relative-clause-cue + unattributed")]
