"""The processes of bench/replicas.py: a fresh PostgreSQL database, a Redis database of
its own, and `onrecord run --webhook` replicas as real subprocesses.

PostgreSQL: a database `onrecord_bench_<random>` created on the server (default the
project machine's postgresql://postgres@127.0.0.1:5432/postgres) and dropped at the end;
the replicas create its tables (migrations) and load the seed article on their first
start, both at once, as `docker compose --profile scale up` would start them.
Redis: the replicas use the fixed key prefix `onrecord:`, so the bench takes a whole
database number that is empty (14 down to 1; 15 is the tests'), marks it with
`onrecord-bench:owner` (SET NX) and deletes its keys at the end.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit, urlunsplit

import httpx
import psycopg
import redis
from psycopg import sql

ROOT = Path(__file__).resolve().parents[1]
# Seconds a replica may take to answer GET /healthz after it was started (migrations,
# seeding: extraction in a worker process, the command menus).
START_TIMEOUT = 180.0


class BenchDatabases:
    """The PostgreSQL database and the Redis database number of one run."""

    def __init__(self, pg_server: str, redis_server: str) -> None:
        self.pg_server = pg_server
        self.redis_server = redis_server.rstrip("/")
        self.pg_name = f"onrecord_bench_{uuid.uuid4().hex[:10]}"
        self.redis_db: int | None = None

    @property
    def database_url(self) -> str:
        return urlunsplit(urlsplit(self.pg_server)._replace(path=f"/{self.pg_name}"))

    @property
    def redis_url(self) -> str:
        return f"{self.redis_server}/{self.redis_db}"

    def open(self) -> None:
        with psycopg.connect(self.pg_server, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.pg_name)))
        for number in range(14, 0, -1):
            client = redis.Redis.from_url(f"{self.redis_server}/{number}")
            try:
                if client.dbsize() == 0 and client.set("onrecord-bench:owner", os.getpid(),
                                                       nx=True, ex=24 * 3600):
                    self.redis_db = number
                    return
            finally:
                client.close()
        raise RuntimeError(f"no empty Redis database (1-14) at {self.redis_server}")

    def article_count(self) -> int:
        with psycopg.connect(self.database_url) as conn:
            row = conn.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def answer_log(self) -> dict[tuple[int, int], int]:
        """The bot's record of which message answered which question (handlers/state.py
        AnswerLog: `onrecord:answer:<chat>:<message>` -> the answer's message id)."""
        client = redis.Redis.from_url(self.redis_url, decode_responses=True)
        try:
            found = {}
            for key in client.scan_iter(match="onrecord:answer:*", count=1000):
                _, _, chat, message = key.split(":")
                value = client.get(key)
                if value is not None:
                    found[(int(chat), int(message))] = int(value)
            return found
        finally:
            client.close()

    def close(self) -> None:
        if self.redis_db is not None:
            client = redis.Redis.from_url(self.redis_url)
            try:
                keys = list(client.scan_iter(match="onrecord:*", count=1000))
                for start in range(0, len(keys), 500):
                    client.delete(*keys[start:start + 500])
                client.delete("onrecord-bench:owner")
            finally:
                client.close()
        with psycopg.connect(self.pg_server, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(self.pg_name)))


@dataclass
class Replica:
    """One `onrecord run --webhook` process on 127.0.0.1:port (restartable); with other
    `argv`, another onrecord command (`worker`: no port)."""

    name: str
    port: int
    env: dict[str, str]
    workdir: Path
    argv: tuple[str, ...] = ("run", "--webhook")
    process: asyncio.subprocess.Process | None = None
    starts: int = 0
    logs: list[Path] = field(default_factory=list)
    _log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self.starts += 1
        path = self.workdir / f"{self.name}.{self.starts}.log"
        self.logs.append(path)
        self._log = path.open("wb")
        env = {**os.environ, **self.env, "ONRECORD_WEBHOOK_LISTEN": f"127.0.0.1:{self.port}"}
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", *self.argv, cwd=self.workdir, env=env,
            stdout=self._log, stderr=asyncio.subprocess.STDOUT)

    async def wait_ready(self, client: httpx.AsyncClient) -> float:
        """Seconds until GET /healthz answered 200."""
        began = time.monotonic()
        async with asyncio.timeout(START_TIMEOUT):
            while True:
                assert self.process is not None
                if self.process.returncode is not None:
                    tail = self.logs[-1].read_text(errors="replace").splitlines()[-15:]
                    raise RuntimeError(f"{self.name} exited while starting:\n" + "\n".join(tail))
                try:
                    if (await client.get(f"{self.url}/healthz", timeout=2)).status_code == 200:
                        return time.monotonic() - began
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL, at once (called from inside the fake Bot API's request handling)."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)

    async def reap(self) -> None:
        if self.process is not None:
            await self.process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    async def stop(self) -> int | None:
        """SIGTERM (a graceful stop), then its exit status; SIGKILL after 30 s."""
        if self.process is None or self.process.returncode is not None:
            await self.reap()
            return None if self.process is None else self.process.returncode
        self.process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            self.process.kill()
        await self.reap()
        return self.process.returncode

    def log_problems(self) -> list[str]:
        """Lines of its logs that report an error (tracebacks, ERROR records)."""
        lines = []
        for path in self.logs:
            text = path.read_text(errors="replace") if path.exists() else ""
            lines += [f"{path.name}: {line}" for line in text.splitlines()
                      if "Traceback" in line or " ERROR " in line or "CRITICAL" in line]
        return lines
