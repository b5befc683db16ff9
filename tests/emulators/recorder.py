"""A bystander on loopback: a second HTTP server, on its own port, that records every request's headers.

Redirect tests point a provider's 3xx at it (another host, as far as a client can tell) and then
assert that no API key ever reached it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names


class HeaderRecorder:
    """Answers every request with `body` (200) and keeps what it was sent in `seen`."""

    def __init__(self, body: bytes = b'{"ok": true}', content_type: str = "application/json") -> None:
        self.body = body
        self.content_type = content_type
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "recorder not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> "HeaderRecorder":
        handler = type("Handler", (_Handler,), {"recorder": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True, name="header-recorder").start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "HeaderRecorder":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def holds(self, secret: str) -> bool:
        """Whether the secret arrived here in any header name or value, or in any path."""
        with self._lock:
            return any(secret in f"{s.path} {s.headers}" for s in self.seen)


class _Handler(BaseHTTPRequestHandler):
    recorder: HeaderRecorder
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        with self.recorder._lock:
            self.recorder.seen.append(Seen(self.command, self.path,
                                           {k.lower(): v for k, v in self.headers.items()}))
        self.send_response(200)
        self.send_header("Content-Type", self.recorder.content_type)
        self.send_header("Content-Length", str(len(self.recorder.body)))
        self.end_headers()
        self.wfile.write(self.recorder.body)

    do_GET = do_POST = do_DELETE = _answer
