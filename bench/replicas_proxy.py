"""deploy/Caddyfile, run by a local Caddy in front of a stand-in replica: what it forwards.

    .venv/bin/python bench/replicas_proxy.py [--caddy caddy]

Needs the `caddy` binary (Debian's package; not a Python dependency). The Caddyfile is
used as docker-compose.yml's scale profile mounts it, with its variables pointed here:
ONRECORD_DOMAIN=http://127.0.0.1:<port> (plain HTTP: no certificate), the upstream
127.0.0.1:<port> of a stand-in replica (an asyncio HTTP server that answers POST
/telegram 200, or 503 when the body says so, and counts what it received); the admin
endpoint is turned off. Checks, each printed: an update reaches the replica with its
secret header and body and the 200 comes back; a 503 ("being handled") comes back to
Telegram as it is and is sent once (not retried); a replica refusing connections for
2 s (restarting) costs a late 200, not an error (lb_try_duration 5 s); other paths get 404.
Docker's DNS and several replicas cannot be had here: one address stands for them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class StandIn:
    """A replica's stand-in: POST /telegram -> 200 ("busy" in the body -> 503)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.received: list[tuple[str, bytes]] = []  # (secret header, body)
        self.server: asyncio.Server | None = None

    async def start(self) -> None:
        self.server = await asyncio.start_server(self.serve, "127.0.0.1", self.port)

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        headers = {k.lower(): v.strip() for k, _, v in (h.partition(":") for h in head[1:])}
        body = await reader.readexactly(int(headers.get("content-length", 0)))
        self.received.append((headers.get("x-telegram-bot-api-secret-token", ""), body))
        status = "503 Service Unavailable" if b"busy" in body else "200 OK"
        writer.write(f"HTTP/1.1 {status}\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                     .encode())
        await writer.drain()
        writer.close()


async def checks(caddy: str) -> list[tuple[str, bool]]:
    front, back = free_port(), free_port()
    replica = StandIn(back)
    await replica.start()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "Caddyfile"
        config.write_text("{\n\tadmin off\n}\n" + (ROOT / "deploy" / "Caddyfile").read_text())
        env = {**os.environ, "ONRECORD_DOMAIN": f"http://127.0.0.1:{front}",
               "ONRECORD_UPSTREAM": "127.0.0.1", "ONRECORD_UPSTREAM_PORT": str(back),
               "HOME": tmp, "XDG_DATA_HOME": tmp, "XDG_CONFIG_HOME": tmp}
        proxy = await asyncio.create_subprocess_exec(
            caddy, "run", "--config", str(config), "--adapter", "caddyfile", env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
        try:
            return await ask(f"http://127.0.0.1:{front}", replica)
        finally:
            proxy.terminate()
            await proxy.wait()
            await replica.stop()


async def ask(url: str, replica: StandIn) -> list[tuple[str, bool]]:
    headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret"}
    async with httpx.AsyncClient(timeout=30) as client:
        async with asyncio.timeout(20):
            while True:
                try:
                    await client.get(f"{url}/healthz")
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
        ok = await client.post(f"{url}/telegram", content=b'{"update_id": 1}', headers=headers)
        forwarded = replica.received == [("s3cret", b'{"update_id": 1}')]
        busy = await client.post(f"{url}/telegram", content=b'{"busy": 2}', headers=headers)
        sent_once = len(replica.received) == 2
        other = await client.get(f"{url}/healthz")
        await replica.stop()
        asyncio.get_running_loop().call_later(2.0, lambda: asyncio.ensure_future(
            replica.start()))
        began = time.monotonic()
        late = await client.post(f"{url}/telegram", content=b'{"update_id": 3}',
                                 headers=headers)
        waited = time.monotonic() - began
    return [
        ("POST /telegram reaches the replica with its header and body; 200 back",
         ok.status_code == 200 and forwarded),
        ("a 503 comes back as 503 and was sent once", busy.status_code == 503 and sent_once),
        (f"a replica down for 2 s: {late.status_code} after {waited:.1f} s",
         late.status_code == 200
         and waited >= 1.5),
        ("any other path: 404", other.status_code == 404),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--caddy", default="caddy")
    args = parser.parse_args(argv)
    results = asyncio.run(checks(args.caddy))
    for name, passed in results:
        print(f"{'ok ' if passed else 'FAIL'} {name}")
    return 0 if all(passed for _, passed in results) else 1


if __name__ == "__main__":
    sys.exit(main())
