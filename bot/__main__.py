"""`python -m bot` is the same as the `onrecord` console script."""

from bot.cli import main

raise SystemExit(main())
