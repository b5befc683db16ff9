"""Decode any provider's audio bytes to raw PCM with ffmpeg, and hand them to pydub without ffprobe.

pydub's ``AudioSegment.from_file`` calls ffprobe first, and the imageio-ffmpeg wheel (our bundled
ffmpeg) ships no ffprobe. So we run ffmpeg ourselves: bytes in, signed 16-bit little-endian samples
out at the rate and channel count we ask for, and we build AudioSegments from those raw samples.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
import wave
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studio.core.mp4_priming import audio_span

if TYPE_CHECKING:
    from pydub import AudioSegment

# Containers that ffmpeg can only read from a seekable file: an MP4/M4A whose index ("moov" atom)
# sits after the audio, which is how most encoders write it, cannot be decoded from a pipe.
_SEEKABLE_ONLY = frozenset({"m4a", "mp4", "aac", "mov", "3gp"})
# Hints that map directly to an ffmpeg demuxer (anything else lets ffmpeg probe the content).
_DEMUXERS = {"mp3": "mp3", "wav": "wav", "ogg": "ogg", "opus": "ogg", "flac": "flac"}
_TIMEOUT_S = 300.0


class AudioDecodeError(Exception):
    """The bytes could not be decoded as audio (empty, corrupt, not audio) or ffmpeg is missing."""


class FfmpegNotFoundError(AudioDecodeError):
    """Neither a PATH ffmpeg nor the imageio-ffmpeg binary is available (`detail`: why not the bundled
    one)."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


@dataclass(frozen=True)
class Pcm:
    """Interleaved signed 16-bit little-endian samples."""

    samples: bytes
    sample_rate: int
    channels: int = 1

    @property
    def frame_count(self) -> int:
        return len(self.samples) // (2 * self.channels)

    @property
    def duration_ms(self) -> float:
        return self.frame_count * 1000.0 / self.sample_rate


def ffmpeg_path() -> str:
    """The ffmpeg to run: the one on PATH if any (the user's own, often newer), else the bundled one."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError) as error:
        raise FfmpegNotFoundError("ffmpeg was not found: install ffmpeg or the imageio-ffmpeg "
                                  f"package ({error}).", str(error)) from None


def decode_to_pcm(data: bytes, fmt_hint: str | None, sample_rate: int = 44100, channels: int = 1, *,
                  input_rate: int | None = None, input_channels: int = 1) -> Pcm:
    """Decode data ("mp3", "m4a", "wav", ... or None to let ffmpeg guess) to s16le at sample_rate.

    Raw PCM has no header: pass fmt_hint "pcm" with input_rate (or "pcm_24000", ElevenLabs' name).
    """
    if not data:
        raise AudioDecodeError("The audio is empty.")
    fmt = (fmt_hint or "").lower().lstrip(".")
    input_args, filter_args = decode_options(data, fmt, input_rate, input_channels)
    output_args = [*filter_args, "-vn", "-f", "s16le", "-acodec", "pcm_s16le", "-ar", str(sample_rate),
                   "-ac", str(channels), "pipe:1"]
    if needs_a_file(fmt):
        samples = _run_on_temp_file(data, fmt or "bin", input_args, output_args)
    else:
        samples = _run(["-i", "pipe:0", *output_args], data, input_args)
    if not samples:
        raise AudioDecodeError("The audio holds no sound (zero samples decoded).")
    return Pcm(samples, sample_rate, channels)


def needs_a_file(fmt: str) -> bool:
    """Whether ffmpeg must read this format from a seekable file (an unknown one may be such a file)."""
    return fmt in _SEEKABLE_ONLY or not fmt


def decode_options(data: bytes, fmt: str, input_rate: int | None = None,
                   input_channels: int = 1) -> tuple[list[str], list[str]]:
    """(options before ffmpeg's -i, filter options for its output) that decode data of format fmt."""
    input_args: list[str] = []
    filter_args: list[str] = []
    if fmt.startswith("pcm"):
        rate = input_rate or _rate_from_name(fmt)
        if not rate:
            raise ValueError("raw PCM needs its sample rate: pass input_rate")
        input_args = ["-f", "s16le", "-ar", str(rate), "-ac", str(input_channels)]
    elif fmt in _DEMUXERS:
        input_args = ["-f", _DEMUXERS[fmt]]
    elif needs_a_file(fmt):
        span = audio_span(data)
        if span is not None:
            # Every ffmpeg decodes the whole stream and cuts where the file says (see mp4_priming).
            # The cut is counted at the track's time scale, which is the decoder's rate for AAC.
            input_args = ["-ignore_editlist", "1"]
            filter_args = ["-af", f"atrim=start_sample={span.start}:end_sample={span.start + span.length}"]
    return input_args, filter_args


def to_audio_segment(pcm: Pcm) -> AudioSegment:
    """A pydub AudioSegment over the same samples, built from raw data (pydub never calls ffprobe)."""
    with warnings.catch_warnings():
        # pydub warns at import when ffmpeg is not on PATH (we tell it where ours is just below) and
        # about audioop's deprecation (Python 3.13 needs the audioop-lts package instead).
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        from pydub import AudioSegment
    if AudioSegment.converter in ("ffmpeg", "avconv") and not shutil.which(AudioSegment.converter):
        AudioSegment.converter = ffmpeg_path()  # so that export() works with the bundled ffmpeg
    return AudioSegment(data=pcm.samples, sample_width=2, frame_rate=pcm.sample_rate,
                        channels=pcm.channels)


def _rate_from_name(fmt: str) -> int | None:
    _, _, digits = fmt.partition("_")
    return int(digits) if digits.isdigit() else None


def _run_on_temp_file(data: bytes, suffix: str, input_args: list[str], output_args: list[str]) -> bytes:
    handle, path = tempfile.mkstemp(suffix=f".{suffix}", prefix="studio-decode-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        return _run(["-i", path, *output_args], None, input_args)
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


def _run(args: list[str], stdin: bytes | None, input_args: list[str]) -> bytes:
    try:
        return run_ffmpeg([*input_args, *args], stdin)
    except FfmpegRunError as error:
        if error.timed_out:
            raise AudioDecodeError("Decoding the audio took too long (ffmpeg timed out).") from None
        if error.started:
            raise AudioDecodeError(f"The audio could not be decoded (corrupt or not audio): {error}") from None
        raise


class FfmpegRunError(AudioDecodeError):
    """ffmpeg timed out, could not start, or failed; str() is the reason (ffmpeg's last word)."""

    def __init__(self, reason: str, *, started: bool = True, timed_out: bool = False) -> None:
        super().__init__(reason)
        self.started, self.timed_out = started, timed_out


def run_ffmpeg(args: list[str], stdin: bytes | None = None, timeout_s: float = _TIMEOUT_S) -> bytes:
    """ffmpeg's output for args (quiet, stdin fed or closed); FfmpegRunError when it does not succeed."""
    # -nostdin when reading a file: ffmpeg would otherwise read keyboard commands from our stdin.
    interactive = ["-nostdin"] if stdin is None else []
    command = [ffmpeg_path(), "-hide_banner", *interactive, "-loglevel", "error", *args]
    # A GUI app on Windows would flash a console window for every process without this flag.
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
    try:
        # No inherited stdin when reading a file: a GUI process may have none worth passing on.
        feed = {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
        proc = subprocess.run(command, capture_output=True, timeout=timeout_s, creationflags=flags, **feed)
    except subprocess.TimeoutExpired:
        raise FfmpegRunError("ffmpeg timed out", timed_out=True) from None
    except OSError as error:
        raise FfmpegRunError(f"ffmpeg could not be started: {error}.", started=False) from None
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise FfmpegRunError(detail[-1] if detail else f"exit code {proc.returncode}")
    return proc.stdout


def wav_of(samples: bytes, rate: int) -> bytes:
    """Mono s16le samples as a WAV file."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as handle:
        handle.setparams((1, 2, rate, 0, "NONE", "not compressed"))  # mono, 16 bits
        handle.writeframes(samples)
    return buffer.getvalue()
