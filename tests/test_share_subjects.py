"""A share of people as the subject of a speech cue (bot/extraction/share_subjects.py):
table-driven rows per rule, negative rows included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.cli import main
from bot.extraction.share_subjects import SHARE_SUBJECT_RULES, share_subject


def reported(paragraph: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.quote, s.trace["span"]) for s in after_lede(paragraph)
            if s.kind != "direct" and s.cue]


@pytest.mark.parametrize(("before", "cue", "expected"), [
    # share-in-ten-subject: 'N in 10', 'N out of 10', qualified, with 'who' or a noun
    ("Most voters were worried, and more than 4 in 10 ", "said",
     ("more than 4 in 10", "share-in-ten-subject")),
    ("Life would be worse, while nine in 10 ", "said", ("nine in 10", "share-in-ten-subject")),
    ("Six in 10 ", "say", ("Six in 10", "share-in-ten-subject")),
    ("Half wanted an outsider, compared with four in 10 who ", "said",
     ("four in 10", "share-in-ten-subject")),
    ("Nearly nine out of 10 ", "say", ("Nearly nine out of 10", "share-in-ten-subject")),
    ("Three in 10 also ", "told", ("Three in 10", "share-in-ten-subject")),
    # share-percent-subject: a percentage after a link or preposition, or with 'who'
    ("Most had a good view of Roe, compared with 64 percent who ", "say",
     ("64 percent", "share-percent-subject")),
    ("Half said yes, while 38 percent of Republicans ", "said",
     ("38 percent of Republicans", "share-percent-subject")),
    ("a drop from 76 percent who ", "said", ("76 percent", "share-percent-subject")),
    # negative rows: a belief or finding is never read as said
    ("Life would be worse, while nine in 10 ", "believe", None),
    ("Most were worried, and more than 4 in 10 ", "found", None),
    # negative rows: no link before a percentage; a year is no share; a word run in
    ("Sales rose 5 percent ", "said", None),
    ("The plan set up in 2010 ", "said", None),
    ("Roe won ten in 10", "said", None),  # no space before the cue: not at a cue
    ("The committee ", "said", None),
])
def test_share_subject_rows(before: str, cue: str, expected: tuple[str, str] | None) -> None:
    text = before + cue
    found = share_subject(text, 0, len(before), cue)
    assert (found[0::2] if found else None) == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the second report of a poll's sentence is a statement of its own, unattributed
    # (a share is no person); the first ends before the second's subject
    ("Most voters said the economy was weak, and more than 4 in 10 said the governor "
     "would handle it best.",
     [("Most voters", "the economy was weak", "subject-cue-content"),
      (None, "the governor would handle it best",
       "subject-cue-content + share-in-ten-subject")]),
    ("Almost half said they wanted an outsider as nominee, compared with four in 10 who "
     "said they preferred someone with experience.",
     [(None, "they wanted an outsider as nominee", "subject-cue-content"),
      (None, "they preferred someone with experience",
       "subject-cue-content + share-in-ten-subject")]),
    ("Six in 10 say the mayor is at least somewhat decisive.",
     [(None, "the mayor is at least somewhat decisive",
       "subject-cue-content + share-in-ten-subject")]),
    ("Most voters had a good view of Roe, compared with 64 percent who say the same of "
     "Doe.",
     [(None, "the same of Doe", "subject-cue-content + share-percent-subject")]),
    # negative row: a named subject is read by the noun-phrase rules as before
    ("The mayor said the plan would cost too much, while Jane Roe said she would vote "
     "for it anyway.",
     [("The mayor", "the plan would cost too much", "subject-cue-content"),
      ("Jane Roe", "she would vote for it anyway", "subject-cue-content")]),
])
def test_share_statement_rows(paragraph: str,
                              expected: list[tuple[str | None, str, str]]) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    # a share's belief or finding is never read by these rules
    "Most voters liked the new plan, while nine in 10 believe the system favors the rich.",
    "Most voters liked the new plan, and more than 4 in 10 found the costs too high.",
    # no link before a percentage
    "The company's sales rose 5 percent said nothing about the year ahead of them.",
])
def test_no_share_statement_rows(paragraph: str) -> None:
    assert [r for r in reported(paragraph) if "share-" in r[2]] == []


def test_share_rules_are_named_documented_and_explained(tmp_path, capsys) -> None:
    names = [rule.name for rule in SHARE_SUBJECT_RULES]
    assert names == ["share-in-ten-subject", "share-percent-subject"]
    path = tmp_path / "poll.txt"
    path.write_text("Poll\n\nMost voters said the economy was weak, and more than 4 in 10 "
                    "said the governor would handle it best.\n", encoding="utf-8")
    assert main(["extract", "--explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "span and kind: subject-cue-content + share-in-ten-subject" in out
