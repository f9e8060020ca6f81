"""The speaker rules for 'it' and 'they' (speaker_rules.SUBJECT_RULES, in this order):
the dummy 'it' of English names no one (expletive-it), 'it' never stands for people
(it-not-people), else it is the last organisation or document (it-last-organisation);
'they' is the last group only when the article names it lately (they-named-lately).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extraction.descriptions import people_group
from bot.extraction.heads import is_document_noun
from bot.extraction.mentions import Resolved

if TYPE_CHECKING:
    from bot.extraction.speaker_rules import Ask

# A form of be or seem right after 'it' ('It is not clear that', 'It's time to', 'It
# seems', 'It would be wrong to', 'It was Roe who'), not a progressive ('It is also
# saying'): the dummy 'it' of English, no speaker.
EXPLETIVE_RE = re.compile(r"(?:['’]s|\s+(?:is|was|seems|seemed|appears|appeared|remains"
                          r"|(?:would|will|could|may|might)\s+be|(?:has|had)\s+been))\b"
                          r"(?!(?:\s+[a-z]+ly|\s+also|\s+now|\s+still)?\s+[a-z]+ing\b)")


def expletive_it(ask: Ask) -> Resolved | None:
    """'It is not clear that ...', 'It was Roe who ...', 'It seems unfair to tell ...':
    an 'it' before a form of be or seem stands for no one, never the last
    organisation."""
    if ask.subject not in ("it", "it's", "it’s"):
        return None
    raw = ask.raw
    after = ask.state.text[raw.subject_pos + 2:raw.subject_pos + 40]
    return Resolved(None) if EXPLETIVE_RE.match(after) else None


def it_not_people(ask: Ask) -> Resolved | None:
    """'Many analysts agree. It said': 'it' never stands for people named last: nobody."""
    people = ask.subject == "it" and people_group(
        (ask.state.last_thing or ask.named()).name or "")
    return Resolved(None) if people else None


# How many paragraphs before the statement's own 'it' may look back for what it names.
LATELY = 1
# Words opening a phrase for one person ('a top aide', 'one insider', 'another
# Democrat'): never what 'they' stands for. Source: English determiners.
ONE_OPENERS = frozenset(["a", "an", "one", "another"])


def it_said(ask: Ask) -> Resolved | None:
    """'The company ... it said': 'it' is the last organisation or document, never a
    person; one the article has not named in this paragraph or the one before stands
    for nothing ('Twitter said ... It added': not an agency quoted three paragraphs up,
    when Twitter was no speaker of its own): nobody."""
    if ask.subject != "it":
        return None
    thing = ask.state.last_thing
    if thing is None:
        return ask.named()
    return thing if _named_lately(ask, thing) else Resolved(None)


def they_lately(ask: Ask) -> Resolved | None:
    """'Aides to the governor said ... They added': 'they' stands for the last group or
    organisation only when the article names it in this paragraph or the one before;
    a group named further up stands for nothing ('Human rights groups said X. [three
    paragraphs] McConnell aides acknowledged ... But they emphasized': nobody)."""
    if ask.subject != "they":
        return None
    found = ask.named()
    if found.name is None or found is not ask.state.last_org:
        return None
    words = (found.mention or found.name or "").lower().split()
    if words[:1] and words[0] in ONE_OPENERS:
        return Resolved(None)  # 'a top aide said ... They': never one person
    return found if _named_lately(ask, found) or _head_lately(ask, words[-1]) else Resolved(None)


def _head_lately(ask: Ask, head: str) -> bool:
    """The group's head noun stands lately (_lately: 'his supporters' named as 'Sanders
    supporters')."""
    return re.search(rf"\b{re.escape(head)}\b", _lately(ask), re.IGNORECASE) is not None


def _lately(ask: Ask) -> str:
    """The text of the statement's paragraph before its subject and of the LATELY
    paragraphs before."""
    raw, state = ask.raw, ask.state
    start = next((x.start for x in state.sentences if x.para >= raw.para - LATELY), 0)
    return state.text[start:raw.subject_pos]


def _named_lately(ask: Ask, thing: Resolved) -> bool:
    """thing's mention or name stands in the statement's paragraph, before its subject,
    or in the LATELY paragraphs before; a document also as 'the' and its noun ('a Times
    article' ... 'the article read')."""
    before = _lately(ask)
    if any(word and word in before for word in (thing.mention, thing.name)):
        return True
    head = (thing.mention or thing.name or "").split()[-1:]
    return bool(head) and is_document_noun(head[0]) and f"the {head[0].lower()}" in before.lower()
