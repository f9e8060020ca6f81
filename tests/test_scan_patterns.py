"""Patterns written for the scan (a letter first, the word boundary as a look-behind
after it) find what their plain forms find, Raw.copied copies as copy.copy does, and
the apostrophe test before the owner and contraction patterns drops nothing they find.
All sentences are made up."""

from __future__ import annotations

import copy
import dataclasses
import datetime
import re

import pytest

from bot.article import parse_article
from bot.extraction import (
    anonymity,
    channels,
    coref,
    date_names,
    dates,
    heads,
    phrases,
    quotes,
    relative_skips,
    resolve,
    speakers,
    when,
)
from bot.extraction.raw import Raw
from bot.extraction.speakers import Registry

# The plain forms: a look-around first, tried at every character.
PLAIN = {
    "name_run": (speakers.NAME_RUN_RE, re.compile(
        r"(?=[A-Z])(?:[A-Z][\w.'’-]*\s+(?:(?:of|the|for|de|van|von|bin|al)\s+)?){0,6}"
        r"[A-Z][\w'’-]*\w")),
    "weekday": (date_names.WEEKDAY_IN_RE, re.compile(
        r"(?=[MTWFS])(?<!\w)" + date_names.WEEKDAY_NAMES + r"\b")),
    "speaking_before": (coref.SPEAKING_BEFORE_RE, re.compile(
        r"(?=[A-Z])(?<!\w)([A-Z][a-z][\w'’-]*)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?"
        r"(?:" + coref._VERBS + r")\b")),
    "speaking_after": (coref.SPEAKING_AFTER_RE, re.compile(
        r"(?=[saw])(?<!\w)(?:said|says|asked|added|wrote)\s+([A-Z][a-z][\w'’-]*)\b")),
    "pronoun": (coref.PRONOUN_RE, re.compile(
        r"(?=[HhSs])(?<!\w)(?:[Hh](?:e|im|is|imself|er|ers|erself)|[Ss]he)\b")),
    "subject_pronoun": (coref.SUBJECT_PRONOUN_RE, re.compile(
        r"(?=[HhSs])(?<!\w)([Hh]e|[Ss]he)\b")),
    "quote_mark": (quotes.MARK_RE, re.compile(r"``|''|[“”\"«»„]")),
    "anonymity_clause": (anonymity.CLAUSE_BEFORE_CUE_RE, re.compile(
        r"\b(?:who|that)\s+(?:[\w'’-]+\s+){0,5}?(?:" + anonymity._REQUEST + r")\s*$", re.I)),
    "relative_who": (relative_skips.RELATIVE_RE, re.compile(
        r"\bwho\s+((?:[\w'’-]+\s+){1,8})$", re.I)),
    "token": (phrases.TOKEN_RE, re.compile(r"[\w][\w.'’/-]*[\w.]|[\w]|[^\w\s]")),
    "date_word": (dates.DATE_WORD_RE, re.compile(
        r"(?i:day|night|morning|afternoon|evening|week|month)"
        r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d\d-\d\d")),
    "platform": (channels.PLATFORM_RE, re.compile(
        r"\b(?:on|via)\s+(?:(?:the\s+)?social\s+media\s+(?:platform|site|network)\s+)?"
        r"((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})")),
    "noun_channel": (channels.NOUN_CHANNEL_RE, re.compile(
        r"\bin\s+(?:a|an|his|her|their|its)\s+(?:written\s+|joint\s+|televised\s+)?"
        r"(statement|interview|tweet|post|letter|op-ed|speech|press release|memo)\b")),
}

TEXTS = [
    "Sen. Ted Cruz of Texas said Monday that he and his wife, Heidi Cruz, met her.",
    "Cruz also told reporters on Tuesday: \"She is herself.\" Then said Kelly, firmly.",
    "The Secretary of State John Kerry quickly added that Roe wrote to them.",
    "O'Neill’s aide, Mary-Jo van Buren, said Sunday the U.S. Senate would vote Friday.",
    # negative rows: words inside words, no capital, no boundary, a lone particle
    "Mondays, superSunday, unsaid, Shell, hehe, theHe, asked Him, xShe, said cruz.",
    "the mayor of the city declined; nobody wrote anything on saturday or thursday",
    "ACruz said, _He said, 1She said, éHe said, SheSaid Monday’s Tuesday-night",
    "He said: “No.” ``Yes,'' she said, \"maybe\" «non» „ja“ — it's Roe's ‘word’.",
    "Roe said Tuesday night in a statement on social media platform Truth Social, on X "
    "and via Twitter on Dec. 3 (12-31), last MONTH, this Week, in his written speech.",
    # negative rows for dates and channels: words inside words, lowercase months
    "Monday-ish, someday, Janet, Mayor, dec. 3, 1-2, upon Twitter, within a statement, "
    "Begin an interview, avia Twitter, ON X",
    "U.S.-made a/b x- -y .. O'Neill’s 3.5% e.g. ß_1 é\u00a0word\tend.",
    "A senior aide WHO asked not to be named ",
    "An official, who spoke on condition of anonymity ",
    "The woman who ran the campaign for years ",
    # negative rows for the relatives: inside a word, too far, no space before the end
    "Somewho asked not to be named; the one that was not authorized to speak",
    "A man who one two three four five six seven eight nine ",
    # negative rows for the marks: lone backquote and apostrophes, single curly quotes
    "`a' b`c 'd' ‘e’ O'Neill’s",
    "",
]


@pytest.mark.parametrize("name", sorted(PLAIN))
@pytest.mark.parametrize("text", TEXTS)
def test_scan_pattern_finds_what_the_plain_form_finds(name: str, text: str) -> None:
    fast, plain = PLAIN[name]
    for start in range(0, len(text) + 1, 7):
        found = [(m.span(), m.groups()) for m in fast.finditer(text, start)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text, start)]


def test_raw_copied_is_a_shallow_copy() -> None:
    raw = Raw("indirect", [(0, 5)], 1, (0, 9), cue="said", cue_pos=4, subject="Roe")
    raw.chose("rule-one")
    one = raw.copied()
    assert one == copy.copy(raw) and one is not raw
    assert one.spans is raw.spans and one.extra_sentences is raw.extra_sentences
    one.spans = [(1, 2)]
    assert raw.spans == [(0, 5)]  # a field set on the copy leaves the original


@pytest.mark.parametrize(("phrase", "name"), [
    ("Fox's Chris Roe", "Chris Roe"),
    ("Fox’s Chris Roe", "Chris Roe"),
    ("Chris Roe's", "Chris Roe"),
    # negative rows: no apostrophe, no owner
    ("Fox News host Chris Roe", "Chris Roe"),
    ("the senator", None),
])
def test_split_name_reads_owners_only_with_an_apostrophe(phrase: str, name: str | None) -> None:
    speakers.split_name.cache_clear()
    assert speakers.split_name(phrase)[0] == name
    if "'" not in phrase and "’" not in phrase:
        assert speakers.OWNER_RE.search(phrase + " ") is None


@pytest.mark.parametrize("clause", [
    "Roe said Tuesday night in a statement",
    "said on Feb. 3, 2016, and again on 13 February 2016",
    "said over the weekend and earlier this week, then last month",
    "wrote in early August 2015 on 2016-02-01",
    "Yesterday, he said; she said this morning; last night",
    "said last Friday, not next Tuesday, in a Dec. 30 speech",
    # negative rows: words that hold a rule's words but are no date
    "Mayor Day said on Monday-ish at the Weekend Club, Sept. Janet",
    "said 12-31-ish",
    "he said",
])
def test_date_rules_read_only_clauses_with_their_words(
        clause: str, monkeypatch: pytest.MonkeyPatch) -> None:
    ref = datetime.date(2016, 3, 10)
    found = when.date_of(clause, ref)
    monkeypatch.setattr(when, "RULES", tuple(dataclasses.replace(r, needs=()) for r in when.RULES))
    assert found == when.date_of(clause, ref)


@pytest.mark.parametrize("rule", when.RULES, ids=lambda r: r.name)
def test_every_date_rule_match_holds_a_word_it_needs(rule: when.Rule) -> None:
    clauses = ["said today and tonight, Yesterday, This evening", "on 2016-02-01T10:14",
               "on 3 February 2016", "on Feb. 3 and June 4, 2016", "said Tuesday, last Friday",
               "over the weekend", "earlier this week", "Last week", "this month",
               "last month", "in early August 2015, during Sept., late July"]
    found = [m[0] for c in clauses for m in rule.pattern.finditer(c)]
    assert found  # the rule reads something here
    assert all(any(word in m for word in rule.needs) for m in found)


@pytest.mark.parametrize("clause", [
    "said Tuesday", "said last NIGHT", "this Morning", "earlier this month", "in the Afternoon",
    "Thursday evening", "last week", "in Jan.", "on Sept. 12", "the 2015-16 season",
    "tonight", "said on 12-31", "late lAST wEEK",
    # letters other than ASCII the pattern matches in any case (dotless and dotted i, long
    # s: 'ſep' is no month, 'Sep' is written as such; the Kelvin sign)
    "last n\u0131ght", "N\u0130GHT", "this wee\u212a", "\u017faid Sep 3", "\u017fep 3",
    # negative rows: no date word, or only letters of one ('mon', 'wee', 'ev')
    "he said", "Roe told reporters", "a mon ami, a wee voice, ev", "said SEPT", "said nothing",
    "",
])
def test_date_word_literals_are_looked_for_as_the_pattern_finds(clause: str) -> None:
    assert dates.has_date_word(clause) == (dates.DATE_WORD_RE.search(clause) is not None)


@pytest.mark.parametrize("word", ["Roe's", "Roe’s", "aides'", "it's", "''s", "Roe", "U.S.",
                                  "(Roe's)", "s'", "’"])
def test_plain_head_drops_a_possessive_as_the_pattern_does(word: str) -> None:
    plain = heads.POSSESSIVE_RE.sub("", word.lower()).strip(".,;:()\"“”")
    assert heads._plain(word) == plain


@pytest.mark.parametrize(("para", "spans"), [
    (1, [(0, 1)]),
    (2, []),
    (0, [(0, 1), (10**6, 10**6 + 1)]),
    # negative rows: a paragraph index outside the article, a span before the first
    (-1, [(0, 1)]),
    (99, []),
])
def test_context_by_place_reads_what_the_pass_reads(para: int,
                                                    spans: list[tuple[int, int]]) -> None:
    article = parse_article("Roe Wins.\n\nRIVERTON — Roe won on Tuesday.\n\nRoe said so.\n\n"
                            "\"It is done,\" Roe said.", title="Roe Wins")
    spans = [(a if a < 10**6 else article.paragraphs[-1].start, b if b < 10**6
              else article.paragraphs[-1].start + 1) for a, b in spans]
    state = resolve._State(Registry(), starts=[p.start for p in article.paragraphs])
    plain = resolve._context(article, para, spans, state)
    state.positional = True
    assert resolve._context(article, para, spans, state) == plain
