"""Where a content ends before its sentence does (bot/extraction/content_cuts.py,
cut_rules.py): one row per rule with the rule --explain names, and negative rows where
the content runs on. All sentences are made up."""

from __future__ import annotations

from datetime import date

import pytest
from extraction_lede import LEDE, after_lede, rules_in

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.content_cuts import PARTIAL_RULES, RULES

CUT_RULES = {name for name, _ in RULES + PARTIAL_RULES}


def contents(paragraph: str) -> list[tuple[str, str | None]]:
    """(content, the content_cuts rule that ended it or None) of each reported statement."""
    return [(s.quote, rules_in(s, CUT_RULES)) for s in after_lede(paragraph)
            if s.kind != "direct"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # opening-clause-ends: a cue inside an opening 'While/When ...' clause
        ("While Roe criticized the new budget cuts, Doe took a moment to thank the nurses.",
         [("the new budget cuts", "opening-clause-ends")]),
        ("When Roe said the plan was too costly, the council voted against it.",
         [("the plan was too costly", "opening-clause-ends")]),
        ("Despite complaints that the cuts hurt the schools, the council passed the budget "
         "on Monday.", [("that the cuts hurt the schools", "opening-clause-ends")]),
        # negatives: no opening subordinator; a passive's agent ('As reported by')
        ("Roe criticized the new budget cuts, saying the council had broken its word.",
         [("the new budget cuts", None), ("the council had broken its word", None)]),
        ("Roe said the cuts, which the council passed in May, will close two schools.",
         [("the cuts, which the council passed in May, will close two schools", None)]),
        # second-verb-ends: 'and' before a second past-tense verb of the speaker
        ("Roe praised the mayor and thanked the crowd before the vote.",
         [("the mayor", "second-verb-ends")]),
        # negatives: a second object; a clause content; a speech verb's content
        ("Roe praised the mayor and the council for the plan.",
         [("the mayor and the council for the plan", None)]),
        ("Roe said she visited the plant and met the workers there.",
         [("she visited the plant and met the workers there", None)]),
        # but-clause-ends: ', but' before a clause of its own
        ("Roe said she will vote for the plan, but she has not endorsed it.",
         [("she will vote for the plan", "but-clause-ends")]),
        # negatives: 'but that' carries the report on; no clause after 'but'
        ("Roe said there are no good options, but that the plan is the least bad.",
         [("there are no good options, but that the plan is the least bad", None)]),
        ("Roe said the plan is costly, but worth the money.",
         [("the plan is costly, but worth the money", None)]),
        # adjunct-ends: an object content before a subordinate clause or a time phrase
        ("Roe criticized Doe during a rally in Macon.", [("Doe", "adjunct-ends")]),
        ("Roe criticized Doe after he voted against the plan.", [("Doe", "adjunct-ends")]),
        ("Roe criticized the new tax on Monday.", [("the new tax", "adjunct-ends")]),
        # negatives: a place, not a time; a clause content; an aside after a comma
        ("Roe criticized Doe on the campaign trail.", [("Doe on the campaign trail", None)]),
        ("Roe said Doe voted against the plan after the storm hit the town.",
         [("Doe voted against the plan after the storm hit the town", None)]),
        ("Roe criticized the new budget, on Monday declared a state of emergency.",
         [("the new budget, on Monday declared a state of emergency", None)]),
        # object-dash-ends: an object content before a dash
        ("Roe opposed the trade pact -- one of the goals of the governor -- in the last "
         "session.", [("the trade pact", "object-dash-ends")]),
        # negatives: 'and not' goes on; a clause content
        ("Roe opposed the states -- and not the federal government -- in the last session.",
         [("the states -- and not the federal government -- in the last session", None)]),
        ("Roe said the pact -- one of the goals of the governor -- was too costly.",
         [("the pact -- one of the goals of the governor -- was too costly", None)]),
        # participle-adjunct-ends: an object content before ', VERBing' (the speaker's
        # next act)
        ("Roe praised the new budget plan, crediting the mayor with the savings.",
         [("the new budget plan", "participle-adjunct-ends")]),
        ("Roe denounced the new trade deals, hurting her standing with the unions.",
         [("the new trade deals", "participle-adjunct-ends")]),
        # negatives: the object's own participle ('including'); a list of -ing forms;
        # an adjective in a list; a gerund subject of a clause; a clause content
        ("Roe criticized the new budget, including the cuts to the schools.",
         [("the new budget, including the cuts to the schools", None)]),
        ("Roe proposed ending the caucuses, limiting the delegates and opening the primary.",
         [("ending the caucuses, limiting the delegates and opening the primary", None)]),
        ("Roe criticized the new plan, with Doe, the mayor, standing behind her.",
         [("the new plan, with Doe, the mayor, standing behind her", None)]),
        ("Roe called the mayor a kind, loving and generous neighbour.",
         [("the mayor a kind, loving and generous neighbour", None)]),
        ("Roe criticized the long column, doing one-on-one interviews gives the mayor an "
         "edge.", [("the long column, doing one-on-one interviews gives the mayor an edge",
                    None)]),
        ("Roe said the council met on Monday, passing the budget in an hour.",
         [("the council met on Monday, passing the budget in an hour", None)]),
        # relative-clause-ends: a cue inside a ', who/which' clause reports up to the
        # comma that closes it before the sentence's own verb
        ("The union, which says it represents 2,000 nurses, is another asset.",
         [("it represents 2,000 nurses", "relative-clause-ends")]),
        ("The council, which says the budget is balanced, has cut two schools.",
         [("the budget is balanced", "relative-clause-ends")]),
        # negatives: the first comma opens an aside or a list inside the content (no
        # verb after it); no relative clause before the cue
        ("The council, which says the budget, in its view, is balanced, has cut two "
         "schools.", [("the budget, in its view, is balanced, has cut two schools", None)]),
        ("The council, which says the budget is balanced, tight and fair, has cut two "
         "schools.", [("the budget is balanced, tight and fair, has cut two schools", None)]),
        ("The council says the budget is balanced, has cut two schools.",
         [("the budget is balanced, has cut two schools", None)]),
        # summary-appositive-ends: a content ends before an appositive that sums the
        # report up ('a claim', 'the latest chapter')
        ("Roe praised the governor's campaign, the latest chapter in a long feud.",
         [("the governor's campaign", "summary-appositive-ends")]),
        ("Roe said the mayor fired him for his views, a claim the mayor disputes.",
         [("the mayor fired him for his views", "summary-appositive-ends")]),
        ('Roe said the vote was "rigged" against her, a charge the mayor denied.',
         [('the vote was "rigged" against her', "summary-appositive-ends")]),
        ("Roe dismissed the town as \u201ca suburb of Boston\u201d \u2014 a metaphor for the "
         "party's drift.",
         [("the town as \u201ca suburb of Boston\u201d", "summary-appositive-ends")]),
        ("Roe said the mill would close \u2014 something the mayor denied on Friday.",
         [("the mill would close", "summary-appositive-ends")]),
        ("Roe promised to open the mill \u2015 probably not what the mayor had in mind.",
         [("to open the mill", "summary-appositive-ends")]),
        # negative: a dash aside closed by a second dash goes on
        ("Roe told the bigots \u2014 presumably his own voters \u2014 to go home.",
         [("the bigots \u2014 presumably his own voters \u2014 to go home", None)]),
        ("Roe urged voters to back a challenger to the mayor -- a remark the mayor mocked.",
         [("to back a challenger to the mayor", "summary-appositive-ends")]),
        # negatives: an appositive of a person or a thing, no summing-up noun; a shell
        # noun that is no appositive (no comma before it)
        ("Roe praised the governor, a former aide to the mayor.",
         [("the governor, a former aide to the mayor", None)]),
        ("Roe said the council had made a clear decision on the budget.",
         [("the council had made a clear decision on the budget", None)]),
        ('Roe said the vote was "rigged, a charge they deny" and left.',
         [('the vote was "rigged, a charge they deny" and left', None)]),
        # aside-ends: a cue inside a dash or bracket aside reports up to its close
        ("Doe -- even as he says the tax plan works -- has proposed little reform.",
         [("the tax plan works", "aside-ends")]),
        ("The council (Roe said the vote was unfair) passed the budget on Monday.",
         [("the vote was unfair", "aside-ends")]),
        # negatives: the aside closes before the cue; no closing mark inside the content
        ("Doe -- the new mayor -- said the tax plan works for the city.",
         [("the tax plan works for the city", None)]),
        ("The council passed the budget -- and Roe said the vote was unfair.",
         [("the vote was unfair", None)]),
        # quote-then-clause-ends: a partial quotation's content ends at its mark when
        # a clause with a subject of its own follows
        ('Roe called the mayor a "nice guy" and he did not say more.',
         [('the mayor a "nice guy"', "quote-then-clause-ends")]),
        ('Roe called the plan "a disaster," but the council has approved it.',
         [('the plan "a disaster,"', "quote-then-clause-ends")]),
        # negatives: a second object; a determiner's noun with no auxiliary near it
        ('Roe called the plan "a disaster" and a waste of money.',
         [('the plan "a disaster" and a waste of money', None)]),
        ('Roe called the plan "a disaster" and the support of her colleagues was clear.',
         [('the plan "a disaster" and the support of her colleagues was clear', None)]),
        # ... and before 'and' with the speaker's second past-tense verb, after an object
        ('Roe called the plan "a disaster" and walked out of the meeting.',
         [('the plan "a disaster"', "quote-then-clause-ends")]),
        # negatives: a clause content, whose own subject may take the second verb
        ('Roe said the council was "extremely careless" and mishandled the funds.',
         [('the council was "extremely careless" and mishandled the funds', None)]),
        ('Roe criticized those who "broke the rules" and cheated the voters.',
         [('those who "broke the rules" and cheated the voters', None)]),
        # channel-ends: an object content ends before the channel its speaker used
        ("Roe criticized the new budget in a statement released on Friday.",
         [("the new budget", "channel-ends")]),
        ("Roe said as much in an interview with the local paper.",
         [("as much", "channel-ends")]),
        ("Roe rejected the argument in a ruling filed last week.",
         [("the argument", "channel-ends")]),
        # negatives: a clause content (a speech verb's, a 'that' clause); a participle
        # inside the content; a channel after a comma
        ("Roe said the budget is too small in a statement on Friday.",
         [("the budget is too small in a statement on Friday", None)]),
        ("Roe noted that her remarks in an interview were taken out of context.",
         [("that her remarks in an interview were taken out of context", None)]),
        ("Roe praised Doe retelling in a speech the story of the mill.",
         [("Doe retelling in a speech the story of the mill", None)]),
        ("Roe criticized the new budget, in a statement that surprised the council.",
         [("the new budget, in a statement that surprised the council", None)]),
    ],
)
def test_content_cut_rows(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert contents(paragraph) == expected


def test_cut_tail_cue_is_read() -> None:
    """A cue in the words a cut ends a content before is the learned reader's: 'when
    she strongly opposed the plan' is a statement of its own once 'the new budget'
    ends at 'during'; negative row: a tail with no cue adds nothing."""
    found = contents("Roe criticized the new budget during a rally when she strongly "
                     "opposed the plan to close the mill.")
    assert found == [("the new budget", "adjunct-ends"), ("the plan to close the mill", None)]
    assert contents("Roe criticized the new budget during a rally in the old mill town.") == [
        ("the new budget", "adjunct-ends")]


def test_cut_words_are_narration_for_the_date() -> None:
    """The words cut off are the reporter's: a day in them dates the statement."""
    article = parse_article(f"{LEDE}\n\nRoe criticized the new tax on Monday.", title="T",
                            published=date(2025, 2, 13))
    stmt = next(s for s in extract(article).statements if s.kind != "direct")
    assert (stmt.quote, stmt.said_on) == ("the new tax", date(2025, 2, 10))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # quotation-closes-content: a cut at a comma inside a quotation's closing mark
        # moves after the mark; never '“true' or '“a bright'
        ("Roe said that there is “only one plan that works,” adding that the council "
         "“ignores the other plans.”",
         ("that there is “only one plan that works,”", "quotation-closes-content")),
        ('Roe said that there is "only one plan that works," adding that the council '
         '"ignores the other plans."',
         ('that there is "only one plan that works,"', "quotation-closes-content")),
        # negative rows: a content that ends after its closing mark; mixed marks
        ("Roe said that there is “only one plan,” and the council agreed.",
         ("that there is “only one plan,” and the council agreed", None)),
        ('Roe said there was “no evidence" yet that the plan failed.',
         ('there was “no evidence" yet that the plan failed', None)),
    ],
)
def test_content_never_ends_inside_a_quotation(paragraph: str,
                                               expected: tuple[str, str | None]) -> None:
    found = next(s for s in after_lede(paragraph) if s.kind != "direct")
    assert (found.quote, rules_in(found, {"quotation-closes-content"})) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # content-in-brackets (bracket_cuts.py) for a partial quotation or a content
        # holding a mark: the cue inside a parenthesis; the content ends where the
        # parenthesis closes, never in the sentence around it
        ("The mill vote (Roe won the day by declaring the plan “dead on arrival”) makes "
         "this a race the council must win.",
         ("the plan “dead on arrival”", "content-in-brackets")),
        ("The council (Roe called its vote “a rubber stamp” on Monday) has voted again.",
         ("its vote “a rubber stamp” on Monday", "content-in-brackets")),
        ("(Roe said the mill was “too old to save.”)",
         ("the mill was “too old to save.”", "content-in-brackets")),
        # negative rows: a parenthesis inside the content, a parenthesis closed before
        ("The mill (built in 1920) was, Roe said, “too old to save.”",
         ("The mill (built in 1920) was “too old to save.”", None)),
        ("Roe said the mill (built in 1920) was “too old to save.”",
         ("the mill (built in 1920) was “too old to save.”", None)),
    ],
)
def test_content_ends_with_its_parenthesis(paragraph: str,
                                           expected: tuple[str, str | None]) -> None:
    found = next(s for s in after_lede(paragraph) if s.kind != "direct")
    assert (found.quote, rules_in(found, {"aside-ends", "content-in-brackets"})) == expected
