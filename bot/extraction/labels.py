"""Speakers named by layout rather than by a speech verb.

* A dash and a name after a quotation sign it, as in letters pages and reader
  round-ups: '"We deserve better." ― Jane Roe'.
* A transcript label opens the quotation: '"WALLACE: If I may, sir, ...' names the
  speaker in capitals before a colon; the label is not part of what was said.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import words

# A capitalised name of one to four words ('Jane Roe', 'Edwin G. Monroy'), its words
# separated by SEP: the name part of every layout below.
NAME_PATTERN = r"(?:[A-Z][\w.'’-]*SEP){0,3}[A-Z][\w'’-]*\w"


def _name(sep: str = r"\s+") -> str:
    return NAME_PATTERN.replace("SEP", sep)


# A dash, then a capitalised name of one to four words, then at most a full stop or
# comma: the whole gap after a quotation. Source: letters/round-up signature style.
DASH_SOURCE_RE = re.compile(
    r"[\s”\"'’]*[―—–-]{1,2}\s*(?P<name>" + _name() + r")\.?,?\s*")
# 'WALLACE: ' / 'SEN. KAINE: ' at the start of a quotation: capitals (two or more
# letters per word, up to three words) and a colon. Source: transcript layout.
LABEL_RE = re.compile(r"(?P<label>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2}):\s+(?=\S)")
# Capitalised words before a colon that head a section, not a speaker.
NOT_LABELS = words("""update updated breaking note editor's editors correction watch read
related photo photos video audio listen q a source sources warning live ps p.s. bonus
exclusive flashback""")


def _heading(label: str) -> bool:
    """A label holding a section word ('UPDATE', 'P.S.'), not a speaker's name."""
    return any(w.lower().strip(".") in NOT_LABELS or w.lower() in NOT_LABELS
               for w in label.split())


def dash_source(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(name, position) when text[start:end] is only a dash signature."""
    m = DASH_SOURCE_RE.fullmatch(text, start, end)
    if not m:
        return None
    return m["name"], m.start("name")


def speaker_label(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(name, position, where the words start) of a transcript label opening
    text[start:end]; the name in title case ('WALLACE' -> 'Wallace')."""
    m = LABEL_RE.match(text, start, end)
    if not m:
        return None
    label = m["label"]
    if _heading(label):
        return None
    return label.title(), m.start("label"), m.end()


# '"..."' then a paragraph that is only a dash signature ('- Clinton.'), perhaps with a
# short description after a comma ('-Michelle Marks, Philadelphia.', '-President Obama,
# tweeting after the speech.').
SIGNATURE_LINE_RE = re.compile(
    r"[”\"'’]*[ \t]*\n\s*[―—–-]{1,2}[ \t]*(?P<name>" + _name(r"[ \t]+") + r")"
    r"(?:,[^\n\"“”]{1,80})?\.?[ \t]*(?:\n|$)")
# 'Said Ellis: "..."': a capitalised speech verb opening the sentence, then the name.
# Source: inverted attribution in news style.
INVERTED_CUES = words("said says added asked wrote replied answered continued")
INVERTED_RE = re.compile(
    r"\s*(?P<cue>" + "|".join(sorted(w.title() for w in INVERTED_CUES)) + r")\s+"
    r"(?P<name>" + _name() + r")\s*[:,]\s*")


def signature_line(text: str, end: int) -> tuple[str, int] | None:
    """(name, position) of a dash signature on the line after a quotation's end."""
    m = SIGNATURE_LINE_RE.match(text, end)
    return (m["name"], m.start("name")) if m else None


def inverted_intro(text: str, start: int, end: int) -> tuple[str, str, int, int] | None:
    """(cue, name, cue position, name position) when text[start:end] is 'Said X:'."""
    m = INVERTED_RE.fullmatch(text, start, end)
    if not m:
        return None
    return m["cue"].lower(), m["name"], m.start("cue"), m.start("name")


# 'Carly Fiorina: "Bill Clinton's fair game."' (a headline) or 'Bush: "The mission is
# ..."': a capitalised name of one to four words and a colon, nothing else, before a
# quotation. Source: headline and side-by-side quotation layout.
NAME_COLON_RE = re.compile(
    r"[\s”\"'’.]*(?P<name>" + _name() + r")\s*:\s*")


def name_colon(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(name, position) when text[start:end] is only 'Name:' before a quotation."""
    m = NAME_COLON_RE.fullmatch(text, start, end)
    if not m or _heading(m["name"]):
        return None
    return m["name"], m.start("name")


# Things that speak in news copy when a colon introduces their words ('The piece used
# one of her quotes as its headline: "..."'). Source: news attribution to documents.
DOCUMENT_NOUNS = words("""piece article ad advert advertisement letter statement report memo
email e-mail release post tweet column editorial story video sign banner headline note
message poll survey study analysis book speech transcript filing lawsuit complaint
petition website page flyer mailer""")
# 'The piece used ...' / 'In June, a new ad says ...': an optional opening phrase, a
# determiner, then up to three words, one of them a document noun followed by a verb.
DOCUMENT_SUBJECT_RE = re.compile(
    r"(?:[^,\"“”]{0,60},\s+)?(?P<det>[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|"
    r"[Tt]heir)\s+(?P<rest>(?:\S+\s*){1,4})")
MAX_DOCUMENT_WORDS = 3


def document_subject(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(phrase, position) of a document noun phrase opening text[start:end]."""
    m = DOCUMENT_SUBJECT_RE.match(text, start, end)
    if not m:
        return None
    following = m["rest"].split()
    for k, word in enumerate(following[:MAX_DOCUMENT_WORDS]):
        verb = following[k + 1] if k + 1 < len(following) else ""
        if word in DOCUMENT_NOUNS and verb[:1].isalpha() and verb.islower():
            return " ".join([m["det"], *following[:k + 1]]), m.start("det")
    return None


# A member named after 'including' (or 'such as', 'among them') and a dash right before a
# quotation: the quotation is that member's ('A chorus of Republicans has said the same,
# including the former candidate Mitt Roe -- "It is disqualifying ..." --').
MEMBER_DASH_RE = re.compile(
    r"\b(?:including|such as|among them)\b[^,;:\"“”]*?\b"
    r"(?P<name>(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+)\s*(?:--|[—–])\s*$")


def member_dash(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(name, position) when text[start:end] ends with 'including NAME --' before a
    quotation (rule 'member-dash-quotation')."""
    m = MEMBER_DASH_RE.search(text, start, end)
    return (m["name"], m.start("name")) if m else None
