"""bot.cards: compact group cards, inline pieces, records, summaries; escaped and bounded."""

from __future__ import annotations

import html
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram_html import message_text

from bot.cards import (
    GROUP_MAX_CHARS,
    INLINE_DESCRIPTION_CHARS,
    INLINE_TITLE_CHARS,
    context_card,
    group_card,
    inline_description,
    inline_title,
    load_summary,
    sources_text,
    statement_record,
    stats_text,
)
from bot.ingest import LoadReport
from bot.models import (
    Article,
    ArticleSummary,
    Hit,
    LoadResult,
    SearchOutcome,
    Statement,
    StoredStatement,
    StoreStats,
)
from bot.store import StatementContext

NASTY = "<b>&amp; \"quoted\" </blockquote> & <script>"


def statement(**changes: object) -> StoredStatement:
    values: dict[str, object] = {
        "id": 7, "article_id": 1, "speaker": "Pete Hegseth", "speaker_title": "Secretary",
        "kind": "partial", "quote": "should not be provided through NATO membership",
        "context": "Hegseth said guarantees should not be provided through NATO membership.",
        "said_on": date(2025, 2, 12), "source": "Xinhua", "url": "https://example.com/a?b=1&c=2",
        "published": datetime(2025, 2, 13), "article_title": "Defense chief rules out NATO",
    }
    values.update(changes)
    return StoredStatement.model_validate(values)


def outcome(s: StoredStatement, total: int = 3) -> SearchOutcome:
    return SearchOutcome(query="q", hits=[Hit(statement=s, score=1.0)], total=total)


def check(markup: str, limit: int = 4096) -> str:
    """Valid Telegram HTML (the fake server's checker) within `limit` characters."""
    assert len(markup) <= limit
    return message_text({"text": markup, "parse_mode": "HTML"})


def test_group_card_is_compact_with_folded_context() -> None:
    card = group_card(outcome(statement()))
    assert "<blockquote expandable>" in card
    text = check(card, GROUP_MAX_CHARS)
    assert "Pete Hegseth" in text and "Feb 12, 2025" in text and "Result 1 of 3" in text
    assert 'href="https://example.com/a?b=1&amp;c=2"' in card
    long = group_card(outcome(statement(quote="word " * 2000, context="ctx " * 2000)))
    check(long, GROUP_MAX_CHARS)
    assert "Nothing found" in group_card(SearchOutcome(query="q"))


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1, max_size=3000), st.text(max_size=300))
def test_cards_escape_anything(quote: str, name: str) -> None:
    s = statement(quote=quote, context=quote + NASTY, speaker=name or None,
                  article_title=name or "t", source=NASTY)
    check(group_card(outcome(s)), GROUP_MAX_CHARS)
    ctx = StatementContext(s.id, NASTY + name, quote * 3)
    check(statement_record(s, ctx, "https://t.me/Bot?start=s_7"))
    check(context_card(ctx))
    assert len(inline_title(s)) <= INLINE_TITLE_CHARS
    assert len(inline_description(s)) <= INLINE_DESCRIPTION_CHARS


def test_record_has_everything() -> None:
    ctx = StatementContext(7, "Defense chief rules out NATO", "The whole paragraph.")
    record = check(statement_record(statement(), ctx, "https://t.me/Bot?start=s_7"))
    for part in ("NATO membership", "Pete Hegseth", "Secretary", "Feb 12, 2025", "Xinhua",
                 "Article: Defense chief", "The whole paragraph.", "Statement #7",
                 "partial quote"):
        assert part in record


def report(created: bool = True) -> LoadReport:
    article = Article(title=NASTY, source="Wire & Co", text="x", paragraphs=[],
                      content_hash="h", published=datetime(2025, 3, 3))
    said = [Statement(speaker=f"Speaker {i}", kind="direct", quote=f"Quote {i} <&>",
                      context="c", spans=[(0, 1)]) for i in range(12)]
    result = LoadResult(article_id=4, title=NASTY, created=created, statement_count=12)
    return LoadReport(result, article, said)


def test_load_summary() -> None:
    text = check(load_summary(report()))
    assert "Statements: 12" in text and "Mar 3, 2025" in text and "Wire & Co" in text
    assert "and 2 more" in text and "Quote 0 <&>" in text and "Quote 3" not in text
    assert "Already stored" in check(load_summary(report(created=False)))


def test_sources_and_stats() -> None:
    rows = [ArticleSummary(id=i, title=NASTY, source=None, statement_count=i) for i in range(10)]
    text = check(sources_text(rows, 1, 3))
    assert "#9" in text and "/sources 2" in text
    assert "No articles" in sources_text([], 1, 1)
    assert "no page 5" in sources_text([], 5, 1)
    stats = StoreStats(articles=2, statements=9, speakers=4, last_load=datetime(2025, 1, 2))
    assert "Articles: 2" in check(stats_text(stats)) and "Jan 2, 2025" in stats_text(stats)


def test_other_outlets_are_named() -> None:
    hit = Hit(statement=statement(), score=1.0,
              sources=["Xinhua", "Reuters", "A & B", *[f"Outlet {i}" for i in range(6)]])
    card = group_card(SearchOutcome(query="q", hits=[hit], total=1))
    text = check(card, GROUP_MAX_CHARS)
    assert "Also reported by: Reuters, A & B, Outlet 0" in text and "and 3 more" in text
    from bot.render import render_html, render_text

    one = SearchOutcome(query="q", hits=[hit], total=1)
    assert "Also reported by: Reuters" in check(render_html(one))
    assert "Also reported by: Reuters" in render_text(one)
    alone = Hit(statement=statement(), score=1.0, sources=["Xinhua"])
    assert "Also reported" not in group_card(SearchOutcome(query="q", hits=[alone], total=1))


@pytest.mark.parametrize(("kind", "cue", "tag"), [
    ("direct", "said", "• Roe: “Taxes must fall”"),
    ("indirect", "said", "• Roe (reported): Roe said taxes must fall"),
    ("indirect", "thinks", "• Roe (belief): Roe thinks taxes must fall"),
    ("partial", "called", "• Roe (partial quote): Roe called it “a must”"),
])
def test_load_summary_says_how_each_first_statement_was_made(
        kind: str, cue: str, tag: str) -> None:
    display = tag.split(": ", 1)[1]
    said = [Statement(speaker="Roe", kind=kind, quote="q", context="c", spans=[(0, 1)],
                      cue=cue, display=display)]
    article = Article(title="T", text="x", paragraphs=[], content_hash="h")
    result = LoadResult(article_id=1, title="T", created=True, statement_count=1)
    assert html.unescape(load_summary(LoadReport(result, article, said))).endswith(tag)
