"""All configuration, read once from environment variables and an optional .env file."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_API_FILE_URL = "https://api.telegram.org/file/bot"
# Where the seed articles live: the repository's seeds/ folder beside this package
# (an editable install or a checkout), else seeds/ in the working directory.
_REPO_SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DEFAULT_SEEDS_DIR = _REPO_SEEDS if _REPO_SEEDS.is_dir() else Path("seeds")
# What Telegram accepts as a webhook's secret_token: 1-256 of A-Z, a-z, 0-9, _ and -.
WEBHOOK_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")


class Settings(BaseSettings):
    """Environment variables keep their documented names (see README, Configuration)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    telegram_bot_token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field(default=DEFAULT_API_BASE_URL, alias="TELEGRAM_API_BASE_URL")
    telegram_api_file_url: str = Field(default=DEFAULT_API_FILE_URL, alias="TELEGRAM_API_FILE_URL")
    db_path: Path = Field(default=Path("data/onrecord.db"), alias="ONRECORD_DB_PATH")
    # PostgreSQL (postgresql://user:password@host/db) instead of the SQLite file at db_path.
    database_url: SecretStr | None = Field(default=None, alias="ONRECORD_DATABASE_URL")
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), alias="ONRECORD_ADMIN_IDS"
    )
    seeds_dir: Path = Field(default=DEFAULT_SEEDS_DIR, alias="ONRECORD_SEEDS_DIR")
    # None: INFO for the bot, WARNING for one-shot CLI commands (their output is the answer).
    log_level: str | None = Field(default=None, alias="ONRECORD_LOG_LEVEL")
    # /load URL: fetching pages (bot.fetch).
    allow_private_urls: bool = Field(default=False, alias="ONRECORD_ALLOW_PRIVATE_URLS")
    max_article_bytes: int = Field(default=2_000_000, gt=0, alias="ONRECORD_MAX_ARTICLE_BYTES")
    fetch_timeout: float = Field(default=15.0, gt=0, alias="ONRECORD_FETCH_TIMEOUT")
    # Processes extracting statements from articles being loaded (bot.workers, bot.ingest).
    extract_workers: int = Field(default_factory=lambda: min(2, os.cpu_count() or 1), ge=1,
                                 le=64, alias="ONRECORD_EXTRACT_WORKERS")
    # Groups: the same query in the same group within this many seconds is not answered again.
    group_cooldown: float = Field(default=60.0, ge=0, alias="ONRECORD_GROUP_COOLDOWN")
    # Private chats: each user may ask this many questions at once, then this many a minute.
    user_burst: int = Field(default=8, ge=1, alias="ONRECORD_USER_BURST")
    user_rate: float = Field(default=20.0, gt=0, alias="ONRECORD_USER_RATE")
    # Retries of a request that failed transiently (5xx, dropped connection, timeout).
    send_retries: int = Field(default=3, ge=0, le=10, alias="ONRECORD_SEND_RETRIES")
    # Seconds to wait for the Bot API's answer (getUpdates aside) before the request counts
    # as failed and is retried; 5 is python-telegram-bot's own default.
    api_timeout: float = Field(default=5.0, gt=0, alias="ONRECORD_API_TIMEOUT")
    # Webhook mode (`run --webhook`): where the server listens (host:port) and the secret
    # Telegram sends in X-Telegram-Bot-Api-Secret-Token with every update.
    webhook_listen: str = Field(default="127.0.0.1:8080", alias="ONRECORD_WEBHOOK_LISTEN")
    webhook_secret: SecretStr | None = Field(default=None, alias="ONRECORD_WEBHOOK_SECRET")
    # Shared state (bot.state) in Redis, for several replicas; unset: in this process.
    redis_url: SecretStr | None = Field(default=None, alias="ONRECORD_REDIS_URL")
    # The ingestion queue (bot.queue, PostgreSQL only): a worker's heartbeat period, the
    # silence after which its running jobs are retried, the fallback poll for new jobs
    # (LISTEN/NOTIFY wakes workers first) and the crons of the periodic tasks (5 fields,
    # or 6 with seconds last): retrying stalled jobs, pruning old saved queries.
    queue_heartbeat: float = Field(default=10.0, gt=0, alias="ONRECORD_QUEUE_HEARTBEAT")
    queue_stalled_after: float = Field(default=30.0, gt=0, alias="ONRECORD_QUEUE_STALLED_AFTER")
    queue_poll: float = Field(default=5.0, gt=0, alias="ONRECORD_QUEUE_POLL")
    queue_stalled_cron: str = Field(default="* * * * *", alias="ONRECORD_QUEUE_STALLED_CRON")
    queue_prune_cron: str = Field(default="17 4 * * *", alias="ONRECORD_QUEUE_PRUNE_CRON")

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",")]
            return frozenset(int(p) for p in parts if p)
        return value

    @field_validator("telegram_bot_token", "webhook_secret", "redis_url", "database_url",
                     mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _telegram_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not WEBHOOK_SECRET_RE.fullmatch(value.get_secret_value()):
            raise ValueError("1 to 256 characters, only A-Z, a-z, 0-9, _ and - (Telegram's rule)")
        return value

    @field_validator("webhook_listen")
    @classmethod
    def _host_and_port(cls, value: str) -> str:
        listen_address(value)
        return value

    def webhook_address(self) -> tuple[str, int]:
        return listen_address(self.webhook_listen)


def listen_address(value: str) -> tuple[str, int]:
    """("host", port) from "host:port" ("[::1]:8080" for IPv6); ValueError if malformed."""
    host, colon, port = value.strip().rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not colon or not host or not port.isdigit() or int(port) > 65535:
        raise ValueError(f"expected host:port (e.g. 127.0.0.1:8080), not {value!r}")
    return host, int(port)


class ConfigError(Exception):
    """The environment or .env holds a value the bot cannot use; the message names the
    variable and the rule, never the value (it may be a secret)."""


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        problems = [f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
                    for err in exc.errors(include_input=False, include_url=False)]
        raise ConfigError("bad configuration: " + "; ".join(problems)) from None
