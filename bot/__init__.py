"""On Record core: article parsing, statement extraction, store, search and rendering.

Nothing in this package imports telegram or handlers (tests/test_layers.py checks it);
the one exception is the composition root in bot/cli.py, which imports handlers lazily.
"""

__version__ = "0.1.0"
