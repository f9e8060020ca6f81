"""The data that flows through On Record, as pydantic models.

article text -> Article -> Extraction (statements, speakers, topic aliases)
-> store -> StoredStatement -> search -> SearchOutcome -> rendered card.
Nothing here knows about Telegram or SQL.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

Kind = Literal["direct", "partial", "indirect"]


class Paragraph(BaseModel):
    """One paragraph of an article body; offsets index into Article.text."""

    index: int
    start: int
    end: int
    text: str


class Article(BaseModel):
    """A parsed article: metadata plus the original text, unchanged."""

    title: str
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: datetime | None = None
    dateline_place: str | None = None
    dateline_date: date | None = None
    text: str
    paragraphs: list[Paragraph]
    content_hash: str

    @property
    def reference_date(self) -> date | None:
        """The date relative expressions ("on Tuesday") are read against."""
        if self.dateline_date is not None:
            return self.dateline_date
        return self.published.date() if self.published else None


class Speaker(BaseModel):
    """A person or organisation quoted in an article."""

    name: str
    title: str | None = None
    aliases: list[str] = Field(default_factory=list)
    is_org: bool = False


class Statement(BaseModel):
    """One attributed statement as extracted from one article.

    `quote` is the attributed content; for a quote split around its cue the
    fragments are joined with one space. `spans` are the fragments' offsets
    into Article.text (end exclusive), in order.
    """

    speaker: str | None
    speaker_title: str | None = None
    # How the article named the speaker at this statement ("the senator", "Mrs. Clinton").
    speaker_mention: str | None = None
    kind: Kind
    quote: str
    context: str
    said_on: date | None = None
    cue: str | None = None
    channel: str | None = None
    spans: list[tuple[int, int]]
    # The statement as every card shows it (bot.extraction.display): a quotation in
    # marks, its parts as the article has them or joined with an ellipsis; reported
    # speech as a clause with its cue, in the article's words.
    display: str = ""
    # A period when the article gives one but not the day ('in August', 'last week'),
    # inclusive; said_on is set only when the day itself is known.
    said_from: date | None = None
    said_to: date | None = None
    # The names of the rules that chose the span, kind, speaker and date (--explain).
    trace: dict[str, str] = Field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


class Extraction(BaseModel):
    """Everything extracted from one article."""

    article: Article
    statements: list[Statement]
    speakers: list[Speaker]
    topic_aliases: dict[str, str] = Field(default_factory=dict)


class StoredStatement(BaseModel):
    """A statement as read back from the store, with its article's metadata."""

    id: int
    article_id: int
    speaker_id: int | None = None
    speaker: str | None
    speaker_title: str | None = None
    kind: Kind
    quote: str
    context: str
    said_on: date | None = None
    said_from: date | None = None
    said_to: date | None = None
    channel: str | None = None
    cue: str | None = None
    display: str | None = None
    source: str | None = None
    published: datetime | None = None
    url: str | None = None
    article_title: str
    # The stemmed words of quote and context joined by spaces (bot.text.stems),
    # as stored at load time; None for statements stored before they were.
    quote_words: str | None = Field(default=None, exclude=True, repr=False)
    context_words: str | None = Field(default=None, exclude=True, repr=False)


class SpeakerRecord(BaseModel):
    """A speaker as kept in the store, across articles."""

    id: int
    name: str
    titles: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    statement_count: int = 0


class LoadResult(BaseModel):
    """What happened when one article was offered to the store."""

    article_id: int
    title: str
    created: bool
    statement_count: int
    speakers: list[str] = Field(default_factory=list)


class ArticleSummary(BaseModel):
    """One line of the article list."""

    id: int
    title: str
    source: str | None = None
    published: datetime | None = None
    url: str | None = None
    statement_count: int = 0


class StoreStats(BaseModel):
    articles: int
    statements: int
    speakers: int
    last_load: datetime | None = None


class Hit(BaseModel):
    """One result. The same quote reported by several articles is one hit: `sources`
    names every outlet that reported it (the hit's own first), `duplicate_ids` the
    other statements grouped under it."""

    statement: StoredStatement
    score: float
    sources: list[str] = Field(default_factory=list)
    duplicate_ids: list[int] = Field(default_factory=list)


class SearchOutcome(BaseModel):
    """The reply model: what a query found, or why nothing was found.

    `hits` holds the page asked for; `total` counts every relevant result.
    `notice` is a user-facing sentence when nothing (relevant) was found,
    e.g. "No statement by Zelensky found.".
    """

    query: str
    hits: list[Hit] = Field(default_factory=list)
    total: int = 0
    offset: int = 0
    notice: str | None = None
