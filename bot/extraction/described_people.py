"""People a sentence's subject describes without a name ('The woman disputes ...', 'Her
husband said ...'): rule 'described-subject-blocks'. Such a subject is the salient
person of its sentence, so a later 'she' or 'he' refers to it, not to the last person
named: the statement is left unattributed (salience.antecedent finds nobody), never
given to a name the pronoun does not mean ('The woman disputes ... She had been
hospitalized ...' is not the reporter named before). Not when the sentence names a
person too ('The woman ... identified herself as a resident named Caroline')."""

from __future__ import annotations

import re

from bot.extraction.lexicon import PERSON_NOUN_GENDER
from bot.extraction.mentions import Resolved
from bot.extraction.quotes import Sentence

GENDER = PERSON_NOUN_GENDER
# A determiner, up to two lowercase modifiers and the noun opening a sentence, then a
# lowercase word (its verb): 'The woman disputes', 'Her husband, 58, said' is left out
# (a comma: maybe an appositive naming him).
DESCRIBED_RE = re.compile(
    r"(?:The|A|An|His|Her|Their|This|That|My|Our|Your)\s+(?:[a-z-]+\s+){0,2}("
    + "|".join(GENDER) + r")\s+(?!of\b|named\b|called\b)[a-z]")


def described_subjects(text: str, sentences: list[Sentence]) -> list[tuple[int, int, str]]:
    """(sentence index, offset, gender) of each sentence opening, in narration, with a
    gendered description as its subject."""
    out = []
    for idx, sent in enumerate(sentences):
        if sent.quotes and sent.quotes[0].open_at <= sent.start + 1:
            continue  # opens with a quotation
        lead = len(text[sent.start:sent.end]) - len(text[sent.start:sent.end].lstrip())
        m = DESCRIBED_RE.match(text, sent.start + lead, sent.end)
        if m:
            out.append((idx, m.start(), GENDER[m[1]]))
    return out


NOBODY = Resolved(None)
