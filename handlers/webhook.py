"""Webhook mode: Telegram POSTs each update to /telegram; Starlette receives it.

PTB's custom-webhook pattern (its examples/customwebhookbot/starlettebot.py): the
Application is built with `updater(None)` and an update is handed to it by the web app,
here awaited in the request (`process_update`) rather than queued, so that the 200 goes
back only once the update was handled; a non-2xx answer makes Telegram deliver it again.

What one POST /telegram does (several replicas may serve the same bot):

1. 403 unless X-Telegram-Bot-Api-Secret-Token equals ONRECORD_WEBHOOK_SECRET.
2. 400 for a body that is not JSON or not an update (no integer update_id).
3. claim("update:<id>") in the shared state (bot.state), worth WORKING_TTL seconds. A
   second delivery of a claimed update is answered 200 if it is done, else 503 (still
   being handled somewhere, or its replica died): Telegram retries later, and once
   WORKING_TTL has passed without "done" the next delivery handles it again.
4. The update is handled in full: `process_update` through the Application's update
   processor (handlers.processor, as in polling: concurrently with other chats' updates,
   after the earlier updates of its own chat), and the tasks of non-blocking handlers it
   started (/load) are awaited.
5. The claim becomes "done" for DONE_TTL seconds, then 200.

The window: a replica killed after its reply reached the user but before step 5 leaves
the claim "working"; after WORKING_TTL the redelivered update is handled again, so that
user gets the answer twice. Killed before the reply, the update is answered late but
once. Never lost, at most one extra answer, only when a process dies in that window.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Awaitable
from contextvars import ContextVar
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import Application

from bot.state import SharedState

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/telegram"
# A claimed update no replica marked done within this many seconds is handled again on
# its next delivery: longer than the slowest update (a /load: fetch 15 s, extraction
# 30 s, sending with retries), short enough that a dead replica's update is not lost.
WORKING_TTL = 300.0
# Telegram keeps an undelivered update for 24 hours: a done update is remembered as long.
DONE_TTL = 24 * 3600.0
WORKING, DONE = "working", "done"

# The tasks non-blocking handlers start while this request's update is processed.
_UPDATE_TASKS: ContextVar[list[asyncio.Task[Any]] | None] = ContextVar(
    "onrecord_update_tasks", default=None)


class WebhookApplication(Application[Any, Any, Any, Any, Any, Any]):
    """An Application that lets the webhook wait for the tasks an update started.

    PTB runs a `block=False` handler (/load) with `create_task`; the webhook request
    handling that update records the task here (a context variable: only its own).
    """

    def create_task(self, coroutine: Any, update: object | None = None, *,
                    name: str | None = None) -> asyncio.Task[Any]:
        task = super().create_task(coroutine, update, name=name)
        started = _UPDATE_TASKS.get()
        if started is not None:
            started.append(task)
        return task


async def handle_fully(application: Application, update: Update) -> None:
    """process_update as polling runs it, then the non-blocking tasks it started."""
    started: list[asyncio.Task[Any]] = []
    token = _UPDATE_TASKS.set(started)
    try:
        work: Awaitable[None] = application.process_update(update)
        await application.update_processor.process_update(update, work)
        while started:  # a task may start more
            batch, started[:] = list(started), []
            # Their errors went to the error handler already (PTB's create_task).
            await asyncio.gather(*batch, return_exceptions=True)
    finally:
        _UPDATE_TASKS.reset(token)


def webhook_app(application: Application, state: SharedState, secret: str) -> Starlette:
    """The web app: POST /telegram (updates) and GET /healthz (for load balancers)."""
    expected = secret.encode()

    async def telegram(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode("latin-1")
        if not secrets.compare_digest(given, expected):
            return PlainTextResponse("forbidden", status_code=403)
        update = parse_update(await request.body(), application)
        if update is None:
            return PlainTextResponse("not an update", status_code=400)
        return await deliver(application, state, update)

    async def healthz(_request: Request) -> Response:
        return PlainTextResponse("ok")

    return Starlette(routes=[
        Route(WEBHOOK_PATH, telegram, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
    ])


def parse_update(body: bytes, application: Application) -> Update | None:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or type(data.get("update_id")) is not int:
        return None
    try:
        return Update.de_json(data, application.bot)
    except Exception:  # a field of the wrong shape: PTB raises whatever it meets
        log.warning("webhook: refused an update PTB cannot read (id %s)", data["update_id"])
        return None


async def deliver(application: Application, state: SharedState, update: Update) -> Response:
    """Steps 3-5 of the module's docstring: claim, handle, mark done."""
    key = f"update:{update.update_id}"
    try:
        if not await state.claim(key, WORKING_TTL, value=WORKING):
            if await state.get(key) == DONE:
                return PlainTextResponse("already handled")
            return PlainTextResponse("being handled", status_code=503)
    except Exception as exc:  # the shared state is unreachable: Telegram will retry
        log.warning("webhook: shared state unavailable (%s); update %s left for a retry",
                    type(exc).__name__, update.update_id)
        return PlainTextResponse("shared state unavailable", status_code=503)
    try:
        await handle_fully(application, update)
    except BaseException:
        # Not handled (process_update itself failed, or the server is cancelling us):
        # give the claim back so Telegram's next delivery is handled.
        await _release(state, key)
        raise
    try:
        await state.set(key, DONE, DONE_TTL)
    except Exception as exc:  # handled all the same: a retry would only answer twice
        log.warning("webhook: could not mark update %s done (%s)", update.update_id, exc)
    return PlainTextResponse("ok")


async def _release(state: SharedState, key: str) -> None:
    try:
        await asyncio.shield(state.delete(key))
    except Exception as exc:
        log.warning("webhook: could not release %s (%s); it expires by itself", key, exc)
