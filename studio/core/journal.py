"""The request journal: every paid request is written down, durably, before it is sent.

A request that was in flight when the process died was billed by the provider, but its clip never
reached the cache. Without a record of it, the next run would pay for it again. So, next to the clip
cache:

    <cache>/journal/<uuid>.jsonl     one file per running job, append-only, fsynced per record

Records (one JSON object per line):

    {"t": "sent", "id": ..., "key": ..., "spec": {...}, "sent_at": unix s, "wait_s": s, ...}
    {"t": "answer", "id": ..., "request_id": ..., "history_item_id": ..., "cost": ...}
    {"t": "closed", "id": ..., "how": "stored" | "refused" | "recovered" | "unbilled" | ...}

"sent" is fsynced before the request leaves; an entry with no "closed" is unfinished. The owner holds
an advisory lock on its file while it runs (fcntl on POSIX, msvcrt on Windows): a file whose lock can
be taken belongs to a process that is gone, and its unfinished entries are what recovery
(studio.core.recovery) looks for in the provider's history. A torn last line (killed mid-append) is
ignored: its request was never sent, since sending waits for the fsync.

Nothing secret goes in: texts, voices and models only (the same as the clip's sidecar).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.core.atomic import fsync_dir
from studio.core.clip_spec import ClipSpec
from studio.core.file_lock import try_lock as _try_lock

log = logging.getLogger(__name__)

JOURNAL_DIR = "journal"
SUFFIX = ".jsonl"

# How an entry was closed.
STORED = "stored"          # the clip is in the cache
REFUSED = "refused"        # the provider answered with an error status: not billed
RECOVERED = "recovered"    # fetched back from the provider's history
UNBILLED = "unbilled"      # not in the provider's history after its wait: never billed
REPORTED = "reported"      # no history to look in: counted as "may have been billed" once
SUPERSEDED = "superseded"  # its clip reached the cache another way (a retry that succeeded)


def request_window_s(text: str) -> float:
    """How long a synthesis request may be in flight: the providers' own deadline for it
    (studio.providers.http.Deadlines: 30 s plus 0.1 s a character, at most 10 minutes)."""
    return min(600.0, 30.0 + 0.1 * len(text))


@dataclass
class JournalEntry:
    """One paid request, as written before it was sent (plus what the answer said, if one came)."""

    id: str
    key: str
    spec: dict[str, Any]
    sent_at: float                  # unix seconds, this machine's clock
    wait_s: float                   # how long the provider may take to finish it (history settles)
    previous_text: str | None = None
    next_text: str | None = None
    estimated: float = 0.0
    request_id: str | None = None
    history_item_id: str | None = None
    cost: float | None = None
    closed: str | None = None
    file: str = ""                  # the journal file it was read from

    @property
    def provider(self) -> str:
        return str(self.spec.get("provider") or "")

    @property
    def voice(self) -> str:
        return str(self.spec.get("voice") or "")

    @property
    def model(self) -> str | None:
        model = self.spec.get("model")
        return str(model) if model else None

    @property
    def text(self) -> str:
        return str(self.spec.get("text") or "")

    @property
    def settings(self) -> dict[str, Any]:
        settings = self.spec.get("settings")
        return dict(settings) if isinstance(settings, dict) else {}

    def clip_spec(self) -> ClipSpec | None:
        """The spec again, exactly as the key was computed from it (None when it was not one)."""
        return ClipSpec.from_json(self.spec)


@dataclass
class _OwnFile:
    path: Path
    fd: int
    lock: threading.Lock = field(default_factory=threading.Lock)


class RequestJournal:
    """One job's journal file (created on first use, deleted at `release` when every entry is closed)."""

    def __init__(self, cache_root: str | os.PathLike[str], clock=time.time) -> None:  # noqa: ANN001
        self.folder = Path(cache_root) / JOURNAL_DIR
        self._clock = clock
        self._own: _OwnFile | None = None
        self._open_ids: set[str] = set()
        self._guard = threading.Lock()

    # -- writing ----------------------------------------------------------------------------------
    def sent(self, spec: ClipSpec, *, previous_text: str | None = None, next_text: str | None = None,
             estimated: float = 0.0, wait_s: float | None = None) -> JournalEntry:
        """Record a request about to be sent. Raises OSError when it cannot be recorded (then the
        request must not be sent: nobody could recover it)."""
        entry = JournalEntry(id=uuid.uuid4().hex, key=spec.key, spec=spec.as_json(), sent_at=self._clock(),
                             wait_s=float(wait_s if wait_s is not None else request_window_s(spec.text)),
                             previous_text=previous_text, next_text=next_text,
                             estimated=_float(estimated) or 0.0, file=str(self.folder))
        self._append({"t": "sent", "id": entry.id, "key": entry.key, "spec": entry.spec,
                      "sent_at": entry.sent_at, "wait_s": entry.wait_s, "previous_text": previous_text,
                      "next_text": next_text, "estimated": entry.estimated})
        with self._guard:
            self._open_ids.add(entry.id)
        return entry

    def answered(self, entry_id: str, *, request_id: str | None = None, history_item_id: str | None = None,
                 cost: float | None = None) -> None:
        """Record what a response said about its request (best effort: the entry stays open)."""
        try:
            self._append({"t": "answer", "id": entry_id, "request_id": request_id,
                          "history_item_id": history_item_id, "cost": cost})
        except OSError as error:
            log.warning("journal: could not record an answer: %s", error)

    def closed(self, entry_id: str, how: str) -> None:
        """Close an entry (the file goes at `release` when no entry in it is open)."""
        try:
            self._append({"t": "closed", "id": entry_id, "how": how})
        except OSError as error:
            # The entry stays open: a later recovery finds its clip cached and closes it then.
            log.warning("journal: could not close an entry: %s", error)
            return
        with self._guard:
            self._open_ids.discard(entry_id)

    def release(self) -> None:
        """Close this process's file (at the end of the job); deleted when no entry in it is open,
        else left for recovery. Call it once the job's workers are done."""
        with self._guard:
            own, self._own = self._own, None
            empty = not self._open_ids
        if own is None:
            return
        with own.lock:
            if empty:
                try:
                    own.path.unlink()
                except OSError:
                    pass
            os.close(own.fd)  # also drops the lock: leftovers become recoverable

    def _append(self, record: dict[str, Any]) -> None:
        line = (json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")
        own = self._file()
        with own.lock:
            _write_all(own.fd, line)
            os.fsync(own.fd)

    def _file(self) -> _OwnFile:
        with self._guard:
            if self._own is not None:
                return self._own
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / f"{uuid.uuid4().hex}{SUFFIX}"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
            if not _try_lock(fd):  # a brand-new file: nobody else can hold it
                os.close(fd)
                raise OSError(f"the request journal {path} could not be locked")
            fsync_dir(self.folder)
            self._own = _OwnFile(path, fd)
            return self._own


# -- reading what dead processes left --------------------------------------------------------------
@dataclass
class Orphans:
    """Unfinished entries of processes that are gone, with their files locked for us until release."""

    entries: list[JournalEntry]
    known_request_ids: set[str]     # of closed entries only: their generations belong to stored clips
    known_history_ids: set[str]
    _fds: dict[str, int] = field(default_factory=dict)

    def release(self, *, settled: set[str]) -> None:
        """Drop the files whose unfinished entries are all settled; rewrite the others with only what
        is still open (entries of another provider, say), then unlock."""
        left: dict[str, list[JournalEntry]] = {}
        for entry in self.entries:
            if entry.id not in settled:
                left.setdefault(entry.file, []).append(entry)
        for file, fd in self._fds.items():
            try:
                if file in left:
                    _rewrite(Path(file), left[file])
                else:
                    Path(file).unlink(missing_ok=True)
            except OSError as error:
                log.warning("journal: could not tidy %s: %s", file, error)
            finally:
                os.close(fd)
        self._fds.clear()


def has_orphans(cache_root: str | os.PathLike[str]) -> bool:
    """Whether a journal of a process that is gone waits for recovery (cheap: a listing and locks)."""
    folder = Path(cache_root) / JOURNAL_DIR
    try:
        names = [n for n in os.listdir(folder) if n.endswith(SUFFIX)]
    except OSError:
        return False
    for name in names:
        try:
            fd = os.open(folder / name, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            continue
        try:
            if _try_lock(fd):
                return True
        finally:
            os.close(fd)
    return False


def find_orphans(cache_root: str | os.PathLike[str]) -> Orphans:
    """The unfinished entries of every journal whose owner is gone (locked until `release`)."""
    folder = Path(cache_root) / JOURNAL_DIR
    orphans = Orphans([], set(), set())
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return orphans
    for name in names:
        if not name.endswith(SUFFIX):
            continue
        path = folder / name
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            continue
        if not _try_lock(fd):
            os.close(fd)  # its owner is alive (another window, another CLI run)
            continue
        orphans._fds[str(path)] = fd
        entries = read_entries(path)
        for entry in entries:
            # Only a closed entry's generation is spoken for. An open one that had its answer (killed
            # between the answer and storing the clip) is exactly what recovery must find by its id:
            # counting it as known would hide it, and its line would be paid again.
            if entry.closed is None:
                continue
            if entry.request_id:
                orphans.known_request_ids.add(entry.request_id)
            if entry.history_item_id:
                orphans.known_history_ids.add(entry.history_item_id)
        orphans.entries += [e for e in entries if e.closed is None]
    return orphans


def read_entries(path: str | os.PathLike[str]) -> list[JournalEntry]:
    """Every entry of one journal file, with its answer and closing folded in."""
    try:
        raw = Path(path).read_bytes()
    except OSError:
        return []
    entries: dict[str, JournalEntry] = {}
    for line in raw.split(b"\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a torn last line, or garbage: its request was never sent
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            continue
        kind, entry_id = record.get("t"), record["id"]
        if kind == "sent":
            entry = _entry(record, str(path))
            if entry is not None:
                entries[entry_id] = entry
        elif entry_id in entries:
            entry = entries[entry_id]
            if kind == "answer":
                entry.request_id = _text(record.get("request_id")) or entry.request_id
                entry.history_item_id = _text(record.get("history_item_id")) or entry.history_item_id
                entry.cost = _float(record.get("cost"))
            elif kind == "closed":
                entry.closed = _text(record.get("how")) or "closed"
    return list(entries.values())


def _entry(record: dict[str, Any], file: str) -> JournalEntry | None:
    spec, key = record.get("spec"), record.get("key")
    sent_at, wait_s = _float(record.get("sent_at")), _float(record.get("wait_s"))
    if not isinstance(spec, dict) or not isinstance(key, str) or sent_at is None:
        return None
    return JournalEntry(id=record["id"], key=key, spec=spec, sent_at=sent_at, wait_s=wait_s or 0.0,
                        previous_text=_text(record.get("previous_text")),
                        next_text=_text(record.get("next_text")),
                        estimated=_float(record.get("estimated")) or 0.0, file=file)


def _rewrite(path: Path, entries: list[JournalEntry]) -> None:
    """Keep only the still-open entries of a dead file (written aside, then renamed over it)."""
    lines = []
    for entry in entries:
        lines.append({"t": "sent", "id": entry.id, "key": entry.key, "spec": entry.spec,
                      "sent_at": entry.sent_at, "wait_s": entry.wait_s, "previous_text": entry.previous_text,
                      "next_text": entry.next_text, "estimated": entry.estimated})
        if entry.request_id or entry.history_item_id or entry.cost is not None:
            lines.append({"t": "answer", "id": entry.id, "request_id": entry.request_id,
                          "history_item_id": entry.history_item_id, "cost": entry.cost})
    data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode("utf-8")
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if number == number and abs(number) != float("inf") else None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
