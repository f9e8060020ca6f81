"""Speaker names as people type them (issue 12): short surnames misspelled by one edit,
organisation names asked without their leading article. Pure: SpeakerIndex only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_search_data import make_extraction

from bot.models import SpeakerRecord
from bot.search import search
from bot.search.speakers import EDIT_NAME_SCORE, SpeakerIndex
from bot.store import Store

SPEAKERS = [
    SpeakerRecord(id=1, name="Ted Cruz", statement_count=4),
    SpeakerRecord(id=2, name="Charlie King", statement_count=2),
    SpeakerRecord(id=3, name="Robby Mook", statement_count=1),
    SpeakerRecord(id=4, name="The Republican National Committee", statement_count=2),
    SpeakerRecord(id=5, name="Republicans", statement_count=9),
    SpeakerRecord(id=6, name="Alan Cole", statement_count=1),
    SpeakerRecord(id=7, name="Kenneth Baer", statement_count=1),
    SpeakerRecord(id=8, name="Kinsey Lo", statement_count=0),  # never quoted
    SpeakerRecord(id=9, name="Commission on Presidential Debates", statement_count=1),
    SpeakerRecord(id=10, name="The commission", statement_count=1),
    SpeakerRecord(id=11, name="New York Times", statement_count=3),
    SpeakerRecord(id=12, name="Institute for Policy Studies", statement_count=1),
    SpeakerRecord(id=13, name="Vann R. Newkirk II", statement_count=1),
    SpeakerRecord(id=14, name="the Roper Center", statement_count=1),
]


@pytest.mark.parametrize(("slot", "expected"), [
    ("crxz", [1]),  # a substitution in a four-letter name
    ("curz", [1]),  # two neighbours swapped
    ("crz", [1]),  # a letter left out: three letters
    ("kign", [2]),
    ("mok", [3]),
    ("cloe", [6]),
    ("bae", [7]),
    ("republican national committee", [4]),  # 'The' left out
    ("the republican national committee", [4]),
    ("cruz", [1]),
    ("commission presidential debates", [9]),  # 'on' left out, as a slot drops it
    ("institute policy studies", [12]),
    ("commission", [10]),
    ("york times", [11]),  # 'new' left out, as free words drop it
    ("newkirk", [13]),  # the surname is not the suffix
    ("roper center public opinion research", [14]),  # a known name, then more words
    ("roper center", [14]),
    # negative rows: two edits, another first letter, too short, not a name word
    ("kids", None),
    ("xruz", None),
    ("ruz", None),
    ("cr", None),
    ("mook", [3]),
    ("meek", None),
    ("the", None),
    ("lo", None),  # a name, but its speaker said nothing
    ("ii", None),
    ("roper", None),  # one word of a name is no name (nor a prefix of two)
    ("public opinion research", None),
])
def test_match_slot_names_as_typed(slot: str, expected: list[int] | None) -> None:
    found = SpeakerIndex(SPEAKERS).match_slot(slot)
    assert (found.speaker_ids if found else None) == expected


def test_one_edit_scores_under_every_ratio_match() -> None:
    index = SpeakerIndex(SPEAKERS)
    assert index.by_name("crxz") == {1: EDIT_NAME_SCORE}
    assert index.by_name("cruz") == {1: 1.0}
    assert min(index.by_name("ted cruze").values()) > EDIT_NAME_SCORE  # a ratio match
    assert index.by_name("republicanz") == {5: pytest.approx(20 / 22)}  # not by one edit


@pytest.mark.parametrize(("words", "span", "expected"), [
    (["republican", "national", "committee", "video"], (0, 3), [4]),
    (["cruz", "delaware"], (0, 1), [1]),
    (["republican", "video"], (0, 1), [5]),
    (["york", "times", "calendar"], (0, 2), [11]),
    (["commission", "presidential", "debates", "microphone"], (0, 3), [9]),
    (["commission", "microphone"], (0, 1), [10]),
    # negative rows: no name, one edit from a name of another first letter
    (["delaware", "video"], None, None),
    (["truz", "video"], None, None),
    (["crz", "delaware"], None, None),  # one edit is for a speaker slot only ("code")
    (["tax", "code"], None, None),
])
def test_find_in_free_words(words: list[str], span: tuple[int, int] | None,
                            expected: list[int] | None) -> None:
    found = SpeakerIndex(SPEAKERS).find_in(words)
    assert ((found.start, found.end) if found else None) == span
    assert (found.speaker_ids if found else None) == expected


ARTICLE = (
    "Ted Cruz said the Delaware primary was close.\n\nRobby Mook said misinformation "
    "would spread.\n\nTom Ward said the budget would grow.\n\nResearchers said the war "
    "on drugs had failed, and a second study said drugs got cheaper.\n\nThe Commission on "
    "Presidential Debates said the microphone had a problem.\n\nThe commission said the "
    "stage was ready.\n\nMike Pence said nobody should brush aside the police.\n\n"
    "George Bush said the ranch was quiet.\n\nDavid Schulz said the vote came early.\n\n"
    "Ed Schultz said he did not support the plan."
)
SAID = [
    ("Mike Pence", "indirect", "nobody should brush aside the police"),
    ("George Bush", "indirect", "the ranch was quiet"),
    ("Commission on Presidential Debates", "indirect", "the microphone had a problem"),
    ("The commission", "indirect", "the stage was ready"),
    ("Ted Cruz", "indirect", "the Delaware primary was close"),
    ("Robby Mook", "indirect", "misinformation would spread"),
    ("Tom Ward", "indirect", "the budget would grow"),
    ("Researchers", "indirect", "the war on drugs had failed"),
    ("David Schulz", "indirect", "the vote came early"),
    ("Ed Schultz", "indirect", "he did not support the plan"),
]


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "names.db")
    await opened.add_extraction(make_extraction(ARTICLE, SAID))
    try:
        yield opened
    finally:
        await opened.close()


@pytest.mark.parametrize(("query", "speaker", "words"), [
    ("what did Crz say about Delaware", "Ted Cruz", "Delaware"),
    ("Curz on delaware", "Ted Cruz", "Delaware"),
    ("did Mok talk about misinformation", "Robby Mook", "misinformation"),
    ("Mok on misinformation", "Robby Mook", "misinformation"),
    # a loose slot one edit from a name ('war' ~ 'Ward') with nothing there is words
    ("war on drugs", "Researchers", "war on drugs"),
    ("Ward on budget", "Tom Ward", "budget"),
    # the name before the first 'on' is shorter than the one before the second
    ("Commission on Presidential Debates on microphone", "Commission on Presidential "
     "Debates", "microphone"),
    ("commission presidential debates microphone", "Commission on Presidential Debates",
     "microphone"),
    ("what did the Commission on Presidential Debates say about the microphone",
     "Commission on Presidential Debates", "microphone"),
    ("commission on stage", "The commission", "stage"),
    # free words: a short name one edit away once the words alone found nothing
    ("curz delaware", "Ted Cruz", "Delaware"),
    ("mok misinformation", "Robby Mook", "misinformation"),
    ("war drugs", "Researchers", "war on drugs"),  # the words found it: 'war' is no name
    # free words, two near names: 'brush' ~ 'Bush' (89) hid 'penje' ~ 'Pence' (80)
    ("penje brush", "Mike Pence", "brush"),
    # 'schulzt' is nearest to Schulz (ratio 92), then to Schultz (86): the nearer has
    # nothing on 'support', the next has; on 'vote' the nearer answers
    ("Schulzt on support", "Ed Schultz", "support"),
    ("what did Schulzt say about the vote", "David Schulz", "vote"),
])
async def test_names_as_typed_answer(store: Store, query: str, speaker: str,
                                     words: str) -> None:
    outcome = await search(store, query)
    assert outcome.hits, outcome.notice
    assert outcome.hits[0].statement.speaker == speaker
    assert words in outcome.hits[0].statement.quote


@pytest.mark.parametrize(("query", "notice"), [
    ("what did Xruz say about Delaware", "No statement by Xruz found."),
    ("what did Crz say about budget", "Nothing from Ted Cruz on budget"),
    ("what did Crz say about drugs", "Nothing from Ted Cruz on drugs"),
    ("commission on microphone", "Nothing from The commission on microphone"),
    ("curz budget", "No statement on curz budget found."),
    # an exact name that found nothing is not given up for another ('police' is Pence's)
    ("bush police", "Nothing from George Bush on police"),
    ("Schulz on support", "Nothing from David Schulz on support"),  # spelt right
    ("Schulzt on budget", "Nothing from David Schulz on budget"),  # neither: the nearer
])
async def test_names_as_typed_negatives(store: Store, query: str, notice: str) -> None:
    outcome = await search(store, query)
    assert outcome.hits == [] and (outcome.notice or "").startswith(notice)


def test_a_known_name_then_more_words_wins_over_the_last_word() -> None:
    """'Roper Center for Public Opinion Research': the known name it opens with, not the
    last word alone ('research' is a fuzzy match of 'The researchers')."""
    index = SpeakerIndex([*SPEAKERS, SpeakerRecord(id=15, name="The researchers",
                                                   statement_count=2)])
    found = index.match_slot("roper center for public opinion research")
    assert found is not None and found.speaker_ids == [14]
    found = index.match_slot("researchers")
    assert found is not None and found.speaker_ids == [15]


@pytest.mark.parametrize(("slot", "expected"), [
    ("powel", [16]),  # one letter left out
    ("powelll", [16]),  # one letter too many
    # negative rows: two letters apart in length ('poll' ~ 'powell' at ratio 80)
    ("poll", None),
    ("polls", None),
])
def test_a_fuzzy_name_is_at_most_one_letter_longer_or_shorter(
        slot: str, expected: list[int] | None) -> None:
    index = SpeakerIndex([*SPEAKERS, SpeakerRecord(id=16, name="Colin Powell",
                                                   statement_count=3)])
    found = index.match_slot(slot)
    assert (found.speaker_ids if found else None) == expected


@pytest.mark.parametrize(("slot", "expected"), [
    ("colin powel", [16]),  # the first name is his
    ("mr powell", [16]),  # a courtesy title
    ("secretary powell", [16]),  # a word of his title
    ("c powell", [16]),  # an initial
    ("united states citizenship immigration services", [18]),  # the whole name ends it
    # negative rows: another first word than the speaker's ('washington post' is not the
    # New York Post; 'jane powell' is not Colin Powell)
    ("washington post", None),
    ("jane powell", None),
])
def test_the_other_words_of_a_slot_fit_the_speaker_found_by_its_last(
        slot: str, expected: list[int] | None) -> None:
    index = SpeakerIndex([*SPEAKERS, SpeakerRecord(
        id=16, name="Colin Powell", titles=["Secretary of State"], statement_count=3),
        SpeakerRecord(id=17, name="New York Post", statement_count=1),
        SpeakerRecord(id=18, name="Immigration Services", statement_count=1)])
    found = index.match_slot(slot)
    assert (found.speaker_ids if found else None) == expected


@pytest.mark.parametrize(("name", "slot", "found"), [
    ("the IMF report", "imf", [1, 2]),  # with the fund itself (its alias)
    ("Rubio's press release", "rubio", [2]),
    ("the NAACP letter", "naacp", [2]),
    # negative rows: a poll's or filing's words are a finding or another's; a survey
    # named for no author; a name that only ends like a document is not one
    ("a CNN/ORC poll", "cnn orc", None),
    ("the FEC filings", "fec", None),
    ("American Community Survey", "american community", None),
    ("Report", "imf", [1]),
])
def test_a_document_is_found_by_its_author(name: str, slot: str,
                                           found: list[int] | None) -> None:
    index = SpeakerIndex([SpeakerRecord(id=1, name="International Monetary Fund",
                                        aliases=["IMF"], statement_count=2),
                          SpeakerRecord(id=2, name=name, statement_count=1)])
    match = index.match_slot(slot)
    assert (match.speaker_ids if match else None) == found
