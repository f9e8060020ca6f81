"""Prediction lines for the extraction scorer: one JSON-able dict per document.

Input docs: {"doc_id", "text", optional "title", "date"}. Output lines:
{"doc_id", "statements": [{"speaker", "quote", "direct", "kind", "said_on", "said_from",
"said_to"}]}: an undated statement's window (`said_from`..`said_to`, ISO dates or null)
stands beside `said_on` (null then).
A document that cannot be parsed yields no statements, never an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date

from bot.article import ArticleError, parse_article
from bot.extraction import extract
from bot.extraction.quotes import quoted_fraction
from bot.models import Statement

log = logging.getLogger(__name__)

# A statement whose content is at least this share verbatim counts as a direct
# quote (the PolNeAR gold definition: quoted_fraction >= 0.8).
DIRECT_FRACTION = 0.8


def _published(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def statements_for(doc: dict) -> list[dict]:
    """The statements of one document in prediction-line form."""
    try:
        article = parse_article(str(doc.get("text") or ""),
                                title=str(doc.get("title") or doc.get("doc_id") or "untitled"),
                                published=_published(doc.get("date")))
        statements = extract(article).statements
    except ArticleError:
        return []
    except Exception:  # one bad document must not stop a batch run
        log.exception("extraction failed for %s", doc.get("doc_id"))
        return []
    return [{"speaker": prediction_speaker(s), "quote": s.quote, "direct": prediction_direct(s),
             "kind": s.kind, "said_on": _iso(s.said_on), "said_from": _iso(s.said_from),
             "said_to": _iso(s.said_to)}
            for s in statements]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def prediction_speaker(st: Statement) -> str | None:
    """The speaker as the bot stores it: the canonical name, nothing added.

    The article's own mention ("the senator") stays in Statement.speaker_mention; it is
    not appended here, because the scorer would credit its words even where the
    canonical name is wrong.
    """
    return st.speaker


def prediction_direct(st: Statement) -> bool:
    return st.kind == "direct" or quoted_fraction(st.quote) >= DIRECT_FRACTION


def predictions_for(docs: Iterable[dict]) -> Iterator[dict]:
    """One prediction line per input document, in input order."""
    for doc in docs:
        yield {"doc_id": doc.get("doc_id"), "statements": statements_for(doc)}
