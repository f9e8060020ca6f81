"""What someone spoke or talked about (bot/extraction/topic_reports.py): one row per
frame, negative rows included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede, rules_in

from bot.extraction.topic_reports import TOPIC_REPORT_RULES

FRAMES = {name for name, _ in TOPIC_REPORT_RULES}


def topics(paragraph: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker, cue, quote, kind) of each statement a topic frame chose."""
    return [(s.speaker, s.cue, s.quote, s.kind) for s in after_lede(paragraph)
            if rules_in(s, FRAMES)]


@pytest.mark.parametrize(("paragraph", "found"), [
    # spoke-about-topic: words between the verb and 'about'; the topic to the clause's end
    ("Roe spoke at the county fair on Tuesday about the rights of mill workers.",
     [("Jane Roe", "spoke", "the rights of mill workers", "indirect")]),
    ("Roe talks about a new deal for the county, but the council is divided.",
     [("Jane Roe", "talks", "a new deal for the county", "indirect")]),
    ("Roe talked about the risk to the mill, she did not mention the jobs.",
     [("Jane Roe", "talked", "the risk to the mill", "indirect")]),
    # a topic holding a quotation is a partial quotation, its closing mark kept
    ('Roe talked about "a fresh start for the mill," and the crowd cheered.',
     [("Jane Roe", "talked", '"a fresh start for the mill,"', "partial")]),
    # spoke-of-topic: right after the verb or an -ly adverb
    ("Roe spoke warmly of her years at the mill in Macon.",
     [("Jane Roe", "spoke", "her years at the mill in Macon", "indirect")]),
    # the topic ends before a later statement and the 'and' joining it
    ("Roe wept as she spoke of her faith in the county and urged voters to stay home.",
     [("Jane Roe", "spoke", "her faith in the county", "indirect")]),
    # participle-topic-subject: a participle after the main clause's comma
    ("Roe offered a defense of the city at the debate, speaking movingly of the flood of 1993.",
     [("Jane Roe", "speaking", "the flood of 1993", "indirect")]),
    # negative row: not after a quotation (its attribution speaks)
    ('"We will not attend," an aide said, speaking of the fair in the county seat.', []),
    # negative rows: a number ('about 30 minutes'); a negation; a modal (not said yet);
    # a subject after a preposition ('Nobody in', 'like'); an owner's 's ('talk' a
    # noun); a participle after a noun 'of' it; a free relative; words between the verb
    # and 'of'
    ("Roe spoke for about 30 minutes and took questions from the crowd.", []),
    ("Roe has never spoken about her years at the mill in Macon.", []),
    ("Roe will talk about the rights of mill workers on Tuesday.", []),
    ("Nobody in the county is talking about closing the old mill.", []),
    ("Doe runs the county and like Roe has spoken about the rights of mill workers.", []),
    ("Roe's talk about the rights of mill workers drew a large crowd.", []),
    ("A video of Roe talking about the rights of mill workers went viral.", []),
    ("What Roe talks about most is that she worked at the mill.", []),
    ("Roe spoke on behalf of the workers of the old mill.", []),
    # a request for anonymity is no statement (anonymity.py)
    ("The aide spoke on condition of anonymity about the rights of mill workers.", []),
])
def test_topic_frames(paragraph: str, found: list[tuple[str, str, str, str]]) -> None:
    assert topics(paragraph) == found


def test_topic_frames_named() -> None:
    assert [name for name, _ in TOPIC_REPORT_RULES] == ["spoke-about-topic", "spoke-of-topic"]
