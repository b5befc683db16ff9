"""Making test videos with ffmpeg's lavfi sources, and reading dubbed videos back with ffprobe.

ffprobe is an independent reader (the app itself never needs it: it reads `ffmpeg -i`'s report);
packaging/os-deps.sh --test installs it with Debian's ffmpeg.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
from array import array
from pathlib import Path

from studio.core.audio_decode import ffmpeg_path

RATE = 48000
LEFT_HZ, RIGHT_HZ = 440, 660  # the test video's stereo sound: a different tone on each side


def ffmpeg(*args: str) -> bytes:
    return subprocess.run([ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-nostdin", *args],
                          check=True, capture_output=True, timeout=300).stdout


def make_video(path: Path, seconds: float, size: str = "160x120", rate: int = 10, sound: str = "stereo",
               codec: str = "libx264") -> Path:
    """testsrc picture, and a stereo sound with 440 Hz left and 660 Hz right (or mono 440, or none)."""
    args = ["-f", "lavfi", "-i", f"testsrc=size={size}:rate={rate}:duration={seconds}"]
    if sound == "stereo":
        args += ["-f", "lavfi", "-i", f"sine=frequency={LEFT_HZ}:sample_rate={RATE}:duration={seconds}",
                 "-f", "lavfi", "-i", f"sine=frequency={RIGHT_HZ}:sample_rate={RATE}:duration={seconds}",
                 "-filter_complex", "[1:a][2:a]join=inputs=2:channel_layout=stereo[a]", "-map", "0:v", "-map", "[a]"]
    elif sound == "mono":
        args += ["-f", "lavfi", "-i", f"sine=frequency={LEFT_HZ}:sample_rate={RATE}:duration={seconds}"]
    extra = ["-preset", "ultrafast"] if codec == "libx264" else []
    ffmpeg(*args, "-c:v", codec, *extra, *(["-c:a", "aac"] if sound else []), "-y", str(path))
    return path


def ffmpeg_builds() -> list[str]:
    """Every ffmpeg at hand: the bundled one, the one on PATH, and any listed in STUDIO_TEST_FFMPEG
    (os.pathsep-separated; e.g. an old 4.x static build, which cuts the AAC priming but not the padding)."""
    import imageio_ffmpeg

    found = [imageio_ffmpeg.get_ffmpeg_exe(), shutil.which("ffmpeg")]
    found += [path for path in os.environ.get("STUDIO_TEST_FFMPEG", "").split(os.pathsep) if path]
    return list(dict.fromkeys(os.path.realpath(path) for path in found if path))


def ffprobe_path() -> str:
    found = shutil.which("ffprobe")
    assert found, "ffprobe is needed by these tests: run `bash packaging/os-deps.sh --test` (Debian's ffmpeg)."
    return found


def streams(path: Path) -> list[dict]:
    """ffprobe's view of every stream: codec_type, codec_name, channels, disposition, tags."""
    out = subprocess.run([ffprobe_path(), "-v", "error", "-show_streams", "-of", "json", str(path)],
                         check=True, capture_output=True, timeout=60).stdout
    return json.loads(out)["streams"]


def title(stream: dict) -> str | None:
    """A stream's title as players read it (MP4 keeps it as the track's handler name)."""
    tags = stream.get("tags", {})
    return tags.get("title") or tags.get("handler_name")


def duration_ms(path: Path, stream: int) -> float:
    out = subprocess.run([ffprobe_path(), "-v", "error", "-select_streams", str(stream), "-show_entries",
                          "stream=duration", "-of", "json", str(path)], check=True, capture_output=True).stdout
    found = json.loads(out)["streams"][0].get("duration")
    if found is None:  # Matroska keeps no per-stream duration: decode it
        return len(audio_of(path, 0)) * 1000 / RATE
    return float(found) * 1000


def audio_of(path: Path, track: int = 0, channel: int | None = None) -> array:
    """One audio track decoded to 48 kHz s16: mixed to mono, or only one of its channels."""
    mix = ["-ac", "1"] if channel is None else ["-af", f"pan=mono|c0=c{channel}"]
    return array("h", ffmpeg("-i", str(path), "-map", f"0:a:{track}", *mix, "-f", "s16le", "-ar", str(RATE), "-"))


def level(samples: array, freq: float, from_ms: int, to_ms: int) -> float:
    """Amplitude of one frequency in a window (a single-bin DFT)."""
    window = samples[from_ms * 48:to_ms * 48]
    w = 2 * math.pi * freq / RATE
    re = sum(x * math.cos(w * n) for n, x in enumerate(window))
    im = sum(x * math.sin(w * n) for n, x in enumerate(window))
    return 2 * math.hypot(re, im) / len(window)
