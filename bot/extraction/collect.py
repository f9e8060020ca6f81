"""Collect raw statements of an article: quotations first, then reported speech."""

from __future__ import annotations

import re

# bot.cues imports the extraction lexicon: the module, not a name, so either may load first.
from bot import cues
from bot.extraction.asked import ASKED_RE, QUESTION_RULES, asked_question
from bot.extraction.before_quote import before_quotation
from bot.extraction.beside_quotes import beside_quotations
from bot.extraction.by_reports import BY_REPORT, with_by_report
from bot.extraction.clauses import colon_subject
from bot.extraction.closing_attribution import CLOSING_ATTRIBUTION, MIXED_AFTER, refusal
from bot.extraction.colon_leads import reports_nothing
from bot.extraction.content_cuts import cut_contents
from bot.extraction.context_frames import context_frames
from bot.extraction.direct import attribution_in, is_bare, sentence_quotes
from bot.extraction.expected import with_expected
from bot.extraction.extent import without_nested
from bot.extraction.headline import headline_line, headline_statement, short_statement
from bot.extraction.it_passives import IT_PASSIVE, with_it_passive
from bot.extraction.labels import signature_line
from bot.extraction.learned_cues import learned
from bot.extraction.lexicon import words
from bot.extraction.partials import partial_speaker
from bot.extraction.particle_cues import acts_only
from bot.extraction.quotes import Sentence, split_sentences
from bot.extraction.raw import Raw
from bot.extraction.reported import indirect
from bot.extraction.run_on_quotes import carried_on, may_carry_on, mixed_statement, with_marks
from bot.extraction.title_case import title_case_statement
from bot.extraction.titles import is_byline, is_title, narration_titles
from bot.models import Article

# A form of 'be' right before a participle cue makes it passive.
BE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
# Participles not ending in -ed ('was told', 'is known').
PARTICIPLES = words("told said shown found known seen written thought")
# Views whose passive is someone else's ('is expected to win'); 'is worried' is the subject's.
PASSIVE_VIEWS = words("expected known considered viewed regarded seen thought believed")
# Narration of more than this many words ending in a colon introduces a new quotation.
MIN_INTRO_WORDS = 3


def sentences(article: Article) -> list[Sentence]:
    out: list[Sentence] = []
    for p in article.paragraphs:
        out.extend(split_sentences(p.text, p.start, p.index))
    return out


def _from_sentence(text: str, sent: Sentence) -> list[Raw]:
    if not sent.quotes:
        found = indirect(text, sent)
        title = None if found else title_case_statement(text, sent)
        return [title] if title else found
    mixed = mixed_statement(text, sent)
    if mixed:
        return [mixed, *beside_quotations(text, sent, [mixed])]
    directs, partials = sentence_quotes(text, sent)
    kept: list[Raw] = []
    after = _attribution_after(text, sent) if partials and not directs else None
    closing = _trailing_partial(text, sent, after, CLOSING_ATTRIBUTION)
    if closing:
        return closing + beside_quotations(text, sent, closing)
    for p in partials:
        if is_title(text, p):
            continue
        if partial_speaker(text, sent, p) and not any(k.spans == p.spans for k in kept):
            kept.append(p)
    if not kept and not directs and partials:
        kept = _trailing_partial(text, sent, after)
    out = kept + directs
    return out + beside_quotations(text, sent, out) if out else indirect(text, sent)


def _attribution_after(text: str, sent: Sentence) -> tuple[Raw, int] | None:
    """The attribution after a mixed sentence's last quotation and comma ('..., Sanders
    "has pole-vaulted ...," Sroka said.') and the quotation's end, read once for both
    rules of _trailing_partial; none after an opening 'Asked whether Roe "has ...,"'."""
    last = sent.quotes[-1]
    asked = ASKED_RE.match(text, sent.start, sent.end)
    if last.close_at is None or (asked and asked.end() >= last.close_at):
        return None
    end = last.close_at + last.close_len
    found = attribution_in(text, (end, sent.end), trailing=True)
    inner = text[sent.start:last.close_at].rstrip("’'")  # ',’”': a quotation's own
    comma = inner[-1:] in ",?!" or text[end:sent.end].lstrip().startswith(",")
    return (found, end) if found is not None and comma else None


def _trailing_partial(text: str, sent: Sentence, after: tuple[Raw, int] | None,
                      rule: str = MIXED_AFTER) -> list[Raw]:
    """after (_attribution_after) makes the sentence one partial statement; with rule
    CLOSING_ATTRIBUTION only one closing it (closing_attribution.refusal), winning then."""
    if after is None or (rule == CLOSING_ATTRIBUTION
                         and refusal(text, sent.start, after[1], sent.end, after[0])):
        return []
    found, end = after
    found.kind, found.para, found.sentence = "partial", sent.para, (sent.start, sent.end)
    found.spans, found.clause = [(sent.start, end)], text[end:sent.end]
    return [found.chose(rule)]


def _continues(prev: Raw, cur: Raw, text: str) -> bool:
    """cur is an unattributed quote carrying on prev's quotation (run_on_quotes.may_carry_on)."""
    if not may_carry_on(text, prev, cur) or cur.kind != "direct":
        return False
    if cur.subject is None and cur.para == prev.para:
        return not _new_intro(text, prev, cur)
    starts_para = text[:cur.start].rstrip()[-1:] in "“\"«" and cur.para == prev.para + 1
    return prev.unclosed and starts_para and (cur.subject is None or prev.subject is None)


def _new_intro(text: str, prev: Raw, cur: Raw) -> bool:
    """'"A," she said, then read out his slogan: "B."': narration ending in a colon
    between the two quotations introduces a new statement."""
    between = text[prev.spans[-1][1]:cur.start].strip().strip("”\"'’“‘«»").strip()  # \xa0 too
    return between.endswith(":") and len(between.split()) > MIN_INTRO_WORDS


def _merge(text: str, prev: Raw, cur: Raw) -> Raw:
    if prev.subject is None and cur.subject is not None:
        prev.cue, prev.cue_pos = cur.cue, cur.cue_pos
        prev.subject, prev.subject_pos = cur.subject, cur.subject_pos
    prev.spans = prev.spans + (cur.spans if prev.kind == "direct" else with_marks(text, cur.spans))
    prev.chose("continued-quotation")
    prev.unclosed = cur.unclosed
    prev.clause = f"{prev.clause} {cur.clause}"
    prev.extra_sentences.append(cur.sentence)
    return prev


def _colon_intro(text: str, raw: Raw, before: Sentence | None) -> None:
    """'Maher told the audience:' closing the sentence (or paragraph) before an
    unattributed quote introduces it."""
    if raw.subject is not None or raw.kind != "direct" or before is None:
        return
    if not text[before.start:before.end].rstrip().endswith(":") or before.quotes:
        return
    found = attribution_in(text, (before.start, before.end), trailing=False)
    if found:
        raw.cue, raw.cue_pos = found.cue, found.cue_pos
        raw.subject, raw.subject_pos = found.subject, found.subject_pos
        raw.chose("colon-introduction-cue")
        return
    subject = colon_subject(text, before.start, before.end)
    if subject:  # 'The New York Times reports:' / 'Sanders made the following comment:'
        raw.cue, raw.cue_pos = ":", before.end
        raw.subject, raw.subject_pos = subject
        raw.chose("colon-introduction-subject")


def _signature(text: str, raw: Raw) -> None:
    """'"..."' followed by a line that is only '- Clinton.': that line signs it."""
    if raw.subject is not None or raw.kind != "direct":
        return
    found = signature_line(text, raw.spans[-1][1])
    if found:
        raw.cue, raw.cue_pos = "-", found[1]
        raw.subject, raw.subject_pos = found
        raw.chose("dash-signature-line")


def collect(article: Article, sents: list[Sentence] | None = None,
            learn: bool = True) -> list[Raw]:
    """Raw statements in text order, continuation quotes merged into their statement.
    learn: add the statements of learned cues (learned_cues.py) to the rules' own."""
    text = article.text
    raws: list[Raw] = []
    prev: Sentence | None = None
    for whole in sents if sents is not None else sentences(article):
        sent, titled = narration_titles(text, whole)  # a title in marks is narration
        found = _from_sentence(text, sent)
        if found:
            _colon_intro(text, found[0], prev)
        asked = asked_question(text, sent)
        if asked:
            found.append(asked)
        found = with_it_passive(text, sent, with_expected(text, sent, found))
        found = with_by_report(text, sent, found)
        found += context_frames(text, sent, found)
        if learn:  # the rules' contents cut first: a cue in a tail cut off is free
            more = learned(text, sent, cut_contents(text, found))
            found += more + before_quotation(text, sent, found, more)
        raws.extend(r.chose(titled) if titled else r for r in found)
        prev = sent
    raws.sort(key=lambda r: r.start)
    merged: list[Raw] = []
    last_direct: Raw | None = None
    for raw in raws:
        if last_direct is not None and _continues(last_direct, raw, text):
            _merge(text, last_direct, raw)
            continue
        merged.append(raw)
        _signature(text, raw)
        if carried_on(raw):
            last_direct = raw
    kept = without_nested(text, [r for r in merged if (not is_bare(text, r) or r.kind != "direct")
                                 and not is_byline(text, r) and reports(text, r)])
    kept = [r for r in cut_contents(text, kept) if not reports_nothing(text, r)]  # once cut
    if not learn:
        return kept
    head = cut_contents(text, [r for r in _headline(article) if reports(text, r)])
    return [r for r in head if not reports_nothing(text, r)] + kept


def reports(text: str, raw: Raw) -> bool:
    """A quotation, or a statement whose cue reports something said, held, found or
    decided (bot.cues.report_kind): 'X avoided ...' or 'X seems ...' is no statement,
    nor is a cue the words after make an act ('showed up', 'went on to win':
    particle_cues.acts_only)."""
    if raw.kind == "direct" or raw.cue is None:
        return True
    kind = cues.report_kind(raw.cue)
    return kind is not None and not acts_only(text, raw) and not passive(text, raw, kind)


def passive(text: str, raw: Raw, kind: str) -> bool:
    """'Neither X nor Y have been charged', 'X was told', 'X is expected to win': in a
    passive the subject is not who spoke, found or holds the view."""
    head = (raw.cue or "").split()[0].lower()
    if not (head.endswith("ed") or head in PARTICIPLES) or BE_BEFORE_RE.search(
            text, max(0, raw.cue_pos - 24), raw.cue_pos) is None:
        return False
    if raw.rule.startswith((*QUESTION_RULES, IT_PASSIVE, BY_REPORT)):
        return False  # 'Roe was asked whether ...', 'it was reported that', '... by Roe'
    return kind in ("speech", "finding") or head in PASSIVE_VIEWS


def _headline(article: Article) -> list[Raw]:
    """The headline's statements (headline.py): its 'SOURCE: CONTENT', else what the
    rules and the learned cues read in it as in a sentence of the body."""
    line = headline_line(article)
    if line is None:
        return []
    colon = headline_statement(article, line)
    found = [colon] if colon else []
    text = article.text
    for sent in [] if colon else split_sentences(text[line[0]:line[1]], line[0],
                                                 article.paragraphs[0].index):
        rules = [r.chose("headline") for r in _from_sentence(text, sent)
                 if r.kind != "direct" or not is_bare(text, r)]
        short = None if rules else short_statement(text, sent)
        rules = [short.chose("headline")] if short else rules
        found += rules + learned(text, sent, rules)
    for raw in found:
        raw.learned = True  # no speaker record nor state of its own
    return found
