"""A tiny account server on loopback for the account tests: balance endpoints only, and a record of
what it was sent (to prove where the key travelled).

It is not the provider emulators (tests/emulators/): it answers just ElevenLabs' subscription and
Narakeet's credits, with one accepted key, so the key commands and the key-leak test can run whatever
state the emulators are in.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SUBSCRIPTION = {
    "tier": "creator", "character_count": 17231, "character_limit": 100000,
    "can_extend_character_limit": False, "max_character_limit_extension": 0,
    "next_character_count_reset_unix": 1796306400,  # 2026-12-03T14:00:00Z
    "voice_slots_used": 7, "voice_limit": 10, "status": "active",
}


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class AccountStub:
    accepted_key: str
    seen: list[Seen] = field(default_factory=list)
    url: str = ""
    _server: ThreadingHTTPServer | None = None

    def start(self) -> AccountStub:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:  # keep the test output quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                stub.seen.append(Seen("GET", self.path, dict(self.headers.items()),
                                      self.rfile.read(length) if length else b""))
                key = self.headers.get("xi-api-key") or self.headers.get("x-api-key")
                if key != stub.accepted_key:
                    self._send(401, {"detail": {"status": "invalid_api_key",
                                                "message": "Invalid API key"}})
                elif self.path.startswith("/v1/user/subscription"):
                    self._send(200, SUBSCRIPTION)
                elif self.path.startswith("/account/credits"):
                    self._send(200, {"creditSeconds": 5701, "plan": "TOPUP"})
                else:
                    self._send(404, {"detail": "Not Found"})

            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
