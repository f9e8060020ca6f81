"""Rendering a SearchOutcome as Telegram HTML, plain text (CLI) or JSON.

Every string from an article or a user is escaped with html.escape; only tags
Telegram supports are used (b, i, a, blockquote).
"""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from typing import Any

from bot.cues import LABELS, cue_kind
from bot.models import Hit, SearchOutcome, StoredStatement

# Telegram's limit for one message.
TELEGRAM_MAX_CHARS = 4096
# Longest quote (in characters) shown before a card is shortened to fit.
QUOTE_MAX_CHARS = 1200
# Context is shown (for partial and reported statements) up to this share of the quote budget.
CONTEXT_SHARE = 0.5
# When one card alone is too long, its quote is cut to these lengths in turn.
SHRINK_QUOTE_CHARS = (800, 400, 200, 100, 40)
# Names, titles and sources longer than this are cut (they come from article text).
META_MAX_CHARS = 160
# Links longer than this are left out rather than cut (a cut link would be wrong).
URL_MAX_CHARS = 600
# Other outlets named under a quote that several articles reported.
ALSO_MAX = 5
ELLIPSIS = "…"
NO_DATE = "date not stated"
NO_SPEAKER = "Unattributed"
NOTHING_FOUND = "Nothing found."
KIND_LABEL = {"partial": "partial quote: only the words in marks are verbatim",
              "indirect": "reported speech, not verbatim"}
OPEN_MARK, CLOSE_MARK = "“", "”"


def render_html(outcome: SearchOutcome, *, max_chars: int = TELEGRAM_MAX_CHARS) -> str:
    if not outcome.hits:
        return _fit_escaped(outcome.notice or NOTHING_FOUND, max_chars)
    hits = outcome.hits
    attempts = [(n, QUOTE_MAX_CHARS) for n in range(len(hits), 0, -1)]
    attempts += [(1, budget) for budget in SHRINK_QUOTE_CHARS]
    for count, budget in attempts:
        cards = [_html_card(hit, budget) for hit in hits[:count]]
        page = "\n\n".join([*cards, *_more_line(outcome, count)])
        if len(page) <= max_chars:
            return page
    return _fit_escaped(cut(_text_card(hits[0], SHRINK_QUOTE_CHARS[-1]), max_chars), max_chars)


def render_text(outcome: SearchOutcome) -> str:
    if not outcome.hits:
        return outcome.notice or NOTHING_FOUND
    cards = [_text_card(hit, QUOTE_MAX_CHARS) for hit in outcome.hits]
    return "\n\n".join([*cards, *_more_line(outcome, len(outcome.hits))])


def outcome_to_json(outcome: SearchOutcome) -> dict[str, Any]:
    return {
        "query": outcome.query,
        "total": outcome.total,
        "offset": outcome.offset,
        "notice": outcome.notice,
        "results": [_hit_json(hit) for hit in outcome.hits],
    }


def _hit_json(hit: Hit) -> dict[str, Any]:
    s = hit.statement
    return {
        "statement_id": s.id,
        "speaker": s.speaker,
        "speaker_title": s.speaker_title,
        "quote": s.quote,
        "display": s.display or _quoted(s, len(s.quote) + 2),
        "kind": s.kind,
        "cue": s.cue,
        "said_on": s.said_on.isoformat() if s.said_on else None,
        "said_from": s.said_from.isoformat() if s.said_from else None,
        "said_to": s.said_to.isoformat() if s.said_to else None,
        "source": s.source,
        "published": s.published.isoformat() if s.published else None,
        "url": s.url,
        "score": hit.score,
    }


def _html_card(hit: Hit, budget: int) -> str:
    s = hit.statement
    lines = [f"<blockquote>{html.escape(_quoted(s, budget))}</blockquote>"]
    context = _context(s, budget)
    if context:
        lines.append(f"<i>{html.escape(context)}</i>")
    if kind_label(s):
        lines.append(f"<i>{html.escape(kind_label(s) or '')}</i>")
    speaker = f"— <b>{html.escape(cut(s.speaker or NO_SPEAKER, META_MAX_CHARS))}</b>"
    if s.speaker_title:
        speaker += ", " + html.escape(cut(s.speaker_title, META_MAX_CHARS))
    lines.append(speaker)
    lines.append(html.escape(_said_line(s)))
    source = html.escape(_source_name(s))
    if s.url and len(s.url) <= URL_MAX_CHARS and s.url.startswith(("http://", "https://")):
        source = f'<a href="{html.escape(s.url, quote=True)}">{source}</a>'
    lines.append(f"Source: {source}{html.escape(_published(s))}")
    lines += [html.escape(line) for line in also_reported(hit)]
    return "\n".join(lines)


def _text_card(hit: Hit, budget: int) -> str:
    s = hit.statement
    lines = [_quoted(s, budget)]
    context = _context(s, budget)
    if context:
        lines.append(f"  ({context})")
    if kind_label(s):
        lines.append(f"  ({kind_label(s)})")
    speaker = f"— {cut(s.speaker or NO_SPEAKER, META_MAX_CHARS)}"
    if s.speaker_title:
        speaker += ", " + cut(s.speaker_title, META_MAX_CHARS)
    lines += [speaker, _said_line(s), f"Source: {_source_name(s)}{_published(s)}"]
    lines += also_reported(hit)
    if s.url:
        lines.append(s.url)
    return "\n".join(lines)


def also_reported(hit: Hit) -> list[str]:
    """'Also reported by: …' when search grouped the same quote from other outlets."""
    others = [name for name in hit.sources[1:] if name]
    if not others:
        return []
    shown = ", ".join(cut(name, META_MAX_CHARS) for name in others[:ALSO_MAX])
    more = f" and {len(others) - ALSO_MAX} more" if len(others) > ALSO_MAX else ""
    return [f"Also reported by: {shown}{more}"]


def _quoted(s: StoredStatement, budget: int) -> str:
    """The statement as the article has it (StoredStatement.display, see
    bot.extraction.display), cut to the budget with its marks kept balanced.
    Statements stored before displays existed fall back to their quote."""
    if s.display:
        return cut_quoted(s.display, budget)
    quote = cut(s.quote.strip().rstrip(",;: "), budget)
    return f"“{quote}”" if s.kind == "direct" else quote


def cut_quoted(shown: str, budget: int) -> str:
    """shown cut to budget; a quotation the cut leaves open is closed after the ellipsis."""
    short = cut(shown, budget)
    if short != shown and short.count(OPEN_MARK) > short.count(CLOSE_MARK):
        short = cut(shown, budget - 1) + CLOSE_MARK
    return short


def kind_label(s: StoredStatement) -> str | None:
    """'reported speech, not verbatim' (or belief, finding, position, by its cue) /
    'partial quote ...' / None for a full quotation."""
    if s.kind == "indirect":
        return cue_label(s.cue)
    return KIND_LABEL.get(s.kind)


def cue_label(cue: str | None) -> str:
    return LABELS[cue_kind(cue)]


def _context(s: StoredStatement, budget: int) -> str | None:
    """The paragraph around an old partial or reported statement that has no display
    (a display already holds the clause with its verb); a full quote needs none."""
    if s.display or s.kind == "direct" or not s.context.strip():
        return None
    if s.context.strip() == s.quote.strip():
        return None
    return cut(" ".join(s.context.split()), int(budget * CONTEXT_SHARE))


def _said_line(s: StoredStatement) -> str:
    """When it was said: the day, the stated period, or the publication date as the
    latest it can have been ('by Feb 13, 2025, date not stated')."""
    said = f"Said: {when_said(s)}"
    if s.channel:
        said += f", on {cut(s.channel, META_MAX_CHARS)}"
    return said


def when_said(s: StoredStatement) -> str:
    if s.said_on:
        return _day(s.said_on)
    if s.said_from and s.said_to:
        return _period(s.said_from, s.said_to)
    if s.published:
        return f"by {_day(s.published)} ({NO_DATE})"
    return NO_DATE


def _period(first: date, last: date) -> str:
    """'in Aug 2016' for a whole month, else 'between Oct 3 and Oct 9, 2016'."""
    if first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month:
        return f"in {first:%b} {first.year}"
    if first.year == last.year:
        return f"between {first:%b} {first.day} and {_day(last)}"
    return f"between {_day(first)} and {_day(last)}"


def _source_name(s: StoredStatement) -> str:
    return cut(s.source or s.article_title, META_MAX_CHARS)


def _published(s: StoredStatement) -> str:
    return f", published {_day(s.published)}" if s.published else ""


def _more_line(outcome: SearchOutcome, shown: int) -> list[str]:
    more = outcome.total - outcome.offset - shown
    if more <= 0:
        return []
    return [f"{more} more result{'s' if more != 1 else ''}."]


def _day(value: date | datetime) -> str:
    """'Feb 12, 2025': month as a word, so day and month are never confused."""
    return f"{value:%b} {value.day}, {value.year}"


def cut(text: str, limit: int) -> str:
    """Text shortened to at most `limit` characters, at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:max(limit, 0)]
    head = text[: limit - len(ELLIPSIS)]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip() + ELLIPSIS


def _fit_escaped(text: str, max_chars: int) -> str:
    """Escaped text no longer than max_chars, cut before escaping (never inside an entity)."""
    low, high = 0, min(len(text), max_chars)
    while low < high:  # the longest cut whose escaped form fits
        middle = (low + high + 1) // 2
        if len(html.escape(cut(text, middle))) <= max_chars:
            low = middle
        else:
            high = middle - 1
    return html.escape(cut(text, low))
