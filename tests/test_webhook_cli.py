"""`onrecord webhook set/delete` and `onrecord run --webhook`, through the command line.

The commands talk to the fake Bot API (tests/fake_bot_api.py), which records each call
with its parameters. `main` runs in a worker thread (it calls asyncio.run) while the fake
server answers in the test's loop; `run --webhook` runs as a real process, stopped with
SIGTERM as a process manager would.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from pathlib import Path

import httpx
import pytest
from conftest import ROOT, TEST_TOKEN
from fake_bot_api import FakeBotApi

from bot.cli import main
from handlers.app import ALLOWED_UPDATES
from handlers.webhook import SECRET_HEADER

SECRET = "cli-secret-456"
USER = 3003


@pytest.fixture
def hook_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_api: FakeBotApi
             ) -> dict[str, str]:
    """The environment of a deployment: token, fake Bot API, secret, own database."""
    monkeypatch.chdir(tmp_path)  # no stray .env
    env = {
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_BASE_URL": fake_api.base_url,
        "TELEGRAM_API_FILE_URL": fake_api.file_url,
        "ONRECORD_WEBHOOK_SECRET": SECRET,
        "ONRECORD_DB_PATH": str(tmp_path / "db" / "onrecord.db"),
        "ONRECORD_SEEDS_DIR": str(ROOT / "seeds"),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("ONRECORD_REDIS_URL", raising=False)
    return env


async def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = await asyncio.to_thread(main, list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.usefixtures("hook_env")
async def test_webhook_set_registers_the_url_with_the_secret(
    fake_api: FakeBotApi, capsys: pytest.CaptureFixture[str],
) -> None:
    url = "https://bot.example.org/telegram"
    status, out, _ = await run_cli(capsys, "webhook", "set", url)
    assert status == 0 and url in out
    [call] = fake_api.calls_to("setWebhook")
    assert call.params["url"] == url
    assert call.params["secret_token"] == SECRET
    assert call.params["allowed_updates"] == ALLOWED_UPDATES
    assert "chat_member" not in ALLOWED_UPDATES and "message" in ALLOWED_UPDATES
    assert call.token == TEST_TOKEN


@pytest.mark.usefixtures("hook_env")
async def test_webhook_delete_removes_it(
    fake_api: FakeBotApi, capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = await run_cli(capsys, "webhook", "delete")
    assert status == 0 and "deleted" in out
    status, _, _ = await run_cli(capsys, "webhook", "delete", "--drop-pending-updates")
    assert status == 0
    first, second = fake_api.calls_to("deleteWebhook")
    assert not first.params.get("drop_pending_updates")
    assert second.params["drop_pending_updates"] is True
    assert not fake_api.calls_to("setWebhook")


async def test_webhook_set_refusals(
    fake_api: FakeBotApi, hook_env: dict[str, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    status, _, err = await run_cli(capsys, "webhook", "set", "http://bot.example.org/telegram")
    assert status == 1 and "https://" in err
    fake_api.fail_next("setWebhook", 400, "Bad Request: bad webhook: Failed to resolve host")
    status, _, err = await run_cli(capsys, "webhook", "set", "https://nowhere.invalid/telegram")
    assert status == 1 and "failed to resolve host" in err.lower() and "Traceback" not in err
    monkeypatch.delenv("ONRECORD_WEBHOOK_SECRET")
    status, _, err = await run_cli(capsys, "webhook", "set", "https://bot.example.org/telegram")
    assert status == 1 and "ONRECORD_WEBHOOK_SECRET is not set" in err
    assert [c.params["url"] for c in fake_api.calls_to("setWebhook")] == [
        "https://nowhere.invalid/telegram"]  # the one the Bot API refused


async def test_run_webhook_without_the_secret_or_token_exits_with_a_message(
    fake_api: FakeBotApi, hook_env: dict[str, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ONRECORD_WEBHOOK_SECRET")
    status, _, err = await run_cli(capsys, "run", "--webhook")
    assert status == 1
    assert err.startswith("run --webhook: refused: ONRECORD_WEBHOOK_SECRET is not set")
    monkeypatch.setenv("ONRECORD_WEBHOOK_SECRET", "not a valid secret!")
    status, _, err = await run_cli(capsys, "run", "--webhook")
    assert status == 1 and "ONRECORD_WEBHOOK_SECRET" in err
    assert "not a valid secret" not in err  # the variable and the rule, never the value
    monkeypatch.setenv("ONRECORD_WEBHOOK_SECRET", SECRET)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN")
    status, _, err = await run_cli(capsys, "run", "--webhook")
    assert status == 1 and "TELEGRAM_BOT_TOKEN is not set" in err
    assert fake_api.calls == []  # nothing started


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_run_webhook_serves_until_sigterm_and_finishes_the_update_in_flight(
    fake_api: FakeBotApi, hook_env: dict[str, str], tmp_path: Path,
) -> None:
    port = free_port()
    env = {**os.environ, **hook_env, "ONRECORD_WEBHOOK_LISTEN": f"127.0.0.1:{port}"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--webhook", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            async with asyncio.timeout(60):
                while True:
                    assert process.returncode is None, "run --webhook ended while starting"
                    try:
                        if (await client.get(f"{base}/healthz")).status_code == 200:
                            break
                    except httpx.TransportError:
                        await asyncio.sleep(0.1)
            fake_api.inject("sendMessage", "slow", delay=2.0)
            update = await fake_api.send_private_text(USER, "what did Hegseth say on NATO")
            posted = asyncio.create_task(client.post(
                f"{base}/telegram", content=json.dumps(update).encode(),
                headers={SECRET_HEADER: SECRET, "Content-Type": "application/json"}))
            async with asyncio.timeout(10):  # until the answer is being sent (held 2 s)
                while not fake_api.in_flight:
                    await asyncio.sleep(0.01)
            process.send_signal(signal.SIGTERM)
            response = await posted
        assert response.status_code == 200  # the update in flight was finished
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log = stderr.decode()
    assert process.returncode == 0, log
    assert f"serving POST /telegram on 127.0.0.1:{port}" in log
    assert "Traceback" not in log and TEST_TOKEN not in log
    [answer] = [c for c in fake_api.calls_to("sendMessage") if c.params["chat_id"] == USER]
    assert "NATO membership" in answer.params["text"]
    assert not {c.method for c in fake_api.calls} & {"setWebhook", "getUpdates"}
