"""Table-driven tests for speaker rules added for direct quotes, with negative rows.

Each row is a made-up article; the test finds the statement whose quote contains a
marker phrase and checks its speaker.
"""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract


def speaker_of(marker: str, *paragraphs: str) -> str | None:
    text = "\n\n".join(["Officials met in the capital on Monday.", *paragraphs])
    found = [s for s in extract(parse_article(text, title="T")).statements if marker in s.quote]
    assert found, f"no statement quotes {marker!r}"
    return found[0].speaker


@pytest.mark.parametrize(
    ("paragraphs", "marker", "speaker"),
    [
        # the cue nearest the quote, with a name right before it, speaks
        (['When Dana Vogt noted the cost, Ray Okafor boasted, "That makes me smart today."'],
         "smart", "Ray Okafor"),
        (['Ray Okafor, who called Dana Vogt after the vote, told her supporters, '
          '"I still love this state and its people."'], "love", "Ray Okafor"),
        # negative rows: "went on to say" is not a new subject; one cue keeps its subject
        (['Dana Vogt wrote to members. The email went on to say, "We will close the office '
          'next week."'], "office", "The email"),
        (['Dana Vogt said, "We will close the office next week."'], "office", "Dana Vogt"),
    ],
)
def test_nearest_cue_subject(paragraphs: list[str], marker: str, speaker: str) -> None:
    assert speaker_of(marker, *paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a lone month is never the antecedent of "she"
        (["Mary Okafor joined the board last year.",
          'In June, the board met again. "We have work to do on the budget," she said.'],
         "Mary Okafor"),
        # an all-capitals dateline word is never a person
        (["CHARLOTTE -- Dana Vogt spoke to the crowd on Friday.",
          '"We have work to do on the budget," she said.'], "Dana Vogt"),
    ],
)
def test_lone_words_never_people(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of("budget", *paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "marker", "speaker"),
    [
        # a dash signature after the quotation
        (['"Mr. Vogt embodies the worst of our politics today." ― Sonya Herridge\n'
          '"During the debate he said things that were hard to hear." ― Krystal Correa'],
         "embodies", "Sonya Herridge"),
        (['"Mr. Vogt embodies the worst of our politics today." ― Sonya Herridge\n'
          '"During the debate he said things that were hard to hear." ― Krystal Correa'],
         "During", "Krystal Correa"),
        # a signature on its own line after a quotation paragraph
        (['"I went to the bank before the crash and warned them all."', "- Dana Vogt."],
         "bank", "Dana Vogt"),
        # a transcript label opens the quotation
        (["Chris Wallace asked Mike Pence about the debate.",
          '"WALLACE: If I may, sir, will she be at the debate?',
          '"PENCE: She will not be attending the debate tomorrow night.'],
         "attending", "Mike Pence"),
        # a name and a colon before a quotation (headlines, side-by-side quotes)
        (['Vogt: "We will not raise taxes this year." Okafor: "We will cut them by half."'],
         "raise", "Vogt"),
        (['Vogt: "We will not raise taxes this year." Okafor: "We will cut them by half."'],
         "cut them", "Okafor"),
        # inverted attribution
        (['Said Ellis: "I do not get the sense she is interested in reform."'],
         "reform", "Ellis"),
        (['Continued Ray Okafor: "So I think it is a very real danger for us."'],
         "danger", "Ray Okafor"),
        # a relative clause: the noun phrase before "who" speaks
        (["The event featured Ray Okafor, a congressman, as well as singers like Dana Vogt "
          "and Stevie Wonder, who joked of the museum, \"I have not seen it yet, but I am "
          "going to.\""], "seen it", "Stevie Wonder"),
        # a sentence ending in a colon introduces the next paragraph's quotation
        (["The New York Times reports:",
          '"Just 24 percent of the contributors to the campaign gave $200 or less."'],
         "24 percent", "New York Times"),
        (["On July 6, 2015, Ray Okafor made the following comment:",
          '"For young people who have left high school, the rate is 51 percent."'],
         "51 percent", "Ray Okafor"),
        # a document introduced with a colon speaks; a plain noun phrase does not
        (['The piece used one of the quotes as its headline: "Finally, someone who thinks '
          'like me."'], "Finally", "The piece"),
        (['The result was clear to everyone in the room: "Finally, someone who thinks like '
          'me."'], "Finally", None),
        # a document reads; a person comments
        (['"Our children are thriving in these schools today," the letter reads.'],
         "thriving", "the letter"),
        (['While having a heated debate about the nominees, a friend commented: "For you, '
          'immigration is the main reason to vote."'], "immigration", "a friend"),
        # past-tense cues outside the common list
        (['Dana Vogt asked about the count. "Would it be negotiable at all?" Ray Okafor '
          'pressed.'], "negotiable", "Ray Okafor"),
        # negative rows: a dash inside running text and a section heading are not speakers
        (['Dana Vogt said the slogan "make the state great" — Ray Okafor disagreed.'],
         "state great", "Dana Vogt"),
        (['Dana Vogt said: "UPDATE: the office will close on Friday at noon."'],
         "office", "Dana Vogt"),
    ],
)
def test_layout_speakers(paragraphs: list[str], marker: str, speaker: str | None) -> None:
    assert speaker_of(marker, *paragraphs) == speaker


def test_transcript_label_is_not_part_of_the_quote() -> None:
    text = "\n\n".join(["Officials met.", '"PENCE: She will not be attending the debate tonight.'])
    [st] = extract(parse_article(text, title="T")).statements
    assert st.quote.startswith("She will not")


@pytest.mark.parametrize(
    ("paragraphs", "marker", "speaker"),
    [
        # an outlet after the name read forwards is not the speaker
        (['"The impact of the debate is still small," wrote Cameron Easley for Morning '
          'Consult.'], "impact", "Cameron Easley"),
        (['"It flows off the lips," wrote Larry Okafor on Hot Air.'], "flows", "Larry Okafor"),
        # the listener of "told" never speaks
        (['"That is inevitable," the county chair, Joe Kasper, told POLITICO.'],
         "inevitable", "Joe Kasper"),
        # negative rows: a plain name after the cue still speaks
        (['"It is over," said Cameron Easley.'], "over", "Cameron Easley"),
        (['"It is over," said Secretary of State Ray Okafor.'], "over", "Ray Okafor"),
    ],
)
def test_phrase_boundaries(paragraphs: list[str], marker: str, speaker: str) -> None:
    assert speaker_of(marker, *paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "marker", "speaker"),
    [
        # a bare quotation right after an attributed sentence: the same speaker goes on
        (['Yet Dana Vogt is also a "change agent," Tom Cole said. "That is exactly what '
          'people want right now in this state."'], "exactly", "Tom Cole"),
        # negative row: a sentence in between that names someone without a statement
        (['Dana Vogt said the bill was "a good start" for the state. Ray Okafor tweeted a '
          'warning. "Remember in November the members who voted for this."'],
         "Remember", "Ray Okafor"),
    ],
)
def test_bare_quote_continues(paragraphs: list[str], marker: str, speaker: str) -> None:
    assert speaker_of(marker, *paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "marker", "speaker"),
    [
        # a run that only adds words in front of a known full name is that person
        (["Dana Vogt spoke in Ohio on Friday.",
          'Ray Okafor said, "Beating Crooked Dana Vogt will be easy for us."',
          'Vogt said, "We will win this state in November."'], "win this", "Dana Vogt"),
        # negative row: a different given name is a different person
        (["Dana Vogt spoke in Ohio on Friday.", "Mary Vogt joined her on stage.",
          'Mary Vogt said, "We will win this state in November."'], "win this", "Mary Vogt"),
    ],
)
def test_known_full_name(paragraphs: list[str], marker: str, speaker: str) -> None:
    assert speaker_of(marker, *paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "marker", "speaker"),
    [
        # "the president" is the President, not the Vice President
        (["President Dana Vogt and Vice President Ray Okafor opened the museum.",
          'It was, the president said, "a stone worn down by the tragedy of years."'],
         "stone", "Dana Vogt"),
        # negative row: "the vice president" still finds the Vice President
        (["President Dana Vogt and Vice President Ray Okafor opened the museum.",
          'It was, the vice president said, "a stone worn down by the tragedy of years."'],
         "stone", "Ray Okafor"),
    ],
)
def test_title_rank(paragraphs: list[str], marker: str, speaker: str) -> None:
    assert speaker_of(marker, *paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a name inside an opening subordinate clause is not the sentence's subject
        (["While Ray Okafor had artists writing songs about him, that has not happened "
          "for Dana Vogt, which concerns Henry Crespo, president of the caucus.",
          '"No one is writing songs for her campaign," he said.'], "Henry Crespo"),
        # negative row: without the opening clause the subject is preferred
        (["Ray Okafor had artists writing songs about him, which concerns Henry Crespo, "
          "president of the caucus.",
          '"No one is writing songs for her campaign," he said.'], "Ray Okafor"),
    ],
)
def test_opening_clause_is_aside(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of("songs for her", *paragraphs) == speaker


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("the director", "Raj Shah"),  # a singular title noun maps to the titled person
        ("many Republican", "many Republican"),  # negative row: a quantifier is a group
    ],
)
def test_title_noun_needs_one_person(subject: str, speaker: str) -> None:
    paragraphs = ["Republican Research Director Raj Shah spoke to reporters on Friday.",
                  f'"The numbers do not add up at all," {subject} said.']
    assert speaker_of("add up", *paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a bare surname is the person with it named most often, the first on a tie
        (["Sen. Ray Cruz spoke in Houston.", "He thanked his wife, Heidi Cruz, on stage.",
          '"I am not in the habit of supporting people who attack my wife," Cruz said.'],
         "Ray Cruz"),
        (["Heidi Cruz spoke in Houston.", "Ray Cruz was away.", "Heidi Cruz thanked voters.",
          '"I am not in the habit of supporting people who attack my wife," Cruz said.'],
         "Heidi Cruz"),
    ],
)
def test_bare_surname(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of("habit", *paragraphs) == speaker
