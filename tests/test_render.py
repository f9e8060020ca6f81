"""Rendering: escaping, Telegram's length limit, notices, plain text and JSON."""

from __future__ import annotations

import html
import re
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.models import Hit, SearchOutcome, StoredStatement
from bot.render import cut, outcome_to_json, render_html, render_text

ALLOWED_TAGS = {"b", "i", "a", "blockquote", "code", "pre", "u", "s"}


def statement(**fields: object) -> StoredStatement:
    values: dict = {
        "id": 7,
        "article_id": 1,
        "speaker": "Pete Hegseth",
        "speaker_title": "U.S. Secretary of Defense",
        "kind": "direct",
        "quote": "NATO membership is not realistic.",
        "context": '"NATO membership is not realistic," Hegseth said.',
        "said_on": date(2025, 2, 12),
        "source": "Xinhua",
        "published": datetime(2025, 2, 13, 10, 14),
        "url": "https://example.test/a?x=1&y=2",
        "article_title": "Defense chief rules out NATO",
    }
    values.update(fields)
    return StoredStatement(**values)


def outcome(
    *statements: StoredStatement, total: int | None = None, offset: int = 0
) -> SearchOutcome:
    hits = [Hit(statement=s, score=0.9) for s in statements]
    return SearchOutcome(
        query="q", hits=hits, total=len(hits) if total is None else total, offset=offset
    )


def tags(markup: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([a-zA-Z]+)", markup)}


def assert_wellformed(markup: str) -> None:
    """Only allowed tags, balanced; every & starts an entity."""
    assert tags(markup) <= ALLOWED_TAGS
    for tag in tags(markup):
        assert len(re.findall(f"<{tag}[ >]", markup)) == markup.count(f"</{tag}>")
    assert not re.search(r"&(?!(?:amp|lt|gt|quot|#x?[0-9a-fA-F]+);)", markup)


def test_card_has_quote_speaker_dates_source_and_link() -> None:
    markup = render_html(outcome(statement()))
    assert "<blockquote>“NATO membership is not realistic.”</blockquote>" in markup
    assert "<b>Pete Hegseth</b>, U.S. Secretary of Defense" in markup
    assert "Said: Feb 12, 2025" in markup and "published Feb 13, 2025" in markup
    assert '<a href="https://example.test/a?x=1&amp;y=2">Xinhua</a>' in markup
    assert_wellformed(markup)


def test_article_markup_is_escaped() -> None:
    nasty = statement(
        speaker="<b>Bold</b> & Co",
        speaker_title='<a href="javascript:alert(1)">x</a>',
        quote="Use <script>alert(1)</script> & <b>tags</b>",
        kind="partial",
        context="He said <i>this</i> & that",
        source="<Source & Sons>",
        channel="<X>",
        url='https://e.test/"><b>boom</b>',
    )
    markup = render_html(outcome(nasty))
    assert "&lt;script&gt;" in markup and "&lt;b&gt;tags&lt;/b&gt;" in markup
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in markup
    assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" in markup
    assert "&lt;Source &amp; Sons&gt;" in markup
    assert 'href="https://e.test/&quot;&gt;&lt;b&gt;boom&lt;/b&gt;"' in markup
    assert "<script>" not in markup
    assert_wellformed(markup)


def test_non_http_link_is_left_out() -> None:
    markup = render_html(outcome(statement(url="javascript:alert(1)")))
    assert "<a " not in markup and "Xinhua" in markup


def test_missing_date_and_more_results() -> None:
    markup = render_html(outcome(statement(said_on=None, published=None), total=4))
    assert "date not stated" in markup and "published" not in markup
    assert "3 more results." in markup
    assert "1 more result." in render_html(outcome(statement(), total=3, offset=1))


def test_indirect_statement_is_labelled_with_context() -> None:
    reported = statement(
        kind="indirect",
        quote="ruled out NATO membership",
        context="Hegseth ruled out NATO membership.",
    )
    markup = render_html(outcome(reported))
    assert "<i>reported speech, not verbatim</i>" in markup
    assert "<i>Hegseth ruled out" in markup
    assert "“" not in markup


DISPLAYS = [
    # (kind, display, a line the plain-text card must show)
    ("direct", "“A negotiated settlement,” Hegseth said. “Instead, troops.”",
     "“A negotiated settlement,” Hegseth said. “Instead, troops.”"),
    ("indirect", "Hegseth on Wednesday ruled out NATO membership",
     "Hegseth on Wednesday ruled out NATO membership"),
    ("partial", "the secretary called it an “unrealistic objective” on Wednesday",
     "the secretary called it an “unrealistic objective” on Wednesday"),
]


@pytest.mark.parametrize(("kind", "display", "line"), DISPLAYS)
def test_cards_show_the_display_on_every_surface(kind: str, display: str, line: str) -> None:
    s = statement(kind=kind, display=display, quote="ignored when a display exists")
    assert line in render_text(outcome(s)).splitlines()
    assert html.escape(line) in render_html(outcome(s))
    assert outcome_to_json(outcome(s))["results"][0]["display"] == display
    assert "ignored" not in render_text(outcome(s))


def test_reported_speech_is_labelled_on_the_text_card() -> None:
    s = statement(kind="indirect", display="Trump refused to release his tax returns")
    lines = render_text(outcome(s)).splitlines()
    assert lines[0] == "Trump refused to release his tax returns"
    assert lines[1] == "  (reported speech, not verbatim)"


@pytest.mark.parametrize("budget", [10, 25, 40])
def test_a_cut_quotation_keeps_its_marks_balanced(budget: int) -> None:
    from bot.render import cut_quoted
    short = cut_quoted("“One two three four five six seven eight nine ten.”", budget)
    assert len(short) <= budget and short.startswith("“") and short.endswith("…”")


@pytest.mark.parametrize(("fields", "said"), [
    ({"said_on": date(2016, 8, 4)}, "Said: Aug 4, 2016"),
    ({"said_on": None, "said_from": date(2016, 8, 1), "said_to": date(2016, 8, 31)},
     "Said: in Aug 2016"),
    ({"said_on": None, "said_from": date(2016, 9, 26), "said_to": date(2016, 10, 2)},
     "Said: between Sep 26 and Oct 2, 2016"),
    ({"said_on": None}, "Said: by Feb 13, 2025 (date not stated)"),
    ({"said_on": None, "published": None}, "Said: date not stated"),
])
def test_said_line_gives_the_day_the_period_or_the_bound(fields: dict, said: str) -> None:
    assert said in render_text(outcome(statement(**fields))).splitlines()


def test_partial_statement_keeps_its_own_quotation_marks_only() -> None:
    partial = statement(
        kind="partial",
        quote='called it an "unrealistic objective"',
        context='The secretary called it an "unrealistic objective" on Wednesday.',
    )
    text = render_text(outcome(partial))
    assert 'called it an "unrealistic objective"' in text
    assert "“" not in text


@pytest.mark.parametrize("max_chars", [4096, 1000, 300])
def test_giant_quotes_fit_the_limit(max_chars: int) -> None:
    giant = statement(quote="& <war> " * 3000, context="<ctx> & " * 3000, kind="partial")
    markup = render_html(outcome(giant, giant, giant, total=10), max_chars=max_chars)
    assert len(markup) <= max_chars
    assert "…" in markup
    assert_wellformed(markup)


def test_several_hits_drop_to_fit_and_count_as_more() -> None:
    long = statement(quote="word " * 700)
    markup = render_html(outcome(long, long, long, long, long))
    assert len(markup) <= 4096 and markup.count("<blockquote>") < 5
    assert "more result" in markup


def test_no_hits_shows_escaped_notice() -> None:
    empty = SearchOutcome(query="x", notice="No statement by <Zelensky> & co found.")
    assert render_html(empty) == "No statement by &lt;Zelensky&gt; &amp; co found."
    assert render_text(empty) == "No statement by <Zelensky> & co found."
    assert render_html(SearchOutcome(query="x", notice="&" * 5000)).endswith("&amp;…")
    assert len(render_html(SearchOutcome(query="x", notice="&" * 5000))) <= 4096
    assert outcome_to_json(empty)["results"] == []


def test_plain_text_card() -> None:
    text = render_text(outcome(statement(channel="Truth Social"), total=2))
    assert "“NATO membership is not realistic.”" in text
    assert "— Pete Hegseth, U.S. Secretary of Defense" in text
    assert "Said: Feb 12, 2025, on Truth Social" in text
    assert "https://example.test/a?x=1&y=2" in text and "1 more result." in text


def test_json_shape() -> None:
    data = outcome_to_json(outcome(statement(said_on=None)))
    assert data["query"] == "q"
    assert data["results"] == [
        {
            "statement_id": 7,
            "speaker": "Pete Hegseth",
            "speaker_title": "U.S. Secretary of Defense",
            "quote": "NATO membership is not realistic.",
            "display": "“NATO membership is not realistic.”",
            "kind": "direct",
            "cue": None,
            "said_on": None,
            "said_from": None,
            "said_to": None,
            "source": "Xinhua",
            "published": "2025-02-13T10:14:00",
            "url": "https://example.test/a?x=1&y=2",
            "score": 0.9,
        }
    ]


@given(text=st.text(max_size=500), limit=st.integers(min_value=0, max_value=600))
def test_cut_never_exceeds(text: str, limit: int) -> None:
    assert len(cut(text, limit)) <= max(limit, 0)


@given(
    quote=st.text(min_size=1, max_size=6000), max_chars=st.integers(min_value=50, max_value=4096)
)
def test_render_html_always_fits(quote: str, max_chars: int) -> None:
    markup = render_html(
        outcome(statement(quote=quote, kind="partial", context=quote)), max_chars=max_chars
    )
    assert len(markup) <= max_chars
    assert_wellformed(markup)
    assert html.unescape(markup)  # parses


@pytest.mark.parametrize(("cue", "label"), [
    ("said", "reported speech, not verbatim"),
    ("ruled out", "reported speech, not verbatim"),
    ("warned", "reported speech, not verbatim"),
    ("thinks", "reported belief, not a quotation"),
    ("knew", "reported belief, not a quotation"),
    ("found", "reported finding, not a quotation"),
    ("saw", "reported finding, not a quotation"),
    ("refused", "reported position, not verbatim"),
    ("decided", "reported position, not verbatim"),
    (None, "reported speech, not verbatim"),
])
def test_a_belief_or_finding_is_never_labelled_as_speech(cue: str | None, label: str) -> None:
    s = statement(kind="indirect", cue=cue, display=f"Roe {cue or 'x'} the plan works")
    lines = render_text(outcome(s)).splitlines()
    assert lines[1] == f"  ({label})"
    assert f"<i>{label}</i>" in render_html(outcome(s))
