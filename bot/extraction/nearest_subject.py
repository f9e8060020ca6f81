"""The subject of the clause a learned cue sits in, when the sentence's opening noun
phrase is not it (speaker rule 'nearest-clause-subject').

The learned cue model finds cues the rules do not read ('decried', 'took to Twitter
to say', 'has promised'); learned_cues.build gives its statement the sentence's
subject, and none when the sentence opens with a long phrase ('As the race turned
to ..., Clinton has increasingly decried ...'), a dateline ('WASHINGTON — Sen. Roe
(R-Iowa) on Wednesday downplayed ... and said'), an appositive ('Carl Roe, a law
professor at ..., has been pushing for') or a subordinate clause ('when Rubio
thanked Miami and said'). Then the subject is the nearest name before the cue that
stands as a subject: opening the sentence or a clause (after a comma, a dash or a
subordinator), followed by its verb (any lowercase word that is not a preposition,
conjunction or relative), after at most a party tag, an appositive or a weekday.

It names nobody when the clause from that verb to the cue may have another subject
(a comma not followed by 'and', 'but', 'then' or the cue; a relative pronoun: 'Tom
told Ann, who answered the door and said'); when the cue is no verb ('his claim') or
passive ('is expected', 'when asked'); when the name is a possessive ('Roe's son,
Grant, defended'), a pronoun, or inside a noun phrase ('The Sanders campaign'). A
name found is vetted like any learned subject (learned_speakers.py).
"""

from __future__ import annotations

import re

from bot.extraction.clause_openings import opens_clause
from bot.extraction.heads import PREPOSITIONS, is_person_noun
from bot.extraction.lexicon import DETERMINERS, IRREGULAR_PAST, words
from bot.extraction.mentions import Resolved
from bot.extraction.names import gender_of_name

# The speaker rule's name in the trace.
NEAREST_SUBJECT = "nearest-clause-subject"
# A name run: capitalised words, with 'of'/'the' inside ('Secretary of State John Roe').
NAME_RE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w.'’-]*\s+(?:(?:of|the)\s+)?){0,5}[A-Z][\w'’-]*\w")
# What may follow the name before its verb: a party tag '(R-Iowa)', an appositive between
# commas (a quotation inside only when it closes it: 'the hacker known as "Guccifer,"'),
# the comma before an adverb ('Sen. Roe, also praised'), a weekday ('on Wednesday').
AFTER_NAME_RE = re.compile(r"(?:\s*\([^()\n]{1,25}\))?"
                           r"(?:,\s+[^,;:\"“”\n]{1,90},|,\s+[^,;:\n]{1,60}(?:,[\"”]|[\"”],|,''|'',)"
                           r"|,(?=\s+[a-z]+ly\b|\s+also\b))?"
                           r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
                           r"\s+([a-z][\w'’-]*)")
# Lowercase words after a name that are not its verb ('Trump and', 'Roe of', 'Roe who').
NOT_VERBS = words("""and or nor but of in to for on at with from by as than that who whom
whose which into about over under between against like per via versus vs the a an""")
# Capitalised words that open a clause, not a name ('But Reid', 'When Trump').
OPENERS = words("but and so yet when while as although though if after before since then")
# A reflexive after a name stresses it ('Roe herself has proposed').
REFLEXIVES = words("himself herself themselves itself")
# Capitalised pronouns: what they stand for is the pronoun rules' business.
PRONOUNS = words("he she they it we i you")
# Forms of be: a cue after one, or opening it, is passive or an adjective ('is
# expected', 'was seen'); a reduced clause after a subordinator too ('when asked').
BE_FORMS = words("is are was were be been being am")
PASSIVE_OPENERS = BE_FORMS | words("when if after before once unless while")
# Words before a cue that make it a verb: 'to', an auxiliary or a modal, a negation.
VERB_MARKERS = words("""to do does did don't doesn't didn't don’t doesn’t didn’t will would
can could should may might must has have had not never""")
# What may follow a comma between the subject's verb and the cue: the clause goes on
# with a conjunction and a verb of the same subject ('..., but said').
GOES_ON_RE = re.compile(r"\s*(?:and|but|then)(?:\s+([a-z][\w'’]*)|\s*$)")
# Closing quotation marks after a comma that ends a quoted word ('a "liar," and said').
CLOSING_MARKS = "”’\"'"
# Words between the subject's verb and the cue that give the cue another subject: a
# relative or subject pronoun, an expletive ('who answered the door and said', 'it's
# fair to say'), a participle opening a reduced clause ('a heckler trying to ask').
OTHER_SUBJECT_RE = re.compile(r"\b(?:who|which|whom|he|she|they|we|it['’]s)\b"
                              r"|(?:\b([a-z]+)\s+)?\b([a-z]{3,}(?<!th)ing)\b")
# Words after which an -ing word opens no clause: prepositions (a gerund) and articles or
# demonstratives (it modifies a noun: 'this struggling town'). Source: English grammar.
NO_CLAUSE_BEFORE = PREPOSITIONS | words("the a an this that these those")
# Words in -ing that are prepositions, never a participle opening a clause ('during
# a forum ... and said'). Source: English prepositions.
ING_PREPOSITIONS = words("during including regarding concerning according notwithstanding")
# How far back from the cue a subject is looked for.
MAX_DISTANCE = 300
# Verbs that give an infinitive after their object that object as its subject ('Roe
# allowed her staff to think', 'urged voters to say'): a cue after 'to' with one of
# them between is the object's. Source: English object-control verbs.
OBJECT_CONTROL = words("""allow allows allowed ask asks asked urge urges urged tell tells
told lead leads led force forces forced persuade persuades persuaded encourage encourages
encouraged cause causes caused push pushes pushed press presses pressed invite invites
invited prompt prompts prompted convince convinces convinced require requires required
get gets got help helps helped""")
# A name's appositive right before the cue, with a party tag before it ('Ed Roe (D), a
# Clinton supporter, praised'): the comma before the cue closes the appositive, and
# the cue is the name's verb, not a participle clause (nearest_subject._passive).
APPOSITIVE_BEFORE_RE = re.compile(r"(?:\s*\([^()\n]{1,25}\))?,\s+(?:a|an|the)\s+"
                                  r"[^,;:\"“”()\n]{1,90},\s*$")
# The subject's own verb in the passive ('Roe was supported by 42 percent of those
# responding'): a form of be, adverbs aside, then a participle; the cue is another's.
PASSIVE_VERB_RE = re.compile(r"(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?"
                             r"(?:[a-z]+ed|known|seen|shown|given|taken|held|told|"
                             r"thought|found|made)\b")


def nearest_subject(text: str, start: int, cue: str, cue_pos: int) -> tuple[str, int] | None:
    """(phrase, position) of the nearest name in text[start:cue_pos] standing as the
    subject of the cue's clause (see the module doc), or None."""
    start = max(start, cue_pos - MAX_DISTANCE)
    appositive = APPOSITIVE_BEFORE_RE.search(text, start, cue_pos)
    if _passive(text, start, cue, cue_pos) and appositive is None:
        return None
    for m in reversed(list(NAME_RE.finditer(text, start, cue_pos))):
        if appositive is not None and m.end() != appositive.start():
            continue  # ', a Clinton supporter, praised': only the appositive's name
        after_that = _after_that(text, start, m.start())
        if not (after_that or opens_clause(text[start:m.start()])):
            continue
        after = AFTER_NAME_RE.match(text, m.end(), cue_pos + 1)
        if after and is_person_noun(after[1]):
            continue  # 'the former Pennsylvania governor': a description, no verb
        if after and after[1] not in NOT_VERBS and after.start(1) <= cue_pos:
            if after_that and not _own_verb(text[after.start(1):cue_pos]):
                return None
            return _vetted(text, m, after.start(1), cue, cue_pos)
    return None


def _after_that(text: str, start: int, at: int) -> bool:
    """'that' right before the name ('Now that Roe has claimed', 'the matter that Roe
    herself has proposed')."""
    return text[max(start, at - 5):at] == "that "


def _own_verb(between: str) -> bool:
    """Only auxiliaries, adverbs or a reflexive between the name and the cue: the cue
    is the name's own verb in its 'that' clause ('that Roe has ridiculously claimed'),
    not a later verb of the sentence ('the lead that Roe enjoyed was cut ... showed',
    'accusations that Roe recites ..., calling')."""
    return all(w in VERB_MARKERS or w in REFLEXIVES or w.endswith("ly") or w in
               ("also", "now", "already", "just", "even", "still")
               for w in between.lower().split())


def _vetted(text: str, m: re.Match[str], verb: int, cue: str,
            cue_pos: int) -> tuple[str, int] | None:
    """The name m, with an opener dropped ('But Reid'), if it can be the subject and
    the clause from its verb runs on to the cue."""
    name, pos = m[0], m.start()
    first = name.split()[0]
    if first.lower() in OPENERS and len(name.split()) > 1:
        pos += len(first) + 1
        name = name[len(first) + 1:].lstrip()
        first = name.split()[0]
    if (name.endswith(("'s", "’s")) or name.lower() in PRONOUNS | OPENERS
            or first.lower() in DETERMINERS | PREPOSITIONS):
        return None
    between = text[verb:cue_pos]
    if _other_subject(between) or not _runs_on(between):
        return None
    if PASSIVE_VERB_RE.match(between) or _object_control(between):
        return None
    if _progressive(between, cue) and between.split()[0] not in BE_FORMS | VERB_MARKERS:
        return None  # 'Democratic party leaders are admitting': 'party' is no verb
    if not _verb(text, verb, cue, cue_pos):
        return None
    return name, pos


def _other_subject(between: str) -> bool:
    """A relative or subject pronoun, or a participle opening a reduced clause, between
    the subject's verb and the cue; an -ing word after a preposition is a gerund ('had
    served in Vietnam - "13 months in living hell" - and said'), and 'during' or
    'including' a preposition: no other subject, nor after 'this' ('this struggling
    town'); after a possessive it may have its own agent ('his saying that ...')."""
    for m in OTHER_SUBJECT_RE.finditer(between):
        if m[2] is None or (m[2] not in ING_PREPOSITIONS and m[1] not in NO_CLAUSE_BEFORE):
            return True
    return False


def _runs_on(between: str) -> bool:
    """Each comma between the subject's verb and the cue goes on with 'and', 'but',
    'then' or the cue itself (after adverbs): no other subject comes in."""
    for k in (i for i, ch in enumerate(between) if ch == ","):
        rest = between[k + 1:].lstrip(CLOSING_MARKS)  # 'called Roe a "liar," and said'
        conj = GOES_ON_RE.match(rest)
        if not ((conj and (conj[1] is None or _verb_like(conj[1])))
                or all(w.endswith("ly") for w in rest.split())):
            return False
    return True


def _object_control(between: str) -> bool:
    """The cue is an infinitive ('to think') after an object-control verb with its
    object ('allowed her staff to think'), not right after it ('asked to say')."""
    low = between.lower().split()
    if not low or low[-1] != "to":
        return False
    return any(w in OBJECT_CONTROL and low[k + 1:k + 2] != ["to"]
               for k, w in enumerate(low[:-1]))


def _verb_like(word: str) -> bool:
    """'said', 'told', 'has', 'also': a verb, an auxiliary or an adverb, not the start
    of a noun phrase ('but neither man')."""
    return (word in VERB_MARKERS or word in IRREGULAR_PAST
            or word.endswith(("ed", "ing", "ly", "s")))


def _words_before(text: str, start: int, cue_pos: int) -> list[str]:
    return [w.lower() for w in text[max(start, cue_pos - 40):cue_pos].split()]


def _passive(text: str, start: int, cue: str, cue_pos: int) -> bool:
    """'is expected', 'was seen', 'when asked', ', asked about': a be-form opening the
    cue or before it (adverbs between), a subordinator (adverbs between) or a comma
    right before it."""
    if cue.split()[0].lower() in BE_FORMS:
        return True
    words_before = _words_before(text, start, cue_pos)
    if words_before and words_before[-1].endswith(",") and cue.endswith("ed"):
        return True  # '"...," Roe said, asked about it': a participle clause, passive
    if _progressive(" ".join(words_before), cue):
        return False  # 'was apparently referring to': not passive
    before = [w for w in words_before if not w.endswith("ly")]
    return bool(before) and before[-1] in PASSIVE_OPENERS


def _progressive(before: str, cue: str) -> bool:
    """A cue in -ing after a form of be, adverbs aside ('was apparently referring')."""
    words_before = [w for w in before.lower().split() if not w.endswith("ly")]
    return (bool(words_before) and words_before[-1] in BE_FORMS
            and cue.split()[0].lower().endswith("ing"))


def _verb(text: str, verb: int, cue: str, cue_pos: int) -> bool:
    """The cue is a verb: a past or participle form ('decried', 'calling'), an
    irregular past ('told'), after 'to', an auxiliary or a modal ('to say', 'doesn't
    recognize'), or an -s form that is the subject's own verb after adverbs only
    ('regularly promotes'); not a noun ('his claim', 'faced criticism')."""
    word = cue.split()[0].lower()
    if word.endswith(("ed", "ing")) or word in IRREGULAR_PAST:
        return True
    before = _words_before(text, verb, cue_pos)
    if before and before[-1] in VERB_MARKERS:
        return True
    return word.endswith("s") and all(w.endswith("ly") for w in before)


def lone_name_fits(phrase: str, who: Resolved) -> bool:
    """A one-word subject found this way ('Clinton', 'European leaders') names the
    person it resolves to only when that person's given name is known ('Hillary
    Clinton'), not a run the registry took for a name ('Central European')."""
    if len(phrase.split()) > 1 or who.name is None:
        return True
    return not who.is_org and gender_of_name(who.name) is not None
