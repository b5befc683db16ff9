"""A loopback HTTP server that hosts voice packs the way Hugging Face does for Piper voices: GET with
optional `Range: bytes=N-` (206 + Content-Range), Content-Length on every answer.

Faults on demand: `drop_after` closes the connection after that many body bytes (once per request
while `drops` lasts), `pause_s` slows each chunk so a test can cancel mid-way. HEAD answers like the
real host (200 on its root, a file's Content-Length); `hold` (an Event) keeps a HEAD waiting until set,
as a slow network would.
"""

from __future__ import annotations

import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHUNK = 1 << 16


class VoiceHost:
    def __init__(self) -> None:
        self.files: dict[str, Path | bytes] = {}
        self.requests: list[tuple[str, str | None]] = []  # (path, Range header)
        self.drop_after: int | None = None
        self.drops = 0
        self.pause_s = 0.0
        self.heads: list[str] = []  # paths asked with HEAD
        self.hold: threading.Event | None = None
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def add(self, name: str, content: Path | bytes) -> str:
        self.files[f"/{name}"] = content
        return f"{self.url}/{name}"

    def start(self) -> VoiceHost:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        host = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
                pass

            def do_HEAD(self) -> None:  # noqa: N802 - http.server's name
                host.heads.append(self.path)
                if host.hold is not None:
                    host.hold.wait(30)
                content = host.files.get(self.path)
                if content is None and self.path != "/":
                    self.send_error(404)
                    return
                self.send_response(200)
                size = 0 if content is None else (content.stat().st_size if isinstance(content, Path) else len(content))
                self.send_header("Content-Length", str(size))
                self.end_headers()

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                wanted = self.headers.get("Range")
                host.requests.append((self.path, wanted))
                content = host.files.get(self.path)
                if content is None:
                    self.send_error(404)
                    return
                data = content.read_bytes() if isinstance(content, Path) else content
                start = 0
                match = re.fullmatch(r"bytes=(\d+)-", wanted or "")
                if match:
                    start = int(match.group(1))
                    if start >= len(data):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(data)}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                else:
                    self.send_response(200)
                self.send_header("Content-Length", str(len(data) - start))
                self.send_header("Accept-Ranges", "bytes")
                self.end_headers()
                sent = 0
                limit = None
                if host.drop_after is not None and host.drops > 0 and len(data) - start > host.drop_after:
                    host.drops -= 1
                    limit = host.drop_after
                for offset in range(start, len(data), CHUNK):
                    piece = data[offset:offset + CHUNK]
                    if limit is not None and sent + len(piece) > limit:
                        self.wfile.write(piece[:limit - sent])
                        self.wfile.flush()
                        self.close_connection = True
                        return  # the connection closes short of Content-Length: a dropped download
                    try:
                        self.wfile.write(piece)
                    except (BrokenPipeError, ConnectionResetError):
                        return
                    sent += len(piece)
                    if host.pause_s:
                        time.sleep(host.pause_s)

        return Handler
