"""What may stand between a subject and its cue, read backwards from the cue, besides
single time words ('on Tuesday', 'also': phrases._skip_back).

An ordered table of named rules (SUBJECT_GAP_RULES), each a pattern matched at the
end of the text before the cue; the first that matches is cut off and the table is
tried again (at most MAX_GAPS times), so that the subject is read where the gap
starts: 'Reince Priebus, the GOP chairman, this past week announced' -> 'Reince
Priebus, the GOP chairman,' (then the appositive rules), 'Cement makers, for instance,
argue' -> 'Cement makers'. The rule that cut is named in the statement's trace
(speaker_gap, `onrecord extract --explain`).
"""

from __future__ import annotations

import functools
import re

from bot.extraction.lexicon import BE_FORMS, SKIPPABLE, words
from bot.extraction.named_patterns import NamedPattern

# Skippable words that are surnames too ('Theresa May', 'George Will', 'Rex Early').
SURNAME_WORDS = words("may will long early")
# Skippable words around a subject that are never its determiner ('this', 'that' are:
# 'this source told').
TIME_WORDS = SKIPPABLE - {"this", "that"}
# How far back from the cue a gap is looked for (characters): a dash or bracket aside
# of up to 100.
TAIL = 110
# Gaps cut one after the other at most ('Smith, however, earlier this month said').
MAX_GAPS = 2
# A conjunction among this many words before a gap joins two subjects: no cut.
COORDINATION_WORDS = 6
COORDINATED = frozenset(["and", "or", "&", "nor"])
_PERIOD = (r"(?:week|weekend|month|year|morning|afternoon|evening|night|summer|fall|spring"
           r"|winter|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
_UNIT = r"(?:minute|hour|day|week|month|year|decade)s?"
_COUNT = (r"(?:(?:just|only|less than|more than|about|nearly|almost|some)\s+)?"
          r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)")

# Adverbs of how long, how often or how openly someone speaks, which the single time
# words do not skip. Source: English adverbs of time, frequency and manner of speech.
SPEAKING_ADVERBS = words("""long since consistently frequently routinely regularly openly
vocally loudly sharply strongly harshly forcefully relentlessly vehemently insistently""")


# Adverbs of how often, how openly or how truly someone spoke, right before the cue and
# read past like the time words ('Roe has always argued', 'Roe frequently criticizes',
# 'Roe falsely claimed'), but not after a form of 'be' (a passive's subject is not who
# spoke: 'Republicans are strongly favored to keep', 'Donations are typically reported').
# Not 'immediately' ('did not immediately respond': no report), 'long' (a surname too:
# SURNAME_WORDS, the adverb-after-auxiliary rule's), 'reportedly' (a report of its own)
# nor 'both' ('which he both defended and minimized'). Source: English adverbs of
# frequency and manner.
CUE_ADVERBS = words("""always frequently regularly routinely consistently constantly
continually persistently generally usually typically initially originally subsequently
eventually finally explicitly specifically expressly strongly firmly emphatically
vehemently forcefully angrily bitterly sharply harshly loudly openly vocally falsely
wrongly erroneously mistakenly correctly jokingly sarcastically famously apparently
formally officially unequivocally categorically candidly frankly""")


# The rules, in order; each pattern is the gap, anchored at the end (right before the cue).
SUBJECT_GAP_RULES: tuple[NamedPattern, ...] = (
    # A sentence adverb between commas: 'Cement makers, for instance, argue', 'The two
    # lawmakers, however, argue', 'Smith, for his part, said'. Source: English
    # discourse adverbials.
    NamedPattern("discourse-aside", re.compile(
        r",\s+(?:however|meanwhile|though|too|also|instead|indeed|likewise|similarly"
        r"|nonetheless|nevertheless|moreover|again|once again|in turn|in fact|in particular"
        r"|in contrast|by contrast|in response|of course|after all|for example|for instance"
        r"|for one|for (?:his|her|its|their) part|on the other hand),\s*$",
        re.IGNORECASE)),
    # A time phrase right before the cue that the single time words do not cover:
    # 'Priebus, the GOP chairman, this past week announced', 'The department less than
    # two weeks ago said', 'The administration long ago showed', 'Smith late Tuesday
    # announced', 'Smith earlier this month said', 'Smith the next day said', 'Smith over
    # the weekend said'.
    NamedPattern("time-phrase", re.compile(
        r"(?:^|\s)(?:(?:" + _COUNT + r"\s+" + _UNIT + r"|long|years|months|weeks|days)"
        r"\s+(?:ago|earlier|later)"
        r"|(?:(?:early|late|earlier|later)\s+)?(?:this|that|last|next)\s+(?:past\s+)?"
        + _PERIOD +
        r"|(?:early|late|earlier|later)\s+" + _PERIOD +
        r"|(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year)"
        r"|the\s+(?:next|following|previous)\s+(?:day|week|month|morning|year)"
        r"|over\s+the\s+weekend)\s*$")),
    # An aside between dashes or in parentheses: 'GOP front-runner Donald Roe - who
    # previously said he would bomb them - said', 'Democrats -- including Clinton --
    # quickly accused', 'Kasich (who has 25 delegates to date) said'; not others joined
    # to the subject ('Democrats — and some Republicans — say').
    NamedPattern("dash-aside", re.compile(
        r"\s(?:-{1,2}|[–—])\s(?!and\s|or\s)(?:[^-–—\n]|(?<=\w)-(?=\w)){1,100}"
        r"\s(?:-{1,2}|[–—]),?\s*$"
        r"|\s*\([^()\n]{1,100}\),?\s*$")),
    # Others named beside the subject between commas: 'Six newspapers in the state,
    # including the Asbury Park Press, said', 'Democratic economists, like their
    # Republican counterparts, say'.
    NamedPattern("others-aside", re.compile(
        r",\s+(?:including|like|unlike|such as|along with|as well as|among them)\s"
        r"[^,;:\n]{1,60},\s*$")),
    # A participle of anonymity between commas: 'One former employee, speaking on
    # condition of anonymity because of a non-disclosure agreement, said', 'A senior
    # official, speaking on the condition of anonymity to discuss the schedule, said'
    # (a 'who spoke ...' clause is relative_skips'). Source: English news formulas.
    NamedPattern("anonymity-aside", re.compile(
        r",\s+(?:speaking|talking|asking|requesting|granted)\s[^,;:\n]{0,60}?"
        r"(?:anonymity|anonymously|not\s+to\s+be\s+(?:named|identified))[^,;:\n]{0,80},\s*$",
        re.IGNORECASE)),
    # An adverb of how long, how often or how openly someone has spoken, after an
    # auxiliary that is no form of 'be' (a passive's subject is not who spoke: 'Roe was
    # widely criticized'): 'Mr. Roe has long said', 'Officials have consistently
    # argued', 'Roe has since said', 'Roe has vocally called'. Not any adverb: 'did not
    # immediately respond' names nobody who said anything, 'they have mutually agreed'.
    NamedPattern("adverb-after-auxiliary", re.compile(
        r"(?:^|\s)(?:has|have|had|will|would|could|can|may|might|did|does|do)"
        r"(?:\s+(?:also|not|never|still))?\s+(?:" + "|".join(sorted(SPEAKING_ADVERBS))
        + r")\s*$")),
    # 'continue' or 'quick' before the cue's 'to': the report is still the subject's
    # ('Roe continued to assert that ...', 'Roe has continued to question ...',
    # 'Officials were quick to point out ...'). Not 'tried to' or 'wants to' (an
    # attempt or a wish is no report), nor 'began to' ('As the crowd began to chant,
    # Roe joked, "..."': the crowd took Roe's quotation), nor 'went on to' ('went on'
    # is a cue of its own).
    NamedPattern("going-on-before-infinitive", re.compile(
        r"(?:^|\s)(?:(?:has|have|had)\s+)?(?:continued|continues|continue"
        r"|(?:is|are|was|were)\s+quick)\s+to\s*$")),
)


# The last words a gap may end with besides punctuation (a cheap test before the rules).
GAP_ENDS = words("""week weekend month year morning afternoon evening night summer fall
spring winter day monday tuesday wednesday thursday friday saturday sunday ago later
earlier to""") | SPEAKING_ADVERBS


def _may_end_gap(text: str) -> bool:
    """text ends with a comma, a closing parenthesis, a dash, a time word or an adverb
    of speaking."""
    tail = text.rstrip()
    return bool(tail) and (tail[-1] in ",)-–—" or tail[-16:].rsplit(None, 1)[-1].lower()
                           in GAP_ENDS)


@functools.lru_cache(maxsize=1024)  # a subject's text and its --explain trace read it alike
def gap_start(text: str) -> tuple[int, str | None]:
    """Where the subject's text ends in text (which ends at the cue) once the gaps
    before the cue are cut, and the name of the last rule that cut (None: no gap).
    Nothing is cut when a conjunction comes just before the gap: the words read back
    from it would be the last of several subjects ('A look at two jets and three
    helicopters, however, suggests', 'Experts and officials, however, said')."""
    end, rule = len(text), None
    if not _may_end_gap(text):
        return end, rule
    for _ in range(MAX_GAPS):
        found = next(((r.name, m) for r in SUBJECT_GAP_RULES
                      if (m := r.pattern.search(text, max(0, end - TAIL), end))), None)
        if found is None:
            break
        rule, end = found[0], found[1].start()
    if rule and COORDINATED & set(text[max(0, end - TAIL):end].split()[-COORDINATION_WORDS:]):
        return len(text), None
    return end, rule


def subject_text(text: str, offset: int) -> tuple[str, int]:
    """The part of text (which ends at a cue; offset: where it starts in the article)
    a subject is read in: from its last line break on (a subject never reaches back
    over one: a headline above the name), up to where the gaps before the cue start."""
    cut = text.rfind("\n") + 1
    if cut > 0 and text[cut:].strip():
        text, offset = text[cut:], offset + cut
    return text[:gap_start(text)[0]], offset


def gap_rule(text: str, start: int, subject_end: int, cue_pos: int) -> str | None:
    """For --explain: the name of the gap rule that cut text[start:cue_pos] (a sentence
    up to its cue) where the subject, ending at subject_end, was read; else None."""
    if not start <= subject_end <= cue_pos:
        return None
    cut, rule = gap_start(text[start:cue_pos])
    return rule if rule and subject_end <= start + cut else None


def skip_back(toks: list[tuple[str, int]]) -> int:
    """Index just past the subject in toks (the words before a cue, read back): skips
    time words and adverbs ('on Tuesday', 'also', CUE_ADVERBS), not one in capitals after another
    word in capitals ('USA TODAY reported': a name), and a party label ('Paul Ryan
    (R-Wis.) said')."""
    i = len(toks)
    while i > 0 and (_cue_adverb(toks, i) or (toks[i - 1][0].lower() in TIME_WORDS
                     and not capitals_run([w for w, _ in toks[:i]]))):
        i -= 1
    if i > 2 and toks[i - 1][0] == ")":
        j = max((k for k in range(max(0, i - 6), i) if toks[k][0] == "("), default=-1)
        if j > 0:
            i = j
    return i


def _cue_adverb(toks: list[tuple[str, int]], i: int) -> bool:
    """toks[i - 1] is one of CUE_ADVERBS and no form of 'be' stands before it."""
    return toks[i - 1][0].lower() in CUE_ADVERBS and not (
        i > 1 and toks[i - 2][0].lower() in BE_FORMS)


def capitals_run(words: list[str]) -> bool:
    """The last two words are in capitals ('USA TODAY') or end a name with a surname
    that is a skippable word too ('Theresa May', 'George Will', SURNAME_WORDS): a time
    word ending them is part of a name, not a time."""
    if len(words) < 2:
        return False
    last, before = words[-1], words[-2]
    return (last.isupper() and before.isupper()) or (
        last.lower() in SURNAME_WORDS and last[:1].isupper() and last[1:].islower()
        and before[:1].isupper())
