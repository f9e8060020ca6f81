"""negations rules 'negated-cue' and 'refusal-to-speak': a cue the article negates or a
refusal to speak is stored with its negation and labelled as not said (bot.cues)."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.cues import LABELS, report_kind
from bot.extraction import extract
from bot.render import cue_label


@pytest.mark.parametrize(("cue", "kind"), [
    ("did not immediately respond", "unsaid"), ("has never said", "unsaid"),
    ("hasn’t said", "unsaid"), ("declined to comment", "unsaid"),
    ("refused to answer", "unsaid"),
    # negative rows: a negated belief, finding or position is still one; a refusal of
    # anything but speech is a position; no negation, no change
    ("did not want", "belief"), ("did not identify", "finding"),
    ("has not endorsed", "position"), ("refused to disclose", "position"),
    ("declined", "position"), ("said", "speech"), ("responded", "speech"),
])
def test_report_kind_of_a_negated_cue(cue: str, kind: str) -> None:
    assert report_kind(cue) == kind


def statement(sentence: str) -> tuple[str | None, str | None, str]:
    article = parse_article("Budget fight.\n\n" + sentence, title="Budget fight")
    found = extract(article).statements
    assert len(found) == 1
    return found[0].cue, found[0].speaker, cue_label(found[0].cue)


@pytest.mark.parametrize(("sentence", "cue", "label"), [
    ("An attorney for Senator Jane Roe did not immediately respond to requests for "
     "comment on Monday.", "did not immediately respond", LABELS["unsaid"]),
    ("Tom Poe, the county clerk, declined to comment on the lawsuit.",
     "declined to comment", LABELS["unsaid"]),
    ("Senator Jane Roe has not said when she would take up the bill.", "has not said",
     LABELS["unsaid"]),
    # negative rows: said, or 'not only' (no negation), or a refusal to act
    ("Senator Jane Roe said she would take up the bill in the spring.", "said",
     LABELS["speech"]),
    ("Senator Jane Roe not only said she would take up the bill, she wrote it.", "said",
     LABELS["speech"]),
    ("Senator Jane Roe refused to disclose her tax returns during the primary.",
     "refused", LABELS["position"]),
])
def test_negated_cue_stored_and_labelled(sentence: str, cue: str, label: str) -> None:
    found_cue, _, found_label = statement(sentence)
    assert (found_cue, found_label) == (cue, label)


def test_the_card_shows_the_negation() -> None:
    """With no subject read, the card's clause starts at the negation, not the cue (it
    showed 'respond to requests for comment')."""
    text = ("Budget fight.\n\nSenator Jane Roe's office, which drafted the bill, on Monday "
            "did not immediately respond to requests for comment.")
    found = extract(parse_article(text, title="Budget fight")).statements
    assert [s.display for s in found if s.kind == "indirect"] == [
        "did not immediately respond to requests for comment"]
