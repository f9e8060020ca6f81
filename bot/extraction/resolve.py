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
from dataclasses import dataclass, field
from datetime import date

from bot.extraction.alias_forms import usable_alias
from bot.extraction.appositives import appositive_rule
from bot.extraction.channels import channel
from bot.extraction.collect import sentences
from bot.extraction.coordinated import coordination_trace
from bot.extraction.coref import speaking_names
from bot.extraction.date_names import date_names
from bot.extraction.descriptions import is_thing
from bot.extraction.display import with_display
from bot.extraction.headline_speakers import body_speaker
from bot.extraction.learned_speakers import learned_speaker
from bot.extraction.mentions import Resolved
from bot.extraction.nearest_subject import lone_name_fits
from bot.extraction.negations import stored_cue
from bot.extraction.no_subject import found_subject, moved_subject, other_subject
from bot.extraction.org_names import org_trace
from bot.extraction.outlets import NAME_AFTER_OUTLET, OUTLET_WORDS, after_outlet
from bot.extraction.phrases import tokens
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw
from bot.extraction.refused_subject import nearest_instead
from bot.extraction.run_on_quotes import follows_on, with_marks
from bot.extraction.salience import Salient, person_mentions
from bot.extraction.speaker_rules import speaker_for
from bot.extraction.speakers import Registry, article_names, split_name
from bot.extraction.subject_gaps import gap_rule
from bot.extraction.vetting import vetted
from bot.extraction.when import NO_DATE, When, date_of
from bot.models import Article, Speaker, Statement


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
    starts: list[int] = field(default_factory=list)  # the paragraphs' start offsets
    positional: bool = False  # every paragraph's index is its place in the list
    described: dict[str, Resolved] = field(default_factory=dict)
    last_thing: Resolved | None = None


def _date(raw: Raw, who: Resolved, ref: date | None, state: _State) -> tuple[When, str | None]:
    own_channel = channel(raw.clause)
    own = date_of(raw.clause, ref, date_names(state.text))
    if who.name is None:
        return own, own_channel
    prev, prev_channel = state.dated.get(who.name, (NO_DATE, None))
    if own == NO_DATE and (own_channel is None or own_channel == prev_channel):
        own = prev.carried()  # a day or a period, rule "same-speaker-earlier"
    state.dated[who.name] = (own, own_channel or prev_channel)
    return own, own_channel


def _context(article: Article, para: int, spans: list[tuple[int, int]], state: _State) -> str:
    """The paragraphs of the statement, in order (read by place when each paragraph's
    index is its place, not by a pass over all of them for each statement)."""
    paras = {para}
    for a, _ in spans:
        i = bisect.bisect_right(state.starts, a) - 1
        if i >= 0 and a < article.paragraphs[i].end:
            paras.add(article.paragraphs[i].index)
    if state.positional:
        n = len(article.paragraphs)
        return "\n\n".join(article.paragraphs[i].text for i in sorted(paras) if 0 <= i < n)
    return "\n\n".join(p.text for p in article.paragraphs if p.index in paras)


def build_statements(article: Article, raws: list[Raw],
                     sents: list[Sentence] | None = None) -> tuple[list[Statement], list[Speaker]]:
    text = article.text
    runs, registry = article_names(text, tuple((p.start, p.end) for p in article.paragraphs))
    state = _State(registry)
    state.sentences = sents if sents is not None else sentences(article)
    state.salient, state.genders = person_mentions(text, state.sentences, state.registry,
                                                   runs)
    state.speaking = speaking_names(text)
    state.text = text
    state.starts = [p.start for p in article.paragraphs]
    state.positional = all(p.index == i for i, p in enumerate(article.paragraphs))
    statements: list[Statement] = []
    origins: list[Raw] = []  # the raw statement each statement was built from
    speakers: dict[str, Speaker] = {}
    last: Statement | None = None  # the statement of state.last
    known: list[tuple[Statement, Resolved, str]] = []  # learned statements naming a person
    for raw in raws:
        named = state.last is not None and state.last[1].name is not None
        if last and state.last and follows_on(article, state.last[0], raw, named):
            _extend(last, article, raw, state)
            state.last = (raw, state.last[1])
            continue
        saved = _saved(state) if raw.learned else None
        moved = moved_subject(raw, text) if saved is not None else ""
        if saved is not None and (raw.subject is None or other_subject(raw, text)):
            who, speaker_rule = _nearest(raw, state)
        else:
            who, speaker_rule = speaker_for(raw, state)
        speaker_rule = moved + speaker_rule
        who = vetted(who, raw, state)
        who, speaker_rule = nearest_instead(raw, who, speaker_rule, state)
        if is_thing(who):
            state.last_thing = who
        when, chan = _date(raw, who, article.reference_date, state)
        dated = when.until(article.published)
        if saved is not None:  # a learned statement leaves no trace for the others
            _restore(state, saved)
        else:
            state.last = (raw, who)
        quote = " ".join(text[a:b] for a, b in raw.spans)
        origins.append(raw)
        statements.append(stmt := Statement(
            speaker=who.name, speaker_title=who.title, speaker_mention=raw.subject,
            kind=raw.kind,  # type: ignore[arg-type]
            quote=quote, context=_context(article, raw.para, raw.spans, state),
            said_on=dated.said_on, said_from=dated.said_from, said_to=dated.said_to,
            cue=stored_cue(text, raw), channel=chan, spans=raw.spans,
            trace={"span": raw.rule or raw.kind, "speaker": speaker_rule, "date": dated.rule,
                   **({"speaker_vetting": who.vetting} if who.vetting else {}),
                   **({"speaker_honorific": who.honorific} if who.honorific else {}),
                   **_gap(raw, text), **_outlet(raw, state), **org_trace(raw.subject),
                   **coordination_trace(raw.subject if who.group else None)}))
        if saved is None:
            last = stmt
            if who.name:
                _add_speaker(speakers, who)
        elif (accepted := learned_speaker(raw, who, state)) is not None:
            known.append((stmt, who, accepted))
    _known_speakers_only(statements, origins, speakers, known)
    return with_display(article, statements, origins), list(speakers.values())


def _known_speakers_only(statements: list[Statement], origins: list[Raw],
                         speakers: dict[str, Speaker],
                         known: list[tuple[Statement, Resolved, str]]) -> None:
    """A learned statement names only a speaker the rules' statements of the article
    name (vetting rule 'not_a_rule_speaker'), or the name its subject gives
    (learned_speakers.py: the rule's name in known), who gets a speaker record."""
    kept = {id(stmt) for stmt, _, _ in known}
    for stmt, raw in zip(statements, origins, strict=True):
        if (raw.learned and stmt.speaker is not None and stmt.speaker not in speakers
                and id(stmt) not in kept):
            body = body_speaker(raw.subject or "", list(speakers.values())) if (
                "headline" in raw.rule) else None  # 'Hillary: ...' (headline_speakers.py)
            stmt.speaker, stmt.speaker_title = (body[0].name, body[0].title) if body else (
                None, None)
            stmt.trace["speaker_vetting"] = body[1] if body else "not_a_rule_speaker"
    for stmt, who, accepted in known:
        stmt.trace["speaker_vetting"] = accepted
        _add_speaker(speakers, who)


def _nearest(raw: Raw, state: _State) -> tuple[Resolved, str]:
    """A learned statement with no subject: the phrase the first finder of
    no_subject.NO_SUBJECT_FINDERS reads, else nobody; a lone word only when it is the
    surname of a person with a known given name."""
    found = found_subject(state.text, raw.sentence[0], raw.sentence[1], raw.cue or "",
                          raw.cue_pos)
    if found is None:
        return Resolved(None), "unattributed"
    (raw.subject, raw.subject_pos), name = found
    who, rule = speaker_for(raw, state)
    if not lone_name_fits(raw.subject, who):
        return Resolved(None), "unattributed"
    return who, f"{name} + {rule}"


def _gap(raw: Raw, text: str) -> dict[str, str]:
    """The subject-gap rule that let the subject be read before its cue, and the
    appositive rule that named it (--explain)."""
    if not raw.subject or raw.subject_pos < raw.sentence[0]:
        return {}
    end = raw.subject_pos + len(raw.subject)
    rule = gap_rule(text, raw.sentence[0], end, raw.cue_pos)
    found = {"speaker_gap": rule} if rule else {}
    if raw.subject_pos < raw.cue_pos:
        head = text[raw.sentence[0]:raw.subject_pos]  # only read when a comma ends it
        before = tokens(head) if head.rstrip().endswith(",") else []
        named = appositive_rule(before, tokens(text[end:raw.cue_pos]))
        if named:
            found["speaker_appositive"] = named
    return found


def _outlet(raw: Raw, state: _State) -> dict[str, str]:
    """The outlet rule that read the person after an outlet's name (--explain)."""
    low = (raw.subject or "").lower().split()
    if not OUTLET_WORDS.intersection(low[:-1]):
        return {}
    name = split_name(raw.subject or "")[0]
    found = name and after_outlet(name, state.registry.by_surname)
    return {"speaker_outlet": NAME_AFTER_OUTLET} if found else {}


def _saved(state: _State) -> tuple:
    """What resolving a statement may change in state, to be put back after it."""
    return (state.last_person, state.last_org, state.last_thing, len(state.salient),
            dict(state.described), dict(state.dated))


def _restore(state: _State, saved: tuple) -> None:
    state.last_person, state.last_org, state.last_thing, n, described, dated = saved
    del state.salient[n:]
    state.described, state.dated = described, dated


def _extend(stmt: Statement, article: Article, raw: Raw, state: _State) -> None:
    spans = raw.spans if stmt.kind == "direct" else with_marks(state.text, raw.spans)
    stmt.spans = [*stmt.spans, *spans]
    stmt.trace["span"] = f"{stmt.trace.get('span', '')} + quote-only-paragraph-goes-on"
    stmt.quote = " ".join([stmt.quote, *(state.text[a:b] for a, b in spans)])
    stmt.context = _context(article, raw.para, stmt.spans, state)


def _add_speaker(speakers: dict[str, Speaker], who: Resolved) -> None:
    assert who.name is not None
    entry = speakers.setdefault(who.name, Speaker(name=who.name, title=who.title,
                                                  is_org=who.is_org))
    entry.title = entry.title or who.title
    forms = [who.mention] if who.mention and usable_alias(who.mention, who.name) else []
    if not who.is_org and not who.group and len(who.name.split()) > 1:
        forms.append(who.name.split()[-1])
    for form in forms:
        if form and form != who.name and form not in entry.aliases:
            entry.aliases.append(form)
