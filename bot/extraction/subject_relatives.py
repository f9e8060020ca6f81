"""A cue inside the sentence's subject: 'Voters who say the economy matters most were
evenly divided', 'The share of voters saying they want a ban is as high as ...'.

The relative clause ('who say ...') or the participle ('saying ...') belongs to the
noun phrase that opens the sentence, so the sentence's main verb comes after the cue's
content: the words after the cue run on into the reporter's predicate ('the economy
matters most were evenly divided'), and nothing marks where what was said ends. The
verb rules and the learned cues store no statement there (clause_cues frame
'subject-relative-cue'): a statement not stored is better than one whose content is
not what was said.

Not read: a relative set off by a comma ('Roe, who said ...', its own frame), a head
with a verb or a pronoun before the cue ('He mocked voters who say', 'Roe says voters
who ...', "He's hoping": the relative is an object, its content may run to the
sentence's end), a head opened by a preposition or a subordinator ('In states where
...', 'When voters who ...'); a participle only after a lowercase noun in a noun phrase
opened by a determiner or a quantity ('Two of the candidates seeking', not 'Sarah Roe
telling', not 'One month after announcing').
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import SUBJECT_PRONOUNS, words
from bot.extraction.nested_cues import after_noun
from bot.extraction.stance import REPORTING_CUES
from bot.extraction.subjects import DETERMINERS_AND_QUANTIFIERS, VERB_FORM_RE

# 'who' and only auxiliaries or adverbs up to the cue ('who have long said').
WHO_TAIL_RE = re.compile(r"\s+who(?:\s+(?:[a-z]+ly|also|have|has|had|still|often|now|"
                         r"never|once|long|will|would|may|might|could|do|did|does))*\s+$")
WORD_RE = re.compile(r"[\w'’.-]+")
# Marks that end a subject or set off an aside: the head before the cue has none.
ASIDE_MARKS_RE = re.compile(r"[,;:()—–\"“”]|\s--?\s")
# Conjunctions a subject may follow at the sentence's start ('But voters who say').
OPENING_CONJUNCTIONS = words("and but yet so")
# A head opened by one of these is no subject: a preposition, a subordinator, an
# existential ('There are voters who say': the relative's content may run to the end).
# Source: English prepositions and subordinating conjunctions.
NOT_SUBJECT_STARTS = words("""in on at for from to with by of about after before since
when while if because although though as until once unless whether where there here
among during than like""")
# Words whose contraction is a verb ("He's hoping", "What's ..."): with an apostrophe
# ending they make a clause, not a noun phrase. Source: English contractions.
CONTRACTED = SUBJECT_PRONOUNS | words("that there here what who where")
# Adverbs that stand in a verb phrase, never in a subject ('The group also includes
# members who ...'). Source: English frequency and aspect adverbs.
VERB_PHRASE_ADVERBS = words("also still never always often already now just rarely usually")
# Articles after which a participle is an adjective ('the retired officers who say').
ARTICLES = words("the a an")
# A subject pronoun (after 'that') right before the cue: the cue is the first verb of
# an earlier cue's content ('voters saying they want a ban'). The word before starts
# a run of its letters (the leftmost match does anyway: the look-behind only skips
# the tries inside words, hot path).
PRONOUN_BEFORE_RE = re.compile(
    r"(?<![\w'’-])([\w'’-]+)\s+(?:that\s+)?(?:he|she|they|we|it|I|you)\s+$")
# What a text PRONOUN_BEFORE_RE matches ends with, once its spaces are stripped.
PRONOUN_ENDS = ("he", "they", "we", "it", "I", "you")  # 'he' ends 'she' too
# The longest opening noun phrase read ('The proportion of GOP primary voters').
MAX_HEAD_WORDS = 8


def _noun_phrase(words_: list[str]) -> bool:
    """The words, with no verb form, pronoun, cue word or opening preposition, make a
    noun phrase of at most MAX_HEAD_WORDS words."""
    if words_ and words_[0].lower() in OPENING_CONJUNCTIONS:
        words_ = words_[1:]
    if not words_ or len(words_) > MAX_HEAD_WORDS:
        return False
    low = [w.lower().replace("’", "'") for w in words_]
    if any(w.split("'")[0] in CONTRACTED for w in low):
        return False
    if low[0] in NOT_SUBJECT_STARTS or any(w in SUBJECT_PRONOUNS for w in low):
        return False
    if any(w in REPORTING_CUES or w in VERB_PHRASE_ADVERBS for w in low):
        return False
    return not any(VERB_FORM_RE.fullmatch(w) and (k == 0 or low[k - 1] not in ARTICLES)
                   for k, w in enumerate(low))


def _pronoun_before(head: str) -> re.Match[str] | None:
    """PRONOUN_BEFORE_RE's match in head, searched only when head ends in a pronoun and
    a space (most do not: hot path)."""
    if not head[-1:].isspace() or not head.rstrip().endswith(PRONOUN_ENDS):
        return None
    return PRONOUN_BEFORE_RE.search(head)


def subject_relative(text: str, start: int, c_start: int, cue: str) -> bool:
    """The cue at c_start is a relative's ('Voters who say') or a participle's ('The
    share of voters saying') inside the noun phrase that opens the sentence at start, or
    the first verb of such a cue's content ('Voters who say they want a ban')."""
    head = text[start:c_start]
    earlier = _pronoun_before(head)
    if earlier is not None and earlier[1].lower() in REPORTING_CUES and subject_relative(
            text, start, start + earlier.start(1), earlier[1]):
        return True
    if ASIDE_MARKS_RE.search(head):
        return False
    who = WHO_TAIL_RE.search(head) if "who" in head else None  # most have none (hot path)
    if who is not None:
        return _noun_phrase(WORD_RE.findall(head, 0, who.start()))
    first = cue.split()[0].lower()
    if not first.endswith("ing"):
        return False
    before = WORD_RE.findall(head)
    return (bool(before) and before[0].lower() in DETERMINERS_AND_QUANTIFIERS
            and after_noun(text, start, c_start) and _noun_phrase(before))
