"""Who a PolNeAR gold source names, and whether a stored speaker is that one (issue 12).

Used by bench/answer_questions.py (which attributions get questions, with what name)
and bench/answer_judge.py (is an answer's speaker the gold source). Pure functions.

A source NAMES someone when its head noun phrase ends in a proper name: "Hillary
Clinton", "House Speaker Paul D. Ryan (R-Wis.)", "Mr. Obama", "the Tax Foundation",
"The FBI", "Trump's", or, after a describing head, the name in the first apposition
("Another critic, Laurence H. Tribe,"). Not named: pronouns, descriptions ("the
governor", "Clinton aides", "A Quinnipiac University poll"), groups ("Republicans"),
places ("Russia"), several people ("Obama and Clinton") and common words written
with a capital at the start of the source ("Experts", "Video"); `Casing` tells a
proper noun from a common word by how the corpus writes it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Words a post-modifier starts with: the name is before them ("Gov. X of West Virginia").
CUT_WORDS = {"of", "for", "at", "in", "on", "by", "with", "from", "who", "whom", "whose",
             "that", "which", "to", "over", "under", "during", "like", "including", "about",
             "now", "all", "since", "as", "near", "than", "says", "said"}
# Joining words inside a name run ("Association of Flight Attendants", "de Blasio").
CONNECTORS = {"of", "for", "and", "&", "the", "a", "de", "del", "della", "di", "da", "du", "des",
              "van", "von", "der", "den", "ter", "bin", "ibn", "le", "la", "st", "on"}
# Particles that belong to a surname ("de Blasio", "bin Laden", "Van Voorhis").
PARTICLES = {"de", "del", "della", "di", "da", "du", "des", "van", "von", "der", "den", "ter",
             "bin", "ibn", "le", "la"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "sens", "senator", "senators", "rep", "reps",
          "representative", "gov", "governor", "president", "vice", "secretary", "speaker",
          "gen", "general", "col", "lt", "sgt", "adm", "judge", "justice", "chairman",
          "chairwoman", "chair", "chief", "mayor", "commissioner", "director", "attorney",
          "minister", "prime", "chancellor", "ambassador", "leader", "del", "rev", "sheriff",
          "spokesman", "spokeswoman", "press", "executive", "interim", "former", "retired",
          "ceo", "host", "moderator", "activist", "rival", "nominee", "candidate", "professor",
          "majority", "minority", "deputy", "assistant", "acting", "u", "s", "us", "state",
          "senate", "oversight", "research"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Heads that make a run an organisation (and let "of"/"for" continue its name).
ORG_WORDS = {"association", "center", "centre", "committee", "foundation", "institute",
             "institution", "university", "college", "school", "party", "department", "bureau",
             "agency", "commission", "council", "court", "times", "post", "news",
             "journal", "network", "group", "inc", "corp", "company", "bank", "fund", "board",
             "office", "service", "services", "administration", "coalition", "union",
             "organization", "project", "alliance", "league", "society", "club", "church",
             "magazine", "media", "beast", "caller", "hill", "review", "house", "congress",
             "nations", "states", "caucus", "forum", "federation", "observer",
             "yorker", "politifact", "fargo", "hedge"}
# Plural or adjective group names: a source that is only these names nobody.
GROUPS = {"democrats", "democrat", "democratic", "republicans", "republican", "americans",
          "american", "european", "europeans", "mexicans", "latinos", "birchers", "gop",
          "conservatives", "liberals", "independents", "evangelicals", "muslims", "christians",
          "hispanics", "african", "africans", "african-americans", "delegates", "lawmakers"}
# Countries and a few places that speak in PolNeAR only as governments: not persons or
# organisations, so not asked about.
PLACES = {"russia", "china", "japan", "mexico", "britain", "france", "germany", "india",
          "pakistan", "iran", "syria", "israel", "ukraine", "korea", "united states", "turkey",
          "canada", "cuba", "iraq", "afghanistan", "europe", "america", "washington",
          "pyongyang", "beijing", "moscow", "paris", "london", "vermont", "ohio", "virginia",
          "florida", "texas"}
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "us", "me",
            "his", "their", "its", "our", "my", "your", "who", "which", "this", "that", "one"}
QUANTIFIERS = {"a", "an", "several", "many", "some", "few", "most", "other", "another", "both",
               "two", "three", "all", "no", "each", "every"}
# Words a name run does not start with ("the Tax Foundation" -> Tax Foundation).
LEADING = {"of", "for", "and", "&", "the", "on", "a"}
# Heads that name a document, a poll or a day, never who spoke.
NOT_SPEAKERS = {"convention", "charter", "act", "study", "poll", "survey", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday"}
POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_SEVERAL = re.compile(r"^(?:and\s+)?(?:[A-Z][\w.-]*\s+)*[A-Z][a-z][\w-]*\s+(?:[A-Z]\.\s+)?[A-Z]")


@dataclass(frozen=True)
class Name:
    """The name a gold source gives: `text` as written (titles dropped), `kind` person
    or org, `short` what a question calls it (surname, or the organisation's name)."""

    text: str
    kind: str
    short: str

    @property
    def tokens(self) -> list[str]:
        return name_tokens(self.text)


def fold(text: str) -> str:
    """Lower case without accents, with one kind of apostrophe."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def name_tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:'[^\W_]+)?", fold(POSSESSIVE.sub("", text)))


def _bare(token: str) -> str:
    return fold(POSSESSIVE.sub("", token)).strip(".,;:\"“”'")


class Casing:
    """How a corpus writes its words: `proper(w)` when a word is written with a capital
    inside sentences more often than in lower case; `titled(w)` when it occurs written
    'Wallace' (so 'WALLACE' is a name in capitals, 'FBI' an acronym)."""

    def __init__(self, texts: list[str]) -> None:
        self.capital: dict[str, int] = {}
        self.lower: dict[str, int] = {}
        self.title: set[str] = set()
        for text in texts:
            for sentence in re.split(r"(?<=[.!?\"”])\s+|\n+", text):
                for i, token in enumerate(re.findall(r"[^\W\d_][\w'’-]*", sentence)):
                    word = fold(token)
                    if token[:1].isupper() and not token.isupper():
                        self.title.add(word)
                    if token[:1].isupper():
                        if i:
                            self.capital[word] = self.capital.get(word, 0) + 1
                    else:
                        self.lower[word] = self.lower.get(word, 0) + 1

    def proper(self, word: str) -> bool:
        capital, lower = self.capital.get(word, 0), self.lower.get(word, 0)
        return capital > lower or (capital == lower == 0 and not word.endswith("s"))

    def common(self, word: str) -> bool:
        """Never written with a capital inside a sentence, but in lower case."""
        return not self.capital.get(word) and bool(self.lower.get(word))

    def titled(self, word: str) -> bool:
        return word in self.title


def named_source(source: str | None, casing: Casing) -> Name | None:
    """The person or organisation a gold source names, or None (see the module doc)."""
    if not source:
        return None
    text = re.sub(r"\s*\([^)]*\)", "", " ".join(source.replace("\xa0", " ").split()))
    segments = [s.strip() for s in re.split(r",|\s--\s|\s[—–]\s|[—–]", text) if s.strip()]
    if not segments:
        return None
    found = _name_in(segments[0], casing, first=True)
    if found is not None:
        if any(_SEVERAL.match(s) for s in segments[1:]):
            return None  # "Jeff Merkley, Sherrod Brown and Robert Menendez"
        return found
    if len(segments) > 1:
        return _name_in(segments[1], casing, first=False)
    return None


def _cut(tokens: list[str]) -> list[str]:
    """The tokens before a post-modifier ('Gov. X of West Virginia' -> 'Gov. X')."""
    for i, token in enumerate(tokens):
        word = token.lower()
        if i and word in CUT_WORDS:
            before = _bare(tokens[i - 1])
            if word in ("of", "for", "on") and tokens[i - 1][:1].isupper() and (
                    before in ORG_WORDS or before in TITLES):
                continue  # "Association of ...", "Secretary of State John Kerry"
            return tokens[:i]
    return tokens


def _name_in(segment: str, casing: Casing, first: bool) -> Name | None:
    tokens = _cut(segment.split())
    run: list[str] = []
    for token in reversed(tokens):
        if token[:1].isupper() or (run and token.lower() in CONNECTORS):
            run.insert(0, token)
        else:
            break
    whole = len(run) == len(tokens)
    before = tokens[: len(tokens) - len(run)]
    determined = [t.lower() for t in before[-1:]] == ["the"] or (
        len(before) > 1 and before[-2].lower() == "the" and before[-1].islower())
    if not run or (not first and not whole):
        return None  # a second segment must be a bare name ("..., Laurence H. Tribe,")
    if whole and len(run) > 1 and casing.common(_bare(run[0])) and (
            _bare(run[0]) not in TITLES | PARTICLES):
        run = run[1:]  # "Rival Hillary Clinton", "Many Americans"
    while run and run[0].lower() in LEADING:
        determined = determined or run[0].lower() == "the"
        run.pop(0)
    before = tokens[: len(tokens) - len(run)]
    if before and before[0].lower() in QUANTIFIERS and len(tokens) < len(segment.split()):
        return None  # "Several judges handling federal Freedom of Information Act ..."
    if "and" in before and any(t[:1].isupper() for t in before[1 : before.index("and")]):
        return None  # "both President Obama and Republican nominee Donald Trump"
    for i, token in enumerate(run):
        if POSSESSIVE.search(token) and i < len(run) - 1:
            return _name_in(" ".join(run[i + 1 :]), casing, first)  # "CNN's Jake Tapper"
    words = [_bare(t) for t in run]
    head = words[: next((i for i, w in enumerate(words) if w in ("of", "for", "on")),
                        len(words))]
    if not words or all(w in PRONOUNS for w in words):
        return None
    if "and" in words:
        left, right = words[: words.index("and")], words[words.index("and") + 1 :]
        if right[:1] == ["the"] or right[-1] not in ORG_WORDS or left[-1] in ORG_WORDS:
            return None  # several: "Obama and Clinton", "China and the United States"
    if " ".join(words) in PLACES or (words[-1] in PLACES and len(words) <= 2):
        return None
    if all(w in GROUPS or w in TITLES for w in words) or words[-1] in NOT_SPEAKERS:
        return None
    acronym = len(run) == 1 and _acronym(run[0]) and not casing.titled(words[0])
    if (len(words) == 1 and not casing.proper(words[0]) and not acronym) or casing.common(
            words[-1]):
        return None  # "Experts", "Video", "Police", "New Poll"
    titled = any(w in TITLES for w in words[:-1])
    if head[-1] in ORG_WORDS or acronym or (determined and not titled):
        text = POSSESSIVE.sub("", " ".join(run))
        return Name(text, "org", text)
    return _person(run)


def _acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _person(run: list[str]) -> Name | None:
    """'House Speaker Paul D. Ryan' -> Paul D. Ryan, short 'Ryan'."""
    start = 0
    for i, token in enumerate(run):
        if _bare(token) in TITLES or _bare(token) in GROUPS or token.lower() in LEADING:
            start = i + 1
    person = run[start:]
    while person and _bare(person[-1]) in SUFFIXES:
        person = person[:-1]
    if not person and run:
        return None  # titles only: "Chief Justice", "Former President"
    person[-1] = POSSESSIVE.sub("", person[-1])
    if person[-1].isupper() and len(person[-1]) > 2:
        person = [p.capitalize() if p.isupper() else p for p in person]  # "WALLACE"
    last = len(person) - 1
    while last > 0 and person[last - 1].lower() in PARTICLES:
        last -= 1
    if last == 0 and start == 0 and len(person) == 2 and person[0].lower() == "van":
        last = 1  # "Van Jones": a leading "Van" without a title is a given name
    return Name(" ".join(person), "person", " ".join(person[last:]))
