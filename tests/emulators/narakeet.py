"""A Narakeet API emulator: a real HTTP server on loopback that follows reference/narakeet.md.

Stateful: API keys map to accounts whose creditSeconds go down by the rounded-up duration of each
clip. Streaming (Accept: application/octet-stream) refuses WAV and bodies over 1 KB like the real
service; polling hands out a status URL under /storage/ on the same server, which plays the part of
pre-signed S3 links: it refuses any request that carries x-api-key (so a client leaking its key to
storage fails) and any request without the signature query. Faults are injected with inject().
"""

from __future__ import annotations

import json
import math
import socket
import struct
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tests.emulators import audio

STREAMING_LIMIT = 1024
POLLING_LIMIT = 1024 * 1024
CONTENT_TYPES = {"mp3": "audio/mpeg", "m4a": "audio/mp4", "wav": "audio/wav"}

# Real entries of the July 2024 /voices dump (reference/narakeet.md §3), French and English first.
_VOICE_ROWS = [  # name, language, languageCode, styles
    ("alain", "French (Metropolitan)", "fr-FR", "literal normal"),
    ("brigitte", "French (Metropolitan)", "fr-FR", "literal normal ipa"),
    ("antoine", "French (Canadian)", "fr-CA", "literal normal ipa"),
    ("ariane", "French (Swiss)", "fr-CH", "literal normal ipa"),
    ("amy", "English (British)", "en-GB", "literal normal ipa x-sampa"),
    ("brian", "English (British)", "en-GB", "literal normal ipa x-sampa"),
    ("aileen", "English (Scottish Accent)", "en-GB-SCT", "literal normal ipa"),
    ("amanda", "English (American)", "en-US", "literal normal"),
    ("baihe", "Chinese (Mandarin)", "cmn-CN", "literal normal ipa"),
    ("akira", "Japanese", "ja-JP", "literal normal"),
]
DEFAULT_VOICES = [{"name": name, "language": language, "languageCode": code, "styles": styles.split()}
                  for name, language, code, styles in _VOICE_ROWS]

# Fault kinds. Before handling: the request is answered with the fault instead.
PRE_FAULTS = {"429", "500", "502", "503", "401", "403", "credits", "timeout", "reset", "not_json",
              "redirect", "drip", "body"}
# While sending audio (streaming answer or storage result): the audio itself is damaged.
AUDIO_FAULTS = {"truncate", "half_audio", "content_type"}
# When a polling task is created: the task ends with finished true, succeeded false.
TASK_FAULTS = {"task_failure"}


@dataclass
class Account:
    credit_seconds: int
    identity: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    plan: str = "TOPUP"


@dataclass
class Fault:
    kind: str
    path: str = "/text-to-speech"  # applies to requests whose path starts with this
    times: int = 1
    retry_after: str | None = "1"
    delay: float = 2.0             # "timeout": seconds before answering; "drip": between bytes
    message: str = "Error generating audio: the voice engine failed"
    location: str | None = None    # "redirect": where to (default: this server's storage)
    body: bytes = b'{"creditSeconds": 3600}'  # "body": a 200 JSON answer; "drip": sent 1 byte at a time


@dataclass
class Task:
    id: str
    key: str
    fmt: str
    seconds: float
    charge: int
    polls: int = 0
    fail_message: str | None = None
    charged: bool = False


@dataclass(frozen=True)
class Logged:
    method: str
    path: str
    query: dict
    headers: dict  # lower-case names
    body: bytes


class NarakeetEmulator:
    def __init__(self, accounts: dict[str, int] | None = None, *, voices: list[dict] | None = None,
                 latency: float = 0.0, bad_key_status: int = 403, polls_until_done: int = 2,
                 insufficient_status: int = 402) -> None:
        self.accounts = {key: Account(seconds) for key, seconds in (accounts or {}).items()}
        self.voices = voices if voices is not None else DEFAULT_VOICES
        self.latency = latency
        self.bad_key_status = bad_key_status        # the real one says 403 "Forbidden" (CLI tests)
        self.polls_until_done = polls_until_done    # status GETs before a task is finished
        self.insufficient_status = insufficient_status
        self.faults: list[Fault] = []
        self.tasks: dict[str, Task] = {}
        self.log: list[Logged] = []
        self.key_leaks = 0
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- control -----------------------------------------------------------------------------------

    def start(self) -> "NarakeetEmulator":
        handler = type("Handler", (_Handler,), {"emulator": self})
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "NarakeetEmulator":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def inject(self, kind: str, *, path: str = "/text-to-speech", times: int = 1, **options) -> Fault:
        assert kind in PRE_FAULTS | AUDIO_FAULTS | TASK_FAULTS, kind
        fault = Fault(kind, path, times, **options)
        with self.lock:
            self.faults.append(fault)
        return fault

    def credits(self, key: str) -> int:
        return self.accounts[key].credit_seconds

    def requests_to(self, prefix: str) -> list[Logged]:
        return [r for r in self.log if r.path.startswith(prefix)]

    def take_fault(self, path: str, kinds: set[str]) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.kind in kinds and path.startswith(fault.path) and fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    @staticmethod
    def clip_seconds(text: str, speed: float) -> float:
        """The emulated speech length (what the audio really lasts) for text at speed."""
        return max(0.3, round(audio.duration_for(text) / speed, 1))


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A client that timed out or was reset on purpose is the point of a fault, not a failure.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    emulator: NarakeetEmulator
    protocol_version = "HTTP/1.1"  # keep-alive, like the real service: clients reuse connections
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall per keep-alive request

    def log_message(self, format, *args) -> None:  # quiet test output
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    # -- dispatch ----------------------------------------------------------------------------------

    def _handle(self, method: str) -> None:
        emulator = self.emulator
        parts = urlsplit(self.path)
        self.query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        with emulator.lock:
            emulator.log.append(Logged(method, parts.path, self.query, headers, self.body))
        if emulator.latency:
            time.sleep(emulator.latency)
        fault = emulator.take_fault(parts.path, PRE_FAULTS)
        if fault and self._pre_fault(fault):
            return
        if parts.path.startswith("/storage/"):
            return self._storage(method, parts.path)
        account = emulator.accounts.get(headers.get("x-api-key", ""))
        if account is None:
            return self._json(emulator.bad_key_status, {"message": "Forbidden"})
        if method == "GET" and parts.path == "/voices":
            return self._json(200, emulator.voices)
        if method == "GET" and parts.path == "/account/credits":
            return self._json(200, {"creditSeconds": account.credit_seconds, "requestId": str(uuid.uuid4()),
                                    "identity": account.identity, "billingId": "billing-1",
                                    "plan": account.plan})
        if method == "POST" and parts.path.startswith("/text-to-speech/"):
            return self._tts(parts.path.rsplit("/", 1)[-1], account, headers)
        self._json(404, {"message": "Not Found"})

    def _pre_fault(self, fault: Fault) -> bool:
        kind = fault.kind
        if kind == "timeout":
            time.sleep(fault.delay)
            return False  # then answer normally: the client has given up by now
        if kind == "reset":
            # SO_LINGER 0: close() sends RST, which the client sees as "connection reset by peer".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return True
        if kind == "429":
            extra = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            self._json(429, {"message": "Too Many Requests"}, extra)
        elif kind in ("500", "502", "503"):
            extra = {"Retry-After": fault.retry_after} if kind == "503" and fault.retry_after else {}
            self._text(int(kind), "Internal server error" if kind == "500" else "Service Unavailable", extra)
        elif kind in ("401", "403"):
            self._json(int(kind), {"message": "Unauthorized" if kind == "401" else "Forbidden"})
        elif kind == "credits":
            self._insufficient(0, 1)
        elif kind == "redirect":  # to storage: a client following it with its key on would leak it
            where = fault.location or "/storage/elsewhere/status?X-Amz-Signature=x"
            self._send(302, b"", "text/plain", {"Location": where})
        elif kind == "body":
            self._send(200, fault.body, "application/json")
        elif kind == "drip":
            self._drip(fault)
        elif kind == "not_json":
            self._send(200, b"<html><body>Gateway says hello</body></html>", "text/html")
        return True

    def _drip(self, fault: Fault) -> None:  # a slow provider: all headers, then 1 byte per delay
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Length", str(len(fault.body)))
        self.end_headers()
        for index in range(len(fault.body)):
            time.sleep(fault.delay)
            try:
                self.wfile.write(fault.body[index:index + 1])
                self.wfile.flush()
            except OSError:
                return  # the client gave up: that is the point

    # -- text to speech ----------------------------------------------------------------------------

    def _tts(self, fmt: str, account: Account, headers: dict) -> None:
        emulator = self.emulator
        if fmt not in CONTENT_TYPES:
            return self._json(404, {"message": "Not Found"})
        voice = (self.query.get("voice") or "").lower()
        if not any(v["name"] == voice for v in emulator.voices):
            return self._text(400, f"Unsupported voice: {voice or '(none)'}")
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError:
            return self._text(400, "The script must be UTF-8 text")
        if not text.strip():
            return self._text(400, "The script is empty")
        speed = float(self.query.get("voice-speed") or 1.0)
        seconds = emulator.clip_seconds(text, speed)
        charge = math.ceil(seconds)  # billed per request, in whole seconds rounded up
        if headers.get("accept") == "application/octet-stream":
            if fmt == "wav":
                return self._text(400, "WAV output is not supported by the streaming API; "
                                       "use the polling API")
            if len(self.body) > STREAMING_LIMIT:
                return self._text(400, "Content too long for the streaming API (1 KB maximum); "
                                       "use the polling API")
            with emulator.lock:
                if account.credit_seconds < charge:
                    return self._insufficient(account.credit_seconds, charge)
                account.credit_seconds -= charge
            return self._audio(fmt, seconds, {"x-duration-seconds": str(charge)})
        if len(self.body) > POLLING_LIMIT:
            return self._text(400, "Content too long (1024 KB maximum)")
        with emulator.lock:
            if account.credit_seconds < charge:
                return self._insufficient(account.credit_seconds, charge)
            task = Task(str(uuid.uuid4()), headers["x-api-key"], fmt, seconds, charge)
            emulator.tasks[task.id] = task
        failure = emulator.take_fault("/text-to-speech/", TASK_FAULTS)
        if failure:
            task.fail_message = failure.message
        self._json(200, {"requestId": str(uuid.uuid4()), "taskId": task.id,
                         "statusUrl": self._signed(f"/storage/{task.id}/status")})

    # -- storage: pre-signed status and result links --------------------------------------------------

    def _storage(self, method: str, path: str) -> None:
        emulator = self.emulator
        if "x-api-key" in {k.lower() for k in self.headers.keys()}:
            with emulator.lock:
                emulator.key_leaks += 1
            return self._xml(400, "InvalidRequest", "An API key must not be sent to storage")
        if method != "GET" or "X-Amz-Signature" not in self.query:
            return self._xml(403, "AccessDenied", "Request has expired or is not signed")
        _, _, task_id, name = path.split("/", 3) if path.count("/") == 3 else ("", "", "", "")
        task = emulator.tasks.get(task_id)
        if task is None:
            return self._xml(404, "NoSuchKey", "The specified key does not exist.")
        if name == "status":
            return self._json(200, self._status(task))
        if name == f"result.{task.fmt}" and task.charged:
            return self._audio(task.fmt, task.seconds, {})
        self._xml(404, "NoSuchKey", "The specified key does not exist.")

    def _status(self, task: Task) -> dict:
        emulator = self.emulator
        with emulator.lock:
            task.polls += 1
            if task.polls < emulator.polls_until_done:
                progress = {"percent": min(90, 30 * task.polls), "message": "Generating audio",
                            "succeeded": False}
                if task.polls > 1:  # the first in-progress document has no "finished" key at all
                    progress["finished"] = False
                return progress
            account = emulator.accounts[task.key]
            if task.fail_message is None and not task.charged:
                if account.credit_seconds < task.charge:
                    task.fail_message = "Insufficient credit to generate audio; please top up your account"
                else:
                    account.credit_seconds -= task.charge
                    task.charged = True
        if task.fail_message is not None:
            return {"percent": 100, "finished": True, "succeeded": False, "message": task.fail_message}
        return {"percent": 100, "finished": True, "succeeded": True, "message": "Generated audio",
                "result": self._signed(f"/storage/{task.id}/result.{task.fmt}"),
                "durationInSeconds": task.charge}

    # -- answers -----------------------------------------------------------------------------------

    def _signed(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}?X-Amz-Expires=86400&X-Amz-Signature={uuid.uuid4().hex}"

    def _insufficient(self, have: int, need: int) -> None:
        self._json(self.emulator.insufficient_status,
                   {"message": f"Insufficient credit: {need} seconds needed, {have} available. "
                               "Top up your account."})

    def _audio(self, fmt: str, seconds: float, extra: dict) -> None:
        data = audio.encoded(seconds, fmt)
        fault = self.emulator.take_fault(self.path, AUDIO_FAULTS)
        if fault and fault.kind == "content_type":
            return self._send(200, b"<html><body>Sorry</body></html>", "text/html", extra)
        if fault and fault.kind == "half_audio":
            data = data[: len(data) // 2]  # an honest Content-Length, but half the clip
        if fault and fault.kind == "truncate":
            # Announce the whole clip, send half, hang up: the client must notice.
            self.send_response(200)
            self.send_header("Content-Type", CONTENT_TYPES[fmt])
            self.send_header("Content-Length", str(len(data)))
            for name, value in extra.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self._send(200, data, CONTENT_TYPES[fmt], extra)

    def _json(self, status: int, payload, extra: dict | None = None) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json", extra)

    def _text(self, status: int, text: str, extra: dict | None = None) -> None:
        self._send(status, text.encode(), "text/plain; charset=utf-8", extra)

    def _xml(self, status: int, code: str, message: str) -> None:
        body = (f'<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code>'
                f'<Message>{message}</Message></Error>')
        self._send(status, body.encode(), "application/xml")

    def _send(self, status: int, body: bytes, content_type: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
