"""Honest dates (issue 11): when a statement was said comes from its own attribution,
never from a name, never after publication; a stated period is a period.

Made-up sentences only. REF is a Wednesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.date_names import date_names
from bot.extraction.when import RULES, When, date_of
from bot.models import Extraction

REF = date(2025, 2, 12)  # a Wednesday
PUBLISHED = date(2025, 2, 13)
D = date


@pytest.mark.parametrize(
    ("clause", "ref", "expected"),
    [
        # days
        ("Roe said Tuesday", REF, When(D(2025, 2, 11), rule="weekday")),
        ("Roe said on Wednesday", REF, When(D(2025, 2, 12), rule="weekday")),
        # negative: a weekday after the dateline's weekday is the previous week's
        ("Roe said Friday", REF, When(D(2025, 2, 7), rule="weekday")),
        ("Roe said last Wednesday", REF, When(D(2025, 2, 5), rule="weekday")),
        ("Roe said yesterday", REF, When(D(2025, 2, 11), rule="relative-day")),
        ("Today, Roe said", REF, When(D(2025, 2, 12), rule="relative-day")),
        ("Roe said on Feb. 3", REF, When(D(2025, 2, 3), rule="month-day")),
        ("in a Dec. 30 speech", REF, When(D(2024, 12, 30), rule="month-day")),
        ("Roe said on 3 February 2025", REF, When(D(2025, 2, 3), rule="day-month")),
        # negative: a name holding a date word is not a date
        ("Roe told USA Today on Tuesday", REF, When(D(2025, 2, 11), rule="weekday")),
        ("Roe told USA TODAY", REF, When()),
        ("Roe told NBC's Today show", REF, When()),
        ("Roe said at a Super Tuesday rally", REF, When()),
        ("Roe told ABC’s “Good Morning America” on Monday", REF,
         When(D(2025, 2, 10), rule="weekday")),
        ("Roe said on “Face the Nation”", REF, When()),
        ("Roe said on Saturday Night Live", REF, When()),
        ("Roe said Saturday night", REF, When(D(2025, 2, 8), rule="weekday")),
        ("Roe told CNN Tuesday", REF, When(D(2025, 2, 11), rule="weekday")),
        # negative: nothing after the reference date is when it was said
        ("Roe said ahead of the Nov. 1 vote", D(2025, 10, 20), When()),
        ("Roe, looking to the Nov. 1 vote, said Monday", D(2025, 10, 22),
         When(D(2025, 10, 20), rule="weekday")),
        ("Roe said she will decide next Tuesday", REF, When()),
        ("Roe said she will decide later this week", REF, When()),
        # periods: said_on stays None
        ("Roe said in August", D(2025, 9, 10),
         When(None, D(2025, 8, 1), D(2025, 8, 31), "in-month")),
        ("Roe said in August", D(2025, 8, 14),
         When(None, D(2025, 8, 1), D(2025, 8, 14), "in-month")),
        ("Roe said in December", D(2025, 1, 20),
         When(None, D(2024, 12, 1), D(2024, 12, 31), "in-month")),
        ("Roe said in early August 2023", REF,
         When(None, D(2023, 8, 1), D(2023, 8, 10), "in-month")),
        ("Roe said last August", D(2025, 8, 20),
         When(None, D(2024, 8, 1), D(2024, 8, 31), "in-month")),
        # negative: a month a few months ahead may be a plan: left unplaced
        ("Roe hopes to win in November", D(2025, 7, 1), When(rule="in-month-unplaced")),
        # negative: the dateline's date is the reference, not when it was said
        ("WASHINGTON, Feb. 12 (Wire) -- Roe told USA Today on Tuesday that", REF,
         When(D(2025, 2, 11), rule="weekday")),
        ("NEW YORK, Feb. 12 (Wire) — Roe announced", REF, When()),
        ("Roe said last week", REF, When(None, D(2025, 2, 3), D(2025, 2, 9), "last-week")),
        ("Roe said earlier this week", REF,
         When(None, D(2025, 2, 10), D(2025, 2, 12), "this-week")),
        ("Roe said over the weekend", REF,
         When(None, D(2025, 2, 8), D(2025, 2, 9), "weekend")),
        ("Roe said last month", REF, When(None, D(2025, 1, 1), D(2025, 1, 31), "last-month")),
        ("Roe said earlier this month", REF,
         When(None, D(2025, 2, 1), D(2025, 2, 12), "this-month")),
        # a day wins over a period in the same clause
        ("Roe said Tuesday, as she did last week", REF, When(D(2025, 2, 11), rule="weekday")),
        ("Roe said", REF, When()),
        ("Roe said Tuesday", None, When()),
    ],
)
def test_date_rules(clause: str, ref: date | None, expected: When) -> None:
    assert date_of(clause, ref) == expected


def test_rule_table_is_named_and_ordered() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert names.index("weekday") < names.index("last-week") < names.index("in-month")


def test_names_learnt_from_the_article() -> None:
    """'Fox News Sunday' in quotation marks elsewhere makes it a show everywhere."""
    text = "Roe appeared on “Fox News Sunday,” the show. Roe told Fox News Sunday that ..."
    names = date_names(text)
    assert "Fox News Sunday" in names
    assert date_of("Roe told Fox News Sunday", REF, names) == When()
    assert date_of("Roe told Fox News on Sunday", REF, names).said_on == D(2025, 2, 9)
    # negative: 'the Post' stands alone in the article, so 'the Post Tuesday' is a date
    assert "Post Tuesday" not in date_names("Roe told the Post Tuesday. The Post asked.")


def test_until_publication() -> None:
    assert When(D(2025, 2, 14), rule="weekday").until(D(2025, 2, 13)) == \
        When(rule="after-publication")
    assert When(None, D(2025, 2, 10), D(2025, 2, 16), "this-week").until(D(2025, 2, 13)) == \
        When(None, D(2025, 2, 10), D(2025, 2, 13), "this-week")
    assert When(D(2025, 2, 11), rule="weekday").until(None).said_on == D(2025, 2, 11)


def _article(*paragraphs: str, lede: str = "WASHINGTON, Feb. 12 (Wire) -- Senator Jane Roe "
             "met her peers.", published: date = PUBLISHED) -> Extraction:
    return extract(parse_article("\n\n".join([lede, *paragraphs]), title="T",
                                 published=published))


def test_usa_today_is_not_today() -> None:
    ex = _article("Roe told USA Today on Tuesday that the budget is too small.")
    assert [(s.said_on, s.trace["date"]) for s in ex.statements] == [(D(2025, 2, 11), "weekday")]
    ex = _article('"The budget is too small," Roe told USA Today.')
    assert [(s.said_on, s.trace["date"]) for s in ex.statements] == [(None, "none")]


def test_period_is_not_the_publication_day_and_carries() -> None:
    ex = _article('"The budget is too small," Roe said in August.',
                  '"We will fight on," Roe said.', published=D(2025, 9, 10),
                  lede="WASHINGTON (Wire) -- Senator Jane Roe met her peers.")
    assert [(s.said_on, s.said_from, s.said_to, s.trace["date"]) for s in ex.statements] == [
        (None, D(2025, 8, 1), D(2025, 8, 31), "in-month"),
        (None, D(2025, 8, 1), D(2025, 8, 31), "same-speaker-earlier")]


def test_unplaced_month_is_not_carried_over() -> None:
    """'in December' written in August: not placed, and not the earlier statement's day."""
    ex = _article('"The budget is too small," Roe said Tuesday.',
                  'When Roe first spoke of it in December, she said, "We will fight on."',
                  lede="WASHINGTON (Wire) -- Senator Jane Roe met her peers.",
                  published=D(2025, 8, 14))
    assert [(s.said_on, s.trace["date"]) for s in ex.statements] == [
        (D(2025, 8, 12), "weekday"), (None, "in-month-unplaced")]


def test_day_carries_to_the_same_speaker() -> None:
    ex = _article('"The budget is too small," Roe said Tuesday.', '"We will fight on," Roe said.')
    assert [(s.said_on, s.trace["date"]) for s in ex.statements] == [
        (D(2025, 2, 11), "weekday"), (D(2025, 2, 11), "same-speaker-earlier")]


def test_never_after_publication() -> None:
    """A dateline a day after the publication date: a day after publication is dropped."""
    ex = _article('"The budget is too small," Roe said Thursday.',
                  lede="WASHINGTON, Feb. 13 (Wire) -- Senator Jane Roe met her peers.",
                  published=D(2025, 2, 12))
    assert [(s.said_on, s.trace["date"]) for s in ex.statements] == [
        (None, "after-publication")]
    ex = _article("Roe said she will speak at the Nov. 1 rally.", published=D(2025, 10, 20),
                  lede="WASHINGTON (Wire) -- Senator Jane Roe met her peers.")
    assert [s.said_on for s in ex.statements] == [None]
