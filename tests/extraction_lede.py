"""The made-up article the extraction table tests share: a wire lede naming Senator
Jane Roe (so 'Roe' resolves to her), then the paragraph under test."""

from __future__ import annotations

from datetime import date

from bot.article import parse_article
from bot.extraction import extract
from bot.models import Statement

LEDE = "WASHINGTON, Feb. 12 (Wire) -- Senator Jane Roe on Wednesday met her peers."


def after_lede(paragraph: str) -> list[Statement]:
    """The statements of the paragraph after LEDE (the lede itself reports nothing)."""
    article = parse_article(f"{LEDE}\n\n{paragraph}", title="T", published=date(2025, 2, 13))
    return [s for s in extract(article).statements if s.start > len(LEDE)]


def rules_in(statement: Statement, names: set[str]) -> str | None:
    """The last of `names` in the statement's span trace, or None."""
    found = [r for r in statement.trace.get("span", "").split(" + ") if r in names]
    return found[-1] if found else None


def marked_statement(*paragraphs: str, marker: str = "budget") -> Statement:
    """The first statement quoting `marker` in a made-up article of paragraphs, after a
    plain first paragraph that reports nothing."""
    text = "\n\n".join(["Officials met in the capital on Monday.", *paragraphs])
    found = [s for s in extract(parse_article(text, title="T")).statements
             if marker in s.quote]
    assert found, "no statement quotes the marker"
    return found[0]


def learned_speaker(paragraph: str, cue: str) -> tuple[str | None, str]:
    """(speaker, speaker trace) of the last statement at `cue` in a made-up article that
    names Bernie Sanders, Hillary Clinton and Dana Vogt before the paragraph."""
    text = "\n\n".join(["Officials met in the capital on Monday.",
                        "Bernie Sanders and Hillary Clinton spoke. Dana Vogt said so.",
                        paragraph])
    found = [s for s in extract(parse_article(text, title="T")).statements if s.cue == cue]
    assert found, "no statement at the cue"
    return found[-1].speaker, found[-1].trace.get("speaker", "")
