"""The fidelity checks on card text of bench/fidelity.py (issue 11), row by row on
made-up sentences: each check flags what it should and leaves correct cards alone.
Speaker names, titles and duplicate records: tests/test_fidelity_names.py."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from fidelity_checks import (  # noqa: E402
    ArticleText,
    after_published,
    not_verbatim,
    reporter_words,
    without_cue,
)
from fidelity_marks import balanced, quotation_regions  # noqa: E402

ARTICLE = (
    "Headline about the harbour plan\n\n"
    "“The harbour will not be sold as part of any settlement,” Mayor Ana Ruiz said on "
    "Monday. “Instead, the council must find other money.”\n\n"
    "Ruiz told reporters the budget was “a mess” and blamed the previous council.\n\n"
    "\"We tried everything,\" said Tom Baker, a council member. \"Nothing worked...\"\n\n"
    "''It is a good day,'' the mayor added.\n\n"
    "“The first paragraph of a long quotation goes on\n\n"
    "“and the second paragraph ends it,” she said.\n\n"
    "The council, critics said, had spent the money on consultants."
)
TEXT = ArticleText(ARTICLE)

VERBATIM_ROWS = [
    # (card text, not verbatim?)
    ("“The harbour will not be sold as part of any settlement,”", False),
    ("“The harbour will not be sold as part of any settlement.”", False),  # edge punctuation
    ("“The harbour will not be sold as part of any settlement,” Mayor Ana Ruiz said on "
     "Monday. “Instead, the council must find other money.”", False),  # as the article has it
    ("“The harbour will not be sold as part of any settlement … Instead, the council must "
     "find other money.”", False),  # joined with an ellipsis
    ("“The harbour will not be sold as part of any settlement, Instead, the council must "
     "find other money.”", True),  # an invented comma join
    ("“The harbour will not be sold as part of a settlement.”", True),  # a changed word
    ("“Instead, the council must find other money … The harbour will not be sold”", True),
    ("“We tried everything,” said Tom Baker", False),  # straight marks in the article
    ("“Nothing worked...”", False),
    ("“It is a good day”", False),  # the NYT's '' marks
    ("“The first paragraph of a long quotation goes on and the second paragraph ends it”",
     False),  # a quotation over two paragraphs, joined
    ("“The first paragraph of a long quotation goes on …", False),  # cut off
    ("Reported: Ruiz told reporters the budget was “a mess” and blamed the previous "
     "council", False),  # a label, the article's words and marks
    ("Ruiz told reporters the budget was a disaster", True),
    ("Ruiz told reporters “a mess”", True),  # parts shown adjacent that are not
]


@pytest.mark.parametrize(("display", "expected"), VERBATIM_ROWS)
def test_not_verbatim(display: str, expected: bool) -> None:
    assert not_verbatim(display, TEXT) is expected


REPORTER_ROWS = [
    ("“The harbour will not be sold as part of any settlement,”", []),
    ("“a mess”", []),
    ("“and the second paragraph ends it”", []),  # inside a quotation over two paragraphs
    ("“The council, critics said, had spent the money on consultants.”",
     ["The council, critics said, had spent the money on consultants."]),
    ("“The harbour will not be sold,” Mayor Ana Ruiz said", []),  # attribution outside marks
    ("“Mayor Ana Ruiz said on Monday”", ["Mayor Ana Ruiz said on Monday"]),
    ("“blamed the previous council”", ["blamed the previous council"]),
    ("“nowhere in the article”", []),  # not found: not_verbatim's business
]


@pytest.mark.parametrize(("display", "expected"), REPORTER_ROWS)
def test_reporter_words_in_marks(display: str, expected: list[str]) -> None:
    assert [" ".join(w.split()) for w in reporter_words(display, TEXT)] == [
        " ".join(w.split()) for w in expected]


def test_quotation_regions_pair_per_paragraph() -> None:
    # an unclosed quotation runs to its paragraph's end; a stray closing mark opening
    # no quotation is ignored; straight and doubled-apostrophe marks pair by shape
    text = "He said “one” and “two\n\nthree” then \"four\" and ''five''."
    assert [text[r.start:r.end] for r in quotation_regions(text)] == [
        "“one”", "“two", "\"four\"", "''five''"]


def test_typed_closing_mark_opens_a_paragraph() -> None:
    text = "Intro.\n\n”We will win.” ― A Voter\n\nMore."
    assert [text[r.start:r.end] for r in quotation_regions(text)] == ["”We will win.”"]


BALANCE_ROWS = [
    ("“We will win,” she said. “Then we rest.”", True),
    ("“We will win … then we rest.”", True),
    ("She said the plan was “a mess” and “a waste”", True),
    ("“We will win", False),
    ("We will win”", False),
    ("“We will “win”", False),
    ("“First paragraph\n“second paragraph.”", True),  # the news convention
    ("\"straight marks\" pair too", True),
    ("no marks at all", True),
    ("“We will win“", False),  # the card's glyphs count as drawn
    ("”We will win.”", False),
]


@pytest.mark.parametrize(("display", "expected"), BALANCE_ROWS)
def test_balanced_marks(display: str, expected: bool) -> None:
    assert balanced(display) is expected


CUE_ROWS = [
    ("Ruiz told reporters the budget was a mess", "told", False),
    ("Reported: RUIZ TOLD reporters the budget was a mess", "told", False),
    ("Ruiz went on to discuss the budget", "went on", False),
    ("the budget was a mess", "told", True),
    ("the budget was a mess", None, True),
    ("Ruiz foretold a mess", "told", True),  # whole words only
    ("Ruiz: The budget is a mess", ":", False),  # a headline's punctuation cue, shown
    ("The budget is a mess", ":", True),
]


@pytest.mark.parametrize(("display", "cue", "expected"), CUE_ROWS)
def test_indirect_without_cue(display: str, cue: str | None, expected: bool) -> None:
    assert without_cue(display, cue) is expected


DATE_ROWS = [
    (date(2016, 9, 12), None, date(2016, 9, 12), None),
    (date(2016, 9, 13), None, date(2016, 9, 12), date(2016, 9, 13)),
    (None, date(2016, 9, 20), date(2016, 9, 12), date(2016, 9, 20)),
    (None, date(2016, 9, 1), date(2016, 9, 12), None),
    (date(2016, 9, 13), None, None, None),  # no publication date: nothing to compare
]


@pytest.mark.parametrize(("said_on", "said_from", "published", "expected"), DATE_ROWS)
def test_said_after_published(said_on: date | None, said_from: date | None,
                              published: date | None, expected: date | None) -> None:
    assert after_published(said_on, said_from, published) == expected



def test_bench_json_keys_and_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    import fidelity

    doc = {"doc_id": "made-up-1", "title": "Harbour plan", "date": "2020-03-02",
           "text": ARTICLE.split("\n\n", 1)[1]}
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    assert fidelity.main([str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out)[:9] == ["statements", "not_verbatim", "reporter_words_in_marks",
                             "indirect_without_cue", "unbalanced_marks", "bad_speaker",
                             "bad_title", "duplicate_speakers", "said_after_published"]
    assert out["statements"] >= 1
    monkeypatch.setattr(fidelity, "DEFAULT_INPUTS", [tmp_path / "missing.jsonl"])
    assert fidelity.main([]) == 2
    assert "missing.jsonl" in capsys.readouterr().err
