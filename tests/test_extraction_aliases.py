"""Which mentions of a speaker become their aliases (bot/extraction/alias_forms.py):
descriptions of the speaker, never a stretch of narration that names them. Made-up
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.alias_forms import usable_alias


@pytest.mark.parametrize(("mention", "name", "usable"), [
    ("Republican nominee Jane Roe", "Jane Roe", True),
    ("retired Air Force general Jane Roe", "Jane Roe", True),
    ("the Association of Flight Crews", "Association of Flight Crews", True),
    ("Rep. Jane Roe of Ohio", "Jane Roe", True),
    # negative rows: a preposition, a verb or a participle before the name
    ("a spokeswoman for Jane Roe", "Jane Roe", False),
    ("with the editorial board of the Daily Post Roe", "Jane Roe", False),
    ("The spot concludes with footage of Roe", "Jane Roe", False),
    ("a speech Roe delivered at Lakeside University", "Lakeside University", False),
    ("Thursday's walkouts were the third time ALU", "ALU", False),
])
def test_usable_alias(mention: str, name: str, usable: bool) -> None:
    assert usable_alias(mention, name) is usable


def test_narration_before_a_name_is_no_alias() -> None:
    text = ("WASHINGTON (Wire) -- Senate nominee Jane Roe said on Monday the plan will pass.\n\n"
            "In a long meeting with the editorial board of the Daily Post Roe said the tax "
            "cut was unfair.")
    extraction = extract(parse_article(text, title="T", published=date(2025, 2, 13)))
    roe = next(s for s in extraction.speakers if s.name == "Jane Roe")
    assert not any("editorial" in alias for alias in roe.aliases)
