"""A second report of the same speaker, a participle after the first
(bot/extraction/participle_reports.py): table-driven rows with negative rows. All
sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import LEDE, after_lede

from bot.article import parse_article
from bot.cli import main
from bot.extraction import extract
from bot.extraction.participle_reports import PARTICIPLE_FRAMES


def statements(paragraph: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.quote) for s in after_lede(paragraph)
            if s.kind != "direct"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # participle-after-report: the first content ends before ', adding'
    ("Jane Roe said the valuations of drug makers were overblown, adding that the firm "
     "had significant upside.",
     [("Jane Roe", "said", "the valuations of drug makers were overblown"),
      ("Jane Roe", "adding", "the firm had significant upside")]),
    ("The company said it would not file its annual statement in time, warning that it "
     "could default on some of its debt.",
     [("The company", "said", "it would not file its annual statement in time"),
      ("The company", "warning", "it could default on some of its debt")]),
    ("Jane Roe refused to speculate on the vote, adding that she would be away that week.",
     [("Jane Roe", "refused", "to speculate on the vote"),
      ("Jane Roe", "adding", "she would be away that week")]),
    # joined by 'but' or 'and' without a comma
    ("Jane Roe spoke at length, acknowledging that the mayor had tapped into a vein but "
     "warning that his style would cost him.",
     [("Jane Roe", "acknowledging", "that the mayor had tapped into a vein"),
      ("Jane Roe", "warning", "his style would cost him")]),
    # beside a quotation: the quotation's speaker goes on
    ('"We will protect the value of our investment," Jane Roe said, adding that the vice '
     "chairman joined the board on Monday.",
     [("Jane Roe", "adding", "the vice chairman joined the board on Monday")]),
    # negative rows: 'adding' a number; no 'that' or colon after it
    ("Jane Roe said the plant grew last year, adding 200 jobs in the county.",
     [("Jane Roe", "said", "the plant grew last year, adding 200 jobs in the county")]),
    ("Jane Roe said the storm was coming, warning signs were up along the coast.",
     [("Jane Roe", "said", "the storm was coming, warning signs were up along the coast")]),
])
def test_participle_report_rows(paragraph: str,
                                expected: list[tuple[str | None, str | None, str]]) -> None:
    assert statements(paragraph) == expected


def test_no_report_before_no_participle_statement() -> None:
    article = parse_article(f"{LEDE}\n\nThe factory grew fast last year, adding that the "
                            "plant would double in size.", title="T")
    assert not [s for s in extract(article).statements
                if "participle-" in s.trace["span"]]


def test_participle_frames_are_named_and_explained(tmp_path, capsys) -> None:
    assert [f.name for f in PARTICIPLE_FRAMES] == ["participle-after-report"]
    path = tmp_path / "adding.txt"
    path.write_text("Roe\n\nJane Roe said the valuations were overblown, adding that the "
                    "firm had significant upside.\n", encoding="utf-8")
    assert main(["extract", "--explain", str(path)]) == 0
    assert "span and kind: participle-after-report" in capsys.readouterr().out
