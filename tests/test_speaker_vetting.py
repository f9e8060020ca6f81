"""The speaker and title vetting gate (bot/extraction/vetting.py): table-driven rows,
refusals (a rule name) and keeps (None), all made-up phrases."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.mentions import Resolved
from bot.extraction.owners import owner
from bot.extraction.passives import passive_subject
from bot.extraction.phrases import subject_before
from bot.extraction.raw import Raw
from bot.extraction.speakers import Registry
from bot.extraction.vetting import speaker_refusal, title_refusal, trimmed, vetted
from bot.extraction.vetting_words import read

SPEAKERS = [
    # kept: named people and organisations, descriptions that say what they are
    ("Hillary Clinton", None),
    ("Ian Read", None),
    ("Julie A. Diaz Martinez", None),
    ("the boss", None),
    ("a Trump supporter", None),
    ("a senior administration official", None),
    ("the campaign", None),
    ("officials", None),
    ("the influential US daily", None),
    ("supporters in Congress", None),
    ("one of the family's attorneys", None),
    ("officials familiar with the talks", None),
    ("some close Clinton allies", None),
    ("those surveyed", None),
    ("the 46-year-old", None),
    ("the retired neurosurgeon", None),
    ("His ex-wife", None),
    ("the report", None),  # a document has words of its own
    ("a Times article", None),
    ("Police", None),
    ("Americans", None),
    ("Commission on Presidential Debates", None),
    ("the former senator from Pennsylvania", None),
    ("Known Associates", None),  # a capitalised name, not a participle in lower case
    ("the chosen candidate", None),  # a participle after a determiner describes
    # refused
    ("Hillary Clinton Said", "verb"),
    ("the influential US daily wrote", "verb"),
    ("The newspaper took note", "verb"),
    ("The campaign says the Democratic presidential candidate", "verb"),
    ("PolitiFact rated 22% of Democratic", "verb"),
    ("the regime to abandon its weapons", "verb"),
    ("he was standing on truth", "clause"),
    ("I've", "clause"),
    ("You’re", "clause"),  # a contraction opening a clause, curly apostrophe
    ("they'll", "clause"),
    ("him a master at bolting deals together", "clause"),
    ("Between", "function_word"),
    ("Whatever", "function_word"),
    ("one of", "fragment"),
    ("big boss", "fragment"),
    ("the only thing the American people", "fragment"),
    ("former Pennsylvania Gov.", "fragment"),
    ("World War II. Some Americans", "fragment"),
    ("Say Mexico", "verb"),
    ("helped the poor in rural Ohio", "verb"),
    ("drawn huge crowds", "verb"),  # an irregular participle opening a verb phrase
    ("Despite pre-event disclaimers", "function_word"),
    ("Neither Roe", "function_word"),
    ("Everyone", "vague"),
    ("Paris", "place"),
    ("U.S.", "place"),
    ("The industry's", "fragment"),
    ("of Veterans Affairs", "function_word"),
    ("Texas", "place"),
    ("the United States", "place"),
    ("North Florida", "place"),
    ("Md.", "place"),
    ("a review of records", "thing"),
    ("A new poll", "thing"),
    ("the data", "thing"),
    ("others", "vague"),
    ("63 percent", "vague"),
    ("about half", "vague"),
    ("the same election", "not_a_person"),
    ("a curfew", "not_a_person"),
    ("His views", "not_a_person"),
    ("Both candidates face", "not_a_person"),
    ("Campaign Slogan Of The Week\nJane Roe", "line_break"),
    ("the two most vocal critics of the plan in the state legislature this year", "too_long"),
]


@pytest.mark.parametrize(("name", "rule"), SPEAKERS)
def test_speaker_rows(name: str, rule: str | None) -> None:
    assert speaker_refusal(name) == rule


NAME_ARTICLE = ("Pressure is building on the council. The pressure grew on Monday. "
                "Enacting the plan will be hard, said Kelly. Kelly is the mayor.")


@pytest.mark.parametrize(("word", "rule"), [
    ("Pressure", "not_a_name"),  # also used in lower case: a common word
    ("Enacting", "not_a_name"),  # a participle opening a sentence
    ("Kelly", None),             # capitalised in mid-sentence: a name
    ("September", "not_a_name"),
])
def test_one_word_names_are_checked_against_the_article(word: str, rule: str | None) -> None:
    assert speaker_refusal(word, NAME_ARTICLE) == rule


TITLES = [
    ("U.S. Secretary of Defense", None),
    ("Sen.", None),
    ("Republican", None),
    ("Wells Fargo CEO", None),
    ("Secretary of State", None),
    ("Centers for Disease Control Director", None),
    ("Oversight ranking Democrat", None),
    ("former State policy planning director", None),
    ("Clinton ally", None),
    ("Texas, Senator from", "title_comma"),
    ("Senator from", "title_fragment"),
    ("foreign minister of", "title_fragment"),
    ("Mr.", "title_honorific"),
    ("Trump cited the figure at last week", "title_verb"),
    ("Democratic groups outpacing", "title_verb"),
    ("presidential debate in her response to moderator", "title_pronoun"),
    ("rival", "title_no_office"),
    ("House", "title_no_office"),
    ("editorial board of the Washington", "title_no_office"),
    ("Officials at Homeland Security", "title_no_office"),
    ("numerous fellow", "title_group"),
    ("Fr.", None),
]


@pytest.mark.parametrize(("title", "rule"), TITLES)
def test_title_rows(title: str, rule: str | None) -> None:
    assert title_refusal(title) == rule


@pytest.mark.parametrize(("thing", "maker"), [
    ("a new Gallup poll", "Gallup"),
    ("a count by The Associated Press", "Associated Press"),
    ("the FBI's data", "FBI"),
    ("a new Springfield Herald-Channel 5 News statewide poll", "Springfield Herald-Channel 5 News"),
    ("The April survey", None),      # a month
    ("Iowa polls", None),            # a place
    ("Democratic polling", None),    # an adjective
    ("a Roe poll", None),            # a person of the article
    ("a review of records", None),   # nobody named
    ("a CITY TIMES analysis", "CITY TIMES"),  # a word in capitals is a name, no person
])
def test_thing_owner_rows(thing: str, maker: str | None) -> None:
    assert owner(read(thing).words, frozenset({"Roe", "TIMES"})) == maker


@pytest.mark.parametrize(("name", "short"), [
    ("As Politico", "Politico"),
    ("While Jane Roe", "Jane Roe"),
    ("the the congressional report", "the congressional report"),
    ("BREAKING BAN FROM GAMES The Olympic Committee", "The Olympic Committee"),
    ("Council on Public Affairs National Executive Director Jane Roe", "Jane Roe"),
    ("Roe of the James Center for Policy Studies", "Roe"),
    # negative rows: a name that only looks like it
    ("AFL-CIO President Jane Roe", "AFL-CIO President Jane Roe"),
    ("Department of the Treasury", "Department of the Treasury"),
    ("Hillary Clinton", "Hillary Clinton"),
])
def test_trimmed_rows(name: str, short: str) -> None:
    assert trimmed(name) == short


def _raw(subject: str) -> Raw:
    return Raw("indirect", [(0, 1)], 0, (0, 1), subject=subject)


def test_first_person_narration_is_the_writer_not_the_last_speaker() -> None:
    who = vetted(Resolved("Jane Roe", None, False, "Roe"), _raw("I"), _state("I think so."))
    assert (who.name, who.vetting) == (None, "first_person")


def _state(text: str) -> Any:
    return SimpleNamespace(text=text, registry=Registry(), last_thing=None)


def test_vetted_refuses_with_the_rule_and_keeps_a_good_speaker() -> None:
    state = _state("Texas said no.")
    refused = vetted(Resolved("Texas", None, False, "Texas"), _raw("Texas"), state)
    assert refused.name is None and refused.vetting == "place"
    kept = Resolved("Jane Roe", "U.S. Secretary of Defense", False, "Jane Roe")
    assert vetted(kept, _raw("Jane Roe"), state) is kept
    untitled = vetted(Resolved("Jane Roe", "Texas, Senator from", False, "Jane Roe"),
                      _raw("Jane Roe"), state)
    assert (untitled.name, untitled.title, untitled.vetting) == ("Jane Roe", None, "title_comma")


def test_vetted_thing_speaks_as_its_maker_and_stays_what_it_stands_for() -> None:
    state = _state("A new Gallup poll found support.")
    thing = Resolved("A new Gallup poll", None, False, "A new Gallup poll")
    who = vetted(thing, _raw("A new Gallup poll"), state)
    assert (who.name, who.is_org, who.vetting) == ("Gallup", True, "thing_owner")
    assert state.last_thing is thing  # a later 'it' stands for the poll


@pytest.mark.parametrize(("text", "subject"), [
    ("Jane Roe, the Republican attorney general of Ohio, one of the states suing, ",
     "Jane Roe"),
    ("Last month, the Daily Planet, a city newspaper, ", "the Daily Planet"),
    ("Slogans Of The Week\nJane Roe ", "Jane Roe"),
    ("The campaign says the candidate ", "the candidate"),
    ("The ad concludes with footage of Roe ", "The ad concludes with footage of Roe"),
])
def test_subject_causes(text: str, subject: str) -> None:
    found = subject_before(text)
    assert found is not None and found[0] == subject


ARTICLE = "\n\n".join([
    "Budget fight heats up",
    "Ohio said the new sanctions were illegal and would hurt trade.",
    "Mr. Roe said the vote would come next week.",
    'Jane Roe, the Republican attorney general of Ohio, one of the states in the lawsuit, '
    'said "we will win this case in court."',
    "A new Gallup poll found that most voters back the plan.",
    'Pressure is building on the mayor, who was greeted with chants of "resign now" at '
    "the rally. The pressure has not eased.",
]) + "\n"


def test_extract_vets_speakers_and_titles() -> None:
    statements = extract(parse_article(ARTICLE, title="Budget fight heats up")).statements
    by_quote = {s.quote[:12]: s for s in statements}
    assert by_quote["the new sanc"].speaker is None  # a place is not handed the quote
    assert by_quote["we will win "].speaker == "Jane Roe"
    assert by_quote["that most vo"].speaker == "Gallup"  # the content keeps its "that"
    assert all(s.speaker != "Pressure" for s in statements)
    assert all(s.speaker_title != "Mr." for s in statements)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Jane Roe introduced John Doe, who said, "We will win this state."', "John Doe"),
    ('Jane Roe introduced John Doe, who told the crowd, "We will win this state."',
     "John Doe"),
    ('Jane Roe quoted John Doe as saying "we will win this state."', "John Doe"),
    ('Jane Roe read a statement from John Doe: "We will win this state."', "John Doe"),
    ('Jane Roe, quoting John Doe, said "we will win this state."', "John Doe"),
    ('Jane Roe played a clip of John Doe saying, "We will win this state."', "John Doe"),
    # negative rows: the one who introduces and speaks keeps the quote
    ('Jane Roe introduced the plan and said, "We will win this state."', "Jane Roe"),
    ('Jane Roe read the names aloud: "We will win this state."', "Jane Roe"),
])
def test_relayed_words_belong_to_who_spoke_them(sentence: str, speaker: str) -> None:
    text = f"Campaign news\n\nJane Roe spoke first at the rally on Friday.\n\n{sentence}\n"
    statements = extract(parse_article(text, title="Campaign news")).statements
    assert [s.speaker for s in statements if "win this state" in s.quote] == [speaker]


@pytest.mark.parametrize(("text", "subject", "cue", "passive"), [
    ("Cruz was favored to win the delegates.", "Cruz", "favored", True),
    ("Sanders was asked by the host whether he would run.", "Sanders", "asked", True),
    ("Twitter is increasingly seen as a source of news.", "Twitter", "seen", True),
    ("Manafort is not known as a debate expert.", "Manafort", "known", True),
    # negative rows: a state of mind is the subject's stance; an active cue; a
    # participle with no form of be before it
    ("Her advisers are convinced that the plan will work.", "Her advisers", "convinced",
     False),
    ("Democratic leaders are worried about the vote.", "Democratic leaders", "worried",
     False),
    ("Cruz has endorsed the plan.", "Cruz", "endorsed", False),
    ("Cruz endorsed the plan.", "Cruz", "endorsed", False),
    # an owner's thing with a purpose is the owner's; a thing alone is not
    ("Mrs. Roe's plan is intended to tax the wealthy.", "Mrs. Roe's plan", "intended", False),
    ("The campaign is intended to stop the practice.", "The campaign", "intended", True),
])
def test_passive_subject(text: str, subject: str, cue: str, passive: bool) -> None:
    end = text.index(subject) + len(subject)
    assert passive_subject(text, end, cue, text.index(cue)) is passive


def test_passive_subject_is_unattributed() -> None:
    text = ("Budget talks go on.\n\nSenator Jane Roe said the talks were useful.\n\n"
            "Senator Jane Roe was widely criticized for blocking the budget bill.")
    statements = extract(parse_article(text, title="T")).statements
    found = [s for s in statements if "blocking" in s.quote]
    assert found and all(s.speaker is None and s.trace.get("speaker_vetting") == "passive_subject"
               for s in found)
