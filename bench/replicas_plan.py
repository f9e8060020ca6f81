"""What the users of bench/replicas.py do, and when: a seeded, open-loop schedule.

Over `duration` seconds, 50 users (ids FIRST_USER...) and 5 groups (GROUP_IDS):
    groups    each group gets GROUP_RATE questions a minute, evenly spaced, alternately
              `/ask QUERY` and `@Bot QUERY` (a mention), from the users in turn; the
              group's queries rotate through GROUP_QUERIES (48 distinct ones), so the same
              query comes back to a group only minutes later (never inside its 60 s
              cooldown, which would rightly leave it unanswered)
    the rest  per user, spread evenly over the run with jitter: private questions, inline
              queries (INLINE_SHARE), button presses on the user's latest answer
              (CALLBACK_SHARE; a press with no answer to press on yet becomes a question)
A user sends about 20 updates in 150 s, under the per-user flood limit (8 at once,
20 a minute), and a group GROUP_RATE a minute, under Telegram's 20 a minute per group,
so that every update is owed an answer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST_USER = 810_000
USERS = 50
GROUP_IDS = tuple(-1_000_900_000 - i for i in range(5))
GROUP_RATE = 18  # questions a minute in each group
INLINE_SHARE = 0.125
CALLBACK_SHARE = 0.05

PRIVATE_QUERIES = (
    "what did Hegseth say on NATO", "Hegseth NATO", "hegset nato",
    "what did Hegseth say about troops", "who said the war must end soon",
    "what did Zelensky say", "Hegseth on Crimea", "the defense secretary on Ukraine",
    "who ruled out NATO membership", "did Hegseth talk about Russia",
    "what did Hegseth say about peacekeepers", "Hegseth on Article 5",
    "what did Hegseth say about climate change", "Hegseth Europe in February",
    "who said security guarantees", "the Pentagon chief on borders",
)
INLINE_QUERIES = ("heg", "hegseth na", "hegseth nato", "who said nato", "hegseth troops",
                  "defense secretary ukraine", "zelensky")
SPEAKERS = ("Hegseth", "Pete Hegseth", "the defense secretary", "hegset", "Zelensky",
            "Trump")
TOPICS = ("NATO", "Ukraine", "troops", "Crimea", "Russia", "peacekeepers", "Europe",
          "borders")
GROUP_QUERIES = tuple(f"{speaker} on {topic}" for topic in TOPICS for speaker in SPEAKERS)


@dataclass(frozen=True)
class Event:
    at: float  # seconds after the start
    kind: str  # private, ask, mention, inline, callback
    user: int
    text: str = ""
    chat: int = 0  # the group, for ask and mention


def group_events(duration: float, users: list[int]) -> list[Event]:
    events = []
    gap = 60.0 / GROUP_RATE
    for g, chat in enumerate(GROUP_IDS):
        count = int(duration / gap)
        for k in range(count):
            query = GROUP_QUERIES[(k + 7 * g) % len(GROUP_QUERIES)]
            user = users[(k * len(GROUP_IDS) + g) % len(users)]
            kind = "ask" if k % 2 == 0 else "mention"
            at = (k + g / len(GROUP_IDS)) * gap
            events.append(Event(at, kind, user, query, chat))
    return events


def user_events(duration: float, users: list[int], total: int, rng: random.Random
                ) -> list[Event]:
    kinds = (["inline"] * round(total * INLINE_SHARE) + ["callback"] * round(
        total * CALLBACK_SHARE))
    kinds += ["private"] * (total - len(kinds))
    rng.shuffle(kinds)
    per_user: dict[int, list[str]] = {user: [] for user in users}
    for i, kind in enumerate(kinds):
        per_user[users[i % len(users)]].append(kind)
    events = []
    for user, mine in per_user.items():
        if mine and mine[0] == "callback":  # something to press on first
            mine[0] = "private"
        step = duration / max(1, len(mine))
        for j, kind in enumerate(mine):
            at = (j + 0.3 + 0.4 * rng.random()) * step
            pool = INLINE_QUERIES if kind == "inline" else PRIVATE_QUERIES
            events.append(Event(at, kind, user, rng.choice(pool)))
    return events


def plan(total: int, duration: float, seed: int = 13) -> list[Event]:
    """`total` events over `duration` seconds, in time order."""
    rng = random.Random(seed)
    users = [FIRST_USER + i for i in range(USERS)]
    groups = group_events(duration, users)
    if len(groups) > total // 2:
        raise ValueError("too few updates for the groups' share: raise --updates")
    events = groups + user_events(duration, users, total - len(groups), rng)
    return sorted(events, key=lambda event: event.at)
