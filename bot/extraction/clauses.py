"""The subject of a whole sentence, for cues that do not sit next to their speaker:
a participle ('Sanders compared himself to Clinton, saying, "..."'), a colon with no
speech verb ('Roe shot back:'), a coordinated verb ('... and said').
"""

from __future__ import annotations

import re

from bot.extraction.labels import document_subject
from bot.extraction.lexicon import (
    DETERMINERS,
    EVIDENCE_NOUNS,
    ORG_HEADS,
    SPEECH_VERBS,
    TITLE_WORDS,
    words,
)
from bot.extraction.names import gender_of_name
from bot.extraction.noun_reports import SPEECH_NOUNS
from bot.extraction.salience import SUBJECT_RE
from bot.extraction.speakers import split_name
from bot.extraction.subjects import NOT_SUBJECTS, is_number


def colon_subject(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The speaker of a sentence ending in a colon without a cue: its subject ('The
    New York Times reports:') or its document noun phrase ('The piece used ...:')."""
    return clause_subject(text, start, end) or document_subject(text, start, end)


# A he/she subject after one or two opening phrases ('Eight years ago, he ...').
OPENING_PRONOUN_RE = re.compile(r"(?:[^,\"“”]{0,60},\s+){1,2}([Hh]e|[Ss]he)\s+[a-z]")

# 'the' and a capitalised name after one or two opening phrases ('As if addressing him
# directly, the Illinois Board of Elections was ...').
OPENING_THE_NAME_RE = re.compile(
    r"(?:[^,\"“”]{0,60},\s+){1,2}(the\s+(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|the)\s+)?){0,5}"
    r"[A-Z][\w'’-]*\w)\s+[a-z]")
# An opening prepositional or time phrase and its comma ('In December, ', 'After the
# debate on Tuesday, ').
OPENING_PHRASE_RE = re.compile(
    r"[\s\"“”]*(?:In|On|At|After|Before|During|Since|Earlier|Later|Last)\b[^,\"“”]{0,50},\s+")
# A determiner subject opening the sentence whose head is a title, an organisation or
# a document noun ('The spokesman refused ..., adding:', 'Her campaign ..., stating').
DETERMINER_SUBJECT_RE = re.compile(
    r"[\s\"“”]*((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
    r"(?:[\w'’-]+\s+){0,3}?([a-z]+))\s+[a-z]")
SUBJECT_HEADS = TITLE_WORDS | ORG_HEADS | EVIDENCE_NOUNS
# A capitalised word shaped like an adjective of a nation or faith ('Turkish',
# 'Jewish', 'Chinese') right before a plural noun (or 'media', 'press') and the verb
# opens the subject, which is the group ('Turkish media reported', 'Jewish groups also
# condemned'), not the adjective read as a name.
ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:ican|ian|ean|ese|ish|ic)")
GROUP_AFTER_ADJECTIVE_RE = re.compile(
    r"([A-Z][a-z]+\s+([a-z]+(?<!s)s|media|press|police|people))(?=\s+[a-z])")
# The lowercase word right after a run of capitalised words and before the verb: an
# office or organisation noun is the subject's head ('The Florida senator sought', 'The
# Clinton campaign has'), the capitalised words its modifiers.
HEAD_AFTER_NAME_RE = re.compile(r"\s+([a-z]+)(?=\s+[a-z])")
# Not words of a thing or an outlet's name ("Comey's news conference", 'Roe's press').
NAMED_HEADS = (TITLE_WORDS | ORG_HEADS) - words("""news statement report poll polls survey
study post times journal press state""")
# Words whose 's is 'is', 'has' or 'us' ("He's comparing", "Let's say"), not a
# possessive. Source: English.
CONTRACTED = words("he she it that there here who what where let")
# Words of what an owner said or wrote ("Hoff's letter makes a case", "Trump's recent
# assertion that ..."): the owner is the one who speaks. Source: English.
OWN_WORDS = SPEECH_NOUNS | words("""letter letters release tweet tweets post posts lawsuit suit
brief op-ed speech words memo email emails call calls article articles column editorial
book essay piece ad ads conference interview""")
# The words after a possessive read for OWN_WORDS ('most famously false contention').
OWN_WORDS_WINDOW = 4
# A name and a comma opening the sentence before the possessive: an appositive's owner.
NAME_COMMA_RE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s*")
# The appositive's head and the comma closing it ("Trayvon's father,").
APPOSITIVE_CLOSE_RE = re.compile(r"(?:\s+[\w'’-]+){1,3},")
OWNED_RE = re.compile(r"\s*([\w'’-]+)")
# Verbs in -s that are no group ('Brian says', 'Christian has').
NOT_GROUPS = SPEECH_VERBS | words("has is was does seems appears wants needs hopes")


def _owner_only(text: str, m: re.Match[str], start: int, end: int) -> bool:
    """Rule 'possessive-owner-no-subject': the subject read is a possessive ("Gore's
    close friends", "Scott's family", "Lazar's public defense counsel", "Trump's
    decision"): the one speaking is what the owner has, not the owner; not a contraction
    ("He's comparing") nor the owner's own words ("Hoff's letter makes", "Trump's recent
    assertion that"). NAMED_HEADS ("Roe's campaign") are read before."""
    if not m[1].endswith(("'s", "’s")) or m[1].split()[-1][:-2].lower() in CONTRACTED:
        return False
    if (NAME_COMMA_RE.fullmatch(text, start, m.start(1))
            and APPOSITIVE_CLOSE_RE.match(text, m.end(1), end)):
        return False  # 'Tracy Martin, Trayvon's father, ...': participle_clause's
    at, following = m.end(1), list[str]()
    while len(following) < OWN_WORDS_WINDOW and (w := OWNED_RE.match(text, at, end)):
        following.append(w[1].lower())
        at = w.end()
    return not any(w in OWN_WORDS for w in following)


def _after_opening(text: str, start: int, end: int) -> int:
    """Where the subject starts after an opening prepositional phrase ('In December,
    the prince called ...'); start itself when the sentence has none."""
    m = OPENING_PHRASE_RE.match(text, start, end)
    return m.end() if m else start


def clause_subject(text: str, start: int, end: int) -> tuple[str, int] | None:
    """'Sanders compared himself to Clinton, saying, "..."': the sentence's subject;
    also the speaker of a quote after a colon with no speech verb ('Roe shot back:')."""
    m = SUBJECT_RE.match(text, start, end)
    if m and (head := HEAD_AFTER_NAME_RE.match(text, m.end(1), end)) and (
            head[1] in NAMED_HEADS) and split_name(m[1])[0] is not None and (
            m[1].split()[0].lower() not in DETERMINERS):
        more = HEAD_AFTER_NAME_RE.match(text, head.end(1), end)  # 'campaign officials'
        last = more if more and more[1] in NAMED_HEADS else head
        return text[m.start(1):last.end(1)], m.start(1)  # 'The Florida senator sought'
    if not m or split_name(m[1])[0] is None or m[1].split()[-1].lower() in NOT_SUBJECTS:
        m = None
    elif _owner_only(text, m, start, end):
        return None  # "Gore's close friends have said": the owner is no subject
    elif is_number(m[1].split()[0].lower()):
        m = None  # 'Eight years ago, he ...': a time phrase, not a subject
    elif (ADJECTIVE_RE.fullmatch(m[1]) and gender_of_name(m[1]) is None
          and (group := GROUP_AFTER_ADJECTIVE_RE.match(text, m.start(1), end))
          and group[2] not in NOT_GROUPS):
        return group[1], group.start(1)  # 'Turkish media reported'
    if m is None:
        m = OPENING_PRONOUN_RE.match(text, start, end)  # 'Eight years ago, he said'
    if m is None:
        m = OPENING_THE_NAME_RE.match(text, start, end)  # '..., the Illinois Board ...'
    if m is None:
        m = DETERMINER_SUBJECT_RE.match(text, _after_opening(text, start, end), end)
        if m and m[2] not in SUBJECT_HEADS:
            m = None
    return (m[1], m.start(1)) if m else None
