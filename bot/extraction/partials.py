"""Partial quotations ('called it an "unrealistic objective"'): their speaker is the
subject of the nearest cue before the quoted words, or of a finite cue right after
them ('..."profoundly irresponsible," said Steve Bell'); their content is the whole
attributed clause, quoted words included.
"""

from __future__ import annotations

import re

from bot.extraction.clauses import clause_subject
from bot.extraction.content_start import content_start_named
from bot.extraction.earlier_ends import COORDINATED_VERB_OPENERS
from bot.extraction.forward import subject_after
from bot.extraction.frames import RELATIVE_ANTECEDENT_RULES, relative_antecedent
from bot.extraction.labels import INVERTED_CUES
from bot.extraction.lexicon import PARTIAL_ONLY_CUES, SPEECH_VERBS, words
from bot.extraction.nested_cues import after_noun
from bot.extraction.noun_cues import noun_cue
from bot.extraction.phrases import subject_before
from bot.extraction.quote_owners import quotation_owner
from bot.extraction.quotes import QUOTE_MARKS, Sentence
from bot.extraction.raw import CUE_WORD_RE, Raw, attached, compile_cue_patterns, find_cues
from bot.extraction.relative_openings import subject_instead
from bot.extraction.relative_who import RELATIVE_WHO, WHO_TAIL_RE, relative_who_name
from bot.extraction.relayed import relayed_speaker
from bot.extraction.reported import clause_span
from bot.extraction.stance import REPORTING_CUES
from bot.extraction.wh_subjects import wh_subject

# Words opening an adverbial clause after a partial quotation; the statement ends at
# the quotation. Source: English subordinators and news time phrases.
SUBORDINATE_TAIL = words("as when while after before because since until moments though "
                         "although")
# A finite cue right after a partial quotation's closing mark ('," said Steve Bell').
INVERTED_AFTER_RE = re.compile(r"[”\"'’]*\s*,?\s*(?P<cue>" + "|".join(sorted(INVERTED_CUES))
                               + r")\s+")

# Finite speech verbs whose clause may hold another cue before a partial quotation
# ('Roe said that Doe called it "a disaster"': Roe's report), and participles of saying,
# outer when 'that' follows them (_outer_cue). Source: SPEECH_VERBS.
# Not 'declared' or 'claimed', often acts ('declared a caliphate', 'claimed responsibility').
OUTER_CUES = words("""said says told tells added adds wrote writes noted notes argued argues
stated states insisted insists contended contends asserted asserts saying arguing
insisting""")
# 'that' right after an outer cue: what follows is its content.
THAT_AFTER_RE = re.compile(r"\s+that\b")


# A sentence-opening name before a participle aside has at most this many words.
MAX_ASIDE_NAME = 5

compile_cue_patterns(REPORTING_CUES)  # compiled at import, like the module's other patterns
compile_cue_patterns(OUTER_CUES)


def partial_speaker(text: str, sent: Sentence, raw: Raw) -> bool:
    """Give a partial quotation the subject of the nearest cue before it; its content
    becomes the whole attributed clause, quoted words included."""
    best = _nearest_cue(text, sent.start, raw.start)
    if best and best[0].endswith("ing") and after_noun(text, sent.start, best[1]):
        # 'She says the tweets accusing Doe of ... are "lies"': the tweets accuse, and
        # what she says runs over them
        outer = _nearest_cue(text, sent.start, best[1])
        if outer and outer[0].lower() in SPEECH_VERBS:
            best = outer
            raw.chose("participle-after-noun")
    aside = _aside_subject(text, sent.start, best) if best else None
    if best and aside:  # before _inverted_after: the 'said' after is the subject's
        return _owned(text, sent, raw, best,
                      ("aside-participle-subject", ("owner", *aside, best[2])))
    if _inverted_after(text, sent, raw):
        return True
    if best is None or wh_subject(text, sent.start, best[1], best[2]):
        return False  # 'How Roe answers "the question" will decide it' (wh_subjects.py)
    owner = quotation_owner(text, sent.start, best, raw.start)
    if owner:
        return _owned(text, sent, raw, best, owner)
    outer = _outer_cue(text, sent.start, best)
    if outer is not best:
        raw.chose("outer-speech-cue")
        best = outer
    rel = relative_antecedent(text, sent.start, best[1])
    if rel is None and WHO_TAIL_RE.search(text, sent.start, best[1]) is not None:
        named = relative_who_name(text, sent.start, best[1])
        if named is None:
            return False  # ', who' stands for nobody named: not the sentence's subject
        rel = (*named, RELATIVE_WHO)
    found = (relayed_speaker(text, sent.start, best[1], best[2], raw.start, best[0])
             or (rel[:2] if rel else None)
             or subject_before(text[sent.start:best[1]], sent.start)
             or clause_subject(text, sent.start, best[1]))
    if instead := subject_instead(text, sent.start, best[0], best[1], found):
        found = instead[0]
        raw.chose(instead[1])
    if not found:
        return False
    if rel and found == rel[:2] and rel[2] != RELATIVE_ANTECEDENT_RULES[0][0]:
        raw.chose(rel[2])  # '"...," said Roe, who said there were "..."'
    raw.cue, raw.cue_pos = best[0], best[1]
    raw.subject, raw.subject_pos = found
    raw.clause = text[sent.start:raw.start]
    start, stop = content_start_named(text, best[2], sent.end, best[0])
    if stop and start < raw.start:
        raw.chose(stop)
    raw.spans = [clause_span(text, min(start, raw.start), _next_verb(text, raw, sent.end))]
    return True


def _nearest_cue(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The last cue before a partial quotation: a reporting cue, or a partial-only one
    ('called it "..."')."""
    best = None
    for m in CUE_WORD_RE.finditer(text, start, end):
        word = m[0].split()[0]
        if (word.lower() in PARTIAL_ONLY_CUES and word[0].islower()
                and not attached(text, m.start(), m.start() + len(word))):
            best = (word, m.start(), m.start() + len(word))
    for cue, c_start, c_end in find_cues(text, start, end, REPORTING_CUES):
        if (best is None or c_start > best[1]) and not noun_cue(text, cue, c_start, c_end):
            best = (cue, c_start, c_end)  # not a noun: 'her Apple Music show The 411'
    return best


def _owned(text: str, sent: Sentence, raw: Raw, cue: tuple[str, int, int],
           owner: tuple[str, tuple[str, str, int, int]]) -> bool:
    """A quotation inside another person's speech (quote_owners.OWNER_RULES): that
    person's words, from the rule's content start to the quotation's end, or refused
    when no name reads them."""
    rule, (verdict, name, pos, start) = owner
    if verdict != "owner":
        return False
    raw.chose(rule)
    raw.cue, raw.cue_pos = cue[0], cue[1]
    raw.subject, raw.subject_pos = name, pos
    raw.clause = text[sent.start:raw.start]
    end = raw.spans[-1][1]
    while end < sent.end and text[end] in "”\"’'":
        end += 1  # the closing mark stays with the quoted words
    raw.spans = [clause_span(text, min(start, raw.start), end)]
    return True


def _aside_subject(text: str, start: int,
                   best: tuple[str, int, int]) -> tuple[str, int] | None:
    """'Mr. Manafort, citing "the unique magic of Trump," said ...': a participle cue
    set off by a comma right after the sentence's subject, a name, is that subject's
    (rule 'aside-participle-subject'). Negatives: 'After the vote, citing "..."' (no
    name); 'Clinton chimed in on Twitter, saying that ... "without delay"' (a clause)."""
    before = text[start:best[1]].rstrip()
    if not best[0].endswith("ing") or not before.endswith(","):
        return None
    head = before[:-1].split()
    if not head or len(head) > MAX_ASIDE_NAME or not all(w[:1].isupper() for w in head):
        return None  # a name only: 'Clinton chimed in on Twitter, saying' is a clause
    return subject_before(before[:-1], start)


def _outer_cue(text: str, start: int,
               best: tuple[str, int, int]) -> tuple[str, int, int]:
    """'McConnell says that the American people are seeking a leader, but Obama is
    giving them "lectures"': a nearer cue inside what an earlier finite speech verb
    reports is part of it; the earlier one, with a subject of its own, attributes
    the quotation (rule 'outer-speech-cue')."""
    if best[0].endswith("ing") or best[0] in OUTER_CUES:
        return best  # 'said ..., adding that': the same speaker goes on; 'After Roe
        # argued that ..., Doe said only that his "numbers don't add up"': Doe's own
    # An outer cue is read only in narration with no quotation before the partial one
    # (a '"Winning?" she said, but' before it attributes that quotation).
    around = text[start:best[1]]
    if ";" in around or any(q in around for q in QUOTE_MARKS):
        return best
    for cue in find_cues(text, start, best[1], OUTER_CUES):
        if subject_before(text[start:cue[1]], start) or (
                cue[0].endswith("ing") and THAT_AFTER_RE.match(text, cue[2])):
            return cue  # 'tweets early Friday saying that Clinton had shown ... "..."'
    return best


def _inverted_after(text: str, sent: Sentence, raw: Raw) -> bool:
    """'The plans are "profoundly irresponsible," said Steve Bell, ...': a finite cue
    and its subject right after the quotation attribute the clause before."""
    m = INVERTED_AFTER_RE.match(text, raw.spans[-1][1], sent.end)
    found = m and subject_after(text[m.end():sent.end], m.end())
    if not m or not found:
        return False
    raw.cue, raw.cue_pos = m["cue"], m.start("cue")
    raw.subject, raw.subject_pos = found
    raw.clause = text[m.start("cue"):sent.end]
    raw.spans = [clause_span(text, sent.start, m.start("cue"))]
    return True


def _next_verb(text: str, raw: Raw, end: int) -> int:
    """'called it "shameful" and called on leaders ...': a coordinated cue after the
    quotation ends the partial statement."""
    for _, c_start, _ in find_cues(text, raw.spans[-1][1], end, REPORTING_CUES):
        before = text[raw.spans[-1][1]:c_start].split()
        if before and before[-1].lower() in COORDINATED_VERB_OPENERS:
            return text.rfind(before[-1], raw.spans[-1][1], c_start)
    close = raw.spans[-1][1]
    rest = text[close:end]
    close += len(rest) - len(rest.lstrip("”\"'’ ,"))
    tail = text[close:end].split()
    if tail and tail[0].lower() in SUBORDINATE_TAIL:
        return close  # 'says he is "excited" as he faces a test': not said
    return end
