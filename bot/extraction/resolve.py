"""Raw statements -> Statements and Speakers: names, titles, dates, channels.

Date rule (said_on, or a period said_from..said_to; the rule table is in
when.py): a statement's own attribution clause decides ("said Tuesday", "on
Feb. 3", "last week"). Without one, it takes the day or period of the same
speaker's previous statement, as the same remarks, unless it names a channel
("on Truth Social", "in a statement") that the previous statement did not:
a new channel is a new occasion, and then said_on stays None. No date is later
than the publication date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from bot.extraction.channels import channel
from bot.extraction.collect import sentences
from bot.extraction.coref import speaking_names
from bot.extraction.date_names import date_names
from bot.extraction.descriptions import is_thing, proper_name, same_description
from bot.extraction.display import with_display
from bot.extraction.lexicon import PERSON_PRONOUNS
from bot.extraction.mentions import Resolved, resolve
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw
from bot.extraction.salience import (
    Salient,
    antecedent,
    gender,
    paragraph_subject,
    person_mentions,
    sentence_index,
)
from bot.extraction.speakers import Registry, build_registry, name_runs
from bot.extraction.when import NO_DATE, When, date_of
from bot.models import Article, Speaker, Statement

# Unattributed quotes take the previous statement's speaker if it is at most this
# many paragraphs back.
CONTINUATION_PARAGRAPHS = 1
# "He’s predicting": a contracted auxiliary on a pronoun subject.
CONTRACTION_RE = re.compile(r"^([Hh]e|[Ss]he)['’]s$")
# Pronouns with no antecedent found take the previous statement's speaker
# ("they", "we" for a group just quoted; "I" in a first-person piece).
FALLBACK_PRONOUNS = frozenset(["they", "we", "i", "it", "he", "she"])


@dataclass
class _State:
    registry: Registry
    salient: list[Salient] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    last_person: Resolved | None = None
    last_org: Resolved | None = None
    last: tuple[Raw, Resolved] | None = None
    dated: dict[str, tuple[When, str | None]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    speaking: frozenset[str] = frozenset()
    text: str = ""
    described: dict[str, Resolved] = field(default_factory=dict)
    last_thing: Resolved | None = None


def _speaker(raw: Raw, state: _State) -> Resolved:
    if raw.subject is not None:
        raw.subject = CONTRACTION_RE.sub(r"\1", raw.subject)
    if raw.subject is None:
        prev = state.last
        if (prev and prev[1].name is not None and _bare(raw, state)
                and _adjacent(prev[0], raw, state)):
            return prev[1]  # '..., Cole said. "That's exactly ...": the same speaker goes on
        para_start = next((x.start for x in state.sentences if x.para == raw.para), raw.start)
        here = paragraph_subject(raw.start, para_start, state.salient)
        if here is not None:
            return here
        prev = state.last
        if prev and raw.para - prev[0].para <= CONTINUATION_PARAGRAPHS:
            return prev[1]
        return Resolved(None)
    if raw.subject.lower() in PERSON_PRONOUNS:
        sent = sentence_index(state.sentences, raw.subject_pos)
        found = antecedent(raw.subject, raw.subject_pos, sent, state.salient)
        if found is not None:
            state.salient.append(Salient(raw.subject_pos, found, sent, True,
                                         PERSON_PRONOUNS[raw.subject.lower()]))
            return found
    found = resolve(raw.subject, raw.subject_pos, state.registry, state.last_person,
                    state.last_org)
    want = PERSON_PRONOUNS.get(raw.subject.lower())
    if want and found.name is not None and not _fits(found, want, state):
        found = Resolved(None)
    if raw.subject.lower() == "it":
        return state.last_thing or found  # 'it said': the last organisation or document
    if found.name is None and raw.subject.lower() in FALLBACK_PRONOUNS and state.last:
        back = state.last[1] if proper_name(state.last[1].name or "") else state.last_person
        return back if back is not None and (not want or _fits(back, want, state)) else found
    found = same_description(found, state.described)
    person = found.name is not None and not found.is_org and proper_name(found.name)
    if person and found.name and (" " in found.name or gender(found)
                                  or found.name in state.speaking):
        state.last_person = found
        sent = sentence_index(state.sentences, raw.subject_pos)
        state.salient.append(Salient(raw.subject_pos, found, sent, True,
                                     gender(found) or state.genders.get(found.name)))
    elif found.name is not None and not person:
        state.last_org = found
    return found


def _bare(raw: Raw, state: _State) -> bool:
    """The quotation opens its sentence: no narration before it."""
    return not state.text[raw.sentence[0]:raw.start].strip(" \n\"“”'‘’")


def _adjacent(prev: Raw, raw: Raw, state: _State) -> bool:
    """prev's last sentence is the one right before raw's, in the same paragraph."""
    last = (prev.extra_sentences or [prev.sentence])[-1]
    gap = state.text[last[1]:raw.sentence[0]]
    return prev.para == raw.para and not gap.strip()


def _fits(who: Resolved, want: str, state: _State) -> bool:
    """who's known gender (name, honorific, learnt) does not contradict the pronoun."""
    known = gender(who) or state.genders.get(who.name or "")
    return known is None or known == want


def _date(raw: Raw, who: Resolved, ref: date | None, state: _State) -> tuple[When, str | None]:
    own_channel = channel(raw.clause)
    own = date_of(raw.clause, ref, date_names(state.text))
    if who.name is None:
        return own, own_channel
    prev, prev_channel = state.dated.get(who.name, (NO_DATE, None))
    if not own.found and (own_channel is None or own_channel == prev_channel):
        own = prev.carried()  # a day or a period, rule "same-speaker-earlier"
    state.dated[who.name] = (own, own_channel or prev_channel)
    return own, own_channel


def _context(article: Article, para: int, spans: list[tuple[int, int]]) -> str:
    paras = {para}
    starts = [p.start for p in article.paragraphs]
    for a, _ in spans:
        i = bisect.bisect_right(starts, a) - 1
        if i >= 0 and a < article.paragraphs[i].end:
            paras.add(article.paragraphs[i].index)
    return "\n\n".join(p.text for p in article.paragraphs if p.index in paras)


def build_statements(article: Article, raws: list[Raw],
                     sents: list[Sentence] | None = None) -> tuple[list[Statement], list[Speaker]]:
    text = article.text
    runs = name_runs(text, [(p.start, p.end) for p in article.paragraphs])
    state = _State(build_registry(runs))
    state.sentences = sents if sents is not None else sentences(article)
    state.salient, state.genders = person_mentions(text, state.sentences, state.registry,
                                                   runs)
    state.speaking = speaking_names(text)
    state.text = text
    statements: list[Statement] = []
    origins: list[Raw] = []  # the raw statement each statement was built from
    speakers: dict[str, Speaker] = {}
    for raw in raws:
        if statements and state.last and _follows_on(state.last[0], raw, article, state):
            _extend(statements[-1], article, raw, state)
            state.last = (raw, state.last[1])
            continue
        who = _speaker(raw, state)
        if is_thing(who):
            state.last_thing = who
        when, chan = _date(raw, who, article.reference_date, state)
        state.last = (raw, who)
        quote = " ".join(text[a:b] for a, b in raw.spans)
        origins.append(raw)
        statements.append(Statement(
            speaker=who.name, speaker_title=who.title, speaker_mention=raw.subject,
            kind=raw.kind,  # type: ignore[arg-type]
            quote=quote, context=_context(article, raw.para, raw.spans),
            said_on=when.until(article.published).said_on,
            said_from=when.until(article.published).said_from,
            said_to=when.until(article.published).said_to, cue=raw.cue,
            channel=chan, spans=raw.spans, trace={"date": when.until(article.published).rule}))
        if who.name:
            _add_speaker(speakers, who)
    return with_display(article, statements, origins), list(speakers.values())


def _follows_on(prev: Raw, raw: Raw, article: Article, state: _State) -> bool:
    """A paragraph that is nothing but a quotation, right after a paragraph quoting
    the previous speaker, goes on with the same remarks ('"A," she said. / "B."')."""
    if raw.kind != "direct" or prev.kind != "direct" or raw.cue or raw.subject:
        return False
    if raw.para != prev.para + 1 or state.last is None or state.last[1].name is None:
        return False
    para = article.paragraphs[raw.para]
    outside = state.text[para.start:raw.spans[0][0]] + state.text[raw.spans[-1][1]:para.end]
    return not outside.strip(" \n\"“”'‘’.,")


def _extend(stmt: Statement, article: Article, raw: Raw, state: _State) -> None:
    stmt.spans = [*stmt.spans, *raw.spans]
    stmt.quote = " ".join([stmt.quote, *(state.text[a:b] for a, b in raw.spans)])
    stmt.context = _context(article, raw.para, stmt.spans)


def _add_speaker(speakers: dict[str, Speaker], who: Resolved) -> None:
    assert who.name is not None
    entry = speakers.setdefault(who.name, Speaker(name=who.name, title=who.title,
                                                  is_org=who.is_org))
    if entry.title is None and who.title:
        entry.title = who.title
    forms = [who.mention] if who.mention and who.mention.lower() not in ("he", "she") else []
    if not who.is_org and len(who.name.split()) > 1:
        forms.append(who.name.split()[-1])
    for form in forms:
        if form and form != who.name and form not in entry.aliases:
            entry.aliases.append(form)
