"""Telegram HTML for everything but the private answer card (bot.render.render_html).

Compact group cards, inline result pieces, the full statement record behind a deep
link, the Context view, the load summary, /sources and /stats. Pure functions; every
text from an article or a user is escaped, every result fits Telegram's 4096 characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.cues import cue_kind
from bot.ingest import LoadReport
from bot.models import ArticleSummary, SearchOutcome, StoredStatement, StoreStats
from bot.render import (
    META_MAX_CHARS,
    NO_SPEAKER,
    NOTHING_FOUND,
    TELEGRAM_MAX_CHARS,
    URL_MAX_CHARS,
    _day,
    _fit_escaped,
    _quoted,
    _said_line,
    _source_name,
    also_reported,
    cut,
    cut_quoted,
    kind_label,
    when_said,
)
from bot.store import StatementContext

# Group cards are short: the quote is cut to this, context folds away.
GROUP_QUOTE_CHARS = 400
GROUP_CONTEXT_CHARS = 600
GROUP_MAX_CHARS = 1500
INLINE_TITLE_CHARS = 100
INLINE_DESCRIPTION_CHARS = 120
RECORD_QUOTE_CHARS = (2500, 1200, 600, 200)
SUMMARY_STATEMENTS = 3
SUMMARY_QUOTE_CHARS = 200
SUMMARY_SPEAKERS = 10
# How an inline result's title says a statement is not a full quotation.
INLINE_KIND = {"partial": ", partial quote", "indirect": ", reported"}
INLINE_CUE_KIND = {"belief": ", belief", "finding": ", finding", "position": ", position",
                   "unsaid": ", not said"}


def speaker_line(s: StoredStatement) -> str:
    line = f"— <b>{escape(cut(s.speaker or NO_SPEAKER, META_MAX_CHARS))}</b>"
    if s.speaker_title:
        line += ", " + escape(cut(s.speaker_title, META_MAX_CHARS))
    return line


def source_line(s: StoredStatement) -> str:
    source = escape(_source_name(s))
    if s.url and len(s.url) <= URL_MAX_CHARS and s.url.startswith(("http://", "https://")):
        source = f'<a href="{escape(s.url, quote=True)}">{source}</a>'
    published = f", published {_day(s.published)}" if s.published else ""
    return f"Source: {source}{escape(published)}"


def position_line(outcome: SearchOutcome) -> str:
    return f"Result {outcome.offset + 1} of {outcome.total}"


def group_card(outcome: SearchOutcome) -> str:
    """The first hit, compact: short quote, one speaker/date line, context folded away."""
    if not outcome.hits:
        return _fit_escaped(outcome.notice or NOTHING_FOUND, GROUP_MAX_CHARS)
    s = outcome.hits[0].statement
    lines = [f"<blockquote>{escape(_quoted(s, GROUP_QUOTE_CHARS))}</blockquote>",
             speaker_line(s), escape(_said_line(s)), source_line(s)]
    if kind_label(s):
        lines.insert(1, f"<i>{escape(kind_label(s) or '')}</i>")
    lines += [escape(line) for line in also_reported(outcome.hits[0])]
    context = " ".join(s.context.split())
    if context and context != s.quote.strip():
        folded = escape(cut(context, GROUP_CONTEXT_CHARS))
        lines.insert(1, f"<blockquote expandable>{folded}</blockquote>")
    if outcome.total > 1:
        lines.append(position_line(outcome))
    return "\n".join(lines)


def inline_title(s: StoredStatement) -> str:
    """'Pete Hegseth, reported — Feb 12, 2025': who, how and when, one line."""
    how = INLINE_KIND.get(s.kind, "")
    if s.kind == "indirect":
        how = INLINE_CUE_KIND.get(cue_kind(s.cue), how)
    return cut(f"{s.speaker or NO_SPEAKER}{how} — {when_said(s)}", INLINE_TITLE_CHARS)


def inline_description(s: StoredStatement) -> str:
    return _quoted(s, INLINE_DESCRIPTION_CHARS)


def statement_record(
    s: StoredStatement, context: StatementContext | None, link: str | None = None
) -> str:
    """The full record of one statement (deep links, inline results)."""
    for budget in RECORD_QUOTE_CHARS:
        lines = [f"<blockquote>{escape(_quoted(s, budget))}</blockquote>", speaker_line(s),
                 escape(_said_line(s))]
        if kind_label(s):
            lines.append(f"<i>{escape(kind_label(s) or '')}</i>")
        lines.append(source_line(s))
        lines.append(f"Article: {escape(cut(s.article_title, META_MAX_CHARS * 2))}")
        if context is not None and context.paragraph:
            paragraph = escape(cut(context.paragraph, budget))
            lines.append(f"<blockquote expandable>{paragraph}</blockquote>")
        if link:
            lines.append(f'<a href="{escape(link, quote=True)}">Statement #{s.id}</a>')
        text = "\n".join(lines)
        if len(text) <= TELEGRAM_MAX_CHARS:
            return text
    speaker = cut(s.speaker or NO_SPEAKER, META_MAX_CHARS)
    return f"{escape(_quoted(s, RECORD_QUOTE_CHARS[-1]))} — {escape(speaker)}"


def context_card(context: StatementContext) -> str:
    """The Context view: the article title and the whole paragraph around the quote."""
    title = f"<b>{escape(cut(context.article_title, META_MAX_CHARS * 2))}</b>\n"
    room = TELEGRAM_MAX_CHARS - len(title) - len("<blockquote></blockquote>")
    return f"{title}<blockquote>{_fit_escaped(context.paragraph, room)}</blockquote>"


def load_summary(report: LoadReport) -> str:
    article, result = report.article, report.result
    title = escape(cut(result.title, META_MAX_CHARS * 2))
    if report.duplicate:
        return (f"Already stored: <b>{title}</b> (article #{result.article_id}, "
                f"{result.statement_count} statements). Nothing was added.")
    speakers = sorted({s.speaker for s in report.statements if s.speaker})
    shown = ", ".join(cut(name, META_MAX_CHARS) for name in speakers[:SUMMARY_SPEAKERS])
    if len(speakers) > SUMMARY_SPEAKERS:
        shown += f" and {len(speakers) - SUMMARY_SPEAKERS} more"
    day = article.published or article.dateline_date
    lines = [
        f"Loaded <b>{title}</b> as article #{result.article_id}.",
        f"Source: {escape(cut(article.source or 'not stated', META_MAX_CHARS))}",
        f"Date: {_day(day) if day else 'not stated'}",
        f"Statements: {result.statement_count}",
        f"Speakers: {escape(shown) if shown else 'none named'}",
    ]
    if article.url and len(article.url) <= URL_MAX_CHARS:
        lines.insert(2, f"Link: {escape(article.url)}")
    firsts = [f"• {escape(cut(s.speaker or NO_SPEAKER, META_MAX_CHARS))}"
              f"{escape(_summary_kind(s.kind, s.cue))}: "
              f"{escape(_quoted_plain(s.display, s.quote, s.kind))}"
              for s in report.statements[:SUMMARY_STATEMENTS]]
    if firsts:
        lines += ["", "First statements:", *firsts]
    return "\n".join(lines)


def _summary_kind(kind: str, cue: str | None) -> str:
    """' (reported)', ' (belief)', ' (partial quote)' or '' for a full quotation."""
    if kind == "indirect":
        return f" ({INLINE_CUE_KIND.get(cue_kind(cue), INLINE_KIND['indirect'])[2:]})"
    return f" ({INLINE_KIND[kind][2:]})" if kind in INLINE_KIND else ""


def _quoted_plain(display: str, quote: str, kind: str) -> str:
    if display:
        return cut_quoted(display, SUMMARY_QUOTE_CHARS)
    text = cut(" ".join(quote.split()), SUMMARY_QUOTE_CHARS)
    return f"“{text}”" if kind == "direct" else text


def sources_text(articles: Sequence[ArticleSummary], page: int, pages: int) -> str:
    if not articles:
        return "No articles stored yet." if page == 1 else f"There is no page {page}."
    lines = [f"<b>Stored articles</b> (page {page} of {pages})", ""]
    for a in articles:
        day = f", {_day(a.published)}" if a.published else ""
        source = escape(cut(a.source or "source not stated", META_MAX_CHARS))
        lines.append(f"#{a.id} <b>{escape(cut(a.title, META_MAX_CHARS))}</b>\n"
                     f"    {source}{day} · {a.statement_count} statements")
    if page < pages:
        lines += ["", f"/sources {page + 1} for more."]
    return "\n".join(lines)


def stats_text(stats: StoreStats) -> str:
    last = _day(stats.last_load) if stats.last_load else "never"
    return (f"<b>On Record</b>\nArticles: {stats.articles}\nStatements: {stats.statements}\n"
            f"Speakers: {stats.speakers}\nLast load: {last}")


def forget_question(article: ArticleSummary) -> str:
    title = escape(cut(article.title, META_MAX_CHARS))
    return (f"Forget article #{article.id} <b>{title}</b> and its "
            f"{article.statement_count} statements? This cannot be undone.")
