"""A report inside a relative clause whose pronoun is what was said
(bot/extraction/object_relatives.py): table-driven rows with negative rows. All
sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.cli import main
from bot.extraction.object_relatives import OBJECT_RELATIVE_FRAMES


def reported(paragraph: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.quote, s.trace["span"]) for s in after_lede(paragraph)
            if "relative-object-report" in s.trace["span"]]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the content is the rest of the relative clause, its first verb included
    ("The tax plan, which critics said was unfair to renters, passed on Tuesday.",
     [("critics", "was unfair to renters", "relative-object-report")]),
    ("Jane Roe finished third, in a finish that she said defied all expectations.",
     [("Jane Roe", "defied all expectations", "relative-object-report")]),
    ("The strike, which company executives said could affect earnings, ended.",
     [("company executives", "could affect earnings", "relative-object-report")]),
    ("Jane Roe will make the case that she has said she would make at the convention.",
     [("Jane Roe", "she would make at the convention", "relative-object-report")]),
    # negative rows: a belief is never shown as said; no verb after the cue; the
    # subject relative ('who said') is frames.py's
    ("The tax plan, which critics think was unfair to renters, passed on Tuesday.", []),
    ("The plan that Jane Roe said nothing about on Tuesday passed.", []),
    ("Jane Roe, who said the plan was unfair to renters, voted no.", []),
])
def test_object_relative_rows(paragraph: str,
                              expected: list[tuple[str | None, str, str]]) -> None:
    assert reported(paragraph) == expected


def test_object_relative_frames_are_named_and_explained(tmp_path, capsys) -> None:
    assert [f.name for f in OBJECT_RELATIVE_FRAMES] == ["relative-object-report"]
    path = tmp_path / "which.txt"
    path.write_text("Plan\n\nThe tax plan, which critics said was unfair to renters, passed "
                    "on Tuesday.\n", encoding="utf-8")
    assert main(["extract", "--explain", str(path)]) == 0
    assert "span and kind: relative-object-report" in capsys.readouterr().out
