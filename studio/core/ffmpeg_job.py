"""Run one ffmpeg job the way every long job of the app runs: fed from memory, with progress and cancel.

Export and Dub Video both come through here, so both report the same way: ``-progress pipe:1`` gives
the output time written so far, which over the job's length is the fraction done. The samples of the
dub (when ffmpeg reads them from stdin) are written by a feeder thread, so a slow encoder never
blocks the progress reports; stderr goes to its own reader so neither pipe can fill up and deadlock.
Cancel kills ffmpeg at once; the caller removes its temporary output.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from studio.core.audio_decode import AudioDecodeError, ffmpeg_path

ProgressCallback = Callable[[float], None]
# Put in every command run_ffmpeg is to follow: a report every 0.2 s (ffmpeg's default is 0.5 s, too
# coarse for a bar on a job of a few seconds).
PROGRESS_ARGS = ("-stats_period", "0.2", "-progress", "pipe:1")
_CHUNK = 1 << 20
_TIMEOUT_S = 3600.0  # nothing the app asks of ffmpeg takes an hour: a hung process is stopped
_POLL_S = 0.05
_UNFINISHED = "Error writing trailer"  # what ffmpeg logs when the end of its output could not be written


class FfmpegMissing(Exception):
    """No ffmpeg to run (the message says what to install)."""


class FfmpegCancelled(Exception):
    """The cancel event was set: ffmpeg was killed before it finished."""


@dataclass
class FfmpegFailed(Exception):
    """ffmpeg exited with an error; its last lines of stderr say why."""

    code: int
    errors: list[str]

    def __str__(self) -> str:
        return self.errors[-1] if self.errors else f"exit code {self.code}"

    @property
    def text(self) -> str:
        return "\n".join(self.errors)

    @property
    def disk_refused(self) -> bool:
        """The disk or the folder refused the write (full, no permission), not the input."""
        return "No space left on device" in self.text or "Permission denied" in self.text


def ffmpeg_command(*args: str, loglevel: str = "error") -> list[str]:
    """ffmpeg's command line with the app's usual quiet options (FfmpegMissing when there is none)."""
    try:
        executable = ffmpeg_path()
    except AudioDecodeError as error:
        raise FfmpegMissing(str(error)) from None
    return [executable, "-hide_banner", "-nostats", "-loglevel", loglevel, *args]


def run_ffmpeg(command: list[str], *, duration_ms: int | None = None, stdin_data: memoryview | None = None,
               progress: ProgressCallback | None = None, cancel: threading.Event | None = None,
               timeout_s: float = _TIMEOUT_S, feeder: list[str] | None = None) -> str:
    """Run command (it must hold PROGRESS_ARGS for progress); return its stderr.

    stdin_data is fed to ffmpeg's stdin (the command reads ``pipe:0``). With feeder, a second ffmpeg
    command that writes to ``pipe:1``, the two run at once: stdin_data goes to the feeder, whose output
    is command's stdin, and a failing feeder fails the whole (command would see a short input as an
    end). progress gets fractions 0.0-1.0 of duration_ms, in the caller's thread, never decreasing.
    Raises FfmpegCancelled when cancel is set (ffmpeg killed), FfmpegFailed when it exits with an error.
    """
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
    feeding = subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL
    upstream = None
    try:
        if feeder is not None:
            upstream = subprocess.Popen(feeder, stdin=feeding, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        creationflags=flags)
        proc = subprocess.Popen(command, stdin=upstream.stdout if upstream else feeding,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, creationflags=flags)
    except OSError as error:
        if upstream is not None:
            upstream.kill()
            upstream.wait()
        raise FfmpegFailed(-1, [f"ffmpeg could not be started ({error})"]) from None
    if upstream is not None:
        upstream.stdout.close()  # command holds the pipe now: when it stops, the feeder gets EPIPE
    updates: queue.Queue[float] = queue.Queue()
    errors: deque[str] = deque(maxlen=200)  # loudnorm's report is the last ~15 lines
    upstream_errors: deque[str] = deque(maxlen=200)

    def read_progress() -> None:
        for raw in proc.stdout:
            key, _, value = raw.decode("ascii", "replace").strip().partition("=")
            # out_time_us is microseconds (out_time_ms is too, despite its name, in many builds).
            if key == "out_time_us" and value.lstrip("-").isdigit() and duration_ms:
                updates.put(min(1.0, max(0.0, int(value) / 1000 / duration_ms)))

    def read_errors(stream, into: deque[str]) -> None:  # noqa: ANN001
        for raw in stream:
            into.append(raw.decode("utf-8", "replace").rstrip())

    def feed() -> None:
        sink = (upstream or proc).stdin
        try:
            for start in range(0, len(stdin_data), _CHUNK):
                if cancel is not None and cancel.is_set():
                    break
                sink.write(stdin_data[start:start + _CHUNK])
            sink.close()
        except (BrokenPipeError, OSError, ValueError):
            pass  # ffmpeg stopped reading (failed or killed): its exit code and log say why

    threads = [threading.Thread(target=read_progress, daemon=True),
               threading.Thread(target=read_errors, args=(proc.stderr, errors), daemon=True)]
    if upstream is not None:
        threads.append(threading.Thread(target=read_errors, args=(upstream.stderr, upstream_errors),
                                        daemon=True))
    if stdin_data is not None:
        threads.append(threading.Thread(target=feed, daemon=True))
    for thread in threads:
        thread.start()
    waited = 0.0
    last = -1.0
    try:
        while proc.poll() is None or threads[0].is_alive():
            if cancel is not None and cancel.is_set():
                raise FfmpegCancelled()
            if waited > timeout_s:
                raise FfmpegFailed(-1, ["ffmpeg took too long"])
            try:
                fraction = updates.get(timeout=_POLL_S)
            except queue.Empty:
                waited += _POLL_S
                continue
            if progress is not None and fraction > last:
                last = fraction
                progress(fraction)
    except BaseException:
        for running in (upstream, proc):
            if running is not None:
                running.kill()
                running.wait()
        raise
    finally:
        if upstream is not None and proc.returncode is not None:
            try:
                upstream.wait(timeout=30)  # command has read all it will: the feeder is ending
            except subprocess.TimeoutExpired:
                upstream.kill()
                upstream.wait()
        for thread in threads:
            thread.join(timeout=5)
    if cancel is not None and cancel.is_set():
        raise FfmpegCancelled()
    code = proc.returncode
    if code == 0 and any(_UNFINISHED in line for line in errors):
        code = 1  # ffmpeg 5.1 exits 0 when it cannot finish the file (a full disk): no success
    if code != 0:
        # The feeder's lines first: a feeder that failed first is the cause, and the last line says
        # command's own end (a full disk stops command, and then the feeder on a broken pipe).
        raise FfmpegFailed(code, [*upstream_errors, *errors])
    if upstream is not None and upstream.returncode != 0:
        raise FfmpegFailed(upstream.returncode, list(upstream_errors))
    return "\n".join(errors)
