"""Speakers of statements whose attribution found no subject: rules of the
speaker table (speaker_rules.NO_SUBJECT_RULES) for bare quotations.

A quotation standing alone may go on with the previous speaker or be the words of
the person its paragraph is about. Reported speech with no subject takes none of
these: its paragraph's first person is as often someone else, so it stays
unattributed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extraction.coref import pronoun_gender
from bot.extraction.lexicon import SPEECH_VERBS
from bot.extraction.mentions import Resolved
from bot.extraction.noun_reports import SPEECH_NOUNS
from bot.extraction.object_mentions import after_preposition
from bot.extraction.raw import Raw
from bot.extraction.salience import Salient
from bot.extraction.speaker_kinds import known_gender

if TYPE_CHECKING:
    from bot.extraction.resolve import _State
    from bot.extraction.speaker_rules import Ask

# Unattributed quotes take the previous statement's speaker if it is at most this
# many paragraphs back.
CONTINUATION_PARAGRAPHS = 1
# A person's subject pronoun in a quotation's narration: the paragraph's person goes on.
SUBJECT_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# A name owning a speech noun, with at most one word between ("Clinton's stock answer").
OWNED_SPEECH_RE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?(?:['’]s|(?<=s)['’])\s+"
                             r"(?:[a-z-]+\s+)?(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\b")
# Words before a name or pronoun in which 'that' puts it in a that-clause ('hoped that
# keeping Santilli in jail'), not the narration's subject.
REPORTED_WORDS = 2
# A name (capitalised words) then a participle, maybe after an adverb: the name is the
# participle's subject ('footage of Hillary Clinton asking, "..."'). Source: English syntax.
PARTICIPLE_AFTER_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w'’-]*,?\s+"
                                 r"(?:[a-z]+ly\s+)?[a-z]{2,}ing\b")
# Words either side of a name in which a speech verb makes it an attribution's subject
# (after it, two more for the name's own words: 'Joe Kasper, told').
ATTRIBUTION_WORDS = 2
WORD_RE = re.compile(r"[A-Za-z]+")
# Only a quotation with no subject takes the paragraph's or the previous speaker.
QUOTATION_KINDS = ("direct", "partial")


def goes_on(ask: Ask) -> Resolved | None:
    """'..., Cole said. "That's exactly ...": a quotation opening the sentence right
    after the previous statement, in its paragraph, goes on with the same speaker."""
    prev = ask.state.last
    if (prev and prev[1].name is not None and _bare(ask.raw, ask.state)
            and _adjacent(prev[0], ask.raw, ask.state)):
        return prev[1]
    return None


def paragraph_subject_rule(ask: Ask) -> Resolved | None:
    """'Sanders spoke for an hour. "We will win," ...': the person the paragraph is
    about, named before the quotation. Reported speech with no subject found takes
    nobody ('Roe is popular. Most believe ...': 'Most' are not Roe)."""
    state, raw = ask.state, ask.raw
    if raw.kind not in QUOTATION_KINDS:
        return None
    para_start = next((x.start for x in state.sentences if x.para == raw.para), raw.start)
    found = paragraph_subject(raw.start, para_start, state.salient)
    if found is not None and not _bare(raw, state) and not _named_in_narration(raw, state, found):
        return Resolved(None)
    return found


def _named_in_narration(raw: Raw, state: _State, found: Resolved) -> bool:
    """Rule 'narration-names-paragraph-subject': a quotation inside narration takes the
    paragraph's person only when the narration of its own sentence names them as a
    speaker or goes on with a 'he'/'she' that fits them and is no one's reported words;
    other narration holds an attribution the rules did not read.
    Example: 'Obama departs the UK today. In a riff on his line, they will hold banners
    proclaiming: "Yes we can"' -> nobody (not Obama); 'Mrs. Schlafly said X. In 2010 she
    said of gay couples: "Nobody's ..."' -> Schlafly; 'Reynolds praises Santilli. And she
    is sure that ...: "..."' -> nobody (not Santilli)."""
    start, text = raw.sentence[0], state.text
    named = [c for c in state.salient if start <= c.pos < raw.start
             and c.who.name == found.name and not SUBJECT_PRONOUN_RE.match(text, c.pos)]
    if named:
        return any(_names_speaker(c, text, start, raw.start) for c in named)
    want = known_gender(found, state)
    return any((want is None or pronoun_gender(m[0]) == want)
               and not _reported(text, start, m.start())
               for m in SUBJECT_PRONOUN_RE.finditer(text, start, raw.start))


def _names_speaker(mention: Salient, text: str, start: int, end: int) -> bool:
    """Rule 'owner-of-no-speech': a name owning a noun that is no speech names no
    speaker of the quotation after it ("calling for Fiorina's firing and carrying signs
    saying, "..."" -> not Fiorina); one owning a speech noun does ("Bill Clinton's stock
    answer then -- "..."" -> Bill Clinton). Rule 'object-names-no-speaker': nor does a
    name after a preposition ('the cries of "..." (for Hillary Clinton)' -> nobody)
    unless a participle makes it the subject of its own words ('footage of Roe asking,
    "..."'), nor one in a that-clause with no speech verb before the quotation
    ('carping that Mr. Sanders is ... - Hillary Clinton cracked, "..."' -> nobody;
    'so subdued that Mr. Trump was prompted to say, "..."' -> Trump)."""
    if mention.possessor:
        return OWNED_SPEECH_RE.match(text, mention.pos) is not None
    if _reported(text, start, mention.pos):
        return any(w.lower() in SPEECH_VERBS for w in WORD_RE.findall(text, mention.pos, end))
    return (not after_preposition(text, mention.pos) or _word_before(text, mention.pos) == "from"
            or PARTICIPLE_AFTER_RE.match(text, mention.pos) is not None)


def _word_before(text: str, pos: int) -> str:
    words = WORD_RE.findall(text, max(0, pos - 20), pos)
    return words[-1].lower() if words else ""


def _reported(text: str, start: int, pos: int) -> bool:
    """The word at pos stands in a that-clause: 'that' at most REPORTED_WORDS words
    before it ('hoped that Trump wins', 'that keeping Santilli in jail')."""
    return "that" in (w.lower() for w in WORD_RE.findall(text, start, pos)[-REPORTED_WORDS:])


def previous_nearby(ask: Ask) -> Resolved | None:
    """A quotation with no attribution within one paragraph of the previous statement
    ('"A," she said. / "B."') takes its speaker when it opens its sentence; one inside
    narration ('Why not just say: "..."?', 'a message that said, "..."') holds an
    attribution the rules did not read, and reported speech takes nobody either."""
    prev, raw = ask.state.last, ask.raw
    if (prev and raw.kind in QUOTATION_KINDS and _bare(raw, ask.state)
            and raw.para - prev[0].para <= CONTINUATION_PARAGRAPHS):
        return Resolved(None) if _names_another(raw, ask.state, prev[1]) else prev[1]
    return None


def _names_another(raw: Raw, state: _State, prev: Resolved) -> bool:
    """Rule 'narration-names-another': the narration after the quotation in its own
    sentence names a person other than the previous speaker, in an attribution the
    rules did not read: right after the quotation or beside a speech verb, not as an
    owner ('"It's a costly model," said Will Doyle, a professor at ... "The biggest
    thing is ..."' after Kantrowitz spoke: not Kantrowitz, nobody; '"...," Trump went
    on' after Kelly spoke: not Kelly)."""
    start, text = raw.spans[0][1], state.text
    end = max(raw.sentence[1], raw.spans[1][0] if len(raw.spans) > 1 else 0)  # to part two
    return any(start <= c.pos < end and c.who.name != prev.name and not c.possessor
               and (len(WORD_RE.findall(text[start:c.pos])) < ATTRIBUTION_WORDS
                    or _beside_speech_verb(text, c.pos)) for c in state.salient)


def _beside_speech_verb(text: str, pos: int) -> bool:
    """A speech verb stands within ATTRIBUTION_WORDS words of the name at pos: the
    name is an attribution's subject ('said Will Doyle', 'Joe Kasper, told')."""
    before = WORD_RE.findall(text[max(0, pos - 40):pos])[-ATTRIBUTION_WORDS:]
    after = WORD_RE.findall(text[pos:pos + 80])[:ATTRIBUTION_WORDS + 2]
    return any(w.lower() in SPEECH_VERBS for w in before + after)


def _bare(raw: Raw, state: _State) -> bool:
    """The quotation opens its sentence: no narration before it."""
    return not state.text[raw.sentence[0]:raw.start].strip(" \n\"“”'‘’")


def _adjacent(prev: Raw, raw: Raw, state: _State) -> bool:
    """prev's last sentence is the one right before raw's, in the same paragraph."""
    last = (prev.extra_sentences or [prev.sentence])[-1]
    gap = state.text[last[1]:raw.sentence[0]]
    return prev.para == raw.para and not gap.strip()


def paragraph_subject(start: int, para_start: int, candidates: list[Salient]) -> Resolved | None:
    """For an unattributed quote: the first person named in the sentence before it,
    within its own paragraph ('Bystrom agreed. "Mainstream ..."')."""
    before = [c for c in candidates if para_start <= c.pos < start]
    if not before:
        return None
    last_sent = max(c.sent for c in before)
    return min((c for c in before if c.sent == last_sent), key=lambda c: c.pos).who
