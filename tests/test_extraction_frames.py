"""Reported-speech frames (bot/extraction/frames.py): the inverted cue and the subject
with an appositive, one row per case, negative rows included. All sentences are made
up."""

from __future__ import annotations

from datetime import date

import pytest
from extraction_lede import LEDE, after_lede

from bot.article import parse_article
from bot.cues import report_kind
from bot.extraction import extract
from bot.extraction.frames import inverted_subject_ends


def statements(paragraph: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, span rule) of the paragraph's non-direct statements."""
    return [(s.speaker, s.quote, s.trace["span"]) for s in after_lede(paragraph)
            if s.kind != "direct"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # 'CLAUSE, said X': the speaker after the cue ends at punctuation or an aside
    ("The mill will close in May, said Jane Roe, a professor at the state university.",
     [("Jane Roe", "The mill will close in May", "content-then-cue-subject")]),
    ("The tax plan is dead, said Roe in a statement.",
     [("Jane Roe", "The tax plan is dead", "content-then-cue-subject")]),
    ("The mill will close in May, said retired astronaut Mark Kelly.",
     [("Mark Kelly", "The mill will close in May", "content-then-cue-subject")]),
    # a name after the cue inverts even when the clause before opens with a noun
    ("Roe's win marks something that has not happened in the county since 1984, said "
     "Dante Scala, a professor at the state university.",
     [("Dante Scala", "Roe's win marks something that has not happened in the county since "
       "1984", "content-then-cue-subject")]),
    # negative row: a name and a past tense after the cue are a clause, no speaker
    # ('..., said Gates described the role': the subject before the aside said it)
    ("One former employee, speaking on condition of anonymity because of a contract, "
     "said Gates described the group's role in a meeting.",
     [("One former employee", "Gates described the group's role in a meeting",
       "subject-cue-content")]),
    # negative row: a finding's verb never inverts ('..., showed Roe leading' is no
    # 'CLAUSE, said X'): the subject before the aside is unread, the content after the cue
    ("The poll, released on Tuesday by the institute, showed Roe leading Doe among likely "
     "voters.",
     [(None, "Roe leading Doe among likely voters", "unnamed-subject-cue-content")]),
    # negative row: a stance verb after a name with an aside is no inversion
    ("Doe, who had said he would debate her, criticized Roe on two fronts.",
     [("Doe", "he would debate her", "relative-who-cue"),
      ("Doe", "Roe on two fronts", "subject-cue-content")]),
    # 'CLAUSE, X said ASIDE': the aside after the cue is not what X said
    ("The union will likely sit out the election altogether, union director Phil Smith "
     "told reporters earlier this week.",
     [("Phil Smith", "The union will likely sit out the election altogether",
       "content-then-subject-cue-aside")]),
    ("To win, candidates need about 40 percent of the vote, political analysts say; in "
     "2012, Mitt Romney won 27 percent.",
     [("political analysts", "To win, candidates need about 40 percent of the vote",
       "content-then-subject-cue-aside")]),
    # the aside's first word is read too ('in', 'on'), and past the person told
    ("The mill is her favourite place in town, Roe said in an interview on Saturday.",
     [("Jane Roe", "The mill is her favourite place in town",
       "content-then-subject-cue-aside")]),
    ("The county was only doing what other counties do, Roe told the court in her filing.",
     [("Jane Roe", "The county was only doing what other counties do",
       "content-then-subject-cue-aside")]),
    ("This is not about the mill, Roe told her aides as she worked on the speech.",
     [("Jane Roe", "This is not about the mill", "content-then-subject-cue-aside")]),
    # negative rows: a clause after the cue is the content, or a 'that' opens it
    ("The vote was close, Roe said on Tuesday the count would be checked again.",
     [("Jane Roe", "the count would be checked again", "subject-cue-content")]),
    ("The vote was close, Roe said on Tuesday that the count would be checked.",
     [("Jane Roe", "that the count would be checked", "subject-cue-content")]),
    # no inversion: a clause follows the cue, so the words before it are the subject
    # with an appositive or aside; a name in full after a description opening the
    # sentence is named (appositives rule description-then-name), anything else not
    ("One delegate on the slate, Jim Poolman, said he was only leaning toward Doe.",
     [("Jim Poolman", "he was only leaning toward Doe", "subject-cue-content")]),
    ("Powell's office, when contacted by reporters, said the former diplomat could not "
     "recall the dinner.",
     [(None, "the former diplomat could not recall the dinner",
       "unnamed-subject-cue-content")]),
    ("The party chairman in the county, John Doe, told reporters she was leaning toward "
     "Roe.", [("John Doe", "she was leaning toward Roe", "subject-cue-content")]),
    # negative rows: an aside (', say,'), a passive participle (', accused by'), one
    # comma only (a second verb of the sentence's subject, no appositive)
    ("They chose him instead of, say, the other party's candidate for the seat.", []),
    ("An Ohio professor, accused by the state government of fraud, is at the center of "
     "the case.", []),
])
def test_frame_rows(paragraph: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert statements(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    # 'at least' opens a content, no aside; an opening phrase before the subject is no
    # content; a participle's particle ('calling on') opens its content
    "The skies were busy over the parade, Roe reported at least six planes filled them.",
    "After the vote, Roe said in a statement the count would be checked again.",
    "To push the bill along, one group, Citizens for Roads, has run ads, calling on the "
    "mayor to act.",
])
def test_no_aside_rows(paragraph: str) -> None:
    assert all(rule != "content-then-subject-cue-aside" for *_, rule in statements(paragraph))


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Doe is expected to join Roe on the campaign trail soon.",
     [(None, "Doe is expected to join Roe on the campaign trail soon", "expected-passive")]),
    ("The ad will air during the final, which is expected to draw a large audience.",
     [(None, "which is expected to draw a large audience", "expected-passive")]),
    ("The House is widely expected to pass the bill on Friday, the last day of the session.",
     [(None, "The House is widely expected to pass the bill on Friday", "expected-passive")]),
    # a number's comma opens no clause; a semicolon or a parenthesis closes one
    ("More than 170,000 voters are expected to attend the caucuses on Monday night.",
     [(None, "More than 170,000 voters are expected to attend the caucuses on Monday night",
       "expected-passive")]),
    ("Doe is expected to win the primary; Roe is not.",
     [(None, "Doe is expected to win the primary", "expected-passive")]),
    # a report nobody is named to have made: the clause, its own subject's reading gone
    ("Some advisers are said to be urging the mayor to pay the bill on Tuesday.",
     [(None, "Some advisers are said to be urging the mayor to pay the bill on Tuesday",
       "said-to-passive")]),
    ("The mill (it was reported to have closed twice) still runs.",
     [(None, "it was reported to have closed twice", "said-to-passive")]),
    # negative rows: inside a quotation; an active 'expected' (the learned model's); a
    # report inside another's content
    ("Roe expected to win the state by a wide margin this time.", []),
    ('Doe wrote that "the bill is expected to pass with many votes" in the fall.', []),
    ("Doe said the bill was said to be dead in the Senate.", []),
])
def test_expected_passive_rows(paragraph: str,
                               expected: list[tuple[str | None, str, str]]) -> None:
    found = [s for s in statements(paragraph) if s[2] in ("expected-passive", "said-to-passive")]
    assert found == expected


def test_said_to_passive_is_speech() -> None:
    assert report_kind("are said") == report_kind("was reported") == "speech"


def test_expected_passive_is_a_belief_named_by_nobody() -> None:
    article = parse_article(f"{LEDE}\n\nDoe is expected to join Roe on the trail soon.",
                            title="T", published=date(2025, 2, 13))
    stmt = next(s for s in extract(article).statements if s.trace["span"] == "expected-passive")
    assert (stmt.speaker, stmt.cue, report_kind(stmt.cue)) == (None, "is expected", "belief")


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Jane Roe Says The Bridge Will Be Rebuilt Next Year.",
     [("Jane Roe", "The Bridge Will Be Rebuilt Next Year", "title-case-cue")]),
    ("Wow: Jane Roe Just Called For A Recount In Ohio – It Might Surprise You.",
     [("Jane Roe", "A Recount In Ohio", "title-case-cue")]),
    ("Jane Roe Backs Doe And Denounces The Tax Plan.",
     [("Jane Roe", "Doe", "title-case-cue")]),
    # negative rows: a line in sentence case; a cue form that heads no clause; a source
    # too long to be a name
    ("Jane Roe says the bridge will be rebuilt next year.",
     [("Jane Roe", "the bridge will be rebuilt next year", "subject-cue-content")]),
    ("Jane Roe Saying Goodbye To The Old Bridge In Ohio.", []),
    ("The Long And Winding Story Of How The Old State Bridge Says Goodbye.", []),
    ("Why Jane Roe’s Attacks On The Tax Plan Could Backfire In Ohio.", []),  # a noun
])
def test_title_case_rows(paragraph: str, expected: list[tuple[str | None, str, str]]) -> None:
    # the body names Roe in a rule statement: a headline-case line names only such speakers
    found = statements(f"{paragraph}\n\nRoe said the plan would work out in the end.")
    assert found[:-1] == expected


@pytest.mark.parametrize(("headline", "expected"), [
    ("Columbia defends Exxon articles", [("Columbia", "Exxon articles")]),
    ("Rose Bowl skywriters blast Roe", [(None, "Roe")]),  # no rule statement names them
    # negative rows: no cue; a content the body's rules take whole
    ("Columbia and Exxon at odds", []),
    ("Columbia says the Exxon articles were fair", [("Columbia", "the Exxon articles were fair")]),
])
def test_headline_short_content_rows(headline: str,
                                     expected: list[tuple[str | None, str]]) -> None:
    text = f"{headline}.\n\nColumbia said the articles were accurate and fair in every way."
    found = extract(parse_article(text, title=headline)).statements
    assert [(s.speaker, s.quote) for s in found if "headline" in s.trace["span"]] == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    ('Roe said the members will still meet for drinks, but said, "It is time we change '
     'how we do it."', [("Jane Roe", "the members will still meet for drinks")]),
    ('Roe urged women to vote for the senator, saying, "There is a special place for '
     'them."', [("Jane Roe", "women to vote for the senator")]),
    # negative rows: no second verb before the quotation (the quotation carries on the
    # content); no subject before the cue
    ('Roe said the members were "tired of it all" and left early.', []),
    ('Asked again, the members will meet, adding: "It is time we change how we do it."', []),
])
def test_reported_before_quotation_rows(paragraph: str,
                                        expected: list[tuple[str | None, str]]) -> None:
    # the rows with a report and a quotation's cue are read by reported-beside-quotation
    # first (beside_quotes.py); reported-before-quotation takes what it leaves
    found = [(s[0], s[1]) for s in statements(paragraph) if s[2].endswith(
        ("reported-before-quotation", "reported-beside-quotation"))]
    assert found == expected


@pytest.mark.parametrize(("text", "name", "ends"), [
    (", said Dante Scala, a professor.", "Dante Scala", True),
    (", said Roe in a statement.", "Roe", True),
    # negative rows: a name and a past tense after it are a clause ('said Gates
    # described the role'), irregular too ('said Roe took the bus')
    (", said Gates described the role.", "Gates described the role", False),
    (", said Roe took the bus.", "Roe took the bus", False),
])
def test_inverted_subject_ends(text: str, name: str, ends: bool) -> None:
    assert inverted_subject_ends(text, (name, text.index(name)), len(text)) is ends


@pytest.mark.parametrize(("paragraph", "speakers"), [
    ("The mill will stay open until May, said Tad Devine, her top aide.", ["Tad Devine"]),
    # negative rows: the one told is no inverted speaker ('..., his aide, Tad Devine,
    # told The Huffington Post'): the subject before the cue speaks, or nobody
    ("The mill will stay open until May, her top aide, Tad Devine, told The Huffington "
     "Post.", ["Tad Devine"]),
    ("The mill will stay open until May, the aide in charge of the county told The "
     "Huffington Post.", []),
])
def test_told_takes_no_inversion(paragraph: str, speakers: list[str | None]) -> None:
    assert [s[0] for s in statements(paragraph)] == speakers
