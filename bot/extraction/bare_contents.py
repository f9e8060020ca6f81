"""A reported content that reports nothing: a bare adjunct after a verb of saying.

'Roe shouted to the crowd.' does not report anything Roe shouted: 'to the crowd' is
whom he shouted to. 'Roe testified before the panel last fall', 'Roe tweeted back at
Doe', 'supporters think warmly back to 2008', 'Roe attacked him viciously': the words
after the cue say where, when, to whom or how, never what. The statement is dropped
(collect.py) when one of the BARE_CONTENT_RULES below reads its content, in order.

Only cues whose content is a clause or an object (PLAIN_CUES): after 'referring to',
'pointed to', 'railed against' or 'called for' the phrase is what PolNeAR's gold
counts as said. A topic ('spoke about the economy', 'testified before the panel about
her emails') is kept: the gold counts it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import CLAUSE_VERBS, DETERMINERS, SUBJECT_PRONOUNS, words
from bot.extraction.raw import Raw

# Verbs whose report is a clause or an object, never a prepositional phrase: a phrase
# after them is an adjunct of the telling. Source: English verbs of saying.
PLAIN_CUES = words("""say says said saying tell tells told telling shout shouts shouted
shouting yell yells yelled yelling tweet tweets tweeted tweeting write writes wrote
writing testify testifies testified testifying add adds added adding state stated
declare declares declared announce announces announced explain explains explained
remark remarked report reports reported reporting speak speaks spoke speaking joke
jokes joked attack attacks attacked think thinks thought""")
# Prepositions and particles that open an adjunct of place, time, hearer or manner;
# not 'about', 'of', 'on', 'upon', 'against' (a topic or a stance: 'remarked upon a
# story'), not 'out' ('shouted out an insult': a particle and its object). Source:
# English prepositions.
ADJUNCT_OPENERS = words("""to at in back with for from into over under after before
during through around across by down since until amid among toward towards""")
# Words that show the content holds a topic or a clause after all: a topic preposition,
# a complementizer, a subject pronoun, a finite verb. Source: English function words.
CLAUSE_SIGNS = words("""about regarding concerning of that whether if how why what when
where who which i you he she it we they there is are was were be been has have had will
would can could should may might must do does did""")
# Subordinators opening a clause of time or reason; not 'when', 'as', 'if' ('has not
# said when he will leave': an indirect question). Source: English subordinators.
SUBORDINATORS = words("before after while until because although though once whereas")
# Nouns of people told after 'to' ('said to reporters'): no infinitive.
HEARER_NOUNS = words("reporters supporters journalists voters him them me us")
# Irregular pasts that end a short clause ('in 2014 crime fell', 'after he left').
PASTS = words("fell rose grew left knew felt stood sat lay led fled hit cut set rang")
# A quotation mark or a comma, semicolon or colon: more than a phrase follows.
MORE_RE = re.compile(r"[\"“”‘’,;:]|''")
WORD_RE = re.compile(r"[\w'’.-]+")


def _words(content: str) -> list[str]:
    return [w.strip(".") for w in WORD_RE.findall(content) if w.strip(".")]


def _adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 3


def _plain(words_: list[str]) -> bool:
    """No sign of a topic or a clause: no CLAUSE_SIGNS word, no finite verb (a past in
    -ed, a common irregular past: 'said in 2014 crime fell')."""
    return not any(w.lower() in CLAUSE_SIGNS or w in CLAUSE_VERBS or w in PASTS
                   or (w.islower() and w.endswith("ed")) for w in words_)


def _adverbs_only(words_: list[str]) -> bool:
    return bool(words_) and all(_adverb(w) for w in words_)


def _adjunct_phrase(words_: list[str]) -> bool:
    i = 0
    while i < len(words_) and _adverb(words_[i]):
        i += 1
    if i >= len(words_) or words_[i].lower() not in ADJUNCT_OPENERS:
        return False
    nxt = words_[i + 1] if i + 1 < len(words_) else ""
    # 'told Roe to quiet down': an infinitive is a clause, the request reported
    return not (words_[i].lower() == "to" and nxt.isalpha() and nxt.islower()
                and nxt not in DETERMINERS and nxt not in HEARER_NOUNS)


def _adverbial_clause(words_: list[str]) -> bool:
    """'as Roe said before he died': a clause of time or reason after the cue (its
    subject a pronoun; 'said after the convention he would ...' goes on to a clause), with
    no 'that' clause in it, is when or why Roe spoke, not what Roe said."""
    return len(words_) > 2 and words_[0].lower() in SUBORDINATORS and \
        words_[1].lower() in SUBJECT_PRONOUNS and not any(w.lower() == "that" for w in words_)


def _plain_adverbs(words_: list[str]) -> bool:
    return _plain(words_) and _adverbs_only(words_)


def _plain_phrase(words_: list[str]) -> bool:
    return _plain(words_) and _adjunct_phrase(words_)


# (name, test of the content's words), in the order tried.
BARE_CONTENT_RULES: tuple[tuple[str, Callable[[list[str]], bool]], ...] = (
    # Only a clause of time or reason with a pronoun subject: 'said before he died',
    # 'I write because I am ...'; not 'said after the convention he would ...', not
    # 'testified before the panel about ...', not 'said before he left that ...'.
    ("adverbial-clause-only", _adverbial_clause),
    # Only adverbs: 'Trump attacked him viciously' -> 'viciously'; not 'reported
    # unusually high lead levels' (an object after the adverb).
    ("adverb-only", _plain_adverbs),
    # Only a phrase of place, time, hearer or manner: 'shouted to the crowd', 'think
    # warmly back to 2008', 'testified before the panel last fall'; not 'told Roe to
    # quiet down' (an infinitive), not 'spoke about the economy' (a topic), not
    # 'shouted out an insult' (a particle and its object).
    ("prepositional-phrase-only", _plain_phrase),
)


def bare_content(cue: str | None, content: str) -> str | None:
    """The rule that reads content (after a plain cue of saying) as reporting nothing,
    or None."""
    if cue is None or cue.split()[0].lower() not in PLAIN_CUES or MORE_RE.search(content):
        return None
    found = _words(content)
    return next((name for name, rule in BARE_CONTENT_RULES if rule(found)), None)


def says_nothing(text: str, raw: Raw) -> bool:
    """A reported statement whose content (once cut) reports nothing: 'Roe shouted to
    the crowd.'"""
    content = " ".join(text[a:b] for a, b in raw.spans)
    return raw.kind == "indirect" and bare_content(raw.cue, content) is not None
