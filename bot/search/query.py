"""Query parsing: user text -> Query (the store gets its words as a TextQuery).

Pure functions; the patterns and word lists below are the rules of the parser.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from pydantic import BaseModel, Field

from bot.search.filters import Filters, take_filters
from bot.search.verbs import preferred_cue, verb_splits, who_verb
from bot.text import WORD, plain

__all__ = ["Query", "parse_query"]

# Longer input is cut here before parsing (Telegram allows 4,096 characters).
MAX_QUERY_CHARS = 400
# At most this many content words are searched for; the rest is ignored.
MAX_TERMS = 10
# A speaker named in "X on Y" has at most this many words; longer is read as a topic.
MAX_SLOT_WORDS = 5

# Words that carry no topic: question words, verbs of saying, articles, pronouns,
# prepositions and auxiliaries. Removed from topics ("what did X say about the war" -> war).
QUESTION_WORDS = {"what", "who", "whom", "whose", "which", "when", "where", "why", "how"}
SAYING_VERBS = {
    "say", "said", "says", "saying", "talk", "talked", "talks", "talking", "speak", "spoke",
    "speaks", "speaking", "tell", "told", "tells", "state", "stated", "mention", "mentioned",
    "comment", "commented", "comments", "think", "thinks", "thought", "claim", "claimed",
    "quote", "quotes", "quoted", "statement", "statements", "remarks", "views", "view",
    "position", "stance", "opinion", "anything", "something", "everything",
}
FUNCTION_WORDS = {
    "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "of", "on", "about",
    "regarding", "concerning", "re", "in", "into", "at", "to", "for", "from", "with", "by",
    "as", "per", "over", "under", "do", "does", "did", "done", "doing", "is", "are", "was",
    "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "not", "no", "yes", "ever",
    "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its",
    "they", "them", "their", "we", "our", "this", "that", "these", "those", "there", "here",
    "any", "some", "all", "please", "show", "find", "give", "get", "tell", "just", "also",
    "very", "really", "recently", "lately", "latest", "last", "new", "s",
}
STOPWORDS = frozenset(QUESTION_WORDS | SAYING_VERBS | FUNCTION_WORDS)
# Function words that are also names (Theresa May, Will Hurd): a speaker slot of one of
# them alone names someone ('what did May say about Brexit', 'May on Brexit').
NAME_LIKE_WORDS = frozenset({"may", "will"})

_SAY = (r"(?:say|said|says|talk|talked|speak|spoke|comment|commented|think|thought|tell|told"
        r"|state|stated|mention|mentioned|claim|claimed)")
_ABOUT = r"(?:about|on|regarding|concerning|re|of|that)"
# Patterns naming a speaker explicitly, tried in order on the cleaned lower-case text.
# STRICT: an unknown speaker here means "No statement by X found."
STRICT_SPEAKER_PATTERNS = (
    # what did X say (about Y) / did X talk about Y / what has X said on Y
    re.compile(rf"^(?:\w+\s+)?(?:did|does|do|has|have|had)\s+(?P<speaker>.+?)\s+(?P<verb>{_SAY})\b"
               rf"(?:\s+{_ABOUT}\b)?\s*(?P<topic>.*)$"),
    # what X said about Y / X said Y / quotes from X on Y
    re.compile(rf"^(?:what\s+|quotes?\s+(?:from|by)\s+)?(?P<speaker>.+?)\s+(?P<verb>{_SAY})\b"
               rf"(?:\s+{_ABOUT}\b)?\s*(?P<topic>.*)$"),
)
# "X on Y": X may be a speaker or just words; an unknown X falls back to a word search.
LOOSE_SPEAKER_PATTERN = re.compile(
    r"^(?P<speaker>.+?)\s+(?:on|about|regarding|re)\s+(?P<topic>.+)$"
)
# "what did Clinton, the Democrat, say on Y": a title in commas after the name narrows
# the name; it is not part of it.
APPOSITIVE_SLOT_RE = re.compile(
    r"(?P<name>\w[\w.'’ -]*?)\s*,\s*(?:the|a|an)\s+(?P<title>[^,]{1,60}?)\s*,"
    rf"(?=\s*{_SAY}\b)", re.IGNORECASE)
# "what did X warn about Y", "has X ruled out Y": any speech or stance verb (verbs.py).
DID_PATTERN = re.compile(r"^(?:\w+\s+)?(?:did|does|do|has|have|had)\s+(?P<rest>.+)$")
ABOUT_WORDS = frozenset({"about", "on", "regarding", "concerning", "re", "of", "that"})


class Query(BaseModel):
    """A parsed query. `words` are the content words of the whole query (for a search
    without a named speaker); `topic` the content words after the speaker slot."""

    text: str
    speaker_slot: str | None = None
    strict_slot: bool = False
    topic: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)
    topic_text: str = ""  # the cleaned topic part, stopwords kept (for alias look-ups)
    asks_who: bool = False
    speaker_title: str | None = None  # "Clinton, the Democrat,": words that narrow a name
    filters: Filters = Field(default_factory=Filters)
    # The root of a specific verb asked about ('who warned' -> 'warn'): statements with
    # that cue rank first. None for plain 'said'.
    cue_verb: str | None = None
    # While typing (inline): the last word, maybe unfinished ('hegseth na').
    partial: str | None = None

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.speaker_slot


def clean(text: str) -> str:
    """Lower case, punctuation (FTS operators, emoji, quotes...) turned into spaces."""
    text = plain(unicodedata.normalize("NFKC", text[:MAX_QUERY_CHARS])).lower()
    text = re.sub(r"[^\w\s'’-]|_", " ", text)
    return " ".join(text.split())


def content_words(text: str) -> list[str]:
    """Words that are not stopwords, in order, without repeats, at most MAX_TERMS."""
    kept = [w for w in WORD.findall(text) if w not in STOPWORDS]
    return list(dict.fromkeys(kept))[:MAX_TERMS]


def parse_query(text: str, sources: Iterable[str] = (), today: date | None = None, *,
                typing: bool = False, bare_years: bool = True, dates: bool = True) -> Query:
    """Filters (dates, sources, @speaker, #topic) first, then the speaker and topic.
    `typing`: the last word may be unfinished (inline mode); `bare_years`, `dates`: see
    take_filters."""
    rest, filters = take_filters(text[:MAX_QUERY_CHARS], sources, today, bare_years, dates)
    query = _parse_words(rest)
    last = query.text.split()[-1:] if typing else []
    query.partial = last[0] if last and last[0] in query.words else None
    tags = [w for tag in filters.tags for w in content_words(clean(tag))]
    if filters.speaker:
        cleaned = clean(filters.speaker)
        query = Query(text=query.text, speaker_slot=cleaned, strict_slot=True,
                      topic=query.words, words=[*words_of(cleaned), *query.words],
                      topic_text=query.text)
    extra = [t for t in tags if t not in query.topic]
    query.topic, query.words = [*query.topic, *extra], [*query.words, *extra]
    query.topic_text = " ".join([query.topic_text, *filters.tags]).strip()
    query.filters = filters
    return query


def words_of(text: str) -> list[str]:
    return WORD.findall(text)


def _parse_words(text: str) -> Query:
    title = None
    appositive = APPOSITIVE_SLOT_RE.search(text)
    if appositive:
        title = clean(appositive["title"])
        text = text[:appositive.start()] + appositive["name"] + text[appositive.end():]
    query = _parse_cleaned(clean(text))
    query.speaker_title = title if query.speaker_slot else None
    return query


def _parse_cleaned(cleaned: str) -> Query:
    words = content_words(cleaned)
    who = who_verb(cleaned)
    if who:
        verb, rest = who
        topic = content_words(rest)
        return Query(text=cleaned, topic=topic, words=topic, asks_who=True, topic_text=rest,
                     cue_verb=preferred_cue(verb))
    for pattern in STRICT_SPEAKER_PATTERNS:
        found = pattern.match(cleaned)
        if found and _slot_words(found.group("speaker")):
            return Query(
                text=cleaned, speaker_slot=" ".join(_slot_words(found.group("speaker"))),
                strict_slot=True, topic=content_words(found.group("topic")), words=words,
                topic_text=found.group("topic"), cue_verb=preferred_cue(found.group("verb")),
            )
    did = DID_PATTERN.match(cleaned)
    if did:
        tokens = did.group("rest").split()
        for at, end in verb_splits(tokens):
            slot = _slot_words(" ".join(tokens[:at]))
            if slot and len(slot) <= MAX_SLOT_WORDS:
                about = end < len(tokens) and tokens[end] in ABOUT_WORDS
                topic_text = " ".join(tokens[end + about:])
                return Query(text=cleaned, speaker_slot=" ".join(slot), topic_text=topic_text,
                             topic=content_words(topic_text), cue_verb=preferred_cue(tokens[at]),
                             words=[w for w in words if w not in tokens[at:end]])
    loose = LOOSE_SPEAKER_PATTERN.match(cleaned)
    if loose and 0 < len(_slot_words(loose.group("speaker"))) <= MAX_SLOT_WORDS:
        return Query(
            text=cleaned, speaker_slot=" ".join(_slot_words(loose.group("speaker"))),
            topic=content_words(loose.group("topic")), words=words,
            topic_text=loose.group("topic"),
        )
    return Query(text=cleaned, words=words, topic_text=cleaned)


def _slot_words(slot: str) -> list[str]:
    """The words naming a speaker: 'the defense secretary' -> ['defense', 'secretary'];
    'may' -> ['may'] (NAME_LIKE_WORDS)."""
    found = WORD.findall(slot)
    if len(found) == 1 and found[0] in NAME_LIKE_WORDS:
        return found
    return [w for w in found if w not in FUNCTION_WORDS]
