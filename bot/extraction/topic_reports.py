"""What someone spoke or talked about: 'Roe spoke at the White House on Tuesday about
the rights of victims' reports speech on a topic.

The verbs of speaking and talking take no clause of their own ('spoke', 'talks' are no
rule cues: 'spoke to reporters', 'talks broke down'); with 'about' or 'of' they name
what was said, and PolNeAR annotates the topic as the content. The subject is the
rules' subject right before the verb (phrases.subject_before: a name, a description or
a personal pronoun); the content is the noun phrase after the preposition, to the
clause's end. The card labels it reported speech with its verb ('spoke'), in the
article's words. Frames, in order (TOPIC_REPORT_RULES):
"""

from __future__ import annotations

import re

from bot.extraction.clauses import clause_subject
from bot.extraction.lexicon import words
from bot.extraction.phrases import subject_before
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span, spans_overlap

# The verbs of speaking and talking, every form. Source: English.
TOPIC_VERBS = r"(?:spoke|speaks|speak|speaking|spoken|talked|talks|talk|talking)"
# 'spoke about X', 'spoke at the rally on Tuesday about X' (at most eight words between,
# no punctuation), 'spoke of X', 'spoke briefly of X' (an -ly adverb at most: 'spoke on
# behalf of', 'talk of the town' are not read).
ABOUT_RE = re.compile(r"\b(?P<cue>" + TOPIC_VERBS + r")(?:\s+[^\s,;:.!?\"“”()]+){0,8}?"
                      r"\s+(?P<prep>about)\s+")
OF_RE = re.compile(r"\b(?P<cue>" + TOPIC_VERBS + r")(?:\s+[a-z]+ly)?\s+(?P<prep>of)\s+")
# Where the topic ends before the sentence does (and before a later statement of the
# sentence: _before_next): a semicolon or dash, or a comma before
# a clause of its own ('about a European consensus, but the council is divided', 'about
# hackers, he didn't mention ...'). Source: English clause punctuation.
_CLAUSE_WORDS = (r"(?:but|and|while|who|which|as|saying|adding|before|after|because|when|"
                 r"where|he|she|they|it|we|i)\b")
TOPIC_END_RE = re.compile(r"\s*(?:[;—–(]|\s-\s|--|,\s+" + _CLAUSE_WORDS + r")"
                          r"|(?<=,[\"”’'])\s+" + _CLAUSE_WORDS)
# A topic that is a number or a time ('spoke for about 30 minutes', 'had spoken of a
# few days earlier'): no topic. Source: English approximation and time phrases.
NOT_TOPIC_RE = re.compile(r"(?:\d|(?:a\s+few|several|two|three|many)\s+(?:days|weeks|months|"
                          r"years|hours|minutes)\b)")
# Quotation marks: a topic holding one is a partial quotation (noun_reports.MARK_RE).
MARK_RE = re.compile("[\"“”‘«»]|''")
# Words before the verb that make it no report of speech: a negation ('has never spoken
# about'), a modal or intention ('will talk about', 'wants to talk about'), the
# infinitive ('to talk about'), a relative or subordinate opening ('who', 'when').
# Source: English auxiliaries and negation.
NOT_SAID = words("""not never n't no will would could should might may must can to wants
want wanted plans planned expected going refused declined who whom which""")
# The word before the subject when the subject is a preposition's object ('Nobody in
# British Columbia is talking about', 'like Trump has spoken about'): the verb is not
# its. Source: English prepositions.
PREPOSITIONS = words("in of at from with like for on by to about than unlike including")
# A free relative before the subject ('What Roe talks about most is that ...'): the
# topic is the subject of another verb. Source: English free relatives.
FREE_RELATIVES = words("what whatever")
# The subject rule's name in the trace when a participle takes the main clause's subject.
PARTICIPLE_TOPIC_SUBJECT = "participle-topic-subject"
# The joining word left at a topic's end when it is cut before a later statement.
AND_END_RE = re.compile(r"(?:,?\s+(?:and|but)(?:\s+(?:also|then|later))?)?\s*$")
# A topic has at least this many words (reported.MIN_CONTENT_WORDS).
MIN_WORDS = 3


def _topic(text: str, sent: Sentence, pattern: re.Pattern[str]
           ) -> tuple[re.Match[str], tuple[int, int], tuple[str, int], str | None] | None:
    """The first match of pattern in sent with a subject before its verb and a topic of
    MIN_WORDS words, or None."""
    for m in pattern.finditer(text, sent.start, sent.end):
        head = text[sent.start:m.start("cue")]
        before = head.split()[-2:]
        if any(w.lower().strip(",") in NOT_SAID or w.lower().endswith("n't") for w in before):
            continue
        found = subject_before(head, sent.start)
        via = None if found else PARTICIPLE_TOPIC_SUBJECT
        found = found or _participle_subject(text, sent, m)
        if found is None or not _own_subject(text, sent, found, m["cue"]) or NOT_TOPIC_RE.match(
                text, m.end()):
            continue
        stop = TOPIC_END_RE.search(text, m.end(), sent.end)
        span = clause_span(text, m.end(), stop.start() if stop else sent.end)
        if "anonymity" in text[m.start():span[1]]:
            continue  # 'spoke on condition of anonymity about ...': a request (anonymity.py)
        if len(text[span[0]:span[1]].split()) >= MIN_WORDS:
            return m, span, found, via
    return None


def _participle_subject(text: str, sent: Sentence, m: re.Match[str]) -> tuple[str, int] | None:
    """Rule 'participle-topic-subject': 'Roe offered a defense of the city, speaking
    movingly of the attacks': a participle after the main clause's comma shares its
    subject (clauses.clause_subject); not after a quotation (its speaker is the
    quotation's attribution's)."""
    head = text[sent.start:m.start("cue")]
    if not m["cue"].endswith("ing") or not head.rstrip().endswith(",") or MARK_RE.search(head):
        return None
    return clause_subject(text, sent.start, m.start("cue"))


def _before_next(text: str, span: tuple[int, int], taken: list[Raw]) -> tuple[int, int]:
    """The topic ends before a later statement's subject or cue inside it, and before
    the 'and' joining them ('spoke of her faith in the people and urged voters to ...':
    'urged' is a statement of its own)."""
    inside = [p for r in taken for p in (r.subject_pos, r.cue_pos) if span[0] < p < span[1]]
    if not inside:
        return span
    head = text[span[0]:min(inside)]
    head = AND_END_RE.sub("", head)
    return clause_span(text, span[0], span[0] + len(head))


def _own_subject(text: str, sent: Sentence, found: tuple[str, int], cue: str) -> bool:
    """The subject is the verb's own: no relative or negative word, no owner's 's ('Roe's
    talk starts at ...': a noun), not a preposition's object; before a participle, no
    noun 'of' it ('A video of Roe talking about X went viral': the video's clause)."""
    phrase, at = found
    words_ = phrase.lower().split()
    before = text[sent.start:at].split()[-1:]
    return (phrase.lower() not in NOT_SAID and words_[0] not in ("nobody", "no", "none")
            and words_[0] not in PREPOSITIONS
            and not phrase.endswith(("'s", "’s", "'", "’"))
            and not (before and before[0].lower() in PREPOSITIONS | FREE_RELATIVES)
            and not (cue.endswith("ing") and "of" in words_))


# (name, pattern), in order: each reads the sentence's first such verb with a subject.
TOPIC_REPORT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 'Roe spoke about the rights of victims', 'Roe talked with officials for weeks
    # about endorsing Doe'; not 'Roe will talk about ...' (not said yet), not 'who spoke
    # about' (a relative: the rules read its antecedent elsewhere), not 'Roe has never
    # spoken about ...' (a negation).
    ("spoke-about-topic", ABOUT_RE),
    # 'Roe spoke of a recent visit to a mosque', 'Roe spoke briefly of her friend'; not
    # 'Roe spoke on behalf of the union' (words between), not 'the talk of the town' (no
    # subject before the verb).
    ("spoke-of-topic", OF_RE),
)


def topic_reports(text: str, sent: Sentence, taken: list[Raw]) -> list[Raw]:
    """The topic statement of the sentence (see the module doc) where no statement in
    `taken` holds its words, or an empty list."""
    if "spok" not in text[sent.start:sent.end] and "talk" not in text[sent.start:sent.end] \
            and "speak" not in text[sent.start:sent.end]:
        return []
    for name, pattern in TOPIC_REPORT_RULES:
        found = _topic(text, sent, pattern)
        if found is None:
            continue
        m, span, subject, via = found
        span = _before_next(text, span, taken)
        if len(text[span[0]:span[1]].split()) < MIN_WORDS or any(
                spans_overlap([span], r.spans) for r in taken):
            return []
        clause = text[sent.start:span[0]] + " " + text[span[1]:sent.end]
        kind = "partial" if MARK_RE.search(text, *span) else "indirect"
        return [Raw(kind, [span], sent.para, (sent.start, sent.end), cue=m["cue"],
                    cue_pos=m.start("cue"), subject=subject[0], subject_pos=subject[1],
                    clause=clause).chose(f"{name} + {via}" if via else name)]
    return []
