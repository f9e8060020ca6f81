"""The Telegram HTML of a push: an article's statements a chat follows, as cards.

Pure. The cards keep the fidelity rules of every card (bot.render: the statement as the
article has it, Statement.display, with its kind labelled); the source is named once,
as the statements all come from one article. Fits Telegram's 4096 characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.cards import source_line, speaker_line
from bot.models import StoredStatement
from bot.render import META_MAX_CHARS, TELEGRAM_MAX_CHARS, _quoted, _said_line, cut, kind_label

# Statements shown in one push (the button opens the rest of the record).
MAX_PUSH_STATEMENTS = 5
# Quote lengths tried, longest first, until the message fits.
PUSH_QUOTE_CHARS = (1200, 600, 300, 150)
HEADER = "🔔 <b>New on record</b>"


def push_card(statements: Sequence[StoredStatement]) -> str:
    """One message for one article: a card per statement (at most MAX_PUSH_STATEMENTS),
    then the source and the article's title."""
    shown = list(statements[:MAX_PUSH_STATEMENTS])
    if not shown:
        return HEADER
    first = shown[0]
    more = len(statements) - len(shown)
    for budget in PUSH_QUOTE_CHARS:
        parts = [HEADER, *(_card(s, budget) for s in shown)]
        if more:
            parts.append(f"… and {more} more from this article.")
        parts.append(source_line(first) + "\n"
                     + f"Article: {escape(cut(first.article_title, META_MAX_CHARS * 2))}")
        text = "\n\n".join(parts)
        if len(text) <= TELEGRAM_MAX_CHARS:
            return text
    return f"{HEADER}\n\n{_card(first, PUSH_QUOTE_CHARS[-1])}"


def _card(s: StoredStatement, budget: int) -> str:
    lines = [f"<blockquote>{escape(_quoted(s, budget))}</blockquote>", speaker_line(s),
             escape(_said_line(s))]
    label = kind_label(s)
    if label:
        lines.append(f"<i>{escape(label)}</i>")
    return "\n".join(lines)
