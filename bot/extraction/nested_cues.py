"""A cue inside an earlier content that is no finite verb of its own: 'allowed her
staff and the public to think that ...', 'threatened to make Kadzik testify in public'.
An infinitive, or a bare verb after a causative and its object, belongs to the earlier
report's clause: it is no statement of its own, and the earlier content runs on over it
(nested). A gerund after a preposition ('defended it by saying ...') often is
a report of its own: the earlier content ends before the preposition (ends_before)."""

from __future__ import annotations

import re

from bot.extraction.dates import WEEKDAYS
from bot.extraction.heads import PREPOSITIONS
from bot.extraction.lexicon import AUXILIARIES, COMPLEMENTIZERS, words
from bot.extraction.raw import Raw
from bot.extraction.shared_subjects import verb_form

# Verbs that take an object and a bare infinitive ('make Roe testify'). Source: English.
CAUSATIVES = words("make makes made making let lets letting help helps helped helping "
                   "have has had having")
# Prepositions before a gerund ('apologize for suggesting', 'by saying'). Source: English.
GERUND_PREPOSITIONS = words("for by of about without after before in on from")
# At most this many words between a causative and its bare verb (the object).
MAX_OBJECT_WORDS = 3
WORD_RE = re.compile(r"[\w'’-]+")
# Words no content ends with: a free relative, a possessive relative, a comparison or an
# indirect question wanting its clause ('compensated for what | he believed was ...',
# 'Iran, whose | leaders have called for ...', 'more than | she said', 'went on to
# explain how | he believes ...'). Source: English closed-class words.
OPEN_ENDS = words("what whatever whichever whose than how why")
# A link to another clause of the sentence, whose verbs are not the content's.
LINK_RE = re.compile(r";|\b(?:while|whereas|but|although|though)\b")


def non_finite(text: str, start: int, c_start: int, cue: str) -> bool:
    """The cue at c_start (after a content starting at start) is an infinitive or a bare
    verb after a causative and its object."""
    before = [w.lower() for w in WORD_RE.findall(text, start, c_start)]
    head = cue.split()[0].lower()
    if not before or LINK_RE.search(text, start, c_start):
        return False  # '..., while Doe has soared by saying ...': another clause's
    if before[-1] == "to":
        return True
    if head.endswith("ing"):
        return False  # 'by saying ...' is often a report of its own: reported._truncate
    window = before[-(MAX_OBJECT_WORDS + 1):-1]
    return not head.endswith(("s", "ed")) and any(w in CAUSATIVES for w in window)


def ends_before(word: str, cue: str) -> bool:
    """word, the last of a content cut before a gerund cue, is the gerund's preposition
    and ends nothing of the content: 'contended that it was not hiding anything | by
    refusing ...', never '... anything by'."""
    return cue.split()[0].lower().endswith("ing") and word.lower() in GERUND_PREPOSITIONS


def runs_over(word: str) -> bool:
    """Rule 'open-phrase-runs-over': word, the last of an earlier content that a report
    would cut, wants the report's clause ('for what | he believed was a sanitized
    version'): the earlier content runs on over the report, which stays a statement of
    its own, as a nested one does in the article."""
    return word.lower() in OPEN_ENDS


def gerund_after_preposition(text: str, raw: Raw) -> bool:
    """Rule 'gerund-keeps-subject': raw's cue is a gerund right after a preposition ('had
    been pilloried in coal country for | acknowledging that ...'): the earlier content
    ends before the preposition, not before the gerund's subject, which is the earlier
    content's own ('that, like him, Clinton had been ...', never 'that, like him')."""
    before = WORD_RE.findall(text, max(0, raw.cue_pos - 20), raw.cue_pos)
    return bool(before) and ends_before(before[-1], raw.cue or "")


# Words a participle may follow and still be the earlier subject's second verb: a link,
# an auxiliary or an aspect verb ('and saying', 'is saying', 'kept saying'), a time
# ('on Tuesday saying'). Source: English.
VERB_LINKS = (words("""and or while then but not also still now already be been being
after before since until upon instead
keep keeps kept start started began begun continue continued went go goes spent spend
today yesterday tonight night morning afternoon evening week month year""")
              | AUXILIARIES | PREPOSITIONS | frozenset(WEEKDAYS))


def after_noun(text: str, start: int, c_start: int) -> bool:
    """Rule 'participle-after-noun': the participle at c_start follows a noun or a
    determiner straight, with no comma: 'Trump's tweets accusing Machado', 'postings that
    included one saying ...', 'his questioning': its subject is that noun, never the
    earlier cue's subject (a verb ending '-ed' or '-ly' adverb before it is no noun:
    'responded saying', 'publicly urging'; a capitalised name is the participle's own
    subject: '-- Ryan saying he was ...')."""
    before = WORD_RE.findall(text, start, c_start)
    if not before or text[start:c_start].rstrip(" ”’\"'").endswith((",", ";", ":", "—", "-")):
        return False
    last = before[-1]
    return (not last[0].isupper() and last.lower() not in VERB_LINKS
            and not last.endswith(("ed", "ly", "n't", "n’t")))


# A content opening with its own pronoun subject and that subject's verb ('he posed').
PRONOUN_CLAUSE_RE = re.compile(r"(?:that\s+)?(?:he|she|they|it|we|I)\s+([a-z]+)\b")
# 'and' or 'but' right before a cue.
AND_BEFORE_RE = re.compile(r"\b(?:and|but)\s+$")


def inner_second_verb(text: str, prev: Raw, raw: Raw) -> bool:
    """Rule 'inner-clause-second-verb': a cue after 'and' inside an earlier content that
    opens with its own pronoun subject and a verb of the cue's form, where the earlier
    cue has another form, is that pronoun's second verb, not the earlier subject's:
    'Police say he posed a threat and refused to drop the gun' (he refused). Not 'Roe
    said he would resign and vowed to fight' ('would' is not the form of 'vowed': Roe
    vowed), nor a content opening with a name (left to the other rules)."""
    a, b = prev.spans[0]
    opens = PRONOUN_CLAUSE_RE.match(text, a, b)
    if opens is None or not a < raw.cue_pos < b:
        return False
    form = verb_form(raw.cue or "")
    return (AND_BEFORE_RE.search(text, a, raw.cue_pos) is not None
            and verb_form(opens[1]) == form != verb_form(prev.cue or ""))


def nested(text: str, out: list[Raw], raw: Raw) -> bool:
    """'Analysts noted that the State has called on ...': a report whose subject opens
    the earlier content is part of what was reported, no statement of its own; so is
    one inside it whose cue is no finite verb (nested_cues.non_finite)."""
    if not out:
        return False
    a, b = out[-1].spans[0]
    head = [w for w in text[a:raw.subject_pos].split() if w.lower() not in COMPLEMENTIZERS]
    if (a <= raw.subject_pos < b and not head) or inner_second_verb(text, out[-1], raw):
        return True
    return a <= raw.cue_pos < b and non_finite(text, a, raw.cue_pos, raw.cue or "")
