"""The `onrecord` subcommands other than `run`, `chat` and `ask` (see bot/cli.py)."""
