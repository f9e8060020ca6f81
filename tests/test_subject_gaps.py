"""Table-driven tests for what may stand between a subject and its cue
(bot/extraction/subject_gaps.py), with negative rows. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.clauses import clause_subject
from bot.extraction.phrases import subject_before
from bot.extraction.speakers import split_name
from bot.extraction.subject_gaps import gap_start


@pytest.mark.parametrize(("before", "subject"), [
    # discourse-aside: a sentence adverb between commas
    ("Cement makers, for instance, ", "Cement makers"),
    ("The two lawmakers, however, ", "The two lawmakers"),
    ("Jane Roe, for her part, ", "Jane Roe"),
    ("Local officials, on the other hand, ", "Local officials"),
    # time-phrase: a time phrase the single time words do not cover
    ("John Roe, the party chairman, this past week ", "John Roe"),
    ("The State Department less than two weeks ago ", "The State Department"),
    ("John Roe late Tuesday ", "John Roe"),
    ("John Roe earlier this month ", "John Roe"),
    ("The senator the next day ", "The senator"),
    ("Jane Roe over the weekend ", "Jane Roe"),
    ("Jane Roe a day later ", "Jane Roe"),
    ("The administration long ago ", "The administration"),
    # adverb-after-auxiliary: an adverb after an auxiliary that is no form of 'be'
    ("Mr. Roe has long ", "Mr. Roe"),
    ("County officials have consistently ", "County officials"),
    ("Jane Roe has since ", "Jane Roe"),
    ("Jane Roe would not openly ", "Jane Roe"),
    # negative rows: an adverb of no speaking ('did not immediately respond')
    ("Jane Roe did not immediately ", None),
    # CUE_ADVERBS (skip_back): how often, how openly or how truly, with or without an
    # auxiliary that is no form of 'be'
    ("Jane Roe has always ", "Jane Roe"),
    ("Jane Roe frequently ", "Jane Roe"),
    ("County officials falsely ", "County officials"),
    # negative rows: a passive's subject ('are strongly favored', 'are typically
    # reported'); a quantifier or a report of its own is no such adverb; adverbs
    # joined by 'and'
    ("Jane Roe has publicly and forcefully ", None),
    ("Republicans are strongly ", None),
    ("Donations were typically ", None),
    ("The two senators both ", None),
    ("Jane Roe reportedly ", None),
    # going-on-before-infinitive: the report is still the subject's
    ("Mr. Roe continued to ", "Mr. Roe"),
    ("Jane Roe has continued to ", "Jane Roe"),
    ("County officials were quick to ", "County officials"),
    # negative rows: an attempt or a wish is no report
    ("Jane Roe tried to ", None),
    ("Jane Roe wants to ", None),
    # unchanged: single time words were already skipped
    ("The senator on Tuesday ", "The senator"),
    ("Jane Roe has repeatedly ", "Jane Roe"),
    # negative row: a passive's subject
    ("Jane Roe was widely ", None),
    # negative rows: an appositive is no aside; 'this' opening a subject stays
    ("Jane Roe, a Republican, ", "Jane Roe"),
    ("This source ", "This source"),
    ("The Week editors ", "The Week editors"),
    # dash-aside: an aside between dashes or in parentheses
    ("Jane Roe - who said she would run again - ", "Jane Roe"),
    ("Jane Roe — a teacher from Mount Pleasant — ", "Jane Roe"),
    ("Jane Roe (who has 25 delegates to date) ", "Jane Roe"),
    # ... with a hyphenated word in the dash aside, or a bracket aside of up to 100
    ("Jane Roe — after a knock-on-wood gesture — ", "Jane Roe"),
    ("Sen. Jane Roe (a Connecticut Democrat so young she has been mistaken for a new "
     "staffer) ", "Sen. Jane Roe"),
    # anonymity-aside: a participle of anonymity between commas
    ("One former employee, speaking on condition of anonymity because of a contract, ",
     "One former employee"),
    ("A senior official, speaking on the condition of anonymity to discuss the plan, ",
     "A senior official"),
    # negative rows: a participle of something else; no closing comma
    ("A senior official, speaking at a rally in Macon, ", None),
    ("A senior official, speaking on condition of anonymity ", None),
    # others-aside: others named beside the subject between commas
    ("Six newspapers in the state, including the Daily Planet, ",
     "Six newspapers in the state"),
    ("Several candidates, like Jane Roe, ", "Several candidates"),
    # negative rows: others joined to the subject; an aside with no closing mark
    ("Democrats — and some Republicans — ", None),
    ("Jane Roe - who said she would run again ", None),
    ("Jane Roe — a pro- and anti-war voice — ", None),
    ("Jane Roe (" + "a very long aside " * 7 + ") ", None),
    # a time word in capitals after a word in capitals is part of a name
    ("USA TODAY ", "USA TODAY"),
    # negative rows: a time word after a name is still skipped, in capitals too
    ("Jane Roe TODAY ", "Jane Roe"),
    ("Jane Roe today ", "Jane Roe"),
    # negative rows: a conjunction before the gap, the subject may be several
    ("A look at two jets and three helicopters, however, ", None),
    ("Experts and officials, however, ", None),
])
def test_subject_before_gap(before: str, subject: str | None) -> None:
    found = subject_before(before)
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(("text", "rule"), [
    ("Roe, however, ", "discourse-aside"),
    ("Roe, for one, ", "discourse-aside"),
    ("Roe this past week ", "time-phrase"),
    ("Roe two days ago ", "time-phrase"),
    ("Roe earlier in the day ", "time-phrase"),
    ("Roe has long ", "adverb-after-auxiliary"),
    ("Roe have openly ", "adverb-after-auxiliary"),
    ("Roe continued to ", "going-on-before-infinitive"),
    ("Roe, speaking on condition of anonymity, ", "anonymity-aside"),
    ("Roe, speaking to reporters, ", None),
    ("Roe tried to ", None),
    ("Roe began to ", None),  # a start may be an action ('began to chant')
    # negative rows: a form of 'be' (a passive), an adverb the time words skip
    ("Roe was widely ", None),
    ("Roe has repeatedly ", None),
    # negative rows: an appositive, a plain subject, a week that is no time phrase
    ("Roe, a lawyer, ", None),
    ("The senator ", None),
    ("The Week magazine ", None),
    ("Roe, however ", None),  # no closing comma: not set off
])
def test_gap_rule(text: str, rule: str | None) -> None:
    assert gap_start(text)[1] == rule


@pytest.mark.parametrize(("paragraph", "speaker", "gap"), [
    ("Jane Roe, the party chairman, earlier this month announced that the convention "
     "would move to Ohio.", "Jane Roe", "time-phrase"),
    ("Senator Jane Roe, however, said that the budget would not pass this year.",
     "Jane Roe", "discourse-aside"),
    ("Senator Jane Roe has long argued that the budget would not pass this year.",
     "Jane Roe", "adverb-after-auxiliary"),
    # negative row: no gap, no trace
    ("Senator Jane Roe said that the budget would not pass this year.", "Jane Roe", None),
])
def test_gap_trace(paragraph: str, speaker: str, gap: str | None) -> None:
    text = f"Budget talks go on.\n\nSenator Jane Roe said the talks were useful.\n\n{paragraph}"
    statements = extract(parse_article(text, title="T")).statements
    st = next(s for s in statements if s.start > text.index(paragraph))
    assert st.speaker == speaker
    assert st.trace.get("speaker_gap") == gap


@pytest.mark.parametrize(("phrase", "name"), [
    ("USA TODAY", "USA TODAY"),
    # negative rows: a time word after a name is no part of it
    ("Jane Roe Today", "Jane Roe"),
    ("Jane Roe TODAY", "Jane Roe"),
])
def test_name_in_capitals_keeps_time_word(phrase: str, name: str) -> None:
    assert split_name(phrase)[0] == name


@pytest.mark.parametrize(("paragraph", "speaker", "rule"), [
    ("One of the authors of the report, Ari Okafor, said the budget would not pass.",
     "Ari Okafor", "description-then-name"),
    # negative rows: a title noun before the name was read before; no appositive
    ("The party chairman, Ari Okafor, said the budget would not pass.", "Ari Okafor", None),
    ("Ari Okafor said the budget would not pass this year.", "Ari Okafor", None),
])
def test_appositive_trace(paragraph: str, speaker: str, rule: str | None) -> None:
    text = f"Budget talks go on.\n\nSenator Jane Roe said the talks were useful.\n\n{paragraph}"
    statements = extract(parse_article(text, title="T")).statements
    st = next(s for s in statements if s.start > text.index(paragraph) - 1)
    assert st.speaker == speaker
    assert st.trace.get("speaker_appositive") == rule


@pytest.mark.parametrize(("sentence", "subject"), [
    # an adjective of a nation or faith before a plural noun opens the group's name
    ("Turkish media reported that the visit was cancelled.", "Turkish media"),
    ("Jewish groups also widely condemned the proposal.", "Jewish groups"),
    ("Mexican officials now say they have a new strategy.", "Mexican officials"),
    # a name before an office or organisation noun is its owner: the noun is the head
    ("Roe's campaign tweeted a video, saying it was over.", "Roe's campaign"),
    ("Roe campaign officials met donors, saying it was over.", "Roe campaign officials"),
    # negative rows, read as before: a determiner before the name; a thing
    ("The Roe campaign met donors, saying it was over.", "The Roe"),
    ("Roe's news conference ended, leaving it open.", "Roe's"),
    # negative rows: a name; a given name before a verb in -s
    ("Roe said the visit was cancelled.", "Roe"),
    ("Brian says the visit was cancelled.", "Brian"),
    ("Duncan hopes the visit will go ahead.", "Duncan"),
])
def test_clause_subject_group(sentence: str, subject: str) -> None:
    found = clause_subject(sentence, 0, len(sentence))
    assert (found[0] if found else None) == subject
