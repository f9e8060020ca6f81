"""Table-driven speaker tests for the rules added after test_extraction_speaker_rules.py,
with negative rows.

Each row is a made-up article; the test finds the statement whose quote contains
"budget" and checks its speaker.
"""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract


def speaker_of(*paragraphs: str) -> str | None:
    text = "\n\n".join(["Officials met in the capital on Monday.", *paragraphs])
    found = [s for s in extract(parse_article(text, title="T")).statements
             if "budget" in s.quote]
    assert found, "no statement quotes the marker"
    return found[0].speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an age after a name whose given name we do not know makes it a person
        (["Mary Okafor runs a shop in town.",
          "Zanele Prusik, 33, a nurse who lives across town, finds herself in a similar job.",
          '"We have work to do on the budget," she said.'], "Zanele Prusik"),
        # negative row: without the age, an unknown given name is not taken for a person
        (["Mary Okafor runs a shop in town.",
          "Zanele Prusik is a firm that makes shoes across town.",
          '"We have work to do on the budget," she said.'], "Mary Okafor"),
    ],
)
def test_age_appositive_names_a_person(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a capitalised word ending in -ly before the cue is a name
        (['"Rules matter on the budget," Kelly said.'], "Kelly"),
        (['"Rules matter on the budget," said Dana Daly.'], "Dana Daly"),
        # negative row: a lowercase -ly word is an adverb, the name before it speaks
        (['"Rules matter on the budget," Vogt quickly said.'], "Vogt"),
    ],
)
def test_names_ending_in_ly(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # lowercase describing words mixed with capitalised ones before the name
        (['"We will cut the budget," said undecided Republican voter Jane Roe of Derry, '
          'N.H., before the event.'], "Jane Roe"),
        # negative row: a preposition is not a describing word
        (['Dana Vogt spoke first.', '"We will cut the budget," she said in Derry Town Hall.'],
         "Dana Vogt"),
    ],
)
def test_described_name_after_cue(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a participle right after its determiner describes the subject's head noun
        (['"We will cut the budget," the retired neurosurgeon told reporters.'],
         "the retired neurosurgeon"),
        # negative row: an auxiliary with a participle is a clause, not a subject
        (['Dana Vogt spoke first.',
          '"We will cut the budget," she said, as the board has argued for months.'],
         "Dana Vogt"),
    ],
)
def test_participle_as_adjective(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "read" after a document subject is a speech cue
        (['"We will cut the budget by half," the email read.'], "the email"),
        # negative row: a quote before "read" by someone else keeps its own cue
        (['"We will cut the budget by half," Dana Vogt said, as the crowd read signs.'],
         "Dana Vogt"),
    ],
)
def test_documents_read(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "the poll" after "a Quinnipiac University poll" is that poll, which speaks as
        # the organisation that made it (issue 11: a poll itself is no speaker)
        (['"Voters like the plan," a Quinnipiac University poll reported in March.',
          '"Most want a smaller budget," the poll said.'], "Quinnipiac University"),
        # negative rows: another modifier makes another speaker; so does a head noun
        # that was only the object of a preposition
        (['"Voters like the plan," a senior official said.',
          '"Most want a smaller budget," the second official said.'], "the second official"),
        (['"Voters like the plan," a message on the website said.',
          '"Most want a smaller budget," the website said.'], "the website"),
    ],
)
def test_definite_description_refers_back(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a name inside an opening participle phrase is not the subject: "she" goes on
        # with the speaker before
        (['"I have not decided yet," Mary Okafor said on Monday.',
          'Asked about her vote in the event that Dana Vogt runs, she replied: '
          '"We will see about the budget."'], "Mary Okafor"),
        # negative rows: an opening subordinate clause with its own subject still names
        # the antecedent; a given name opening the sentence is no participle
        (['"I have not decided yet," Mary Okafor said on Monday.',
          'When Dana Vogt lost the vote, she said: "We will see about the budget."'],
         "Dana Vogt"),
        (['"I have not decided yet," Mary Okafor said on Monday.',
          'Mildred Vogt arrived late. "We will see about the budget," she said.'],
         "Mildred Vogt"),
    ],
)
def test_participle_opening(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # more news speech verbs: answered, assured, barked, emailed, posted, retaliated
        (['"France will keep its budget," an angry Luc Moreau retaliated.'], "Luc Moreau"),
        (['"We will cut the budget," Dana Vogt emailed reporters.'], "Dana Vogt"),
        # negative row: the verb's own subject speaks, not a name before the sentence
        (['Luc Moreau arrived.', '"We will cut the budget," the office posted on Monday.'],
         "the office"),
    ],
)
def test_more_speech_verbs(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a place after a preposition is never the name an appositive describes
        (['Dana Vogt, during a town hall meeting in Columbus, Ohio, said she would "cut the '
          'budget by half."'], "Dana Vogt"),
        (['Here in Columbia, Dana Vogt stepped up her attacks, saying, "We will cut the '
          'budget."'], "Dana Vogt"),
        # negative row: a real appositive with a place in it still names the speaker
        (['"We will cut the budget," Paul Porter, a truck driver from Ava, Mo., said.'],
         "Paul Porter"),
    ],
)
def test_place_is_not_an_appositive_name(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


def reported_speaker(sentence: str) -> str | None:
    text = "Officials met in the capital on Monday.\n\n" + sentence
    found = [s for s in extract(parse_article(text, title="T")).statements
             if s.kind == "indirect" and "budget" in s.quote]
    assert found, "no reported statement about the budget"
    return found[0].speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an opening sentence adverb is not a subject; 'X of Texas,' is a name, not a place
        ("Shortly after the vote, Sen. Dana Vogt of Texas, now a contender, proposed a plan "
         "that would cut the budget by half.", "Dana Vogt"),
        # negative row: a capitalised -ly word that is no sentence adverb is a name
        ("Kelly said the plan would cut the budget by half.", "Kelly"),
    ],
)
def test_sentence_adverbs_and_names(sentence: str, speaker: str) -> None:
    assert reported_speaker(sentence) == speaker


@pytest.mark.parametrize("sentence", [
    "Years after the vote, Dana Vogt won the seat by promising a smaller budget for all.",
    "Rather than seeing the budget rise further, the council cut taxes for all.",
])
def test_time_and_degree_words_never_speak(sentence: str) -> None:
    text = "Officials met in the capital on Monday.\n\n" + sentence
    speakers = {s.speaker for s in extract(parse_article(text, title="T")).statements}
    assert not speakers & {"Years", "Rather"}


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a person named with an affiliation ('X of Clemson University') stays a person
        (['Another pollster, David Woodard of Clemson University, said his survey showed '
          'support holding steady.', '"Go figure, the budget held," he said in an email.'],
         "David Woodard"),
        # negative row: an organisation named with 'of' is no person
        (['Bank of America said its survey showed support holding steady.',
          'Ted Vogt arrived.', '"Go figure, the budget held," he said in an email.'],
         "Ted Vogt"),
    ],
)
def test_person_of_organisation(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # 'Al' and 'Van' opening a name are given names, not particles; a he/she
        # subject after an opening time phrase speaks
        (['Al Sharpton spoke on Monday in Harlem. Eight years ago, he backed Ted Vogt over '
          'Dana Okafor and said, "She never did a thing for the budget."'], "Al Sharpton"),
        (['"We will cut the budget," said Van Jones.'], "Van Jones"),
        # negative row: a lowercase particle still opens a surname
        (['Bill de Blasio spoke on Monday.', '"We will cut the budget," de Blasio said.'],
         "Bill de Blasio"),
    ],
)
def test_given_names_and_opening_time_phrases(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a correlative opening the sentence is no part of the name: 'Mr. Vogt' later is
        # the Ted Vogt it names
        (["Neither Ted Vogt nor his rivals spoke about taxes on Monday.",
          'Mr. Vogt said on Tuesday that the budget would pass.'], "Ted Vogt"),
        # negative rows: a subject that denies it names nobody; a plain subject speaks
        (["Ted Vogt arrived on Monday.",
          "Neither Ted Vogt nor Dana Okafor has said that the budget would pass."], None),
        (["Ted Vogt arrived on Monday.",
          "Neither the mayor nor Dana Okafor said that the budget would pass."], None),
        (["Ted Vogt arrived on Monday.",
          "Neither candidate spoke, but Dana Okafor said that the budget would pass."],
         "Dana Okafor"),
    ],
)
def test_neither_opens_no_name_and_names_nobody(paragraphs: list[str],
                                                speaker: str | None) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # 'Mrs. Roe' is the woman of the two Roes even when the man is named more often
        (["John Roe and Mary Roe arrived. John Roe spoke first.",
          "Mrs. Roe said on Tuesday that the budget would pass."], "Mary Roe"),
        (["Mary Roe and John Roe arrived. Mary Roe spoke first.",
          "Mr. Roe said on Tuesday that the budget would pass."], "John Roe"),
        # negative rows: no honorific, the person named most often; a given name read
        # as the other gender is still the only person of that surname
        (["John Roe and Mary Roe arrived. John Roe spoke first.",
          "Roe said on Tuesday that the budget would pass."], "John Roe"),
        (["Lee Epstein arrived.", "Ms. Epstein said on Tuesday that the budget would pass."],
         "Lee Epstein"),
    ],
)
def test_honorific_picks_the_person_of_its_gender(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the dummy 'it' before a form of be or seem stands for no organisation
        (["The Pentagon said on Monday that it would cut jobs.",
          "It was the mayor who said that the budget would pass."], None),
        (["The Pentagon said on Monday that it would cut jobs.",
          "It is clear, the mayor said, that the budget would pass."], "the mayor"),
        # negative rows: 'it' as the subject of a speech verb, or of a progressive, is
        # the organisation
        (["The Pentagon said on Monday that it would cut jobs.",
          "It added that the budget would pass."], "The Pentagon"),
        (["The Pentagon said on Monday that it would cut jobs.",
          "It is also saying that the budget would pass."], "The Pentagon"),
    ],
)
def test_expletive_it_names_nobody(paragraphs: list[str], speaker: str | None) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the words a description adds pick the titled person named near them
        (["Ohio Gov. Dana Vogt met Florida Gov. Ted Okafor on Monday.",
          "The Ohio governor said that the budget would pass."], "Dana Vogt"),
        (["Ohio Gov. Dana Vogt met Florida Gov. Ted Okafor on Monday.",
          "The governor said that the budget would pass."], "Ted Okafor"),
        # negative rows: words no titled person was named near, and an indefinite
        # description, stay the description
        (["Ohio Gov. Dana Vogt met Florida Gov. Ted Okafor on Monday.",
          "The Texas governor said that the budget would pass."], "The Texas governor"),
        (["Sen. Ted Okafor spoke on Monday.",
          "A Democratic senator said that the budget would pass."], "A Democratic senator"),
    ],
)
def test_description_words_pick_the_titled_person(paragraphs: list[str],
                                                   speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a name in an appositive after a description, with its affiliation after 'of'
        ("Another pollster, Dana Vogt of Clemson University, said her survey showed the "
         "budget was unpopular.", "Dana Vogt"),
        ("One delegate, Dana Vogt of Ohio, said the budget would pass.", "Dana Vogt"),
        # negative rows: the words after 'of' are no place or organisation (the rest of
        # a title: 'Secretary of State Dana Vogt'); a title before 'of' is no name
        ("The department's top official, Secretary of State Dana Vogt, said the budget "
         "would pass.", "The department's top official"),
        ("One delegate, Deputy Secretary of Acme University, said the budget would pass.",
         "One delegate"),
    ],
)
def test_appositive_name_with_affiliation(sentence: str, speaker: str | None) -> None:
    assert reported_speaker(sentence) == speaker
