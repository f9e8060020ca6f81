"""Search: query text -> SearchOutcome.

OWNER: store/search helper.
"""
