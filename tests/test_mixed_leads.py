"""A quotation after a few words of narration ('Teachers "get why ...," Roe said.') is
one partial statement of the whole clause, its marks balanced, never a direct quote
whose text opens a mark it does not close; a quotation-only sentence or paragraph
after it carries it on with its own marks (run_on_quotes.may_carry_on, goes_on_from,
with_marks). Table-driven rows with negative rows. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.raw import Raw
from bot.extraction.run_on_quotes import goes_on_from, may_carry_on, quotation_only, with_marks

CLOSING = "closing-attribution"


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a lead without a cue: the whole clause, its closing mark kept
    ('Teachers "get why the union endorsed her," Roe said.',
     [("Jane Roe", 'Teachers "get why the union endorsed her,"', "partial", CLOSING)]),
    ("Ms. Doe is ''not a backslapper,'' Roe said.",
     [("Jane Roe", "Ms. Doe is ''not a backslapper,''", "partial", CLOSING)]),
    # a quotation inside the quotation closes just before the mark: ',’”'
    ('The event “was not as simple as, ‘He is the ringleader,’” Roe said.',
     [("Jane Roe", "The event “was not as simple as, ‘He is the ringleader,’”", "partial",
       CLOSING)]),
    # the next quotation-only sentence carries it on, with its marks
    ('Teachers "get why the union endorsed her," Roe said. "That is clear to all."',
     [("Jane Roe", 'Teachers "get why the union endorsed her," "That is clear to all."',
       "partial", f"{CLOSING} + continued-quotation")]),
    # a paragraph that is only a quotation goes on with it, with its marks
    ('Teachers "get why the union endorsed her," Roe said.\n\n"That is clear to all."',
     [("Jane Roe", 'Teachers "get why the union endorsed her," "That is clear to all."',
       "partial", f"{CLOSING} + quote-only-paragraph-goes-on")]),
    # negative row: narration with a quotation in the next sentence: not carried on
    ('Teachers "get why the union endorsed her," Roe said. Doe called it "a disgrace."',
     [("Jane Roe", 'Teachers "get why the union endorsed her,"', "partial", CLOSING),
      ("Doe", 'it "a disgrace."', "partial", "quotation-inside-narration")]),
    # negative row: nothing before the quotation: a direct quote of the marked words
    ('"Teachers get why the union endorsed her," Roe said.',
     [("Jane Roe", "Teachers get why the union endorsed her,", "direct",
       "quotation-as-sentence + cue-after-quote")]),
])
def test_lead_sentence_rows(paragraph: str,
                            expected: list[tuple[str | None, str, str, str]]) -> None:
    got = [(s.speaker, s.quote, s.kind, s.trace["span"]) for s in after_lede(paragraph)]
    assert got == expected


def test_lead_card_shows_the_clause() -> None:
    """The card shows the article's clause and attribution, the marks balanced."""
    got = after_lede('Teachers "get why the union endorsed her," Roe said. "That is clear."')
    assert [s.display for s in got] == [
        "Teachers “get why the union endorsed her,” Roe said. “That is clear.”"]


def _raw(text: str, quote: str, kind: str = "direct", rule: str = "",
         unclosed: bool = False) -> Raw:
    """A raw statement of the one sentence of text holding quote."""
    a = text.index(quote)
    raw = Raw(kind, [(a, a + len(quote))], 0, (0, len(text)), rule=rule)
    raw.unclosed = unclosed
    return raw


@pytest.mark.parametrize(("text", "quote", "expected"), [
    ('"That is clear."', "That is clear.", True),
    ("''That is clear.''", "That is clear.", True),
    # negative row: narration in the sentence
    ('When in fact, "Spanish" should be used.', "Spanish", False),
])
def test_quotation_only_rows(text: str, quote: str, expected: bool) -> None:
    assert quotation_only(text, _raw(text, quote)) is expected


@pytest.mark.parametrize(("text", "quote", "shown"), [
    ('"That is clear."', "That is clear.", '"That is clear."'),
    ("''That is clear.''", "That is clear.", "''That is clear.''"),
    ("“That is clear.”", "That is clear.", "“That is clear.”"),
    # negative row: no mark around the span: the span as it is
    ("That is clear.", "That is clear", "That is clear"),
])
def test_with_marks_rows(text: str, quote: str, shown: str) -> None:
    (a, b), = with_marks(text, _raw(text, quote).spans)
    assert text[a:b] == shown


PREV = 'Doe is "a star," Roe said.'


@pytest.mark.parametrize(("cur", "unclosed", "kind", "expected"), [
    # a mixed statement carried on by the next quotation-only sentence
    ('"That is clear."', False, "partial", True),
    # a direct quote goes on as before, whatever follows
    ('When in fact, "Spanish" should be used.', False, "direct", True),
    # negative rows: narration around the quotation; a quotation left open
    ('When in fact, "Spanish" should be used.', False, "partial", False),
    ('"That is clear.', True, "partial", False),
])
def test_may_carry_on_rows(cur: str, unclosed: bool, kind: str, expected: bool) -> None:
    text = f"{PREV} {cur}"
    prev = _raw(text, "a star,", kind, CLOSING)
    prev.sentence = (0, len(PREV))
    quote = cur.split('"')[1]
    nxt = _raw(text, quote, unclosed=unclosed)
    nxt.sentence = (len(PREV) + 1, len(text))
    assert may_carry_on(text, prev, nxt) is expected


@pytest.mark.parametrize(("text", "unclosed", "kind", "expected"), [
    ('Doe is "a star," Roe said.\n"That is clear."', False, "partial", True),
    ('Doe is "a star," Roe said.\n"That is clear."', True, "direct", True),
    # negative rows: a quotation left open, or one over two paragraphs, after a mixed one
    ('Doe is "a star," Roe said.\n"That is clear.', True, "partial", False),
    ('Doe is "a star," Roe said.\n"That is clear.\n"So it is."', False, "partial", False),
])
def test_goes_on_from_rows(text: str, unclosed: bool, kind: str, expected: bool) -> None:
    prev = _raw(text, "a star,", kind, CLOSING)
    start = text.index("That")
    raw = Raw("direct", [(start, len(text) - 1)], 1, (start, len(text)))
    raw.unclosed = unclosed
    assert goes_on_from(text, prev, raw) is expected
