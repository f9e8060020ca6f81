"""The checks of bench/replicas.py: which reply answered which update, doubles, limits.

A reply is found for each update at the fake Bot API, by what ties it to the update:
    group question (/ask, mention)  sendMessage in that group whose reply_parameters name
                                    the asking message (group answers always reply)
    private question                the bot's own answer log (handlers/state.py AnswerLog,
                                    in Redis: chat, message -> its answer's message id);
                                    a private message the log does not name is an extra
                                    copy (see below)
    inline query                    answerInlineQuery with its inline_query_id
    button press                    answerCallbackQuery with its callback_query_id
Messages the bot deleted (copies its duplicate probe found) are not counted.

An update answered twice is "inside the window" when its replica was killed after the
first reply reached the server and before the update was marked done: the update was
being delivered to the killed replica at the kill, its first reply arrived before the
kill, the next after it (the redelivery, handled once the claim expired). For a private
question the first reply is an extra copy (the log names the second one): it is paired
with such an update of the same chat. Every other second reply is outside the window.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from replicas_load import Deliverer, Kill, RecordingApi, Sent

GROUP_LIMIT, GROUP_WINDOW = 20, 60.0  # Telegram: 20 messages a minute in one group
BOT_LIMIT, BOT_WINDOW = 30, 1.0  # Telegram: about 30 messages a second in all


@dataclass
class Asked:
    update_id: int
    kind: str  # private, ask, mention, inline, callback
    chat: int | None  # None for inline queries
    key: str  # message id, inline query id or callback id
    asked_at: float = 0.0  # when it was handed to the deliverer
    replies: list[float] = field(default_factory=list)


def max_in_window(times: list[float], window: float) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def attribute(asked: dict[int, Asked], api: RecordingApi, log: dict[tuple[int, int], int],
              kill: Kill | None) -> dict[str, int]:
    """Fill each update's reply times; counts of the messages that answered no update."""
    deleted = set(api.deleted)
    sent = {key: s for key, s in api.sent.items() if key not in deleted}
    by_message = {(a.chat, int(a.key)): a for a in asked.values()
                  if a.kind in ("private", "ask", "mention")}
    for method, param, kind in (("answerInlineQuery", "inline_query_id", "inline"),
                                ("answerCallbackQuery", "callback_query_id", "callback")):
        answers = api.answered_ids(method, param)
        for owed in asked.values():
            if owed.kind == kind:
                owed.replies += answers.get(owed.key, [])
    logged: set[tuple[int, int]] = set()
    for (chat, message), answer in log.items():
        question = by_message.get((chat, message))
        if question is not None and question.kind == "private" and (chat, answer) in sent:
            question.replies.append(sent[(chat, answer)].at)
            logged.add((chat, answer))
    stray: Counter[str] = Counter(deleted_copies=len(deleted & set(api.sent)))
    orphans: dict[int, list[Sent]] = defaultdict(list)
    for key, s in sorted(sent.items(), key=lambda item: item[1].at):
        if s.chat < 0:
            a = by_message.get((s.chat, s.reply_to)) if s.reply_to is not None else None
            if a is None:
                stray["group_unattributed"] += 1
            else:
                a.replies.append(s.at)
        elif key not in logged:
            orphans[s.chat].append(s)
    for chat, extra in orphans.items():
        stray.update(pair_orphans(chat, extra, asked, kill))
    for owed in asked.values():
        owed.replies.sort()
    return dict(stray)


def pair_orphans(chat: int, extra: list[Sent], asked: dict[int, Asked], kill: Kill | None
                 ) -> Counter[str]:
    """A private message the answer log does not name: the first copy of a question
    answered in the window, else the answer of a question the log lacks, else stray."""
    mine = sorted((a for a in asked.values() if a.kind == "private" and a.chat == chat),
                  key=lambda a: a.update_id)
    counts: Counter[str] = Counter()
    for s in extra:
        window = [a for a in mine if kill is not None and a.update_id in kill.in_flight
                  and s.at <= kill.at and len(a.replies) == 1 and a.replies[0] > kill.at]
        unlogged = [a for a in mine if not a.replies and a.asked_at <= s.at]
        if window:
            window[0].replies.append(s.at)
            counts["private_first_copies_in_window"] += 1
        elif unlogged:
            unlogged[0].replies.append(s.at)
            counts["private_answers_not_in_log"] += 1
        else:
            counts["private_unattributed"] += 1
    return counts


def in_window(a: Asked, kill: Kill | None) -> bool:
    return (kill is not None and a.update_id in kill.in_flight and len(a.replies) == 2
            and a.replies[0] <= kill.at < a.replies[1])


def summarise(asked: dict[int, Asked], api: RecordingApi, deliverer: Deliverer,
              kill: Kill | None, stray: dict[str, int]) -> dict[str, Any]:
    unanswered = [a.update_id for a in asked.values() if not a.replies]
    twice = [a for a in asked.values() if len(a.replies) > 1]
    window = [a.update_id for a in twice if in_window(a, kill)]
    outside = [a.update_id for a in twice if not in_window(a, kill)]
    times = [a.replies[0] - deliverer.deliveries[a.update_id].first
             for a in asked.values() if a.replies]
    spared = [a.replies[0] - deliverer.deliveries[a.update_id].first
              for a in asked.values()
              if a.replies and (kill is None or a.update_id not in kill.in_flight)]
    group_sends: dict[int, list[float]] = defaultdict(list)
    for s in api.sent.values():
        if s.chat < 0:
            group_sends[s.chat].append(s.at)
    never_acked = [d.update_id for d in deliverer.deliveries.values() if d.acked is None]

    def ms(value: float | None) -> float | None:
        return None if value is None else round(1000 * value, 1)

    def latency(a: Asked) -> float:
        return a.replies[0] - deliverer.deliveries[a.update_id].first

    kinds: dict[str, list[float]] = defaultdict(list)
    for a in asked.values():
        if a.replies:
            kinds[a.kind].append(latency(a))
    slowest = sorted((a for a in asked.values() if a.replies), key=latency)[-5:]

    return {
        "updates": len(asked),
        "by_kind": dict(Counter(a.kind for a in asked.values())),
        "answered": len(asked) - len(unanswered),
        "unanswered": sorted(unanswered),
        "never_acked": sorted(never_acked),
        "answered_twice_in_window": sorted(window),
        "answered_twice_outside_window": sorted(outside),
        "max_group_sends_per_60s": max((max_in_window(t, GROUP_WINDOW)
                                        for t in group_sends.values()), default=0),
        "max_bot_sends_per_1s": max_in_window([s.at for s in api.sent.values()], BOT_WINDOW),
        "flood_429s": sum(api.flood.refused.values()) if api.flood else 0,
        "p50_ms": ms(percentile(times, 0.50)),
        "p99_ms": ms(percentile(times, 0.99)),
        "max_ms": ms(max(times, default=None)),
        "p50_ms_not_at_killed": ms(percentile(spared, 0.50)),
        "p99_ms_not_at_killed": ms(percentile(spared, 0.99)),
        "mean_ms": ms(statistics.fmean(times) if times else None),
        "by_kind_p50_p99_ms": {kind: [ms(percentile(values, 0.5)), ms(percentile(values, 0.99))]
                               for kind, values in sorted(kinds.items())},
        "kill_chats": sorted({asked[u].chat for u in kill.in_flight
                              if asked[u].chat is not None}) if kill else [],
        "slowest": [{"update_id": a.update_id, "kind": a.kind, "chat": a.chat,
                     "ms": ms(latency(a)),
                     "attempts": [(r, o) for r, _, _, o in
                                  deliverer.deliveries[a.update_id].attempts]}
                    for a in reversed(slowest)],
        "deliveries": dict(deliverer.statuses),
        "extra_messages": stray,
    }
