"""Titles in quotation marks are narration (bot/extraction/titles.py): the TITLE_FRAMES
table, one row per case with negative rows, and what the rules then read in the
sentence. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.quotes import split_sentences
from bot.extraction.titles import TITLE_FRAMES, narration_titles


def frame(sentence: str) -> str | None:
    """The frame that took the sentence's first title out of its quotations."""
    sent = split_sentences(sentence, 0, 0)[0]
    return narration_titles(sentence, sent)[1]


@pytest.mark.parametrize(("sentence", "rule"), [
    ('Roe appeared on the TV show "Shark Tank" in May.', "title-after-media-noun"),
    ('Roe said so in his 2012 book, "An American Son."', "title-after-media-noun"),
    ('Speaking on ABC\'s "This Week," Roe admitted that the plan had failed.',
     "title-after-broadcaster"),
    ("Roe told NBC’s “Today” on Monday that the plan had failed.", "title-after-broadcaster"),
    ('Roe spoke on Wednesday\'s "Evening Hour With Ina Doe."', "title-after-broadcaster"),
    ('Roe said on "Meet the Press" that the plan had failed.', "title-after-on"),
    ("“It failed,” Roe said Thursday on Fox News’s “Fox and Friends.”",
     "title-after-broadcaster"),
    ('Roe told "Fox and Friends" that the plan had failed.', "title-after-told"),
    ("The plan failed, Roe said in an interview with “Fox News Sunday.”", "title-after-told"),
    ('Doe listed an NBC show as his guilty pleasure: "Saturday Night Live."',
     "title-after-media-colon"),
    # negative rows: quotations of what someone said
    ('Roe called Doe\'s plan "a very bad deal" on Monday.', None),
    ('Doe praised Roe\'s "Get Out" rally on Monday.', None),  # no broadcaster: a name
    ('Roe\'s grant program, "states were hemorrhaging money," Doe said.', None),
    ('Roe insisted on "a fair and open vote" in May.', None),  # lower case
    ('Roe asked on "Why Not Me?" whether the plan worked.', None),  # a question
    ('Roe told the crowd: "Make America Safe Again."', None),  # no media noun
    ('Roe told "a big lie" to the crowd.', None),  # lower case
    ('Roe told "Get Out Now!" to the crowd.', None),  # an exclamation
    ('Doe praised Roe’s "Get Out" rally at the Town Hall.', None),  # 'Roe' no broadcaster
])
def test_title_frame_rows(sentence: str, rule: str | None) -> None:
    assert frame(sentence) == rule


def test_title_frames_are_named_and_unique() -> None:
    names = [name for name, _ in TITLE_FRAMES]
    assert len(names) == len(set(names)) and all(names)


def cards(paragraph: str) -> list[tuple[str, str | None, str, str]]:
    return [(s.kind, s.speaker, s.display, s.trace["span"]) for s in after_lede(paragraph)]


def test_a_title_is_never_a_quotation_and_the_sentence_reads_as_narration() -> None:
    found = cards('Speaking on ABC\'s "This Week," Roe admitted that the plan had failed.')
    assert found == [("indirect", "Jane Roe", "Roe admitted that the plan had failed",
                      "subject-cue-content + title-after-broadcaster")]


def test_a_sentence_of_a_title_and_a_quotation_keeps_the_quotation() -> None:
    found = cards('Roe said on ABC\'s "This Week" that she would "take a look" at the bill.')
    assert [(kind, display) for kind, _, display, _ in found] == [
        ("partial", "Roe said on ABC's “This Week” that she would “take a look” at the bill")]


def test_a_statement_that_only_names_the_show_is_dropped() -> None:
    found = cards('"We will win this state by a wide margin," Roe said on NBC\'s "Meet the '
                  'Press."')
    assert [(kind, display) for kind, _, display, _ in found] == [
        ("direct", "“We will win this state by a wide margin”")]
