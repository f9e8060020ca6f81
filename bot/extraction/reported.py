"""Reported speech: "X said (that) CLAUSE", "CLAUSE, X said.", "according to X".

Works on sentences without a direct quotation (partial quotations: partials.py).
"""

from __future__ import annotations

# bot.cues imports the extraction lexicon: the module, not a name (as collect.py does).
from bot.extraction import anonymity
from bot.extraction.according import according, as_reported_by
from bot.extraction.as_reports import as_report
from bot.extraction.call_senses import call_sense
from bot.extraction.clause_cues import clause_cue
from bot.extraction.clauses import clause_subject
from bot.extraction.content_start import content_start, content_start_named
from bot.extraction.cue_tails import after_preposition, final_cue_tail
from bot.extraction.described_inversions import described_inversion
from bot.extraction.earlier_ends import coordinated_cue, truncate
from bot.extraction.frames import (
    RELATIVE_ANTECEDENT_RULES,
    habitual,
    inverted_statement,
    relative_antecedent,
    relative_end,
    trailing_aside,
    unnamed_subject_statement,
)
from bot.extraction.hypotheticals import hypothetical
from bot.extraction.nested_cues import after_noun, nested
from bot.extraction.noun_cues import noun_cue
from bot.extraction.noun_reports import noun_reports
from bot.extraction.object_relatives import object_relative
from bot.extraction.opening_reports import opening_statement
from bot.extraction.parentheticals import opening_phrase, parenthetical, participle_aside
from bot.extraction.participle_reports import participle_reports
from bot.extraction.phrases import leading_subject, subject_before
from bot.extraction.poll_reports import in_poll_opening
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span, close_end, compile_cue_patterns, find_cues
from bot.extraction.relative_openings import subject_instead
from bot.extraction.relative_skips import skipped_relative
from bot.extraction.share_subjects import share_subject
from bot.extraction.shared_subjects import list_end, shared_subject, subordinate_second_verb
from bot.extraction.stance import RULE_REPORTING_CUES
from bot.extraction.topic_reports import topic_reports

MIN_CONTENT_WORDS = 3


compile_cue_patterns(RULE_REPORTING_CUES)  # compiled at import, like the module's other patterns


def _words(text: str, span: tuple[int, int]) -> int:
    return len(text[span[0]:span[1]].split())


def _make(cue: str, pos: int, found: tuple[str, int], span: tuple[int, int], text: str,
          sent: Sentence, min_words: int = MIN_CONTENT_WORDS) -> Raw | None:
    if _words(text, span) < min_words:
        return None
    clause = text[sent.start:span[0]] + " " + text[span[1]:sent.end]
    return Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=cue, cue_pos=pos,
               subject=found[0], subject_pos=found[1], clause=clause)


def _named(raw: Raw | None, rule: str) -> Raw | None:
    return raw.chose(rule) if raw else None


def indirect(text: str, sent: Sentence) -> list[Raw]:
    """The reported-speech statements of a sentence: one per cue with a subject."""
    found_acc = (according(text, sent) or as_reported_by(text, sent)
                 or in_poll_opening(text, sent))  # 'In the latest poll, ...'
    if found_acc:
        return [found_acc]
    opening = opening_statement(text, sent)  # 'Noting that ..., Roe asked' (opening_reports)
    out: list[Raw] = [opening] if opening else []
    nouns: list[str] = []  # the frames that passed over a cue word (--explain)
    for cue, c_start, c_end in find_cues(text, sent.start, sent.end, RULE_REPORTING_CUES):
        if out and c_start < out[-1].spans[0][0]:
            continue
        if any(q.open_at < c_start < close_end(q) for q in sent.quotes):
            continue  # a verb inside a quotation is the speaker's word, not the reporter's cue
        noun = (noun_cue(text, cue, c_start, c_end) or call_sense(text, cue, c_end)
                or clause_cue(text, sent.start, cue, c_start, c_end))
        if noun:  # 'his promise', 'called Doe on Tuesday', 'After Roe spoke, ...': no report
            nouns.append(noun)
            continue
        raw = at_cue(text, sent, cue, c_start, c_end, out[-1] if out else None)
        if raw and hypothetical(text, raw):
            continue  # 'said it would pay if the county pledged ...': no report, no cut
        if raw and nouns:
            raw.chose(nouns[-1])
        if raw and not nested(text, out, raw):
            truncate(text, out, raw)
            out.append(raw)
    for raw in participle_reports(text, sent, out) if out else []:
        truncate(text, out, raw)  # 'said A, adding that B': A ends before ', adding'
        out.append(raw)
    out = [r for r in out if sum(_words(text, span) for span in r.spans) >= MIN_CONTENT_WORDS]
    out += noun_reports(text, sent, out)  # "over Roe's claim that ..."
    return out + topic_reports(text, sent, out)  # 'Roe spoke at the rally about ...'


def at_cue(text: str, sent: Sentence, cue: str, c_start: int, c_end: int,
            prev: Raw | None = None, min_words: int = MIN_CONTENT_WORDS) -> Raw | None:
    """The statement of one cue: its subject before (or after) it, its content after
    (or before) it; None without a subject or with fewer than min_words of content."""
    embedded = object_relative(text, sent, cue, c_start, c_end)
    if embedded:  # 'which she has repeatedly said was a mistake' (object_relatives.py)
        return embedded
    rel = relative_antecedent(text, sent.start, c_start)
    if rel and (habitual(text, cue, c_end) or anonymity.request(text, c_start, c_end)):
        return None  # '..., who writes about the credit industry', 'who asked not to be named'
    # 'A senior aide who asked not to be named said': the aide is the subject
    skip = skipped_relative(text, sent.start, c_start, cue)
    if skip is not None:
        rel = None
    if rel:
        begin, stop = content_start_named(text, c_end, sent.end, cue)
        span = clause_span(text, begin, relative_end(text, begin, sent.end))
        raw = _named(_make(cue, c_start, rel[:2], span, text, sent, min_words),
                     "relative-who-cue")
        raw = _named(raw, stop) if stop else raw
        return raw.chose(rel[2]) if raw and rel[2] != RELATIVE_ANTECEDENT_RULES[0][0] else raw
    participle = cue.lower().endswith("ing")
    after_comma = text[sent.start:c_start].rstrip().endswith(",")
    cue_at = (cue, c_start, c_end)
    inverted = (inverted_statement(text, sent, cue_at, clause_span(text, sent.start, c_start),
                                   min_words, True)
                or described_inversion(text, sent, cue_at, min_words)
                ) if after_comma and not participle else None
    if inverted:  # '..., said Dante Scala, a professor': not the sentence's opening noun
        return inverted
    head = text[sent.start:c_start if skip is None else skip[0]]
    found = subject_before(head, sent.start) or leading_subject(head, sent.start)
    instead = subject_instead(text, sent.start, cue, c_start, found)
    found = instead[0] if instead else found
    coordinated = coordinated_cue(text, sent.start, c_start)
    if coordinated and subordinate_second_verb(text, prev, cue, c_start):
        return None  # '... when police located her and told her to leave'
    shared = (shared_subject(text, prev, cue, c_start)
              if found is None and (coordinated or after_comma) else None)
    if shared:  # 'because he favors A and opposes B' (shared_subjects.py)
        raw = _subject_statement(text, sent, cue_at, shared[:2], min_words)
        ends = list_end(text, c_end, raw.spans[-1][1]) if raw and after_comma else None
        if raw and ends is not None:  # 'proposed that B, and pushed C': B alone
            raw.spans[-1] = clause_span(text, raw.spans[-1][0], ends)
        return raw.chose(shared[2]) if raw else None
    if found is None and (participle or coordinated):
        found = clause_subject(text, sent.start, c_start)
    if found is None and participle and prev is not None and prev.subject and (
            after_comma or not after_noun(text, sent.start, c_start)):
        # "X ruled out A, saying B": the participle shares the earlier cue's subject.
        found = (prev.subject, prev.subject_pos)
    share = None if found else share_subject(text, sent.start, c_start, cue)
    if share:  # 'and more than 4 in 10 said ...' (share_subjects.py)
        raw = _subject_statement(text, sent, cue_at, share[:2], min_words)
        return raw.chose(share[2]) if raw else None
    if found:
        raw = _subject_statement(text, sent, cue_at, found, min_words)
        raw = raw.chose(instead[1]) if raw and instead else raw
        return raw.chose(skip[1]) if raw and skip is not None else raw
    if not participle and after_comma:
        after = clause_span(text, content_start(text, c_end, sent.end, cue), sent.end)
        return (inverted_statement(text, sent, cue_at, clause_span(text, sent.start, c_start),
                                   min_words)
                or unnamed_subject_statement(text, sent, cue_at, after, min_words))
    return None


def _subject_statement(text: str, sent: Sentence, cue_at: tuple[str, int, int],
                       found: tuple[str, int], min_words: int) -> Raw | None:
    """The statement of a cue whose subject is found: its content after the cue, on
    both sides of a parenthetical cue, or before the subject."""
    cue, c_start, c_end = cue_at
    split = parenthetical(text, sent, found[1], c_end)
    if split:
        # the content's words on both sides count ('Any attempt ..., he said,
        # becomes hopeless.')
        raw = _make(cue, c_start, found, split[1], text, sent,
                    max(1, min_words - _words(text, split[0])))
        if raw:
            raw.spans.insert(0, split[0])
        return _named(raw, "parenthetical-cue")
    trailing_as = as_report(text, sent.start, found[1], cue_at, sent.end)
    if trailing_as:  # 'CLAUSE, as Roe noted.' (as_reports.py)
        return _named(_make(cue, c_start, found, clause_span(text, *trailing_as[1]), text,
                            sent, min_words), trailing_as[0])
    begin, stop = content_start_named(text, c_end, sent.end, cue)
    after = clause_span(text, begin, sent.end)
    before = text[sent.start:found[1]].rstrip()
    if participle_aside(text, sent, found[1], cue_at):
        return _named(_make(cue, c_start, found, clause_span(text, sent.start, found[1]),
                            text, sent, min_words), "content-then-subject-cue-participle")
    if (before.endswith(",") and not opening_phrase(before)
            and trailing_aside(text, c_end, after, sent.end, cue)):
        return _named(_make(cue, c_start, found, clause_span(text, sent.start, found[1]),
                            text, sent, min_words), "content-then-subject-cue-aside")
    tail = before.endswith(",") and final_cue_tail(text, cue, c_end, sent.end,
                                                    opening_phrase(before))
    if _words(text, after) >= min_words and not (tail and after_preposition(text, c_end, begin)):
        raw = _named(_make(cue, c_start, found, after, text, sent, min_words),
                     "subject-cue-content")
        return _named(raw, stop) if stop else raw
    if tail:  # 'CLAUSE, Roe said Wednesday on MSNBC’s “Morning Joe.”': no content after
        return _named(_make(cue, c_start, found, clause_span(text, sent.start, found[1]),
                            text, sent, min_words), "content-then-subject-cue")
    return None
