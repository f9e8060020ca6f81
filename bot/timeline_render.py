"""A timeline as plain text (CLI), JSON (`onrecord timeline --json`) and Telegram HTML pages.

Each entry is one line of date and source, then the statement as its card shows it
(bot.render: the article's own characters, Statement.display, cut with marks balanced).

JSON (a stable contract): {"speakers": [...], "topic": str | null, "notice": str | null,
"entries": [{"n", "statement_id", "statement_ids", "date", "date_basis" ('said', 'period',
'published'), "speaker", "speaker_title", "display", "kind", "cue", "sources",
"reported_by", "url", "changed": null | {"earlier", "earlier_statement_id", "was", "now"}}]}
"""

from __future__ import annotations

from html import escape
from typing import Any

from bot.render import META_MAX_CHARS, TELEGRAM_MAX_CHARS, URL_MAX_CHARS, _quoted, cut, when_said
from bot.timeline import Entry, Timeline

TEXT_QUOTE_CHARS = 300
PAGE_QUOTE_CHARS = 220
PAGE_SIZE = 8


def title(timeline: Timeline) -> str:
    who = " / ".join(timeline.speakers)
    return f"{who} on {timeline.topic}" if timeline.topic else who


def entry_line(entry: Entry) -> str:
    """'3. Feb 12, 2025 · Xinhua, reported by 2 · changed? see #1'."""
    line = f"{entry.number}. {when_said(entry.statement)} · {cut(entry.sources[0], 60)}"
    if entry.reported_by > 1:
        line += f", reported by {entry.reported_by}"
    return line


def changed_text(entry: Entry) -> str | None:
    c = entry.changed
    if c is None:
        return None
    return f"changed? see #{c.earlier} (“{c.was}” then “{c.now}”)"


def render_timeline_text(timeline: Timeline) -> str:
    if not timeline.entries:
        return timeline.notice or "Nothing found."
    lines = [f"{title(timeline)}: {len(timeline.entries)} statements, in the order said", ""]
    for entry in timeline.entries:
        lines.append(entry_line(entry))
        lines.append("   " + _quoted(entry.statement, TEXT_QUOTE_CHARS))
        changed = changed_text(entry)
        if changed:
            lines.append("   " + changed)
    return "\n".join(lines)


def timeline_json(timeline: Timeline) -> dict[str, Any]:
    return {"speakers": timeline.speakers, "topic": timeline.topic,
            "notice": timeline.notice, "entries": [_entry_json(e) for e in timeline.entries]}


def _entry_json(entry: Entry) -> dict[str, Any]:
    s, c = entry.statement, entry.changed
    return {
        "n": entry.number, "statement_id": s.id, "statement_ids": entry.statement_ids,
        "date": entry.day.isoformat() if entry.day else None, "date_basis": entry.basis,
        "speaker": s.speaker, "speaker_title": s.speaker_title,
        "display": s.display or s.quote, "kind": s.kind, "cue": s.cue,
        "sources": entry.sources, "reported_by": entry.reported_by, "url": s.url,
        "changed": None if c is None else {
            "earlier": c.earlier, "earlier_statement_id": c.statement_id,
            "was": c.was, "now": c.now},
    }


def timeline_page_html(timeline: Timeline, page: int, link: Any) -> str:
    """Page `page` (0-based) as Telegram HTML; `link(statement_id)` is the deep link to a
    statement's full record (the 'changed?' flag points at the earlier one)."""
    if not timeline.entries:
        return escape(timeline.notice or "Nothing found.")
    shown = timeline.entries[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    pages = (len(timeline.entries) + PAGE_SIZE - 1) // PAGE_SIZE
    for budget in (PAGE_QUOTE_CHARS, 120, 60):
        lines = [f"<b>{escape(cut(title(timeline), META_MAX_CHARS * 2))}</b> — "
                 f"{len(timeline.entries)} statements, in the order said "
                 f"(page {page + 1} of {pages})"]
        lines += [_entry_html(e, budget, link) for e in shown]
        text = "\n\n".join(lines)
        if len(text) <= TELEGRAM_MAX_CHARS:
            return text
    return text  # eight entries of 60 characters always fit


def _entry_html(entry: Entry, budget: int, link: Any) -> str:
    s = entry.statement
    source = escape(cut(entry.sources[0], META_MAX_CHARS))
    if s.url and len(s.url) <= URL_MAX_CHARS and s.url.startswith(("http://", "https://")):
        source = f'<a href="{escape(s.url, quote=True)}">{source}</a>'
    head = f"<b>{entry.number}.</b> {escape(when_said(s))} · {source}"
    if entry.reported_by > 1:
        head += f", reported by {entry.reported_by}"
    lines = [head, escape(_quoted(s, budget))]
    c = entry.changed
    if c is not None:
        earlier = f'<a href="{escape(link(c.statement_id), quote=True)}">#{c.earlier}</a>'
        lines.append(f"⚠️ <i>changed?</i> see {earlier} "
                     f"(“{escape(c.was)}” then “{escape(c.now)}”)")
    return "\n".join(lines)
