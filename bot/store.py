"""The store: the only module that touches SQL.

OWNER: store/search helper. Interface (keep it): see the helper brief.
"""
