"""Learned reporting cues: words the rules do not read as cues, accepted by a model.

PolNeAR counts as attributions far more than "X said ...": what a source seems,
hopes, endorses, voted for, is expected to do. The rules read the common cue verbs
(stance.py); the long tail is left to a logistic regression trained on PolNeAR
train by bench/train_cues.py. Its weights ship beside this module
(learned_cues.json: word features and counts only, no text).

Candidates are the words of the model's vocabulary (words that were the head of a
gold cue in train at least k times) in narration, outside quotation marks, where
no rule already placed a cue. Each is scored from its context (the word, the words
and word classes around it, its place in the sentence); an accepted cue goes
through the reported-speech machinery (reported.at_cue: subject before or after the
cue, content after or before it). The statement's trace names the rule
('learned-cue') and the model's probability.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from bot.extraction import anonymity
from bot.extraction.call_senses import call_sense
from bot.extraction.clause_cues import (
    free_relative,
    indefinite_relative,
    passive_by,
    passive_object,
    supposition,
)
from bot.extraction.clauses import clause_subject
from bot.extraction.content_ends import variants
from bot.extraction.content_start import content_start_named
from bot.extraction.cue_features import built_features, features
from bot.extraction.lexicon import PHRASAL_CUES
from bot.extraction.noun_reports import NOUN_REPORT
from bot.extraction.quotes import Sentence, quoted_fraction
from bot.extraction.raw import Raw, attached, close_end, gaps, spans_overlap, word_alternation
from bot.extraction.reported import at_cue, clause_span
from bot.extraction.stance import CONTEXT_CUES, REPORTING_CUES
from bot.extraction.stance_words import moved_cue
from bot.extraction.subject_relatives import subject_relative
from bot.extraction.wh_subjects import wh_subject

MODEL_PATH = Path(__file__).with_name("learned_cues.json")
# A learned cue's content may be this short ('endorsed Clinton'): PolNeAR contents
# of stances are often one noun phrase.
MIN_LEARNED_WORDS = 1
# A content with this share of its letters in quotation marks is a quotation (the
# PolNeAR 'direct' definition, as jsonl.DIRECT_FRACTION).
MOSTLY_QUOTED = 0.8
# The lowercase word after a candidate: a particle (PHRASAL_CUES: 'pointed out') or,
# after an adverb, its verb ('strongly backed').
NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")
# A word after an apostrophe is a contraction's tail ('they're', 'we've'), no cue.
APOSTROPHES = ("'", "’")


@dataclass(frozen=True)
class Weights:
    """One logistic regression: feature weights, bias, acceptance threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, feats: list[str]) -> float:
        """The sum of the weights of feats (the bias not included)."""
        return sum(map(self.weights.get, feats, itertools.repeat(0.0)))

    def probability(self, feats: list[str], partial: float = 0.0) -> float:
        """P(right) of feats; partial: the score of further features already summed."""
        z = self.bias + partial + self.score(feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def read(cls, data: dict) -> Weights:
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))


@dataclass(frozen=True)
class Model:
    """The gate scores a candidate from its context alone (cheap, drops most); the
    reader scores each reading of the statement built at a candidate that passed."""

    vocab: frozenset[str]
    gate: Weights
    reader: Weights


@functools.cache
def model(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when the file is absent (then nothing is learned)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Model(frozenset(data["vocab"]), Weights.read(data["gate"]),
                 Weights.read(data["reader"]))


def candidates(text: str, sent: Sentence, vocab: frozenset[str],
               taken: set[int]) -> list[tuple[str, int, int]]:
    """Vocabulary words in the sentence's narration where no rule placed a cue: whole
    lowercase words, not inside a hyphenated or possessive word nor after an
    apostrophe ('they're'); a particle after them joins a two-word cue ('pointed out')."""
    out = []
    finder = _vocab_pattern(vocab)
    for a, b in gaps(sent):
        for m in finder.finditer(text, a, b):
            word = m[0]
            if word not in vocab:
                continue
            at, end = m.span()
            before, after = text[at - 1:at], text[end:end + 1]
            if (before.isalpha() or before in APOSTROPHES or after.isalpha() or at in taken
                    or attached(text, at, end)):
                continue
            if word.endswith("ly") and _next_cue(text, end, b, vocab):
                continue  # an adverb before a cue ('strongly backed'): the verb is the cue
            particle = NEXT_WORD_RE.match(text, end, b)
            if particle and f"{word}_{particle[1]}" in PHRASAL_CUES:
                out.append((f"{word} {particle[1]}", at, particle.end()))
            else:
                out.append((word, at, end))
    return out


@functools.cache
def _vocab_pattern(vocab: frozenset[str]) -> re.Pattern[str]:
    """The vocabulary's whole lowercase words standing alone (a prefix tree: one regex
    pass finds them; a word with an apostrophe is never a candidate)."""
    plain = sorted(w for w in vocab if w.isascii() and w.isalpha() and w.islower())
    return re.compile(r"(?<![A-Za-z])" + word_alternation(plain) + r"(?![A-Za-z])")


def _next_cue(text: str, end: int, stop: int, vocab: frozenset[str]) -> bool:
    """The lowercase word right after end (before stop) is a word of vocab or a
    reporting cue."""
    m = NEXT_WORD_RE.match(text, end, stop)
    word = m[1] if m else ""
    return word in vocab or word in REPORTING_CUES


def build(text: str, sent: Sentence, cue: str, c_start: int, c_end: int,
          prev: Raw | None = None) -> Raw | None:
    """The statement of an accepted cue: the rules' subject and content when they find
    them (a participle shares prev's subject: 'X ruled out A, adding B'), else the
    sentence's subject or none, with the clause after the cue."""
    raw = at_cue(text, sent, cue, c_start, c_end, prev, MIN_LEARNED_WORDS)
    if raw is not None:
        return raw
    begin, stop = content_start_named(text, c_end, sent.end, cue)
    span = clause_span(text, begin, sent.end)
    if span[1] <= span[0]:
        return None
    raw = Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=cue,
              cue_pos=c_start, clause=text[sent.start:span[0]])
    found = clause_subject(text, sent.start, c_start)
    if found is None or any(found[1] < q.open_at < c_start for q in sent.quotes):
        raw.chose("cue-content")  # a quotation between them: not the cue's subject
    else:
        raw.subject, raw.subject_pos = found
        raw.chose("sentence-subject-cue-content")
    return raw.chose(stop) if stop else raw


def readings(text: str, sent: Sentence, cand: tuple[str, int, int],
             found: list[Raw]) -> list[tuple[list[str], Raw]]:
    """Each reading of the statement at a candidate cue (the rules' content and its
    shorter or passive variants) with its own features (the candidate's come apart).
    A reading mostly in quotation marks is left out (quotations are the direct-quote
    rules': on train the learned ones had the right speaker 17 times in 23), and so is
    one that takes in words of a rule statement."""
    cue, c_start, c_end = cand
    prev = next((r for r in reversed(found) if r.cue_pos < c_start and r.subject), None)
    raw = build(text, sent, cue, c_start, c_end, prev)
    if raw is None:
        return []
    marks = [(q.open_at, close_end(q)) for q in sent.quotes]
    # a noun report after the cue may sit inside its content ('hope to capitalize on
    # Roe's suggestion that ...': noun_reports.py): both are statements
    claimed = [span for r in found if not (r.rule.startswith(NOUN_REPORT) and c_start < r.cue_pos)
               for span in r.spans]
    claimed += [(q.open_at, q.end) for q in sent.quotes if q.close_at is None]
    out = []
    for name, spans in variants(text, sent, raw):
        if spans_overlap(spans, claimed):
            continue  # words a rule statement holds ('quoted Doe as saying "..."'), or
            # a quotation running on past the paragraph: the direct-quote rules' business
        one = raw.copied()
        one.spans = spans
        quoted = spans_overlap(spans, marks)
        one.kind = "partial" if quoted else "indirect"
        if quoted and quoted_fraction(" ".join(text[a:b] for a, b in spans)) >= MOSTLY_QUOTED:
            continue
        out.append((built_features(text, cue, one, name), one))
    return out


def learned(text: str, sent: Sentence, found: list[Raw]) -> list[Raw]:
    """Statements at the sentence's learned cues (found: the rules' statements)."""
    mdl = model()
    if mdl is None:
        return []
    cands = candidates(text, sent, mdl.vocab, {r.cue_pos for r in found})
    if not cands:
        return []
    out: list[Raw] = []
    for cand, feats in zip(cands, features(text, sent, cands, found), strict=True):
        if out and out[-1].cue_pos < cand[1] <= out[-1].spans[0][0]:
            continue  # part of the cue before it ('voted against', 'made it clear')
        if (call_sense(text, cand[0], cand[2]) or anonymity.request(text, cand[1], cand[2])
                or supposition(text, sent.start, cand[1])
                or free_relative(text, sent.start, cand[1], cand[0])
                or indefinite_relative(text, sent.start, cand[1])
                or subject_relative(text, sent.start, cand[1], cand[0])
                or wh_subject(text, sent.start, cand[1], cand[2])
                or passive_object(text, cand[0], cand[1], cand[2])
                or passive_by(text, cand[0], cand[2])):
            continue  # 'called Doe on Tuesday' (a telephone call), 'requested anonymity',
            # "Let's say you think ..." (a supposition)
        if mdl.gate.probability(feats) < mdl.gate.threshold:
            continue
        own = mdl.reader.score(feats)
        scored = [(mdl.reader.probability(f, own), raw)
                  for f, raw in readings(text, sent, cand, found)]
        p, raw = max(scored, key=lambda x: x[0], default=(0.0, None))
        if raw is not None and p >= mdl.reader.threshold:
            # a context cue was the rules' (stance.CONTEXT_CUES): once accepted, its
            # statement names its speaker and leaves state like theirs (unless the
            # rules' frame names nobody: reported.unnamed_subject)
            raw.learned = raw.learned or cand[0].split()[0] not in CONTEXT_CUES
            raw.confidence = p
            out.append(raw.chose(f"learned-cue {p:.2f}"))
    return [moved_cue(text, raw) for raw in out]  # 'remain confident': the stance word


_shipped = model()
if _shipped is not None:  # read and compiled at import, like the patterns of the rules
    _vocab_pattern(_shipped.vocab)
