"""The push message (bot/push_cards.py): the article's own characters, escaped, at most
MAX_PUSH_STATEMENTS cards, always within Telegram's 4096 characters."""

from __future__ import annotations

from datetime import UTC, date, datetime

from telegram_html import message_text

from bot.models import StoredStatement
from bot.push_cards import MAX_PUSH_STATEMENTS, push_card


def statement(n: int, display: str, kind: str = "direct") -> StoredStatement:
    return StoredStatement(
        id=n, article_id=1, speaker_id=1, speaker="Pete Hegseth",
        speaker_title="U.S. Secretary of Defense", kind=kind, quote=display, context=display,
        display=display, cue="said", said_on=date(2025, 2, 12), source="Xinhua <wire>",
        published=datetime(2025, 2, 13, tzinfo=UTC), url="https://x.test/a?b=1&c=2",
        article_title="Hegseth & NATO")


def test_one_card_per_statement_as_the_article_has_it() -> None:
    text = push_card([statement(1, "“NATO <membership> is not realistic”"),
                      statement(2, "Hegseth ruled out Ukraine's accession", "indirect")])
    shown = message_text({"text": text, "parse_mode": "HTML"})
    assert "“NATO <membership> is not realistic”" in shown
    assert "Hegseth ruled out Ukraine's accession" in shown and "not verbatim" in shown
    assert "Said: Feb 12, 2025" in shown and "Xinhua <wire>" in shown
    assert "Article: Hegseth & NATO" in shown


def test_many_long_statements_fit_one_message() -> None:
    long = "“" + "troops must be European and capable " * 60 + "”"
    text = push_card([statement(n, long) for n in range(12)])
    shown = message_text({"text": text, "parse_mode": "HTML"})
    assert len(shown) <= 4096
    assert shown.count("— Pete Hegseth") == MAX_PUSH_STATEMENTS
    assert f"… and {12 - MAX_PUSH_STATEMENTS} more from this article." in shown
