"""Serving webhooks (`onrecord run --webhook`) and registering them (`onrecord webhook`).

`WebhookServer` starts, in the order `run_polling` does for polling, the Application
(`updater(None)`), its post_init (store, seeds, menus), then uvicorn serving
handlers.webhook's Starlette app on ONRECORD_WEBHOOK_LISTEN; it stops in reverse: the
web server first (in-flight updates finish), then the Application, then post_shutdown.
A replica never calls setWebhook: `onrecord webhook set URL` does, once, for all.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import threading
from collections.abc import Iterator
from contextlib import AsyncExitStack
from types import TracebackType

import uvicorn
from telegram import Bot
from telegram.error import TelegramError

from bot.config import Settings
from bot.state import SharedState
from handlers.app import ALLOWED_UPDATES, bot_data, build_application
from handlers.webhook import WEBHOOK_PATH, webhook_app

log = logging.getLogger(__name__)

# Seconds the web server may take to start listening before start-up counts as failed.
STARTUP_TIMEOUT = 30.0


class WebhookRefused(Exception):
    """Webhook mode cannot start or the Bot API refused a webhook call; says why."""


class _Server(uvicorn.Server):
    """uvicorn's server, but a SIGINT or SIGTERM only stops it gracefully (in-flight
    requests finish) and is not raised again afterwards, so the Application still shuts
    down and `run --webhook` returns. Outside the main thread no signal is touched."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        handled = (signal.SIGINT, signal.SIGTERM)
        originals = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
        try:
            yield
        finally:
            for sig, handler in originals.items():
                signal.signal(sig, handler)


def listening_socket(settings: Settings) -> socket.socket:
    host, port = settings.webhook_address()
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)
    except OSError as exc:
        raise WebhookRefused(
            f"cannot listen on {settings.webhook_listen} (ONRECORD_WEBHOOK_LISTEN): "
            f"{exc.strerror or exc}") from None


class WebhookServer:
    """`async with WebhookServer(settings) as server:` serves until the block ends;
    `await server.wait_closed()` waits for a signal instead. `state` is the Application's
    (build_application: by default bot.state.open_state(settings), closed at the end; a
    given one is left open)."""

    def __init__(self, settings: Settings, state: SharedState | None = None) -> None:
        if settings.webhook_secret is None:
            raise WebhookRefused("ONRECORD_WEBHOOK_SECRET is not set")
        self.settings = settings
        self.secret = settings.webhook_secret.get_secret_value()
        self.application = build_application(settings, webhook=True, state=state)
        self.state = bot_data(self.application).state
        self.port = 0
        self._server: _Server | None = None
        self._serving: asyncio.Task[None] | None = None
        self._stack = AsyncExitStack()

    async def __aenter__(self) -> WebhookServer:
        try:
            await self._start()
        except BaseException:
            await self._stack.aclose()
            raise
        return self

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self._stack.aclose()

    async def _start(self) -> None:
        stack, app = self._stack, self.application
        sock = stack.enter_context(listening_socket(self.settings))
        self.port = sock.getsockname()[1]
        await app.initialize()
        stack.push_async_callback(self._shutdown_application)
        if app.post_init:
            await app.post_init(app)
        await app.start()
        stack.push_async_callback(self._stop_application)
        config = uvicorn.Config(webhook_app(app, self.state, self.secret), http="h11",
                                lifespan="off", log_config=None, access_log=False)
        self._server = server = _Server(config)
        self._serving = asyncio.create_task(server.serve(sockets=[sock]))
        stack.push_async_callback(self._stop_serving)
        async with asyncio.timeout(STARTUP_TIMEOUT):
            while not server.started:
                if self._serving.done():
                    self._serving.result()  # its error, if any
                    raise WebhookRefused("the web server stopped while starting")
                await asyncio.sleep(0.01)
        log.info("webhook: serving POST %s on %s", WEBHOOK_PATH, self.settings.webhook_listen)

    async def wait_closed(self) -> None:
        """Until the web server stops (SIGINT or SIGTERM in the main thread)."""
        assert self._serving is not None
        await asyncio.shield(self._serving)

    async def _stop_serving(self) -> None:
        assert self._server is not None and self._serving is not None
        self._server.should_exit = True
        await self._serving

    async def _stop_application(self) -> None:
        app = self.application
        if app.running:
            await app.stop()
        if app.post_stop:
            await app.post_stop(app)

    async def _shutdown_application(self) -> None:
        app = self.application
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


async def run_webhook(settings: Settings) -> None:
    """`onrecord run --webhook`: serve until SIGINT or SIGTERM, then shut down cleanly."""
    async with WebhookServer(settings) as server:
        await server.wait_closed()


def _bot(settings: Settings) -> Bot:
    assert settings.telegram_bot_token is not None
    return Bot(settings.telegram_bot_token.get_secret_value(),
               base_url=settings.telegram_api_base_url,
               base_file_url=settings.telegram_api_file_url)


async def set_webhook(settings: Settings, url: str) -> str:
    """`onrecord webhook set URL`: Telegram sends updates to URL with the secret."""
    if settings.webhook_secret is None:
        raise WebhookRefused("ONRECORD_WEBHOOK_SECRET is not set")
    if not url.lower().startswith("https://"):
        raise WebhookRefused(f"{url} is not an https:// URL (Telegram requires one)")
    try:
        async with _bot(settings) as bot:
            await bot.set_webhook(url, secret_token=settings.webhook_secret.get_secret_value(),
                                  allowed_updates=ALLOWED_UPDATES)
    except TelegramError as exc:
        raise WebhookRefused(f"the Bot API refused: {exc.message}") from None
    return f"webhook set: Telegram now POSTs updates to {url}"


async def delete_webhook(settings: Settings, drop_pending_updates: bool = False) -> str:
    """`onrecord webhook delete`: back to no webhook (`onrecord run` polls again)."""
    try:
        async with _bot(settings) as bot:
            await bot.delete_webhook(drop_pending_updates=drop_pending_updates)
    except TelegramError as exc:
        raise WebhookRefused(f"the Bot API refused: {exc.message}") from None
    return "webhook deleted: `onrecord run` (long polling) receives the updates now"
