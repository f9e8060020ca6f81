"""What a cue reports (bot.cues.report_kind), and that no statement is shown whose cue
reports nothing said, held, found or decided."""

from __future__ import annotations

import json

import pytest

from bot.article import parse_article
from bot.cues import NOT_REPORTS, report_kind
from bot.extraction import extract
from bot.extraction.learned_cues import MODEL_PATH
from bot.extraction.lexicon import PARTIAL_ONLY_CUES, PHRASAL_CUES
from bot.extraction.stance import REPORTING_CUES


@pytest.mark.parametrize(("cue", "kind"), [
    ("said", "speech"), ("according to", "speech"), ("ruled out", "speech"),
    ("fired back", "speech"), ("called for", "speech"), ("criticized", "speech"),
    (":", "speech"), ("believes", "belief"), ("eager", "belief"),
    ("found", "finding"), ("saw", "finding"), ("ruled", "finding"), ("watched", "finding"),
    ("decided", "position"), ("voted", "position"), ("endorsed", "position"),
    # negative rows: actions and the writer's impressions are no report
    ("avoided", None), ("filed", None), ("seems", None), ("appeared", None),
    ("fired", None), ("went", None), ("signed", None), ("took", None), ("", None),
    (None, None),
])
def test_report_kind(cue: str | None, kind: str | None) -> None:
    assert report_kind(cue) == kind


def test_every_cue_the_extractor_may_use_is_sorted() -> None:
    """Every rule cue reports something; every word of the learned model's vocabulary
    is sorted (a kind, or NOT_REPORTS): retraining with new words forces a decision."""
    rule_cues = REPORTING_CUES | PARTIAL_ONLY_CUES
    assert sorted(w for w in rule_cues if report_kind(w) is None) == []
    assert all(report_kind(p.replace("_", " ")) for p in PHRASAL_CUES)
    vocab = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["vocab"]
    assert sorted(w for w in vocab if report_kind(w) is None and w not in NOT_REPORTS) == []
    assert sorted(w for w in NOT_REPORTS if report_kind(w)) == []


# Each of these is a statement of the cue model without report_kind's check.
@pytest.mark.parametrize("text", [
    "Governor Jane Roe had released her tax returns during the primary, when voters "
    "could still have weighed them.",
    "The mayor's aides avoided taking him to the hospital after the rally in order to "
    "\u201ckeep the details of his illness private.\u201d",
    "Senator Bill Okafor blocked the expansion of the state's public transit system for a "
    "decade.",
    "Mr. Okafor seems to have a different set of rules for his donors and for everyone else.",
    "Jane Roe was booed off the stage, and her husband was filmed leaving early to avoid "
    "angry delegates.",
    "Personal language from the governor seemed to reverberate through the hall on Sunday.",
    "The real Jane Roe showed up at the debate on Monday night in the state capital.",
])
def test_no_statement_without_a_report(text: str) -> None:
    statements = extract(parse_article(text, title="Test")).statements
    assert [(s.kind, s.cue) for s in statements] == []


@pytest.mark.parametrize(("text", "cue"), [
    ("Jane Roe said the budget plan would hurt the voters of the whole state.", "said"),
    ("Jane Roe believes the budget plan would hurt the voters of the whole state.",
     "believes"),
    ("The poll shows that most voters in the state oppose the new budget plan.", "shows"),
])
def test_reports_are_kept(text: str, cue: str) -> None:
    assert cue in [s.cue for s in extract(parse_article(text, title="Test")).statements]


# A passive says nothing of what its subject said, found or holds ('was accused of' is
# somebody else's accusation); the active and an adjective of feeling stay.
@pytest.mark.parametrize(("text", "kept"), [
    ("Neither Roe nor her aides have been charged with any crime related to the county "
     "contracts.", []),
    ("Mr. Okafor was accused of using $2 million of campaign money for personal expenses.",
     []),
    ("The county court in Springfield was viewed as friendly to developers looking to cut "
     "costs.", []),
    # the expectation is nobody's named (bot/extraction/expected.py), never Roe's
    ("Governor Jane Roe's veto is expected to come before the deadline at midnight on "
     "Friday.", [("is expected", None)]),
    ("Jane Roe accused Mr. Okafor of using campaign money for personal expenses.",
     [("accused", "Jane Roe")]),
    ("Republicans are worried that the governor's veto will come before the deadline on "
     "Friday.", [("worried", "Republicans")]),
])
def test_a_passive_is_no_report(text: str, kept: list[tuple[str, str]]) -> None:
    statements = extract(parse_article(text, title="Test")).statements
    assert [(s.cue, s.speaker) for s in statements] == kept
