"""extract() on small articles: one behaviour per row, negative rows included."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.article import ArticleError, parse_article
from bot.extraction import extract
from bot.extraction.jsonl import prediction_direct, prediction_speaker
from bot.models import Extraction, Statement

LEDE = "WASHINGTON, Feb. 12 (Wire) -- Senator Jane Roe on Wednesday met her peers."


def run(*paragraphs: str) -> Extraction:
    return extract(parse_article("\n\n".join([LEDE, *paragraphs]), title="T",
                                 published=date(2025, 2, 13)))


@pytest.mark.parametrize(
    ("paragraph", "speaker", "kind", "quote"),
    [
        ('"We will win," Roe said.', "Jane Roe", "direct", "We will win,"),
        ('"To be clear," she added, "we stay."', "Jane Roe", "direct", "To be clear, we stay."),
        ('Roe said: "Nothing changes here."', "Jane Roe", "direct", "Nothing changes here."),
        ("Roe said Tuesday she is leaving the committee soon.", "Jane Roe", "indirect",
         "she is leaving the committee soon"),
        ("The budget is too small, Roe argued.", "Jane Roe", "indirect", "The budget is too small"),
        ("According to Roe, the budget is too small.", "Jane Roe", "indirect",
         "the budget is too small"),
        # exit polls show, they do not say: the statement stays unattributed (issue 11)
        ("According to early results of exit polls, the race is very close.",
         None, "indirect", "the race is very close"),
        ("Roe flipped her choice, saying she was rooting for the home team.", "Jane Roe",
         "indirect", "she was rooting for the home team"),
        ("Many of the closures, Roe said, have involved public courses.", "Jane Roe",
         "indirect", "Many of the closures have involved public courses"),
        ("Six in 10 voters said the senator is honest and trustworthy.", "Six in 10 voters",
         "indirect", "the senator is honest and trustworthy"),
        ("Roe believes the budget is too small.", "Jane Roe", "indirect",
         "the budget is too small"),
        ('Whatever route she takes, Doe "has a real leadership position," Roe said.', "Jane Roe",
         "partial", 'Whatever route she takes, Doe "has a real leadership position,"'),
        ('Roe called it an "unrealistic objective" for now.', "Jane Roe", "partial",
         'it an "unrealistic objective" for now'),
        ('"No comment on that matter," the White House said.', "the White House", "direct",
         "No comment on that matter,"),
        ('"Prices rose again this week," said Sen. John Doe, a Republican.', "John Doe",
         "direct", "Prices rose again this week,"),
    ],
)
def test_statement_rows(paragraph: str, speaker: str | None, kind: str, quote: str) -> None:
    found = run(paragraph).statements
    assert [(s.speaker, s.kind, s.quote) for s in found] == [(speaker, kind, quote)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The budget is too small and the roads are bad.",
        'The so-called "deal" was never signed.',
        "Roe met Doe in the capital on Tuesday.",
        "Roe supports it.",
        "Doe flipped the table and left the room quickly.",
    ],
)
def test_no_statement_rows(paragraph: str) -> None:
    assert run(paragraph).statements == []


def test_participle_cue_shares_the_subject_of_the_cue_before_it() -> None:
    found = run("BERLIN, March 3 (Wire) -- Finance Minister Klara Vogt on Monday ruled out "
                "any increase in income taxes this year, saying the budget would be "
                "balanced through spending discipline.").statements
    assert [(s.speaker, s.quote) for s in found] == [
        ("Klara Vogt", "any increase in income taxes this year"),
        ("Klara Vogt", "the budget would be balanced through spending discipline"),
    ]


def test_inverted_frame_needs_a_finite_cue() -> None:
    """', said Doe' names its speaker after the cue; ', saying the plan ...' does not."""
    found = run("The plan is dead, said John Doe.").statements
    assert [(s.speaker, s.quote) for s in found] == [("John Doe", "The plan is dead")]
    assert all(s.speaker != "the plan is dead" for s in
               run("The talks ended early, saying the plan is dead for now.").statements)


def test_continuation_quote_keeps_speaker_and_date() -> None:
    """A paragraph that is only a quotation goes on with the previous paragraph's
    remarks: one statement, its speaker and its date."""
    ex = run('"First part," Roe said Tuesday. "Second part here."', '"Third paragraph quote now."')
    assert [s.speaker for s in ex.statements] == ["Jane Roe"]
    assert ex.statements[0].quote == "First part, Second part here. Third paragraph quote now."
    assert len(ex.statements[0].spans) == 3
    assert ex.statements[0].said_on == date(2025, 2, 11)


@pytest.mark.parametrize("later", [
    'The vote is on Friday. "Third paragraph quote now."',  # narration: its own statement
    '"Third paragraph quote now," Doe said.',  # its own attribution
])
def test_quote_paragraph_with_more_text_stands_alone(later: str) -> None:
    ex = run('"First part," Roe said Tuesday. "Second part here."', later)
    assert len(ex.statements) == 2


def test_quote_spanning_paragraphs() -> None:
    ex = run('Roe said: "This goes on', '"and ends here."')
    assert [s.quote for s in ex.statements] == ["This goes on and ends here."]


def test_new_channel_breaks_date_inheritance() -> None:
    ex = run("Roe said Tuesday she is leaving the committee soon.",
             '"We are done," Roe wrote on Twitter.')
    assert [s.said_on for s in ex.statements] == [date(2025, 2, 11), None]
    assert ex.statements[1].channel == "Twitter"


def test_pronoun_never_a_speaker() -> None:
    ex = extract(parse_article('T\n\n"Nothing to add here today," he said.'))
    assert [s.speaker for s in ex.statements] == [None]
    assert ex.speakers == []


def test_mentioned_people_are_not_speakers() -> None:
    ex = run("Roe said she will meet Governor John Smith on Friday in town.")
    assert [s.name for s in ex.speakers] == ["Jane Roe"]


def test_unbalanced_paragraph_does_not_lose_the_rest() -> None:
    ex = run('He said "this never closes.', "Roe met Doe in town.",
             '"Later quote stands alone," Roe said.')
    assert any(s.quote == "Later quote stands alone," for s in ex.statements)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet='ab “”"\'.,:;—-( )AHT\nsaid he she according to Roe',
                        max_size=120), min_size=1, max_size=6))
def test_extract_never_raises(blocks: list[str]) -> None:
    try:
        article = parse_article("\n\n".join(blocks), title="T", published=date(2025, 1, 1))
    except ArticleError:
        return
    extract(article)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_extract_never_raises_on_any_text(text: str) -> None:
    try:
        article = parse_article(text, title="T")
    except ArticleError:
        return
    extract(article)


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # pronoun -> the salient person named before it, not the last speaker
        # (the learned cue model reads 'admitted' as a cue: Doe's statement in between)
        (('"Alpha beta gamma," Roe said.', "John Doe openly admitted his pick.",
          '"Delta epsilon zeta," he said.'), ["Jane Roe", "John Doe", "John Doe"]),
        # a place is not a person: "she" skips New Jersey
        (('"Alpha beta gamma," Roe said.', "New Jersey voted early.",
          '"Delta epsilon zeta," she said.'), ["Jane Roe", "Jane Roe"]),
        # given-name gender: "he" skips a woman named later
        (('"Alpha beta gamma," said John Doe.', "Mary Poe left early.",
          '"Delta epsilon zeta," he said.'), ["John Doe", "John Doe"]),
        # honorific gender: "she" skips a Mr.
        (('"Alpha beta gamma," Roe said.', "Mr. Doe left early.",
          '"Delta epsilon zeta," she said.'), ["Jane Roe", "Jane Roe"]),
        # participle cue takes the sentence subject
        (('Doe answered Roe, saying, "We will see about that."',), ["Doe"]),
        # question quote keeps its attribution in the same sentence
        (('"Is that so?" Roe asked.',), ["Jane Roe"]),
        # any verb right after a quote closed by a comma attributes it
        (('"We will see about that," Roe answered.',), ["Jane Roe"]),
        (("''Today, you proved it once again,'' boomed Roe.",), ["Jane Roe"]),
        # a colon closing the previous paragraph introduces the quote
        (("Roe told the audience:", '"We will stay the course here."'), ["Jane Roe"]),
        # a short lead before the quote belongs to it
        (('Teachers "get why the union endorsed her," Roe said.',), ["Jane Roe"]),
        # a title noun resolves to the person introduced with that title
        (('"We will win this," the senator said.',), ["Jane Roe"]),
        (('"We will win this," the governor said.',), ["the governor"]),
        # a group pronoun with no antecedent keeps the previous speaker when that is a
        # group, never one person (pronoun-previous-speaker)
        (('"We will win this," the two senators said.',
          "They said the vote would be close tonight."), ["the two senators", "the two senators"]),
        (('"We will win this," Roe said.', "They said the vote would be close tonight."),
         ["Jane Roe", None]),
        # a party label between name and cue; a cue with no comma before the quote
        (('Sen. John Doe (R-Ohio) said "anti-Semitic images have no place here."',),
         ["John Doe"]),
        # a coordinated cue takes the sentence subject
        (('John Doe raised the bombing and later said, "It is not just them."',), ["John Doe"]),
        # a common-noun speaker is never the antecedent of he/she
        (('"Alpha beta gamma," said John Doe.', "The groups said the vote was rigged badly.",
          '"Delta epsilon zeta," he said.'), ["John Doe", "The groups", "John Doe"]),
        # in the pronoun's own sentence the subject wins over a person named later
        (("John Doe said he likes Jim Poe a lot, but he also stated doubts about him.",),
         ["John Doe", "John Doe"]),
        # a contracted pronoun subject resolves like the pronoun
        (("John Doe spoke first.", "He’s predicting a big win in the state tonight."),
         ["John Doe"]),
        # two cues between quotes: two statements
        (('"We are not affiliated with them," Roe said, adding, "We are grateful anyway."',),
         ["Jane Roe", "Jane Roe"]),
        (('"There is a young man with problems," Roe said as the heckler yelled: "You are bad!"',),
         ["Jane Roe", "the heckler"]),
        # typo'd closing mark
        (("“It is unusual,“ said Roe.",), ["Jane Roe"]),
    ],
)
def test_speaker_rows(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert [s.speaker for s in run(*paragraphs).statements] == speakers


@pytest.mark.parametrize(
    ("speaker", "mention", "line"),
    [
        ("Jane Roe", "the senator", "Jane Roe"),
        ("Jane Roe", "Roe", "Jane Roe"),
        ("Jane Roe", "she", "Jane Roe"),
        ("Jane Roe", None, "Jane Roe"),
        (None, "the crowd", None),
    ],
)
def test_prediction_speaker(speaker: str | None, mention: str | None, line: str | None) -> None:
    st = Statement(speaker=speaker, speaker_mention=mention, kind="direct", quote="q",
                   context="q", spans=[(0, 1)])
    assert prediction_speaker(st) == line


@pytest.mark.parametrize(
    ("kind", "quote", "direct"),
    [
        ("direct", "We will win,", True),
        ("partial", 'it "a crazy system that nobody here can defend"', True),
        ("partial", 'called it "crazy" before the vote on the floor', False),
        ("indirect", '“very boring tax returns” because “I remain poor.”', True),
        ("indirect", "the budget is too small", False),
    ],
)
def test_prediction_direct_flag(kind: str, quote: str, direct: bool) -> None:
    st = Statement(speaker="Jane Roe", kind=kind, quote=quote, context=quote,  # type: ignore[arg-type]
                   spans=[(0, len(quote))])
    assert prediction_direct(st) is direct


def test_predictions_survive_a_failing_document(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.extraction.jsonl as jsonl

    def boom(article: object) -> None:
        raise IndexError("bug")

    monkeypatch.setattr(jsonl, "extract", boom)
    docs = [{"doc_id": "a", "text": "Plenty of words in this paragraph here.", "title": "T"}]
    assert list(jsonl.predictions_for(docs)) == [{"doc_id": "a", "statements": []}]
