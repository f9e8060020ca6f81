"""parse_article: layouts, metadata precedence, errors, and never another exception."""

from __future__ import annotations

import contextlib
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.article import ArticleError, content_hash, parse_article

BODY = "First paragraph with enough words in it.\n\nSecond paragraph also has words."


@pytest.mark.parametrize(
    ("text", "title", "source", "published", "place", "dl_date"),
    [
        ("Headline here\n\n(Reuters) 10:14, February 13, 2025\n\n"
         "LONDON, Feb. 12 (Reuters) -- " + BODY,
         "Headline here", "Reuters", datetime(2025, 2, 13, 10, 14), "LONDON", date(2025, 2, 12)),
        ("Headline here\n\nBy Jane Doe, AP, February 13, 2025\n\nNEW YORK (AP) — " + BODY,
         "Headline here", "AP", datetime(2025, 2, 13), "NEW YORK", None),
        ("# A Markdown title\n\nSource: **Example News**\nDate: 2025-02-13\nURL: http://x.y/z\n\n"
         + BODY, "A Markdown title", "Example News", datetime(2025, 2, 13), None, None),
        ("Headline\n\nXinhua) 09:00, January 2, 2025\n\nBEIJING, Dec. 31 (Xinhua) -- " + BODY,
         "Headline", "Xinhua", datetime(2025, 1, 2, 9, 0), "BEIJING", date(2024, 12, 31)),
        ("Plain headline\n\n" + BODY, "Plain headline", None, None, None, None),
    ],
)
def test_layouts(text, title, source, published, place, dl_date) -> None:
    art = parse_article(text)
    assert (art.title, art.source, art.published) == (title, source, published)
    assert (art.dateline_place, art.dateline_date) == (place, dl_date)
    assert art.text == text
    for p in art.paragraphs:
        assert text[p.start:p.end] == p.text


def test_paragraph_offsets_and_hash() -> None:
    text = "Title\n\n" + BODY + "\n"
    art = parse_article(text)
    assert [p.text for p in art.paragraphs] == BODY.split("\n\n")
    assert art.content_hash == content_hash("  Title \n\n" + BODY)


def test_caller_metadata_wins() -> None:
    text = "# Title\n\nSource: Text Source\nDate: 2025-02-13\n\n" + BODY
    art = parse_article(text, source="Caller", url="http://c", published=date(2025, 1, 1),
                        title="Caller title")
    assert (art.source, art.url, art.title) == ("Caller", "http://c", "Caller title")
    assert art.published == datetime(2025, 1, 1)


def test_title_given_keeps_prose_first_paragraph() -> None:
    text = "This first paragraph is plain prose without any headline at all.\n\n" + BODY
    art = parse_article(text, title="Given")
    assert art.title == "Given"
    assert art.paragraphs[0].text.startswith("This first paragraph")


@pytest.mark.parametrize(
    ("text", "kwargs", "message"),
    [
        ("", {}, "empty"),
        ("   \n\t ", {}, "empty"),
        ("\x00\x01\x02binary\x03\x04 data\x05\x06", {}, "binary"),
        ("Only a headline", {}, "body"),
        ("Title\n\nshort", {}, "body"),
        ("A long prose paragraph that goes on and on and on, with many words in it, far "
         "too many for any headline that a news desk would ever write, so it is prose and "
         "there is certainly no headline anywhere in this text at all, none whatsoever.",
         {}, "headline"),
    ],
)
def test_errors(text: str, kwargs: dict, message: str) -> None:
    with pytest.raises(ArticleError) as err:
        parse_article(text, **kwargs)
    assert message in str(err.value).lower()
    assert "\n" not in str(err.value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=400))
def test_parse_raises_only_article_error(text: str) -> None:
    with contextlib.suppress(ArticleError):
        parse_article(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet='ab “”"\'.,:—-( )A\nSaid said he Hegseth', max_size=80),
                min_size=1, max_size=6))
def test_parse_structured_noise(blocks: list[str]) -> None:
    with contextlib.suppress(ArticleError):
        parse_article("\n\n".join(blocks), title="T")
