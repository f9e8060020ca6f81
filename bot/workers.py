"""A process pool in which every task has a deadline that really stops it.

    future = shared_pool().submit(function, *args, timeout=30.0)  # concurrent Future
    result = await asyncio.wrap_future(future)

A task still running at its deadline has its worker process killed (SIGKILL) and
replaced: the task fails with TaskTimeout, the pool goes on. A worker that dies by itself
(out of memory) fails its task with WorkerDied and is replaced too. ProcessPoolExecutor
can do neither: it cannot stop one task, and one dead worker breaks the whole pool.

Workers are forked by multiprocessing's forkserver, which imports PRELOAD once: starting
or replacing a worker is cheap, and no thread of this process (the bot's event loop,
aiosqlite's) is copied into a worker. Here, one thread per worker feeds it tasks and
waits for each answer until that task's deadline; the threads make the pool independent
of any event loop, so one pool serves the whole process (shared_pool). As with any
forkserver or spawn pool, a worker imports the main script (not `python -m` modules), so
a script that loads articles needs the `if __name__ == "__main__":` guard.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from bot.worker_process import Worker

# Imported once by the forkserver, so that workers start with them loaded.
PRELOAD = ["bot.workers", "bot.worker_process", "bot.ingest"]
# Tasks sent to a worker ahead of its answer (the first runs, the others wait in its pipe).
PIPELINE = 2


class TaskTimeout(Exception):
    """The task ran past its deadline; its worker was killed."""


class WorkerDied(Exception):
    """The worker process running the task died (killed from outside, out of memory)."""


class TaskFailed(Exception):
    """The task raised; the message names the exception."""


@dataclass
class _Task:
    function: Callable[..., Any]
    args: tuple[Any, ...]
    timeout: float | None
    future: Future[Any]


class WorkerPool:
    """`size` worker processes, each fed by one thread of this process."""

    def __init__(self, size: int) -> None:
        self.size = max(1, size)
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        self._tasks: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._workers: dict[int, Worker] = {}
        self._closed = self._cancelled = False
        self._threads = [threading.Thread(target=self._serve, args=(n,), daemon=True,
                                          name=f"onrecord-extract-{n}")
                         for n in range(self.size)]
        for thread in self._threads:
            thread.start()

    def submit(self, function: Callable[..., Any], *args: Any,
               timeout: float | None = None) -> Future[Any]:
        """Run function(*args) in a worker; past `timeout` seconds it is killed."""
        if self._closed:
            raise RuntimeError("the worker pool is shut down")
        future: Future[Any] = Future()
        self._tasks.put(_Task(function, args, timeout, future))
        return future

    def pids(self) -> list[int]:
        """The live workers' process ids (a worker starts with its first task)."""
        return [w.process.pid for w in list(self._workers.values())
                if w.process.pid is not None and w.process.is_alive()]

    def shutdown(self, cancel: bool = False) -> None:
        """Stop the workers once their current tasks are done (queued tasks still run);
        with `cancel`, queued tasks are cancelled and running ones killed (WorkerDied)."""
        if self._closed:
            return
        self._closed, self._cancelled = True, cancel
        if cancel:
            with contextlib.suppress(queue.Empty):
                while (task := self._tasks.get_nowait()) is not None:
                    task.future.cancel()
            for worker in list(self._workers.values()):
                with contextlib.suppress(OSError):
                    worker.process.kill()
        for _thread in self._threads:
            self._tasks.put(None)
        for thread in self._threads:
            thread.join()

    def _serve(self, slot: int) -> None:
        """Feed one worker. Up to PIPELINE tasks are sent ahead, so that it never waits for
        this process between tasks; the first is the one running, its deadline counted
        from when it started (sent to an idle worker, or the previous answer came)."""
        feed = _Feed()
        while feed.sent or not feed.closing:
            self._top_up(slot, feed)
            if feed.sent:
                self._answer(slot, feed)
        worker = self._workers.pop(slot, None)
        if worker is not None:
            worker.stop(kill=False)

    def _top_up(self, slot: int, feed: _Feed) -> None:
        while len(feed.sent) < PIPELINE:
            if feed.backlog:
                task = feed.backlog.popleft()
                if self._cancelled:
                    task.future.set_exception(WorkerDied("the worker pool was shut down"))
                    continue
            else:
                if feed.closing:
                    return
                try:
                    got = self._tasks.get(block=not feed.sent)
                except queue.Empty:
                    return
                if got is None:
                    feed.closing = True
                    return
                if not got.future.set_running_or_notify_cancel():
                    continue
                task = got
            try:
                worker = self._workers.get(slot)
                if worker is None:
                    worker = self._workers[slot] = Worker(self._context)
                worker.conn.send((task.function, task.args))
            except OSError as exc:  # the worker died
                if feed.sent:  # the running task's answer will say so
                    feed.backlog.appendleft(task)
                    return
                self._replace(slot)
                task.future.set_exception(WorkerDied(f"the worker process died ({exc!r})"))
                continue
            except Exception as exc:  # e.g. an argument that cannot be pickled
                task.future.set_exception(exc)
                continue
            if not feed.sent:
                feed.started = time.monotonic()
            feed.sent.append(task)

    def _answer(self, slot: int, feed: _Feed) -> None:
        """Wait for the running task's answer until its deadline."""
        head = feed.sent[0]
        worker = self._workers[slot]
        left = None if head.timeout is None else max(
            0.0, feed.started + head.timeout - time.monotonic())
        try:
            answer = worker.conn.recv() if worker.conn.poll(left) else None
        except (EOFError, OSError) as exc:
            self._replace(slot)
            head.future.set_exception(WorkerDied(f"the worker process died ({exc!r})"))
        else:
            if answer is None:
                self._replace(slot)
                head.future.set_exception(TaskTimeout(
                    f"the task took longer than {head.timeout:g} s and was stopped"))
            else:
                feed.sent.popleft()
                feed.started = time.monotonic()
                ok, value = answer
                if ok:
                    head.future.set_result(value)
                else:
                    head.future.set_exception(TaskFailed(value))
                return
        feed.sent.popleft()
        feed.backlog.extendleft(reversed(feed.sent))  # never started: the next worker's
        feed.sent.clear()

    def _replace(self, slot: int) -> None:
        """Kill the slot's worker; a fresh one starts with the next task."""
        worker = self._workers.pop(slot, None)
        if worker is not None:
            worker.stop(kill=True)


@dataclass
class _Feed:
    """One thread's tasks: sent to its worker (the first running), and still to send."""

    sent: deque[_Task] = field(default_factory=deque)
    backlog: deque[_Task] = field(default_factory=deque)
    started: float = 0.0
    closing: bool = False


_shared: WorkerPool | None = None
_shared_lock = threading.Lock()


def shared_pool(size: int | None = None) -> WorkerPool:
    """The process's pool, made on first use with `size` workers (else
    ONRECORD_EXTRACT_WORKERS); later calls return it whatever their size."""
    global _shared
    with _shared_lock:
        if _shared is None:
            if size is None:
                from bot.config import load_settings

                size = load_settings().extract_workers
            _shared = WorkerPool(size)
            atexit.register(_shared.shutdown, cancel=True)
        return _shared

