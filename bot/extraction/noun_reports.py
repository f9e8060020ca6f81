"""Reported speech named by a noun: "belying Roe's warnings that rates would rise".

A speech noun with its owner before it ('Roe's', 'his', 'the judges'') and a that-clause
after it reports what the owner said or wrote: the clause is the content, the owner the
speaker, the noun the cue (bot.cues sorts it as speech, so the card says 'reported
speech'). Only nouns of saying or writing: a belief, finding or decision named by a noun
('his belief that', 'her view that', 'the decision that') is no speech and is not read
here; nor is a denial (what it denies was not said). The verb rules (reported.py) take
no statement from such a noun (noun_cues.py); these frames do, in order:
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import DETERMINERS, words
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span, spans_overlap

# Nouns that name something said or written, singular and plural. Source: English
# nominalisations of speech verbs ('claim', 'warn', 'insist', 'assure', 'remark').
SPEECH_NOUNS = words("""
claim claims statement statements remark remarks comment comments warning warnings
assertion assertions insistence assurance assurances argument arguments accusation
accusations allegation allegations suggestion suggestions admission admissions
announcement announcements prediction predictions contention complaint complaints
boast boasts pledge pledges promise promises vow vows response responses answer reply
""")
# Possessive pronouns and the subject pronoun each stands for (resolved like a subject);
# not 'their' nor 'its' (on PolNeAR train they were resolved to the wrong group or
# organisation). Source: English pronouns.
OWNER_PRONOUNS = {"his": "he", "her": "she"}
# Capitalised function words that open a sentence, never a name's first word ('Despite
# Roe's claim'). Source: English prepositions, conjunctions and sentence adverbs.
NOT_NAME_WORDS = words("""despite contrary amid unlike given like notwithstanding because
while although though when if as since after before and but or so yet that which who where
whether the a an in on at for from with by of to over under between about against during
without within into upon meanwhile still however also even then now""")
_NOT_NAME = r"(?!(?:" + "|".join(sorted(w.title() for w in NOT_NAME_WORDS)) + r")\b)"
# A noun's owner: a possessive pronoun, up to four capitalised words with 's (or ' after
# an s), up to two lowercase words after 'the' with 's (or ' after an s), or a plural of
# up to two lowercase words with ' ('budget hawks'').
OWNER = (r"(?P<owner>(?P<pronoun>[Hh]is|[Hh]er)"
         r"|(?P<name>(?:" + _NOT_NAME + r"[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w’'-]*?)"
         r"(?:['’]s|(?<=s)['’])"
         r"|(?:[Tt]he\s+)(?P<common>(?:[a-z]+\s+)?[a-z]+?)(?:['’]s|(?<=s)['’])"
         r"|(?P<plural>(?:[a-z]+\s+)?[a-z]+s)['’](?![\w’']))")
# At most one modifier between the owner and the noun ('smug assurances', 'repeated
# claims'): a lowercase word. Not two: in 'We know from his financial disclosure
# statements that ...' the clause is the verb's ('know'), not the noun's.
MODIFIERS = r"(?:[a-z]+(?:-[a-z]+)?\s+)?"
NOUN = r"(?P<noun>" + "|".join(sorted(SPEECH_NOUNS, key=len, reverse=True)) + r")"
# The words every frame holds (noun_reports' quick test before the frames).
THAT_RE = re.compile(r"\sthat\s")
NOUN_RE = re.compile(r"\s" + NOUN + r"[\s,]")
# 'Roe's claim that ...' (the object of a verb or a preposition before it).
OBJECT_RE = re.compile(r"(?<![\w’'])" + OWNER + r"\s+" + MODIFIERS + NOUN + r"\s+(?P<that>that)\s+")
# 'Roe's argument is that ...', 'Her argument, like his, was that ...'.
COPULA_RE = re.compile(r"(?<![\w’'])" + OWNER + r"\s+" + MODIFIERS + NOUN
                       + r"(?:,[^,;:“”\"]{1,80},)?\s+(?:is|was)\s+(?P<that>that)\s+")
# A time between the noun and its verb ("Roe's argument on Sunday was that", 'her
# claim in November was that'): a day, a month or a week, month or year, with its
# preposition.
# Source: English time adverbials.
TIME_GAP = (r"\s+(?:(?:on|in|last|this|earlier\s+this|late|early|earlier)\s+)?"
            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
            r"March|April|May|June|July|August|September|October|November|December|week|"
            r"month|year)(?:\s+\d{1,2})?")
COPULA_TIME_RE = re.compile(r"(?<![\w’'])" + OWNER + r"\s+" + MODIFIERS + NOUN + TIME_GAP
                            + r"\s+(?:is|was)\s+(?P<that>that)\s+")
# The word before an owner when its noun phrase opens a clause of its own (the clause
# after 'that' would run into that clause's verb: 'because Roe's claim that X angered
# Y'). Source: English subordinators and coordinators.
CLAUSE_OPENERS = words("""because while although though when whenever if unless as since
after before until and but or nor so yet that which who whom whose where whether""")
# The first word of a content clause after 'that': a subject ('that the vote', 'that she',
# "that Roe's"), not a verb ('that was issued', 'that drew criticism': 'that' is then a
# relative pronoun). Source: English pronouns and determiners.
CLAUSE_SUBJECTS = DETERMINERS | words("""he she it they we i you there no every each all
any most few if""")
FIRST_WORD_RE = re.compile(r"[“\"‘']?([A-Za-z][A-Za-z.-]*)")
WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[,;:]?\s+$")
# Where the content ends before its sentence does: a semicolon, a dash, a comma before
# 'or' or an article ('his claim that A; his criticism of B', "the campaign's claim that
# A - an argument that did not ring true", 'his complaints that A, or with his attempts
# to B', "the judges' statement that A, a call echoed by Japan"): what follows is the
# writer's, a list's next item or an aside.
CONTENT_END_RE = re.compile(r"\s*(?:;|[—–]|\s-\s|--|,\s+(?:or|an?)\s)")
# Prepositions opening a sentence's opening phrase ('Despite Roe's claim that A, B',
# 'Contrary to his claim that A, B'): the content ends at the phrase's comma. Not
# 'after', 'since', 'before' (subordinators too: 'After Roe's claim that A drew fire,').
# Source: English prepositions.
OPENING_PREPOSITIONS = words("despite contrary amid unlike given like notwithstanding")
# 'him' before an owner 'his' (_two_men).
HIM_RE = re.compile(r"\b[Hh]im\b")
CLAUSE_MARK_RE = re.compile(r"[,;:.—–()]")
# Quotation marks: a content holding one is a partial quotation.
MARK_RE = re.compile("[\"“”‘«»]|''")
MIN_WORDS = 3
# The prefix of the frames' names (a trace's first rule: learned_cues and extent read it).
NOUN_REPORT = "noun-report"


def _clause_after(text: str, at: int) -> bool:
    """'that the vote was rigged': the word at `at` opens a clause (a subject), not a
    verb of a relative clause ('that was issued Monday')."""
    m = FIRST_WORD_RE.match(text, at)
    if m is None:
        return text[at:at + 1].isdigit()
    word = m[1]
    return word[:1].isupper() or word.lower() in CLAUSE_SUBJECTS or text[at] in "“\"‘"


def _object_position(text: str, start: int, m: re.Match[str]) -> bool:
    """The owner follows a lowercase verb or preposition in the same clause ('belying
    Roe's warnings', 'over her remark'), not a sentence's or clause's opening; a clause
    (not a relative one) opens after 'that'."""
    if not _clause_after(text, m.end()):
        return False
    before = WORD_BEFORE_RE.search(text, max(start, m.start() - 30), m.start())
    if before is None or before[0].rstrip()[-1] in ",;:":
        return False
    word = before[1]
    return (word.islower() and word not in CLAUSE_OPENERS) or _opening_preposition(
        text[start:m.start()])


def _opening_preposition(head: str) -> bool:
    """The sentence's first words (before an owner) open with OPENING_PREPOSITIONS."""
    first = head.split()[:1]
    return bool(first) and first[0].lower() in OPENING_PREPOSITIONS


def _any_position(text: str, start: int, m: re.Match[str]) -> bool:
    """Anywhere: after 'is that' a content clause opens ('is that taxes are high')."""
    return True


# (name, pattern, test of the match in its sentence), in order.
NOUN_REPORT_FRAMES: tuple[tuple[str, re.Pattern[str],
                                 Callable[[str, int, re.Match[str]], bool]], ...] = (
    # 'Roe's argument is that the plan fails', 'Her fundamental argument, much like his,
    # is that ...': the clause after 'is that' is the content; the owner may open the
    # sentence. Not 'Her view is that' (a belief: no speech noun).
    ("noun-report-copula", COPULA_RE, _any_position),
    # 'belying budget hawks' warnings that they would skyrocket', 'over her remark that
    # ...': the owner after a lowercase verb or preposition, the content to the clause's
    # end. Not 'Roe's claim that X is false' (opens the sentence: its verb would end the
    # content), not 'his statement that was issued Monday' (a relative clause), not
    # 'his belief that' (no speech noun).
    ("noun-report-object", OBJECT_RE, _object_position),
    # The copula frame with a time between the noun and its verb ("Roe's argument on
    # Sunday was that ..."); not "Roe's argument in the suit was that" (no time). The
    # object frame with a time ('after his comment Monday that ...') was tried and
    # dropped: on train 1 right, 1 content running into the main clause, 1 duplicate.
    ("noun-report-copula-after-time", COPULA_TIME_RE, _any_position),
)


def _content_end(text: str, sent: Sentence, owner: int, begin: int) -> int:
    """Where the content from `begin` ends: at CONTENT_END_RE, and at the first comma
    when the owner sits in the sentence's opening phrase ('Despite Roe's claim that A,
    B'); else at the sentence's end."""
    end = CONTENT_END_RE.search(text, begin, sent.end)
    stop = end.start() if end else sent.end
    head = text[sent.start:owner]
    if "," not in head and _opening_preposition(head):
        comma = text.find(",", begin, stop)
        stop = comma if comma > 0 else stop
    return stop


def _two_men(text: str, start: int, m: re.Match[str]) -> bool:
    """'his' after 'him' in the same clause ('challenging him over his comments that
    ...'; not 'to fail him: He earned nothing with his complaints that'): 'him' is
    someone other than the subject, so 'his' may be either man's."""
    if (m["pronoun"] or "").lower() != "his":
        return False
    him = [h.end() for h in HIM_RE.finditer(text, start, m.start())]
    return bool(him) and CLAUSE_MARK_RE.search(text, him[-1], m.start()) is None


def _speaker(m: re.Match[str]) -> str:
    if m["pronoun"]:
        return OWNER_PRONOUNS[m["pronoun"].lower()]
    return m["name"] or m["plural"] or f"the {m['common']}"


def noun_reports(text: str, sent: Sentence, taken: list[Raw]) -> list[Raw]:
    """The statements of the sentence's speech nouns with an owner and a that-clause,
    where no statement in `taken` holds the clause already."""
    out: list[Raw] = []
    if not _may_hold(text, sent):
        return out
    for name, pattern, place in NOUN_REPORT_FRAMES:
        for m in pattern.finditer(text, sent.start, sent.end):
            if not place(text, sent.start, m) or _two_men(text, sent.start, m):
                continue
            raw = _statement(text, sent, m)
            if raw is not None and not any(spans_overlap(raw.spans, r.spans)
                                           for r in taken + out):
                out.append(raw.chose(name))
    return out


def _may_hold(text: str, sent: Sentence) -> bool:
    """What every frame needs, tested cheaply first: 'that' and a speech noun."""
    return (text.find("that", sent.start, sent.end) >= 0  # most have none (hot path)
            and THAT_RE.search(text, sent.start, sent.end) is not None
            and NOUN_RE.search(text, sent.start, sent.end) is not None)


def _statement(text: str, sent: Sentence, m: re.Match[str]) -> Raw | None:
    """The statement of one match: its that-clause, owner and noun; None when the
    clause is shorter than MIN_WORDS words after 'that'."""
    begin = m.start("that")
    span = clause_span(text, begin, _content_end(text, sent, m.start(), begin))
    if len(text[span[0]:span[1]].split()) < MIN_WORDS + 1:
        return None
    kind = "partial" if MARK_RE.search(text, *span) else "indirect"
    return Raw(kind, [span], sent.para, (sent.start, sent.end), cue=m["noun"],
               cue_pos=m.start("noun"), subject=_speaker(m), subject_pos=m.start("owner"),
               clause="")  # the sentence's day is its verb's, not the noun's
