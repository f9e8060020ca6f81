"""Statement extraction: Article -> Extraction.

OWNER: extraction helper. Interface (keep it):

    def extract(article: Article) -> Extraction
"""
