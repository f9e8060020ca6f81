"""Follows and the push outbox (migration 010), the same SQL on both engines.

A push row is written by whichever process stores an article (bot/push.py) and sent by
the running bot (handlers/push.py): `claim_pushes` marks due rows 'sending' with a
lease (due_at), so a second replica does not take them; a sender that dies leaves
them to be claimed again when the lease runs out. UNIQUE (chat_id, article_id) makes
an article pushed to a chat at most once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.store.port import Follow, NewPush, Push
from bot.store.sql.base import SqlStore, _chunks_of, _now
from bot.text import lookup_key

PUSH_STATUSES = ("pending", "sending", "sent", "failed", "dropped")
FOLLOW_SELECT = "SELECT id, chat_id, speaker_id, speaker_name, topic FROM follows"


def follow_key(speaker_id: int | None, topic: str | None) -> str:
    """One chat follows one speaker/topic pair once: 'speaker id|topic key'."""
    speaker = "-" if speaker_id is None else str(speaker_id)
    return f"{speaker}|{lookup_key(topic) if topic else ''}"


class Follows(SqlStore):
    async def add_follow(self, chat_id: int, speaker_id: int | None,
                         speaker_name: str | None, topic: str | None) -> tuple[Follow, bool]:
        key = follow_key(speaker_id, topic)
        async with self._write(catalog=False):
            changed = await self._execute(
                """INSERT INTO follows (id, chat_id, speaker_id, speaker_name, topic,
                                        follow_key, created_at)
                   VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM follows), ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (chat_id, follow_key) DO NOTHING""",
                (chat_id, speaker_id, speaker_name, topic, key, _now()))
            rows = await self._rows(f"{FOLLOW_SELECT} WHERE chat_id = ? AND follow_key = ?",
                                    (chat_id, key))
        return _follow(rows[0]), changed > 0

    async def chat_follows(self, chat_id: int) -> list[Follow]:
        rows = await self._rows(f"{FOLLOW_SELECT} WHERE chat_id = ? ORDER BY id", (chat_id,))
        return [_follow(row) for row in rows]

    async def remove_follow(self, chat_id: int, follow_id: int) -> bool:
        async with self._write(catalog=False):
            return await self._execute("DELETE FROM follows WHERE chat_id = ? AND id = ?",
                                       (chat_id, follow_id)) > 0

    async def remove_chat_follows(self, chat_id: int) -> int:
        async with self._write(catalog=False):
            return await self._execute("DELETE FROM follows WHERE chat_id = ?", (chat_id,))

    async def move_chat(self, old_chat_id: int, new_chat_id: int) -> int:
        async with self._write(catalog=False):
            moved = await self._execute(
                """UPDATE follows SET chat_id = ? WHERE chat_id = ? AND follow_key NOT IN
                   (SELECT follow_key FROM follows WHERE chat_id = ?)""",
                (new_chat_id, old_chat_id, new_chat_id))
            await self._execute("DELETE FROM follows WHERE chat_id = ?", (old_chat_id,))
            await self._execute(
                """UPDATE pushes SET chat_id = ? WHERE chat_id = ?
                   AND status IN ('pending', 'sending') AND article_id NOT IN
                   (SELECT article_id FROM pushes WHERE chat_id = ?)""",
                (new_chat_id, old_chat_id, new_chat_id))
            return moved

    async def follows_for(self, speaker_ids: Iterable[int]) -> list[Follow]:
        rows = await self._rows(f"{FOLLOW_SELECT} WHERE speaker_id IS NULL ORDER BY id")
        found = [_follow(row) for row in rows]
        for chunk in _chunks_of(sorted(set(speaker_ids))):
            marks = ",".join("?" * len(chunk))
            rows = await self._rows(
                f"{FOLLOW_SELECT} WHERE speaker_id IN ({marks}) ORDER BY id", chunk)
            found += [_follow(row) for row in rows]
        return found

    async def article_statement_ids(self, article_ids: Sequence[int]) -> list[int]:
        ids: list[int] = []
        for chunk in _chunks_of(sorted(set(article_ids))):
            marks = ",".join("?" * len(chunk))
            rows = await self._rows(
                f"SELECT id FROM statements WHERE article_id IN ({marks}) ORDER BY id", chunk)
            ids += [int(row[0]) for row in rows]
        return ids

    async def add_pushes(self, pushes: Sequence[NewPush]) -> int:
        if not pushes:
            return 0
        now = _stamp(datetime.now(UTC))
        async with self._write(catalog=False):
            before = await self._scalar("SELECT COUNT(*) FROM pushes")
            await self._executemany(
                """INSERT INTO pushes (id, chat_id, article_id, statement_ids, status,
                                       attempts, due_at, created_at)
                   VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM pushes), ?, ?, ?,
                           'pending', 0, ?, ?)
                   ON CONFLICT (chat_id, article_id) DO NOTHING""",
                [(p.chat_id, p.article_id, json.dumps(list(p.statement_ids)), now, now)
                 for p in pushes])
            return await self._scalar("SELECT COUNT(*) FROM pushes") - before

    async def claim_pushes(self, limit: int, lease_seconds: float) -> list[Push]:
        now = datetime.now(UTC)
        lease_end = _stamp(now + timedelta(seconds=lease_seconds))
        due = """SELECT id, chat_id, article_id, statement_ids, attempts FROM pushes
                 WHERE status IN ('pending', 'sending') AND due_at <= ?
                 ORDER BY due_at, id LIMIT ?"""
        if not await self._rows(due, (_stamp(now), 1)):  # the usual case: no write at all
            return []
        async with self._write(catalog=False):
            rows = await self._rows(due, (_stamp(now), limit))
            for chunk in _chunks_of([int(row[0]) for row in rows]):
                marks = ",".join("?" * len(chunk))
                await self._execute(
                    f"UPDATE pushes SET status = 'sending', due_at = ?,"
                    f" attempts = attempts + 1 WHERE id IN ({marks})", [lease_end, *chunk])
        return [Push(chat_id=int(r[1]), article_id=int(r[2]),
                     statement_ids=tuple(json.loads(r[3])), id=int(r[0]), attempts=int(r[4]) + 1)
                for r in rows]

    async def finish_push(self, push_id: int, status: str,
                          retry_in: float | None = None) -> None:
        if status not in PUSH_STATUSES:
            raise ValueError(f"unknown push status {status!r}")
        now = datetime.now(UTC)
        due = _stamp(now + timedelta(seconds=retry_in or 0))
        sent_at = _stamp(now) if status == "sent" else None
        async with self._write(catalog=False):
            await self._execute(
                "UPDATE pushes SET status = ?, due_at = ?, sent_at = ? WHERE id = ?",
                (status, due, sent_at, push_id))

    async def push_counts(self) -> dict[str, int]:
        rows = await self._rows("SELECT status, COUNT(*) FROM pushes GROUP BY status")
        return {str(row[0]): int(row[1]) for row in rows}


def _follow(row: Any) -> Follow:
    return Follow(id=int(row[0]), chat_id=int(row[1]),
                  speaker_id=None if row[2] is None else int(row[2]),
                  speaker_name=row[3], topic=row[4])


def _stamp(moment: datetime) -> str:
    """ISO datetime to the microsecond (due times compare as strings)."""
    return moment.isoformat(timespec="microseconds")
