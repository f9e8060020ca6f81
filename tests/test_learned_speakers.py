"""Table-driven tests for the speakers a learned statement may name of its own
(bot/extraction/learned_speakers.py) and for its clause subject when the sentence's
opening noun phrase is not it (bot/extraction/nearest_subject.py), with negative rows.

All sentences are made up. The lede makes Jane Roe a speaker of the rules, so no
statement below names a speaker only because the rules' statements do.
"""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.opening_subject import opening_subject
from bot.models import Statement

LEDE = "WASHINGTON -- Senator Jane Roe said on Wednesday that the budget would pass."


def learned(paragraph: str) -> Statement:
    article = parse_article(f"{LEDE}\n\n{paragraph}", title="T")
    found = [s for s in extract(article).statements if "learned-cue" in s.trace["span"]]
    assert found, "the model found no cue"
    return found[-1]


@pytest.mark.parametrize(("paragraph", "speaker", "vetting"), [
    # an office before a name in full, the given name unknown to the lists
    ("Ohio Gov. Ted Okafor hopes to win the nomination in the spring.", "Ted Okafor",
     "learned_titled_name"),
    # a person whose given name is unknown, shown to be a person by 'Grandi said'
    ("Grandi said Monday he would go. Filippo Grandi welcomed the decision.",
     "Filippo Grandi", "learned_known_person"),
    # an organisation the article names, its name alone as the subject
    ("The Heritage Foundation notes that the plan would cost billions.",
     "Heritage Foundation", "learned_organisation"),
    ("Congress voted to delay the tax by two years.", "Congress", "learned_organisation"),
    # an office and a surname, for a person the article does not name in full
    ("President Okafor expressed frustration in an interview with the allies.", "Okafor",
     "learned_titled_surname"),
    # an acronym
    ("The CIA learned that the plan would fail.", "CIA", "learned_organisation"),
    # an appositive with a determiner between the name and its cue
    ("The FDIC, a major banking regulator which keeps confidential data on the biggest "
     "banks, declined to comment.", "FDIC", "learned_organisation"),
    # a contracted auxiliary between the name and its cue, as 'would not' is
    ("Ohio Gov. Ted Okafor wouldn’t say when the vote on the budget would be held.",
     "Ted Okafor", "learned_titled_name"),
    # negative: an appositive with no determiner
    ("The FDIC, banking regulator, declined to comment.", None, "not_a_rule_speaker"),
    # negative: the second of two joined by 'and'; initials, not an acronym
    ("Spokesmen at the FBI and Justice Department would not discuss the investigation.",
     None, "not_a_rule_speaker"),
    # ... but a group of people (rule learned_group, below)
    ("U.S. officials voted to delay the tax.", "U.S. officials", "learned_group"),
    # negatives: a common noun opening the sentence, written in lower case elsewhere;
    # a group; a party word as the only 'office'
    ("Network has offered a path for conservatives. The network was founded in 1990.",
     None, "not_a_rule_speaker"),
    ("Officials voted to delay the tax by two years.", None, "not_a_rule_speaker"),
    ("Prominent Republican Cuban American politicians have been vocal in their criticism "
     "of the plan.", None, "not_a_rule_speaker"),
    # negative: an unknown given name with nothing to show it is a person
    ("Filippo Grandi welcomed the decision.", None, "not_a_rule_speaker"),
    # ... but an appositive whose head names a person shows it
    ("Filippo Grandi, the father of a soldier, welcomed the decision.", "Filippo Grandi",
     "learned_known_person"),
    # negative: an appositive whose head is no person noun
    ("Filippo Grandi, a name on the list, welcomed the decision.", None,
     "not_a_rule_speaker"),
    # learned_described_person: the name in full followed elsewhere by an appositive
    # whose head, before any preposition, is a person noun (brackets allowed), or by a
    # lone noun with no determiner
    ("Filippo Okafor, the United Nations High Commissioner for Refugees (UNHCR), "
     "arrived in Ankara on Monday. Okafor welcomed the decision.", "Filippo Okafor",
     "learned_described_person"),
    ("Filippo Okafor, hotelier, arrived in Ankara on Monday. Okafor welcomed the "
     "decision.", "Filippo Okafor", "learned_described_person"),
    # negatives: an appositive whose head is a thing; none at all
    ("Filippo Okafor, the movement against the tax, grew quickly. Okafor welcomed the "
     "decision.", None, "not_a_rule_speaker"),
    ("Filippo Okafor, a name on the list, arrived in Ankara on Monday. Okafor welcomed "
     "the decision.", None, "not_a_rule_speaker"),
    ("Filippo Okafor arrived in Ankara on Monday. Okafor welcomed the decision.", None,
     "not_a_rule_speaker"),
    # learned_described_name: a person noun right before the name in full
    ("Soviet dissident Milovan Okafor referred to the new class of officials.",
     "Milovan Okafor", "learned_described_name"),
    ("Activist Angela Okafor railed against the issue of mass incarceration in the film.",
     "Angela Okafor", "learned_described_name"),
    # negatives: a party word before the name; an owner's name before it
    ("Republican Cuban Okafor referred to the new class of officials.", None,
     "not_a_rule_speaker"),
    ("Fox News’ Bret Okafor noticed that none of the guests had read the plan.", None,
     "not_a_rule_speaker"),
    ("Guests like comedian Milovan Okafor referred to the new class of officials.", None,
     "not_a_rule_speaker"),
    # learned_opened_name: a clause opener before the surname of a person named in
    # full, a given name the lists know
    ("Chuck Okafor arrived on Monday. Though Okafor hasn't expressed an inclination to "
     "convene hearings, the vote will come.", "Chuck Okafor", "learned_opened_name"),
    ("Chuck Okafor arrived on Monday. As Okafor tried to discuss the challenges, the "
     "room went quiet.", "Chuck Okafor", "learned_opened_name"),
    # negatives: a preposition before the name; a given name the lists do not know
    ("Chuck Okafor arrived on Monday. Like Okafor hasn't expressed an inclination to "
     "convene hearings, the vote will come.", None, "not_a_rule_speaker"),
    ("Milovan Okafor arrived on Monday. As Okafor tried to discuss the challenges, the "
     "room went quiet.", None, "not_a_rule_speaker"),
    # learned_name_of: the name in full, 'of' and capitalised words
    ("Jennifer Okafor of Bloomberg News made it clear the comment hit a nerve.",
     "Jennifer Okafor", "learned_name_of"),
    # negative: a given name the lists do not know
    ("Milovan Okafor of Bloomberg News made it clear the comment hit a nerve.", None,
     "not_a_rule_speaker"),
    # learned_apposed_name: a name between commas after a description of a person
    # opening the sentence, the cue right after
    ("Tal Okafor arrived on Monday. An Israeli blogger, Tal Okafor, likened the rules "
     "to a fire.", "Tal Okafor", "learned_apposed_name"),
    ("Tal Okafor arrived on Monday. Another critic, Tal Okafor, likened the rules to a "
     "fire.", "Tal Okafor", "learned_apposed_name"),
    # negatives: a description of a thing; a place; a long relative clause after
    ("Tal Okafor arrived on Monday. The new website, Tal Okafor, likened the rules to a "
     "fire.", None, "not_a_rule_speaker"),
    ("Tal Okafor arrived on Monday. In the capital, Tal Okafor likened the rules to a "
     "fire.", None, "not_a_rule_speaker"),
    ("Tal Okafor arrived on Monday. Another critic, Tal Okafor, who arrived on Monday "
     "after a trip, likened the rules to a fire.", None, "not_a_rule_speaker"),
    # a name ending in 'Jr.' that the article's names read without the full stop
    ("That suggestion prompted a harsh response from Donald Okafor Jr., who suggested "
     "in an interview that the plan was trying to maintain relevance.",
     "Donald Okafor Jr.", "learned_full_name"),
    # a group of people opening the sentence, a plural noun with up to two words before
    ("Muslim advocates hailed the nomination of the judge.", "Muslim advocates",
     "learned_group"),
    ("Democrats largely echoed the line of criticism.", "Democrats", "learned_group"),
    # negatives: the subject of a passive; a group that does not open the sentence; an
    # owner's name in it
    ("States were required to test students annually in math.", None, "passive_subject"),
    ("On the hill, Republican supporters bemoaned the lack of details.", None,
     "not_a_rule_speaker"),
    ("Doe's allies bemoaned the lack of details in the plan.", None, "not_a_rule_speaker"),
    # a description: a determiner, an office or organisation noun in lower case
    ("The French president expressed his condolences over the attack.",
     "The French president", "learned_description"),
    ("A federal judge has ordered the release of internal records.", "A federal judge",
     "learned_description"),
    # negatives: a passive; a relative clause between the subject and its cue
    ("The group is also known by the acronyms ISIL and ISIS.", None, "passive_subject"),
    ("A president who authorized the raid that killed the leader hoped to leave office "
     "in peace.", None, "not_a_rule_speaker"),
    # learned_lone_name: one capitalised word the article writes as a name elsewhere,
    # opening its clause before the cue (a relative clause between allowed)
    ("Awards also went to Tavira. Tavira, who was honored with the top award, railed "
     "against the importance of self-love.", "Tavira", "learned_lone_name"),
    ("The Quorvex team voted. Quorvex notes that the surveys they studied are not "
     "monolithic.", "Quorvex", "learned_lone_name"),
    # negatives: written once only, at a sentence's start; written in lower case too; a
    # plural; a nationality
    ("Quorvex notes that the surveys they studied are not monolithic.", None,
     "not_a_rule_speaker"),
    ("Tavira, who was honored with the top award, railed against the importance of "
     "self-love.", None, "not_a_rule_speaker"),
    ("Work went to Quorvexes. By voting to delay the tax, Quorvexes notes that the "
     "surveys they studied are not monolithic.", None, "not_a_rule_speaker"),
    ("Most Koreans knew it. Koreans are mulling changing the traditional symbol on "
     "maps.", None, "not_a_rule_speaker"),
])
def test_learned_speaker_rules(paragraph: str, speaker: str | None, vetting: str) -> None:
    stmt = learned(paragraph)
    assert stmt.speaker == speaker
    assert stmt.trace["speaker_vetting"] == vetting


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a long opening phrase before the subject
    ("As the race has turned to primary contests in states with more diverse Democratic "
     "electorates, John Doe has increasingly decried the issue of racism.", "John Doe"),
    # a relative clause after the subject, the cue after ', but'
    ("John Doe, who was speaking to mayors, did not mention Roe by name, but told city "
     "leaders that the plan would fail.", "John Doe"),
    # a dateline and a party tag
    ("WASHINGTON — Sen. John Doe (R-Iowa) on Wednesday downplayed the attack on the judge "
     "and said it was the same thing.", "John Doe"),
])
def test_nearest_clause_subject(paragraph: str, speaker: str) -> None:
    stmt = learned(paragraph)
    assert stmt.speaker == speaker
    assert stmt.trace["speaker"].startswith("nearest-clause-subject")


@pytest.mark.parametrize("paragraph", [
    # negative: an expletive 'it's'
    "John Doe, meanwhile, has a net positive of nine points - although it's fair to say "
    "that he has received less attention.",
])
def test_no_nearest_clause_subject(paragraph: str) -> None:
    stmt = learned(paragraph)
    assert stmt.speaker is None
    assert stmt.trace["speaker"] == "unattributed"


def test_subject_after_a_comma_is_not_the_nearest_clause_subject() -> None:
    """Another subject comes in after a comma: the rules read it (a plural noun with
    its complement, subject_edges.plural_with_complement), never John Doe."""
    article = parse_article(f"{LEDE}\n\nEven if John Doe can't catapult over Roe in the "
                            "state, insiders in the next two states said it is important.",
                            title="T")
    found = [(s.speaker, s.quote) for s in extract(article).statements
             if s.quote == "it is important"]
    assert found == [("insiders in the next two states", "it is important")]


@pytest.mark.parametrize(("sentence", "cue", "subject"), [
    ("Some in the crowd booed, and when John Doe thanked Miami and said it was fine.",
     "said", "John Doe"),
    ("Years after Bill Doe disingenuously claimed that the era was over, Roe won.",
     "claimed", "Bill Doe"),
    ("But Reid, who has long admired Warren, recently ordered a legal analysis.",
     "ordered", "Reid"),
    # an appositive closed inside a quotation; a comma before an adverb
    ('Joe Doe, host of the "Morning Show," suggested the plan could fail.', "suggested",
     "Joe Doe"),
    ("Her opponent, Vermont Sen. Bernie Doe, also praised the actions.", "praised",
     "Vermont Sen. Bernie Doe"),
    # a comma inside the closing mark of a quoted word, then 'and' and the cue
    ("John Doe called the plan a “disaster,” and said it would fail.", "said",
     "John Doe"),
    # an -ing word after an article or demonstrative modifies a noun, no clause
    ("John Doe descended on this struggling seaside town on Wednesday, delivering a "
     "critique of the plan.", "delivering", "John Doe"),
    # negative: after a possessive it may be a gerund with its own agent
    ("John Doe welcomed their joining the race and said it was fine.", "said", None),
    # negative: after the quoted word's comma another clause comes in
    ("John Doe called the plan a “disaster,” the mayor replied, and said it would "
     "pass.", "said", None),
    # negatives: a possessive, a pronoun, a noun phrase around the name, a passive, a
    # noun cue, a relative clause of another subject
    ("Bob Doe's son, Grant, defended his father on Tuesday.", "defended", None),
    ("He worked with Ron Doe, who shared his zeal for the bank.", "shared", None),
    ("Another Doe ally, Tom Roe, told the network the plan was suspect.", "told", None),
    ("John Doe is widely expected to lay the ground work for a hike.", "expected", None),
    ("John Doe said, asked about the vagueness in an interview.", "asked", None),
    ("John Doe has faced criticism for his overtures to the Kremlin.", "criticism", None),
    ("Tom Doe told Ann Roe, who answered her door and said she would vote.", "said", None),
])
def test_nearest_subject_table(sentence: str, cue: str, subject: str | None) -> None:
    from bot.extraction.nearest_subject import nearest_subject
    found = nearest_subject(sentence, 0, cue, sentence.index(cue))
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a participle in a clause opening the sentence: the main clause's subject
    ("Hours after blasting the Drudge Report for linking to an article about his fast, Glenn "
     "Okafor doubled down on his rhetoric.", "Glenn Okafor"),
    ("In addition to stating that the plan has no support, John Doe has vowed to repeal "
     "it.", "John Doe"),
    ("One month after announcing his support for the plan, John Doe still believes the "
     "budget is unfit.", "John Doe"),
])
def test_opening_participle_subject(paragraph: str, speaker: str) -> None:
    stmt = learned(paragraph)
    assert stmt.speaker == speaker
    assert stmt.trace["speaker"].startswith("opening-participle-subject")


@pytest.mark.parametrize(("sentence", "cue", "subject"), [
    ("After blasting the report, Glenn Roe doubled down.", "blasting", "Glenn Roe"),
    ("Tuesday on a radio show, while discussing a tweet, Rep. Paul Roe (R-WI) said it "
     "was wrong.", "discussing", "Rep. Paul Roe"),
    # negatives: the participle is not in an opening clause; a possessive main subject;
    # a pronoun main subject
    ("Glenn Roe doubled down, blasting the report.", "blasting", None),
    ("After blasting the report, Roe's campaign doubled down.", "blasting", None),
    ("After blasting the report, he doubled down.", "blasting", None),
])
def test_opening_participle_table(sentence: str, cue: str, subject: str | None) -> None:
    from bot.extraction.opening_participle import opening_participle_subject
    found = opening_participle_subject(sentence, 0, len(sentence), cue, sentence.index(cue))
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(("sentence", "cue", "subject"), [
    ("The people finally recognize that the plan failed.", "recognize", "The people"),
    ("Democratic party leaders are increasingly admitting that they are nervous.",
     "admitting", "Democratic party leaders"),
    ("Her strategists have been reluctant to reveal their plans.", "reluctant",
     "Her strategists"),
    # negatives: a passive; nothing between the subject and the cue; an opening phrase;
    # a noun in -ly
    ("The group is also known by the acronyms ISIL and ISIS.", "known", None),
    ("The people recognize that the plan failed.", "recognize", None),
    ("In March, the senator quietly dropped the plan.", "dropped", None),
    ("The Roe family said the plan failed.", "said", None),
])
def test_opening_subject(sentence: str, cue: str, subject: str | None) -> None:
    found = opening_subject(sentence, 0, cue, sentence.index(cue))
    assert (found[0] if found else None) == subject
