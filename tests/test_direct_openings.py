"""A quotation set off by dashes after a group's member named with 'including' is that
member's (bot/extraction/labels.member_dash, rule 'member-dash-quotation'); a title
opening a sentence as its subject is no quotation (direct._runs_on). Made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.labels import member_dash


@pytest.mark.parametrize(("intro", "expected"), [
    ("Several senators have said so, including the former candidate Ann Doe --", "Ann Doe"),
    ("Critics, among them Ann Doe \u2014", "Ann Doe"),
    # negative rows: no member word; a lowercase description; no dash
    ("Ann Doe --", None),
    ("Several senators have said so, including a former candidate --", None),
    ("Several senators have said so, including Ann Doe:", None),
])
def test_member_dash_rows(intro: str, expected: str | None) -> None:
    found = member_dash(intro, 0, len(intro))
    assert (found[0] if found else None) == expected


def test_the_member_says_the_dashed_quotation() -> None:
    found = after_lede("A chorus of senators has said the same thing, including the former "
                       "candidate Ann Doe -- \u201cIt is disqualifying for a nominee to hide "
                       "the returns\u201d -- and a former tax official.")
    direct = [s for s in found if s.kind == "direct"]
    assert [(s.speaker, s.trace["span"]) for s in direct] == [
        ("Ann Doe", "quotation-as-sentence + member-dash-quotation")]


@pytest.mark.parametrize(("paragraph", "kinds"), [
    # a title opening the sentence as its subject is no statement
    ("\u201cRiver of Tears (Part Two)\u201d was written by Ann Doe after the flood.", []),
    # negative rows: words said, used as the subject (her statement, the quotation and
    # the clause it runs on to); a quotation with its cue
    ("\u201cThe council is alleging that her calls to the crowd were a threat to the "
     "town\u201d were never proven, Ann Doe said.", [("partial", "Ann Doe")]),
    ("\u201cWe will rebuild the bridge,\u201d Ann Doe said.", [("direct", "Ann Doe")]),
])
def test_title_as_subject(paragraph: str, kinds: list[tuple[str, str]]) -> None:
    assert [(s.kind, s.speaker) for s in after_lede(paragraph)] == kinds
