"""Table-driven tests for each extraction rule, with negative rows."""

from __future__ import annotations

from datetime import date

import pytest

from bot.extraction.acronyms import topic_aliases
from bot.extraction.channels import channel
from bot.extraction.dates import find_datetime
from bot.extraction.forward import subject_after
from bot.extraction.names import gender_of_name
from bot.extraction.phrases import leading_subject, subject_before
from bot.extraction.quotes import find_quotes, quoted_fraction, split_sentences
from bot.extraction.raw import find_cues
from bot.extraction.speakers import is_org_phrase, split_name
from bot.extraction.stance import REPORTING_CUES
from bot.extraction.when import said_on

REF = date(2025, 2, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "yes, indeed." Then "no."', ["yes, indeed.", "no."]),
        ("“Curly,” he said, “quotes.”", ["Curly,", "quotes."]),
        ("The allies' worries and Ukraine's future", []),
        ("“Unclosed quote runs to the end", ["Unclosed quote runs to the end"]),
        ("”Initial closer opens.", ["Initial closer opens."]),
        ('Height 6" tall, no quote', []),
        ("``LaTeX style,'' he said", ["LaTeX style,"]),
        ("''Two apostrophes,'' he said, ''both ways.''", ["Two apostrophes,", "both ways."]),
        ("The ''scare'' quote and rock 'n' roll", ["scare"]),
    ],
)
def test_find_quotes(text: str, quoted: list[str]) -> None:
    assert [text[q.start:q.end] for q in find_quotes(text)] == quoted


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("One. Two. Three.", 3),
        ("Sen. John Smith spoke. He left.", 2),
        ("The U.S. Army said. It left.", 2),
        ('"Adams?" Doe repeated. Then more.', 2),  # any speech verb after a question quote
        ('"Adams?" Doe left. Then more.', 3),  # negative: no speech verb
        ('"It is fine." Doe said. Then more.', 2),  # a whole attribution sentence
        ('"It is fine." Doe said the plan was late. Then more.', 3),  # negative: a clause
        ("Attacks rose in the U.S. He says more are coming.", 2),  # final abbreviation
        ("The meeting ended at 9 p.m. The mayor left.", 2),
        ("The U.S. Senate voted on it.", 1),  # negative: no sentence opener follows
        ("Sen. He Jiankui spoke.", 1),  # negative: a title is never final
        ('"First. Second," he said. Then more.', 2),
        ("Feb. 12 was a date. Yes.", 2),
        ("No boundary here", 1),
        ("''One,'' she said. ''Two.''", 2),
    ],
)
def test_split_sentences(text: str, count: int) -> None:
    assert len(split_sentences(text, 0, 0)) == count


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("U.S. Secretary of Defense Pete Hegseth on Wednesday",
         "U.S. Secretary of Defense Pete Hegseth"),
        ("In addition, the secretary", "the secretary"),
        ("Hegseth, a television host,", "Hegseth"),
        ("But Trump has repeatedly", "Trump"),
        ("the man who", None),
        ("House Speaker Paul Ryan (R-Wis.)", "House Speaker Paul Ryan"),
        ("in South Carolina. He", "He"),
        ("rallying grassroots", None),
        ("the Brujas have found a much-needed", None),
        ("the campaign's top strategist", "the campaign's top strategist"),
        ("Sen. Doe", "Sen. Doe"),
        ("Jennifer Doe, communications director for the campaign,", "Jennifer Doe"),
        ("the White House spokesman, Josh Earnest,", "Josh Earnest"),
        # description-then-name: a description opening the sentence, a name in full
        ("One of the authors of the report, Ari Okafor,", "Ari Okafor"),
        ("Another delegate on the slate, Jim Okafor,", "Jim Okafor"),
        ("Roe's running mate, Indiana Gov. Mike Okafor,", "Indiana Gov. Mike Okafor"),
        # negative rows: one word is no name in full; no opening description
        ("The mayor of the city, Columbus,", None),
        ("The plan, Obamacare,", None),
        ("the voters, angry and tired,", None),
        ("his", None),
        ("quickly", None),
        ("Meanwhile, in Columbus", None),  # a preposition's object is a place
        ("my father often", "my father"),  # a possessive determiner opens a subject
        ("Meanwhile, Columbus", "Columbus"),  # negative row: no preposition
    ],
)
def test_subject_before(before: str, subject: str | None) -> None:
    found = subject_before(before)
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(
    ("after", "subject"),
    [
        (" Sen. John McCain, R-Ariz.", "Sen. John McCain"),
        (" the campaign.", "the campaign"),
        (" on Tuesday.", None),
        (" that it was late.", None),
        (" retired astronaut Mark Kelly.", "retired astronaut Mark Kelly"),
        (" 9/11 widow Jane Roe.", "9/11 widow Jane Roe"),  # a slash stays inside a word
        (" Larry Okafor on Hot Air.", "Larry Okafor"),
        # negative rows: a lowercase clause or a place after a preposition is no speaker
        (" reporters that Mark Kelly", None),
        (" in Iowa City.", None),
    ],
)
def test_subject_after(after: str, subject: str | None) -> None:
    found = subject_after(after)
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(
    ("phrase", "name", "title"),
    [
        ("U.S. Secretary of Defense Pete Hegseth", "Pete Hegseth", "U.S. Secretary of Defense"),
        ("President Donald Trump's", "Donald Trump", "President"),
        ("Sen. John McCain", "John McCain", "Sen."),
        ("Hegseth", "Hegseth", None),
        ("the secretary", None, None),
        ("campaign manager Kellyanne Conway", "Kellyanne Conway", "campaign manager"),
        ("Mexico. Roe", "Roe", None),  # a sentence boundary inside the run
        ("Maybe Roe", "Roe", None),  # a sentence adverb is no part of the name
        ("Jane K. Roe", "Jane K. Roe", None),  # negatives: an initial, a suffix, a title
        ("John Doe Jr. Roe", "John Doe Jr. Roe", None),
        ("Sen. Roe", "Roe", "Sen."),
        ("August", None, None),  # a month alone is a date
        ("August Roe", "August Roe", None),  # negative row: a given name in a full name
        ("Rival Jane Roe", "Jane Roe", "Rival"),  # a relation opening a sentence
        ("Fellow Republicans", "Republicans", "Fellow"),
        ("Allison Roe", "Allison Roe", None),  # negative row: 'Ally' is not 'Allison'
        ("Fox's Chris Roe", "Chris Roe", "Fox"),  # an owner is no part of the name
        ("NBC's Jane Roe", "Jane Roe", "NBC"),
        ("President Roe's", "Roe", "President"),  # negative rows: the name's own 's
        ("McDonald's", "McDonald", None),
    ],
)
def test_split_name(phrase: str, name: str | None, title: str | None) -> None:
    assert split_name(phrase) == (name, title)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Hegseth on Wednesday ruled out", date(2025, 2, 12)),
        ("Trump said Tuesday", date(2025, 2, 11)),
        ("she said Thursday", date(2025, 2, 6)),
        ("he said on Feb. 3", date(2025, 2, 3)),
        ("he said yesterday", date(2025, 2, 11)),
        ("she said today", date(2025, 2, 12)),
        ("in a Dec. 30 speech", date(2024, 12, 30)),
        ("Hegseth said", None),
        ("he said last week", None),
    ],
)
def test_said_on(clause: str, expected: date | None) -> None:
    assert said_on(clause, REF) == expected


def test_said_on_without_reference() -> None:
    assert said_on("said Tuesday", None) is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("10:14, February 13, 2025", "2025-02-13T10:14:00"),
        ("13 February 2025", "2025-02-13T00:00:00"),
        ("2025-02-13T08:30", "2025-02-13T08:30:00"),
        ("Feb. 13, 2025 3:05 p.m.", "2025-02-13T15:05:00"),
        ("no date here", None),
    ],
)
def test_find_datetime(value: str, iso: str | None) -> None:
    found = find_datetime(value)
    assert (found.isoformat() if found else None) == iso


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        ("the North Atlantic Treaty Organization (NATO) said",
         {"NATO": "North Atlantic Treaty Organization"}),
        ("the Department of Homeland Security (DHS)", {"DHS": "Department of Homeland Security"}),
        ("the United Nations (U.N.)", {"U.N.": "United Nations"}),
        ("a very big thing (VBT)", {}),
        ("he met Biden (USA)", {}),
        # a function word may give a letter, or not
        ("a Freedom of Information Act (FOIA) request", {"FOIA": "Freedom of Information Act"}),
        ("joined the North Atlantic Treaty Organization (NATO) and the Department of Defense"
         " (DOD) (Feb)", {"NATO": "North Atlantic Treaty Organization",
                          "DOD": "Department of Defense"}),
        ("the Secretariat Tracking and Retrieval System (STARS)",
         {"STARS": "Secretariat Tracking and Retrieval System"}),
        ("He said (OK) fine.", {}),
        ("the Department of Defense (DD)", {"DD": "Department of Defense"}),
    ],
)
def test_topic_aliases(text: str, aliases: dict[str, str]) -> None:
    assert topic_aliases(text) == aliases


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Trump said on social media platform Truth Social,", "Truth Social"),
        ("she wrote on Twitter", "Twitter"),
        ("the campaign said in a statement", "statement"),
        ("he said on Tuesday", None),
        ("he said on Ukraine", None),
    ],
)
def test_channel(clause: str, expected: str | None) -> None:
    assert channel(clause) == expected


@pytest.mark.parametrize(
    ("text", "fraction"),
    [
        ('"All of it quoted."', 1.0),
        ('said "half of it"', 0.67),
        ("nothing quoted here", 0.0),
        ("", 0.0),
    ],
)
def test_quoted_fraction(text: str, fraction: float) -> None:
    assert quoted_fraction(text) == pytest.approx(fraction, abs=0.15)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Hillary Clinton", "f"),
        ("Donald Trump", "m"),
        ("New Jersey", None),
        ("Middle East", None),
        (None, None),
    ],
)
def test_gender_of_name(name: str | None, gender: str | None) -> None:
    assert gender_of_name(name) == gender


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("Paul Porter, a truck driver from Ava, Mo., who is a member of the union,",
         "Paul Porter"),
        ("But the voters, who listened to him for decades, on television,", "the voters"),
        ("Doe answered Roe,", None),
        ("Paul Porter said", None),
        ("quickly,", None),
        ("In August, the groups, which sued last year,", "the groups"),  # not 'August'
        ("In August,", None),
    ],
)
def test_leading_subject(before: str, subject: str | None) -> None:
    found = leading_subject(before)
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Roe said the plan works", ["said"]),
        ("Roe believes the plan works and Doe opposed it", ["believes", "opposed"]),
        ("Roe called for a vote", ["called for"]),
        ("The report was long", []),  # noun readings are left out
        ("Roe continued to walk", []),  # not reporting
        ("Said Roe", []),  # capitalised words are not cues
    ],
)
def test_reporting_cues(text: str, cues: list[str]) -> None:
    assert [c for c, _, _ in find_cues(text, 0, len(text), REPORTING_CUES)] == cues


def _cues_by_words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Reference reading of find_cues: every letter run, checked word by word."""
    from bot.extraction.lexicon import PHRASAL_CUES, SPEECH_VERBS
    from bot.extraction.raw import CUE_WORD_RE
    found = []
    for m in CUE_WORD_RE.finditer(text, start, end):
        words = m[0].split()
        head = words[0].lower()
        if not m[0][0].islower():
            continue
        if len(words) == 2 and f"{head}_{words[1]}" in PHRASAL_CUES:
            found.append((f"{head} {words[1]}", m.start(), m.end()))
        elif head in SPEECH_VERBS:
            found.append((words[0], m.start(), m.start() + len(words[0])))
    return found


@pytest.mark.parametrize(("text", "start"), [
    ("Smith said the plan would fail, he added.", 0),
    ("She called for calm and pointed out the risks.", 0),
    ("unsaid words, resaid, Said aloud, SAID loudly", 0),  # negatives: no cue word
    ("He saId so, she toLD them.", 0),  # mixed case still reads as the word
    ("The 2said and said_ forms; outsaid said.", 0),
    ("They warned outright that it was said on Monday.", 5),  # range starts mid-text
    ("résumé said éxplained", 0),
    # a cue inside a word, then a particle: skipped whole, the cue after it still found
    ("Unpointed out, he disclaimed for weeks and pointed out that it was said back.", 0),
])
def test_find_cues_matches_word_by_word_reading(text: str, start: int) -> None:
    for a in range(start, min(len(text), start + 6)):
        assert find_cues(text, a, len(text)) == _cues_by_words(text, a, len(text))


@pytest.mark.parametrize(
    ("phrase", "org"),
    [
        ("the White House", True),
        ("the Commission on Presidential Debates", True),
        ("Center for American Progress", True),
        # negative rows: people, and a preposition after no organisation head
        ("Ted Cruz", False),
        ("Jane Roe of Iowa", False),
    ],
)
def test_is_org_phrase(phrase: str, org: bool) -> None:
    assert is_org_phrase(phrase) is org


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("many of whom say the president's", None),  # a speech verb opens a clause
        ("the president's", "the president's"),  # negative row
    ],
)
def test_subject_is_not_a_verb(before: str, subject: str | None) -> None:
    found = subject_before(before)
    assert (found[0] if found else None) == subject
