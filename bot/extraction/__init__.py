"""Statement extraction: Article -> Extraction.

    def extract(article: Article) -> Extraction

Pipeline: sentences and quotations per paragraph (quotes.py) -> direct and
partial quotes with their attribution (direct.py) and reported speech
(reported.py) -> block quotations after a colon (block_quotes.py) -> speakers
resolved in text order (speakers.py) -> said_on and channel (dates.py,
channels.py) -> acronyms (acronyms.py) -> one speaker per person
(article_speakers.py).
"""

from __future__ import annotations

from bot.extraction.acronyms import topic_aliases
from bot.extraction.article_speakers import one_speaker_each
from bot.extraction.block_quotes import block_quotations
from bot.extraction.collect import collect, sentences
from bot.extraction.headline import no_source
from bot.extraction.resolve import build_statements
from bot.extraction.transcripts import transcript_turns
from bot.models import Article, Extraction


def extract(article: Article) -> Extraction:
    """Every attributed statement of an article, with speakers and dates."""
    try:
        sents = sentences(article)
        raws = block_quotations(article, sents, collect(article, sents))
        raws = transcript_turns(article, raws)  # 'TAPPER: Do you think ...'
        statements, speakers = build_statements(article, raws, sents)
        statements = [s for s in statements if not no_source(s)]
        aliases = topic_aliases(article.text)
        speakers = one_speaker_each(article, statements, speakers, aliases)
    except (RecursionError, MemoryError):  # pathological input: nothing extracted
        statements, speakers, aliases = [], [], {}
    return Extraction(article=article, statements=statements, speakers=speakers,
                      topic_aliases=aliases)
