"""`onrecord timeline SPEAKER [TOPIC] [--json]`: a speaker's statements in the order said
(bot/timeline.py), as plain text cards or JSON (bot/timeline_render.py has the format)."""

from __future__ import annotations

import json
import sys

from bot.commands import read_seeded_store
from bot.config import Settings
from bot.timeline import build_timeline
from bot.timeline_render import render_timeline_text, timeline_json

EXIT_OK, EXIT_REFUSED = 0, 1


async def cmd_timeline(settings: Settings, speaker: str, topic: str | None,
                       as_json: bool) -> int:
    if not speaker.strip():
        print("timeline: refused: no speaker named", file=sys.stderr)
        return EXIT_REFUSED
    timeline = await read_seeded_store(settings,
                                       lambda store: build_timeline(store, speaker, topic))
    if as_json:
        print(json.dumps(timeline_json(timeline), ensure_ascii=False, indent=2))
    else:
        print(render_timeline_text(timeline))
    return EXIT_OK
