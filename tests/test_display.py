"""What a card shows: the article's characters between the marks, the cue kept,
marks balanced. Table-driven over made-up articles, with rows that must not pass."""

from __future__ import annotations

import re

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.display import balanced, clause_display, direct_display, regions

HEAD = "A headline for the test\n\n"


def displays(body: str) -> list[tuple[str, str]]:
    article = parse_article(HEAD + body, title="A headline for the test")
    return [(s.kind, s.display) for s in extract(article).statements]


def quoted_parts(shown: str) -> list[str]:
    return [part for inside in re.findall(r"“([^”]*)”", shown) for part in inside.split(" … ")]


ROWS = [
    # (article body, kind, the card's text)
    ('"The plan is not realistic," Jane Roe said. "Instead, we need a new one."',
     "direct", "“The plan is not realistic,” Jane Roe said. “Instead, we need a new one.”"),
    ("'' Paying no tax makes me smart,'' Jane Roe said at the hearing on Tuesday.",
     "direct", "“Paying no tax makes me smart”"),
    ("Jane Roe on Tuesday ruled out any tax increase for the middle class this year.",
     "indirect", "Jane Roe on Tuesday ruled out any tax increase for the middle class this year"),
    ('The senator called it an "unrealistic objective" that taxes could fall this year.',
     "partial", "The senator called it an “unrealistic objective” that taxes could fall this year"),
    ("Jane Roe refused to release her tax returns before the vote in the state senate.",
     "indirect", "Jane Roe refused to release her tax returns before the vote in the state senate"),
]


@pytest.mark.parametrize(("body", "kind", "shown"), ROWS)
def test_card_text_is_the_articles(body: str, kind: str, shown: str) -> None:
    found = displays(body)
    assert (kind, shown) in found, found
    for part in quoted_parts(shown):
        assert part.rstrip("…") in body or part.rstrip("…") in body.replace("''", "")
    assert balanced(shown)


def test_an_invented_comma_join_never_appears() -> None:
    body = '"The plan is not realistic," Jane Roe said. "Instead, we need a new one."'
    shown = " ".join(text for _, text in displays(body))
    assert "realistic, Instead" not in shown


def test_far_apart_parts_are_joined_with_a_visible_ellipsis() -> None:
    text = (HEAD + '"We will win," Jane Roe said on a long and winding stage in the '
            'rain that kept falling all through the evening. "Nobody doubts it."')
    article = parse_article(text, title="A headline for the test")
    quoted = regions(article)
    spans = [(r.start, r.end) for r in quoted]
    assert direct_display(text, spans, quoted) == "“We will win, … Nobody doubts it.”"


def test_reporter_words_before_a_quotation_stay_outside_the_marks() -> None:
    text = HEAD + 'A cashier who asked "not to be named" said so on Tuesday.'
    article = parse_article(text, title="A headline for the test")
    quoted = regions(article)
    start = text.index("A cashier")
    assert direct_display(text, [(start, text.index(" said"))], quoted) == "“not to be named”"


@pytest.mark.parametrize(("shown", "ok"), [
    ("“a” b “c”", True), ("plain words", True), ("“a “b” c”", False), ("“a", False),
    ("a”", False),
])
def test_balanced(shown: str, ok: bool) -> None:
    assert balanced(shown) is ok


def test_a_clause_cutting_into_a_quotation_is_widened_to_its_marks() -> None:
    text = HEAD + 'Roe called it an "unrealistic objective" that taxes fall.'
    article = parse_article(text, title="A headline for the test")
    cut_in = text.index("objective")
    shown = clause_display(text, (cut_in, text.index(" that") + 11), regions(article))
    assert shown.startswith("“unrealistic objective”") and balanced(shown)
