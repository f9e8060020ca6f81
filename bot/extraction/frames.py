"""Reported-speech frames beyond 'X said CLAUSE': the relative clause, the inversion.

'Podesta, who said the project was vetted, said ...' and 'echoing experts who say
Moscow doctors documents': the speaker is the noun phrase before "who", and the
content is the reported clause up to the comma that closes the relative clause
(or the sentence end).

'CLAUSE, said Jane Roe, a professor.' inverts subject and cue; 'One delegate, Jim
Roe, said he was leaning toward Cruz.' does not, though a comma comes before the cue
too: there the words after the cue run on as a clause (`inverted_subject_ends`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

# bot.cues imports the extraction lexicon: the module, not a name (as collect.py does).
from bot import cues
from bot.extraction.content_start import OBJECT_CUES
from bot.extraction.coordinated import last_conjunct
from bot.extraction.forward import NAME_PARTICLE_WORDS, subject_after
from bot.extraction.lexicon import IRREGULAR_PAST, SKIPPABLE, SPEECH_VERBS
from bot.extraction.phrases import subject_before
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw
from bot.extraction.stance import REPORTING_CUES

# Relative pronouns that refer back to a speaker noun phrase.
RELATIVE_PRONOUNS = frozenset(["who"])
# The speaker before "who" is a short noun phrase ("Podesta", "business leaders");
# longer ones are usually a clause's object ("a sharp rise from the 1 percent who").
MAX_RELATIVE_SPEAKER = 4
# A name right after an inverted speech cue: '"...," said Jane Roe'. Source: news
# attribution style.
INVERTED_NAME_RE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds)\s+"
                              r"(?P<name>(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+)$")


def _noun_phrase(head: str, start: int) -> tuple[str, int] | None:
    return subject_before(head, start)


def _inverted_cue_name(head: str, start: int) -> tuple[str, int] | None:
    named = INVERTED_NAME_RE.search(head)
    return (named["name"], start + named.start("name")) if named else None


Antecedent = Callable[[str, int], "tuple[str, int] | None"]
# Who a 'who' right before a cue stands for: an ordered table of named rules, each
# reading the text before 'who' (from the sentence start, commas stripped); the first
# that reads a short phrase wins (--explain names the second).
RELATIVE_ANTECEDENT_RULES: tuple[tuple[str, Antecedent], ...] = (
    # The noun phrase before it: 'Podesta, who said', 'echoing experts who say'.
    ("relative-noun-phrase", _noun_phrase),
    # The name of an inverted speech cue before it: '"The plan will fail," said Jane
    # Roe, who said there were "too many troubling things" in it'.
    ("relative-after-inverted-cue", _inverted_cue_name),
)


def relative_speaker(text: str, start: int, c_start: int) -> tuple[str, int] | None:
    """The noun phrase a 'who' right before the cue refers to; text[start:c_start]
    runs from the sentence start to the cue."""
    found = relative_antecedent(text, start, c_start)
    return found[:2] if found else None


def relative_antecedent(text: str, start: int, c_start: int) -> tuple[str, int, str] | None:
    """relative_speaker's phrase, its offset and the name of the rule that read it."""
    low = text[start:c_start].lower()
    if not any(pronoun in low for pronoun in RELATIVE_PRONOUNS):
        return None  # no relative pronoun anywhere before the cue (most cues: hot path)
    words = text[start:c_start].split()
    while words and words[-1].lower() in SKIPPABLE:
        words.pop()
    if not words or words[-1].lower() not in RELATIVE_PRONOUNS:
        return None
    head = text[start:c_start].rstrip()
    for word in reversed(text[start:c_start].split()):
        if word.lower() in RELATIVE_PRONOUNS:
            head = head[:head.rfind(word)]
            break
        head = head[:head.rfind(word)].rstrip()
    for name, rule in RELATIVE_ANTECEDENT_RULES:
        found = rule(head.rstrip(" ,"), start)
        if found:
            return (*found, name) if len(last_conjunct(found[0]).split()) <= (
                MAX_RELATIVE_SPEAKER) else None
    return None


# Present-tense cues that, after 'who' and before 'about', describe what someone does,
# not a report: '..., said John Roe, who writes about the credit industry'.
HABITUAL_CUES = frozenset(["writes", "speaks", "talks", "teaches", "lectures", "blogs"])


def habitual(text: str, cue: str, c_end: int) -> bool:
    """'who writes about ...': an occupation, no report."""
    return cue.lower() in HABITUAL_CUES and text[c_end:c_end + 7].lstrip().startswith("about")


def relative_end(text: str, content_start: int, end: int) -> int:
    """Where a relative clause's content stops: its closing comma, else end."""
    comma = text.find(",", content_start, end)
    return comma if comma >= 0 else end


# What may follow the speaker of an inverted cue: the sentence end, punctuation (an
# appositive, a relative clause), or a preposition opening an aside. Examples:
# '..., said Jane Roe.', '..., said Roe, a professor at Rice', '..., said Roe in a
# statement', '..., says Roe (D-Md.)'. Anything else ('..., said he was leaning
# toward Cruz', '..., told POLITICO she was ...') is a clause: no inversion.
INVERTED_TAIL_RE = re.compile(
    r"\s*(?:$|[,;:.!?()\[\]—–-]|(?:in|on|at|during|via|from|after|before|last|this|earlier"
    r"|late|early|who|whose)\b)")


# A verb inside the words read after the cue makes them a clause, no speaker ('...,
# said the diplomat could not recall', '..., said he was leaning').
CLAUSE_VERB_RE = re.compile(
    r"\b(?:have|has|had|is|are|was|were|will|would|could|should|shall|must|might|can|"
    r"cannot|may|did|does|do)\b|n[’']t\b", re.IGNORECASE)
# Pronouns that open a clause when more words follow them ('said he was leaning').
CLAUSE_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it", "you"])


def inverted_subject_ends(text: str, found: tuple[str, int], end: int) -> bool:
    """The speaker found after an inverted cue ('CLAUSE, said X') is a noun phrase that
    ends there: no verb inside it (an auxiliary, or a past tense after a name), and
    what follows it (up to end) is punctuation, an aside or nothing."""
    words = found[0].split()
    if CLAUSE_VERB_RE.search(found[0]) or (len(words) > 1 and words[0].lower() in
                                           CLAUSE_PRONOUNS) or _name_then_verb(words):
        return False
    return INVERTED_TAIL_RE.match(text, found[1] + len(found[0]), end) is not None


def _name_then_verb(words: list[str]) -> bool:
    """A capitalised word followed by a past tense ('..., said Gates described the
    role'): a clause with its own subject and verb, no speaker after the cue."""
    return any(before[:1].isupper() and word.islower() and (word.endswith("ed")
                                                            or word in IRREGULAR_PAST)
               for before, word in itertools.pairwise(words))


# A name read after an inverted cue has at most this many words ('Dante Scala',
# 'Sen. John McCain').
MAX_NAME_WORDS = 5


def is_name(phrase: str) -> bool:
    """Capitalised words only (particles apart), at most MAX_NAME_WORDS: 'Dante Scala',
    not 'the Khan family deserved better'."""
    words = phrase.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(
        w[:1].isupper() or w in NAME_PARTICLE_WORDS for w in words)


# What may follow 'CLAUSE, X said' in the same sentence: an aside opened by a
# preposition or time word ('in an interview on Saturday', 'earlier this week', 'in
# posing the question to Christie'), or a semicolon closing the report ('...,
# analysts say; in 2012, ...'). Source: news attribution syntax.
ASIDE_RE = re.compile(
    r"(?:in|on|at|during|via|through|from|last|earlier|this"
    r"|late|early|according|citing)\b(?!\s+(?:least|most|all|first|last)\b)[^;:]{0,80}$",
    re.IGNORECASE)
# The person told, then such an aside ('told the court in his filing', 'told his
# advisers as he worked'): the person in at most four words.
TOLD_ASIDE_RE = re.compile(r"(?:[\w’'.-]+\s+){1,4}?(?:in|on|at|during|as|while)\s[^;:]{0,80}$",
                           re.IGNORECASE)


def trailing_aside(text: str, c_end: int, after: tuple[int, int], end: int,
                   cue: str = "") -> bool:
    """The words after 'CLAUSE, X said' (after: what the rules would take for its content)
    are an aside or a new clause after a semicolon, not what X said. After a finite
    speech verb they are read from the cue too, since the rules' content skips an
    aside's first word ('said in an interview', 'told the court in his filing')."""
    if text[c_end:end].lstrip().startswith(";"):
        return True
    if text.startswith("that", after[0]):
        return False  # 'said on Monday that ...': the content
    tails = [text[after[0]:after[1]]]
    if cue.lower() in SPEECH_VERBS and not cue.lower().endswith("ing"):
        tails.append(text[c_end:after[1]].strip())
    if any(ASIDE_RE.match(t) and not CLAUSE_VERB_RE.search(t) for t in tails):
        return True
    return cue.lower() in OBJECT_CUES and TOLD_ASIDE_RE.match(tails[-1]) is not None \
        and CLAUSE_VERB_RE.search(tails[-1]) is None


# A subject with an appositive or aside holds at least two commas ('Roe, a lawyer,');
# a cue followed by a comma is an aside (', say,') and one followed by 'by' a passive
# participle (', accused by the government of ...').
APPOSITIVE_COMMAS = 2
UNNAMED_NOT_AFTER_RE = re.compile(r",|\s+by\b")


def inverted_statement(text: str, sent: Sentence, cue: tuple[str, int, int],
                       content: tuple[int, int], min_words: int,
                       name_only: bool = False) -> Raw | None:
    """'CLAUSE, said X' (content: the clause): only a finite speech cue inverts (a
    finding, belief or position never does: bot.cues.report_kind; nor a cue taking the
    one told, content_start.OBJECT_CUES: 'told X' names the listener), and X must be
    a noun phrase that ends there (inverted_subject_ends); name_only: X must be a name
    said by a speech verb ('..., said Dante Scala, a professor'), not 'Sanders, who
    had said ..., criticized Clinton on two fronts'."""
    word, c_start, c_end = cue
    if cues.report_kind(word) != "speech":
        return None  # 'The poll, released Tuesday, showed Roe leading': no inversion
    if word.lower() in OBJECT_CUES:
        return None  # '..., his top aide, Tad Devine, told The Huffington Post': the one told
    found = subject_after(text[c_end:sent.end], c_end)
    if found is None or not inverted_subject_ends(text, found, sent.end):
        return None
    if name_only and not (is_name(found[0]) and word.lower() in SPEECH_VERBS):
        return None
    if len(text[content[0]:content[1]].split()) < min_words:
        return None
    clause = text[sent.start:content[0]] + " " + text[content[1]:sent.end]
    return Raw("indirect", [content], sent.para, (sent.start, sent.end), cue=word,
               cue_pos=c_start, subject=found[0], subject_pos=found[1],
               clause=clause).chose("content-then-cue-subject")


def unnamed_subject_statement(text: str, sent: Sentence, cue: tuple[str, int, int],
                              content: tuple[int, int], min_words: int) -> Raw | None:
    """'Trump's Indiana chairman, Rex Early, a former state party chairman, said he
    hasn't explored ...': a subject with an appositive or aside the rules cannot read
    before a cue that is no inversion: the content after the cue, naming nobody."""
    word, c_start, c_end = cue
    if (text[sent.start:c_start].count(",") < APPOSITIVE_COMMAS
            or word.split()[0].lower() not in REPORTING_CUES
            or UNNAMED_NOT_AFTER_RE.match(text, c_end, c_end + 4)
            or len(text[content[0]:content[1]].split()) < min_words):
        return None
    raw = Raw("indirect", [content], sent.para, (sent.start, sent.end), cue=word,
              cue_pos=c_start, clause=text[sent.start:content[0]])
    raw.learned = True  # names nobody and leaves no state, like an 'Asked' question
    return raw.chose("unnamed-subject-cue-content")
