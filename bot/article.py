"""Article parsing: plain text (or Markdown-ish text) -> Article.

OWNER: extraction helper. Interface (keep it):

    class ArticleError(ValueError): a user-facing message naming what is missing.
    def parse_article(text: str, *, source: str | None = None, url: str | None = None,
                      published: datetime | date | None = None,
                      title: str | None = None) -> Article
"""
