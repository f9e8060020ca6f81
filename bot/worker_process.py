"""The worker side of bot.workers' pool: a process that runs the tasks sent down its pipe."""

from __future__ import annotations

import multiprocessing
import signal
from multiprocessing.connection import Connection
from typing import Any


class Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context: Any) -> None:
        self.conn, child = multiprocessing.Pipe()
        self.process = context.Process(target=work, args=(child,), daemon=True,
                                       name="onrecord-extract")
        self.process.start()
        child.close()

    def stop(self, kill: bool) -> None:
        if kill:
            self.process.kill()
        self.conn.close()  # an idle worker reads end-of-file and leaves
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


def work(conn: Connection) -> None:
    """A worker: run tasks until the pool closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            function, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[bool, Any] = (True, function(*args))
        except Exception as exc:
            answer = (False, f"{type(exc).__name__}: {exc}")
        try:
            conn.send(answer)
        except (OSError, ValueError):  # the parent is gone
            return
