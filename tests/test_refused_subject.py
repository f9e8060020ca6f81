"""Table-driven tests of refused-subject-nearest (refused_subject.py): a subject the
vetting refuses is read again as the nearest name standing as the cue's clause subject;
and of nearest_subject's two refusals (a passive verb of the name, an object-control
verb before an infinitive cue). Made-up sentences."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.nearest_subject import nearest_subject


def _statement(*paragraphs: str, marker: str = "budget") -> tuple[str | None, str]:
    text = "\n\n".join(["Officials met in the capital on Monday.", *paragraphs])
    found = [s for s in extract(parse_article(text, title="T")).statements
             if marker in s.quote]
    assert found, "no statement quotes the marker"
    return found[-1].speaker, found[-1].trace.get("speaker", "")


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "rule"),
    [
        # an opening phrase of place and time read as the subject, refused as a place
        (["Dana Vogt is a senator.", "At a campaign event in Ames, Iowa, on Sunday, "
          "Mrs. Vogt tried to expand on her earlier statement, saying that the budget "
          "should be cut."], "Dana Vogt", "refused-subject-nearest + subject-mention"),
        # a dateline with an outlet before the subject
        (["Washington (AFP) – Democrat Dana Vogt has taken a swipe at her rival's plan, "
          "saying that the budget does more harm than good."], "Dana Vogt",
         "refused-subject-nearest + subject-mention"),
        # a time phrase opening the sentence, 'issued a statement saying'
        (["Shortly after the vote, Senate Majority Leader Ted Okafor (R-Ky.) issued a "
          "statement saying that the budget should wait."], "Ted Okafor",
         "refused-subject-nearest + subject-mention"),
        # negative row: the subject read after the cue ('according to') is not retried
        (["In Ohio, Dana Vogt leads by 15 points on the budget, according to the new "
          "poll."], None, "subject-mention"),
        # negative row: not Vogt, who allowed the staff and the public to think ...; the
        # infinitive is part of Okafor's content (nested_cues.non_finite)
        (["Dana Vogt is a physician.", "Ted Okafor, a retired admiral, said that in "
          "1998, Vogt allowed her staff and the public to think that the budget "
          "problems were due to a pulled muscle."], "Ted Okafor", "subject-mention"),
    ],
)
def test_refused_subject_nearest(paragraphs: list[str], speaker: str | None,
                                 rule: str) -> None:
    assert _statement(*paragraphs) == (speaker, rule)


@pytest.mark.parametrize(
    ("text", "cue", "found"),
    [
        ("In Ames, Dana Vogt spoke at length, saying ", "saying", "Dana Vogt"),
        ("Dana Vogt has promised to say ", "say", "Dana Vogt"),
        # negative rows: the name's own verb is passive; an object-control verb
        ("In the poll, Dana Vogt was supported by 42 percent of those responding ",
         "responding", None),
        ("In 1998, Dana Vogt allowed her staff and the public to think ", "think", None),
        ("In 1998, Dana Vogt urged voters to say ", "say", None),
    ],
)
def test_nearest_subject_refusals(text: str, cue: str, found: str | None) -> None:
    got = nearest_subject(text, 0, cue, text.rindex(cue))
    assert (got[0] if got else None) == found


@pytest.mark.parametrize(
    ("text", "cue", "found"),
    [
        # a 'that' clause whose verb is the cue itself, auxiliaries and adverbs aside
        ("Now that Dana Vogt has ridiculously claimed ", "claimed", "Dana Vogt"),
        ("There is the small matter that Vogt herself has proposed ", "proposed", "Vogt"),
        # an opening parenthesis or a horizontal bar opens a clause
        ("(Mr. Vogt was apparently referring to ", "referring to", "Mr. Vogt"),
        ("Much as he did last year ― Dana Vogt cast the blame on her rivals, and "
         "emphasized ", "emphasized", "Dana Vogt"),
        # an appositive closed by two apostrophes as quotation marks
        ("In a memo, Dana Vogt, the executive in charge of ''Today,'' reminded ",
         "reminded", "Dana Vogt"),
        # a progressive after an auxiliary is no passive
        ("Dana Vogt has been quietly pushing ", "pushing", "Dana Vogt"),
        # negative rows: the 'that' clause's verb is not the cue; a progressive whose
        # subject's next word is no verb; an opener alone is no name
        ("The lead that Dana Vogt enjoyed was cut when the votes came in. The outcome "
         "showed ", "showed", None),
        ("Ted Okafor repeated accusations that Dana Vogt recites the same points, "
         "calling ", "calling", None),
        ("Democratic party leaders are increasingly admitting ", "admitting", None),
        # a gerund after a preposition and 'during' are no reduced clause ...
        ("One of the men, Dana Vogt, 70, had served abroad - months in living hell - and "
         "said ", "said", "Dana Vogt"),
        ("Dana Vogt praised the raid during a forum sponsored by the network and said ",
         "said", "Dana Vogt"),
        # ... but a participle after a noun is ('a heckler trying to ask')
        ("Dana Vogt met a heckler trying to ask ", "ask", None),
        ("Then there is the small matter that it has proposed ", "proposed", None),
    ],
)
def test_nearest_subject_openers(text: str, cue: str, found: str | None) -> None:
    got = nearest_subject(text, 0, cue, text.rindex(cue))
    assert (got[0] if got else None) == found
