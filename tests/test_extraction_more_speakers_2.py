"""Table-driven speaker tests, continued from test_extraction_more_speakers.py (same
made-up articles, same marker: the statement quoting "budget")."""

from __future__ import annotations

import pytest
from test_extraction_more_speakers import speaker_of

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.speakers import NAME_RUN_RE


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a determiner subject opening the sentence speaks for the participle cue
        (['Dana Vogt spoke on Monday.',
          'The spokesman refused to answer questions but said no meeting was planned, '
          'adding: "If one is proposed we will consider the budget."'], "The spokesman"),
        # negative row: after an appositive name the determiner phrase is no subject
        (['Lesley Okafor, a senior vice president of the firm, said the plan is in '
          'decline.', '"I think the budget is just changing," she said.'], "Lesley Okafor"),
    ],
)
def test_determiner_clause_subject(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # 'shot back', 'fired back', 'hit back' are speech cues
        (['After Dana Okafor criticized her, Mary Vogt shot back, "I chose to fix the '
          'budget."'], "Mary Vogt"),
        (['"They are all here for the free budget," Ted Vogt fired back with a laugh.'],
         "Ted Vogt"),
        # negative row: 'shot' alone is no cue
        (['Mary Vogt spoke first.', 'Ted Okafor shot a video. "We will fix the budget," '
          'she said.'], "Mary Vogt"),
    ],
)
def test_back_phrasal_cues(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a question mark ending the quote does not end the sentence before
        # 'NAME, appositive, said'
        (['"Is this the budget? How are you today?" Miller, a retired worker from a '
          'plant, said pleasantly into the phone.'], "Miller"),
        # negative row: a new sentence with its own subject and verb stays apart
        (['Dana Vogt spoke first.', '"Is this the budget? How are you today?" she said. '
          'Miller, a retired worker, left the room.'], "Dana Vogt"),
    ],
)
def test_appositive_after_question(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize("mark", ['"', "''"])
def test_partial_quote_with_inverted_cue(mark: str) -> None:
    """'The plans are "irresponsible," said NAME': the name after the cue speaks for
    the clause (not 'The budget plans'), and the bare quote after it goes on."""
    text = (f"Officials met in the capital on Monday.\n\nThe budget plans are {mark}profoundly "
            f"irresponsible,{mark} said Steve Bell, a senior director. "
            f"{mark}It just leaves guys like me speechless.{mark}")
    found = extract(parse_article(text, title="T")).statements
    assert {s.speaker for s in found} == {"Steve Bell"}
    assert any("irresponsible" in s.quote for s in found)
    assert any("speechless" in s.quote for s in found)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # 'this'/'that' before a subject is its determiner, not a time word
        (['Dana Vogt spoke first.', '"The kids do not like the budget," this source told '
          'the Post.'], "this source"),
        # in an introduction with several cues, a determiner subject before the nearest
        # cue speaks ('Alongside X calls for action, a top strategist said ...')
        (['Alongside union calls for action, even a top GOP strategist said Vogt must '
          'choose, saying, "At some point, she must come out on the budget."'],
         "a top GOP strategist"),
        # negative row: a time word before the subject is still dropped
        (['"The kids do not like the budget," Tuesday Dana Vogt said.'], "Dana Vogt"),
    ],
)
def test_determiners_before_cues(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # 'it said' stands for the last organisation or document that spoke
        (['"We want no part in the budget listing," the company wrote in its statement.',
          'Dana Vogt said she was surprised.',
          'It added, "We will review the budget."'], "the company"),
        (['"The plan works," a newly released report said. Ted Vogt disagreed.',
          '"Costs will fall with the budget," it added.'], "a newly released report"),
        # negative row: 'it' never stands for a person who spoke last
        (['Ted Vogt said he was surprised by the vote.',
          '"We will review the budget," it said.'], None),
        # it-not-people: nor for a group of people named last
        (['State officials, however, praised the tax plan for its restraint.',
          '"We will review the budget," it said.'], None),
        (['Many analysts said the tax plan would fail.',
          '"We will review the budget," it said.'], None),
        # nor for a person named by a description
        (['The presidential candidate said the tax plan would fail.',
          '"We will review the budget," it said.'], None),
        # negative row: a body whose head is no plural of people is still 'it'
        (['The tax office, however, praised the plan for its restraint.',
          '"We will review the budget," it said.'], "The tax office"),
    ],
)
def test_it_is_a_thing(paragraphs: list[str], speaker: str | None) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an opening 'Before ...,' phrase is skipped; its object is not the subject
        (['Before the convention, Police Chief Calvin Okafor lobbied to suspend the rules, '
          'saying, "The smaller the budget, the better."'], "Calvin Okafor"),
        # negative row: the object of the opening phrase never speaks, even when the
        # subject after it is a pronoun
        (['Dana Vogt arrived on Monday.', 'Before the convention, she lobbied to suspend '
          'the rules, saying, "The smaller the budget, the better."'], "Dana Vogt"),
    ],
)
def test_opening_phrase_before_subject(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a dash signature line may carry a short description after a comma
        (['"The whole idea of cutting the budget needs to stop."',
          '-Michelle Okafor, Philadelphia.'], "Michelle Okafor"),
        (['"Great speech on the budget. She is ready."',
          '-Dana Vogt, tweeting after the speech.'], "Dana Vogt"),
        # negative row: a dash line that goes on as a sentence with a quote is no signature
        (['Ted Vogt spoke.', '"We will cut the budget," he said.',
          '- Dana Okafor, who said "no" twice, left early.'], "Ted Vogt"),
    ],
)
def test_dash_signature_with_description(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # 'the' and a capitalised name after an opening phrase is the colon's subject
        (['As if addressing him directly, the Illinois Board of Elections was conclusive '
          'in its findings: "Further discussion on the budget is unnecessary."'],
         "Illinois Board of Elections"),
        # an organisation head keeps its 'of' ('Department of Justice', 'University of X')
        (['"We will review the budget," the Department of Justice said.'],
         "Department of Justice"),  # named in full, no article (org_names.py)
        (['"We will review the budget," the University of Michigan said.'],
         "University of Michigan"),
        # negative rows: a person 'of' a place, a title 'of' before a name
        (['"We will review the budget," said Gov. Chris Okafor of New Jersey.'],
         "Chris Okafor"),
        (['"We will review the budget," said Secretary of State John Vogt.'], "John Vogt"),
    ],
)
def test_organisation_names_with_of(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a capitalised participle opening a name run is not part of the name
        (['Dana Okafor arrived.', 'Following Ted Vogt on the stage, Dana Okafor seemed to '
          'implore him to stop.', '"I did not put down conditions on the budget," she said.'],
         "Dana Okafor"),
        # negative row: given names ending in -ing stay
        (['"We will cut the budget," said Irving Okafor.'], "Irving Okafor"),
    ],
)
def test_participle_is_not_a_name(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # 'in Salem, New Hampshire,' is a city and its state, not an appositive's name
        (['Speaking at a town hall in Salem, New Hampshire, Ted Vogt went after Okafor, '
          'calling him "a total stiff on the budget."'], "Ted Vogt"),
        # a state is never the antecedent of he/she
        (['Ted Vogt spoke.', 'The rally moved on to New Hampshire.',
          '"Here is a guy who would cut the budget," he says.'], "Ted Vogt"),
        # negative row: a person whose surname is a place name stays a person
        (['Jim Jordan spoke.', '"We will cut the budget," he said.'], "Jim Jordan"),
    ],
)
def test_places_are_not_people(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


def test_modal_and_be_make_a_clause_not_a_subject() -> None:
    """'The biases shown in the report shouldn't be read as saying: "..."': a phrase
    holding a modal or 'be' is a clause, never the speaker."""
    text = ("Officials met in the capital on Monday.\n\nThe biases shown in the report "
            "shouldn't be read as saying: \"The governor will sign the budget.\"")
    speakers = {s.speaker for s in extract(parse_article(text, title="T")).statements}
    assert not any(s and "shouldn" in s for s in speakers)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an opening 'In December,' is no name with an appositive after it
        (['In December, the prince called for Vogt to drop out, calling him "a disgrace '
          'to the budget."'], "the prince"),
        # negative rows: a relative clause after a preposition's object still speaks;
        # a title after 'Nevada,' is no state after a city
        (['There is a lot of chatter about Perez, who is animated this morning, saying '
          '"Zip codes should not decide the budget."'], "Perez"),
        (['Alarmed by the unrest in Nevada, Senator Harry Okafor, the minority leader, said '
          'he would "do the right thing on the budget."'], "Harry Okafor"),
    ],
)
def test_opening_phrase_is_no_appositive(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # reported speech whose subject was not found takes nobody, not the person the
        # paragraph named first ('Most' are Democrats, not the governor)
        (["Governor Dana Okafor is popular among Democrats. Most believe that the budget "
          "has improved since she was elected."], None),
        # ... and a subject read past an adverb (subject_gaps.CUE_ADVERBS) is its own
        # speaker, never the judge
        (["Judge Ina Roe was confirmed 92 to 0. Both of her senators strongly supported "
          "the budget."], "Both of her senators"),
        (["Judge Ina Roe was confirmed 92 to 0. Both of her senators, in turn and in "
          "writing, supported the budget."], None),
        # negative row: a bare quotation still takes the paragraph's person
        (['Senator Dana Okafor spoke for an hour. "We will fix the budget."'], "Dana Okafor"),
    ],
)
def test_paragraph_subject_only_for_quotations(paragraphs: list[str],
                                                speaker: str | None) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # title-holder-not-last: 'the governor' after another person named in the
        # paragraph's narration may be that person: left as the description
        (["Former Ohio Gov. Dana Vogt spoke first.",
          "Ted Okafor said he would cut taxes. The governor added that the budget would "
          "pass."], "The governor"),
        # negative rows: no one else named since the governor; a name inside a quotation
        # is not one the narration introduces
        (["Former Ohio Gov. Dana Vogt spoke first.",
          "The governor added that the budget would pass."], "Dana Vogt"),
        (["Former Ohio Gov. Dana Vogt spoke first.",
          '"I commend Ted Okafor and the budget," the governor said.'], "Dana Vogt"),
    ],
)
def test_title_holder_not_last(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


def test_name_never_crosses_a_line_break() -> None:
    """A headline line ending in capitals does not join the name opening the next line
    ('Vogt Hits Rape Exception For Abortions' + 'Dana Vogt criticized ...'): the
    speaker is Dana Vogt, not a name run across the break."""
    assert [m[0] for m in NAME_RUN_RE.finditer("Vogt Hits Rape Exception For Abortions\nDana "
                                               "Vogt criticized Ted Okafor.")] == [
        "Vogt Hits Rape Exception For Abortions", "Dana Vogt", "Ted Okafor"]
    text = ("Officials met in the capital on Monday.\n\nVogt Hits Rape Exception For "
            "Abortions\nDana Vogt criticized Ted Okafor.\n"
            '"I will pass the budget," Vogt said.')
    found = [s for s in extract(parse_article(text, title="T")).statements
             if "budget" in s.quote]
    assert [s.speaker for s in found] == ["Dana Vogt"]
