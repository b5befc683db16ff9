"""A real HTTP server that behaves like the ElevenLabs API, for provider tests.

Every request is first checked against the official OpenAPI document (tests/emulators/openapi.py); an
invalid one gets FastAPI's 422 and is recorded in `spec_violations`, which the pytest fixture asserts
empty, so a client that would be refused by the real API cannot pass here. Then: a queued fault for
that path if any, the key, and the stateful answer (elevenlabs_routes).

    with ElevenLabsEmulator() as emu:
        provider = ElevenLabsProvider(emu.key, base_url=emu.url)
        emu.inject("quota_exceeded", path="/v1/text-to-speech")
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.emulators.audio import speech_audio
from tests.emulators import elevenlabs_dictionaries  # noqa: F401  (registers its routes)
from tests.emulators import elevenlabs_timestamps  # noqa: F401  (registers its route)
from tests.emulators.elevenlabs_faults import NAMED, Fault
from tests.emulators.elevenlabs_routes import ROUTES, Reply
from tests.emulators.elevenlabs_state import (DEFAULT_MODELS, LIBRARY, Account, EmuModel, LibraryVoice,
                                              new_account)
from tests.emulators.openapi import OpenAPIValidator, spec_validator

DEFAULT_KEY = "sk_emulator_S3CRET_9f7e6d5c4b3a29187766"


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    query: list[tuple[str, str]]
    body: Any
    has_key: bool


class ElevenLabsEmulator:
    def __init__(self, validator: OpenAPIValidator | None = None) -> None:
        self.validator = validator or spec_validator()
        self.lock = threading.RLock()
        self.key = DEFAULT_KEY
        self.accounts: dict[str, Account] = {self.key: new_account(self.key)}
        self.models: dict[str, EmuModel] = {m.model_id: m for m in DEFAULT_MODELS}
        self.library: dict[str, LibraryVoice] = {v.voice_id: v for v in LIBRARY}
        self.latency = 0.0               # seconds added to each synthesis
        self.cost_header = "character-cost"  # or "x-character-count" (older name, per the skills doc)
        self.analytics_available = True  # False: the analytics endpoint 404s (fallback path)
        self.omit_is_added_by_user = False
        self.history_alignments = False  # history items carry the with-timestamps alignment (nullable)
        self.null_alignments = False  # with-timestamps answers with "alignment": null (nullable in the spec)
        # The history's audio as the spec declares it, audio/mpeg, whatever the item's output_format
        # (False: each item's audio as it was generated, PCM as audio/pcm).
        self.history_audio_mp3 = False
        self.requests: list[Recorded] = []
        self.spec_violations: list[str] = []
        self.server_errors: list[str] = []
        self.auto_added: list[str] = []  # library voices silently added by a synthesis
        self.clip_faults: list[str] = []  # elevenlabs_timestamps.CLIP_FAULTS, one per timestamped clip
        # A lagging history: while True, new generations are billed but left out of GET /v1/history
        # until release_history() (the real history can show a generation late).
        self.hold_history = False
        self.held_history: set[str] = set()
        self._faults: list[list[Any]] = []  # [fault, path prefix, remaining]
        self._release = threading.Event()
        self._server: ThreadingHTTPServer | None = None

    # -- set-up helpers --------------------------------------------------------------------------
    @property
    def account(self) -> Account:
        return self.accounts[DEFAULT_KEY]

    def add_account(self, key: str, **settings: Any) -> Account:
        self.accounts[key] = new_account(key, **settings)
        return self.accounts[key]

    def inject(self, fault: str | Fault, path: str = "/", times: int = 1) -> None:
        """Play `fault` (a name from elevenlabs_faults.NAMED or a Fault) for the next `times` requests
        whose path starts with `path`."""
        with self.lock:
            self._faults.append([NAMED[fault] if isinstance(fault, str) else fault, path, times])

    def _take_fault(self, path: str) -> Fault | None:
        with self.lock:
            for entry in self._faults:
                if path.startswith(entry[1]) and entry[2] > 0:
                    entry[2] -= 1
                    return entry[0]
        return None

    def release_history(self) -> None:
        """The held generations show in the history from now on."""
        with self.lock:
            self.held_history.clear()

    def calls(self, path_prefix: str) -> list[Recorded]:
        return [r for r in self.requests if r.path.startswith(path_prefix)]

    # -- life ------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None, "emulator not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> "ElevenLabsEmulator":
        server = _Server(("127.0.0.1", 0), _Handler)
        server.emulator = self
        self._server = server
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
                         name="elevenlabs-emulator").start()
        return self

    def stop(self) -> None:
        self._release.set()  # wake requests held by a "timeout" fault
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "ElevenLabsEmulator":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    emulator: ElevenLabsEmulator

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys
        error = sys.exc_info()[1]
        if not isinstance(error, (ConnectionError, TimeoutError, OSError)):
            self.emulator.server_errors.append(repr(error))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the real API; requests reuses connections
    # Headers and body go out in separate writes: with Nagle on, a keep-alive client waits for the
    # delayed ACK (40 ms) on every request.
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet: pytest shows failures, not traffic
        pass

    def do_GET(self) -> None:
        self._dispatch("get")

    def do_POST(self) -> None:
        self._dispatch("post")

    def do_DELETE(self) -> None:
        self._dispatch("delete")

    def do_PATCH(self) -> None:
        self._dispatch("patch")

    def do_PUT(self) -> None:
        self._dispatch("put")

    def _dispatch(self, method: str) -> None:
        emu = self.server.emulator
        parts = urlsplit(self.path)
        query = parse_qsl(parts.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw and "json" in (self.headers.get("Content-Type") or "") else None
        except ValueError:
            body = None
        with emu.lock:
            emu.requests.append(Recorded(method, parts.path, query, body,
                                         bool(self.headers.get("xi-api-key"))))
        problems = emu.validator.validate_request(method, parts.path, query, raw,
                                                  self.headers.get("Content-Type"))
        if problems:
            with emu.lock:
                emu.spec_violations.extend(f"{method.upper()} {parts.path}: {p}" for p in problems)
            detail = [{"loc": ["request"], "msg": p, "type": "value_error"} for p in problems]
            return self._send(Reply(422, {"detail": detail}))
        fault = emu._take_fault(parts.path)
        if fault is not None and fault.kind != "truncated_billed":
            return self._play(fault, emu)
        key = self.headers.get("xi-api-key")
        account = emu.accounts.get(key or "")
        if account is None:
            status = "invalid_api_key" if key else "needs_authorization"
            message = ("Invalid API key" if key else
                       "Neither authorization header nor xi-api-key received, please provide one.")
            return self._send(Reply(401, {"detail": {"status": status, "message": message}}))
        match = emu.validator.match(method, parts.path)
        handler = ROUTES.get((method, match.template)) if match else None
        if handler is None:
            return self._send(Reply(404, {"detail": "Not Found"}))
        grouped: dict[str, list[str]] = {}
        for name, value in query:
            grouped.setdefault(name, []).append(value)
        reply = handler(emu, account, match.path_params, grouped, body)
        if fault is not None and reply.status == 200 and (reply.audio or reply.json):
            # Generated and billed (it is in the history), but the body breaks off half way.
            whole = reply.audio or json.dumps(reply.json).encode()
            kind = "audio/mpeg" if reply.audio else "application/json"
            self._raw(200, kind, whole[:len(whole) // 2], declared=len(whole))
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return None
        self._send(reply)

    def _send(self, reply: Reply, content_type: str = "application/json") -> None:
        payload = reply.audio if reply.audio is not None else json.dumps(reply.json).encode()
        self.send_response(reply.status)
        headers = {"Content-Type": content_type, "server": "uvicorn", "x-trace-id": "emulated",
                   **reply.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _raw(self, status: int, content_type: str, payload: bytes, declared: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload) if declared is None else declared))
        self.end_headers()
        self.wfile.write(payload)
        self.wfile.flush()

    def _drip(self, fault: Fault, emu: ElevenLabsEmulator) -> None:
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(fault.body)))
        self.end_headers()
        self.wfile.flush()
        for index in range(len(fault.body)):
            if emu._release.wait(fault.seconds):
                return  # the emulator is stopping
            try:
                self.wfile.write(fault.body[index:index + 1])
                self.wfile.flush()
            except OSError:
                return  # the client gave up: that is the point
        return None

    def _play(self, fault: Fault, emu: ElevenLabsEmulator) -> None:
        if fault.kind == "error":
            return self._send(Reply(fault.status, fault.body, headers=dict(fault.headers)))
        if fault.kind == "text_error":
            return self._raw(fault.status, "text/plain" if "<" not in fault.body else "text/html",
                             fault.body.encode())
        if fault.kind == "timeout":
            emu._release.wait(fault.seconds)  # the client gives up first; then answer into the void
            self.close_connection = True
            return self._raw(200, "audio/mpeg", speech_audio("late", "mp3"))
        if fault.kind == "reset":
            self.close_connection = True
            # SO_LINGER 0 turns close() into a TCP RST: "connection reset by peer" on the client.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            return None
        if fault.kind == "truncated":
            audio = speech_audio("This clip will be cut off half way.", "mp3")
            self._raw(200, "audio/mpeg", audio[:len(audio) // 2], declared=len(audio))
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return None
        if fault.kind == "html":
            return self._raw(200, "text/html; charset=utf-8", fault.body.encode())
        if fault.kind == "html_as_audio":
            return self._raw(200, "audio/mpeg", fault.body.encode())
        if fault.kind == "json200":
            return self._raw(200, "application/json", json.dumps(fault.body).encode())
        if fault.kind == "empty":
            return self._raw(200, "audio/mpeg", b"")
        if fault.kind == "raw":
            return self._raw(200, "application/json", fault.body)
        if fault.kind == "drip":
            return self._drip(fault, emu)
        raise ValueError(f"unknown fault {fault.kind}")
