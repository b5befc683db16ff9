"""The dub's first sample on its cue in every dubbed video: written by every ffmpeg at hand, read back by
every one, in MP4, MOV and Matroska, replacing, added or ducked.

Two readings, decoded for real and cross-correlated against the dub WAV:
- on the film's clock (what players do): the track decoded at its timestamps, against the picture's
  first frame;
- from the track's first sample (what an editor or an audio extraction does): sample n at n / rate.
Before studio/core/mkv_priming.py, a Matroska dub read the second way was one AAC frame (21.3 ms) late
when ffmpeg 5.1 wrote it or read it (README, "Video dub": the figures per build).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from studio.core import ffmpeg_job, media_probe
from studio.core.assemble import assemble
from studio.core.cues import Cue
from studio.core.export import export_audio
from studio.core.fit import TIMELINE_RATE, FitSettings
from studio.core.fit_plan import fit_timeline
from studio.core.mux import mux_video
from tests.media_check import ffmpeg_builds, ffprobe_path, make_video

RATE = TIMELINE_RATE
LINES = [(900, 1400), (1700, 2100)]  # ms; 900 ms is not on an AAC frame's boundary (843.75 frames)
# Matroska's block timestamps are whole milliseconds (ffmpeg's TimestampScale), so a stream's start can be
# rounded by up to 0.5 ms on the film's clock; decoding itself is sample-exact. 1 ms holds both, and is a
# twentieth of the one-frame error this guards against.
TOLERANCE_MS = 1.0
BUILDS = ffmpeg_builds()


@pytest.fixture(scope="module")
def media(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("sync")
    # Noise, not a tone: broadband speech-like bursts give the cross-correlation one sharp peak.
    noise = np.random.default_rng(7)
    voices = [(noise.standard_normal((end - start) * RATE // 1000) * 5000).astype("<i2").tobytes()
              for start, end in LINES]
    track = assemble(fit_timeline([Cue(s, e, "x") for s, e in LINES], voices, FitSettings(trim=False)),
                     total_ms=3000)
    wav = export_audio(track, folder / "dub.wav")
    reference = np.frombuffer(wav.read_bytes()[44:], "<i2").astype(float)
    assert np.flatnonzero(np.abs(reference) > 0)[0] == LINES[0][0] * RATE // 1000  # the WAV is on its cue
    return {"video": make_video(folder / "film.mp4", 3.0, rate=25), "track": track, "wav": wav,
            "reference": reference}


def lag_ms(decoded: np.ndarray, reference: np.ndarray) -> float:
    """How late (+) the decoded sound is against the reference, with the match's quality checked."""
    size = 1 << (len(decoded) + len(reference)).bit_length()
    score = np.fft.irfft(np.fft.rfft(decoded, size) * np.conj(np.fft.rfft(reference, size)), size)
    peak = int(np.argmax(score))
    lag = peak if peak < size // 2 else peak - size
    # The peak must be the dub found again, not a chance match: most of its energy lines up there.
    assert score[peak] > 0.5 * float(np.dot(reference, reference))
    return lag * 1000 / RATE


def decoded(build: str, path, track: int, *, film_clock: bool) -> np.ndarray:
    clock = ["-copyts"] if film_clock else []
    # On the film's clock, aresample pads (or trims) so sample n is the sound at timestamp n / rate.
    place = ["-af", "aresample=async=1:first_pts=0"] if film_clock else []
    out = subprocess.run([build, "-v", "error", "-nostdin", *clock, "-i", str(path), "-map", f"0:a:{track}",
                          *place, "-ac", "1", "-ar", str(RATE), "-f", "s16le", "-"],
                         check=True, capture_output=True, timeout=120).stdout
    return np.frombuffer(out, "<i2").astype(float)


def picture_start_ms(path) -> float:
    out = subprocess.run([ffprobe_path(), "-v", "error", "-select_streams", "v:0", "-read_intervals", "%+#1",
                          "-show_entries", "packet=pts_time", "-of", "json", str(path)],
                         check=True, capture_output=True, timeout=60).stdout
    return float(json.loads(out)["packets"][0]["pts_time"]) * 1000


@pytest.mark.parametrize("writer", BUILDS, ids=os.path.basename)
@pytest.mark.parametrize("suffix", [".mkv", ".mp4", ".mov"])
@pytest.mark.parametrize("mode", ["replace", "add", "duck"])
def test_the_dub_lands_on_its_cue_for_every_ffmpeg(media, tmp_path, monkeypatch, writer, suffix, mode):
    for module in (ffmpeg_job, media_probe):
        monkeypatch.setattr(module, "ffmpeg_path", lambda: writer)
    # Streamed samples when replacing, the WAV otherwise: both ways into ffmpeg are covered.
    dub = media["track"] if mode == "replace" else media["wav"]
    out = mux_video(media["video"], dub, tmp_path / f"dubbed{suffix}", mode, speech=media["track"].placements,
                    language="fra")
    track = 1 if mode == "add" else 0
    picture = picture_start_ms(out)
    for reader in BUILDS:
        from_start = lag_ms(decoded(reader, out, track, film_clock=False), media["reference"])
        on_clock = lag_ms(decoded(reader, out, track, film_clock=True), media["reference"]) - picture
        name = os.path.basename(reader)
        assert abs(from_start) < TOLERANCE_MS, f"read from its first sample by {name}: {from_start:+.2f} ms"
        assert abs(on_clock) < TOLERANCE_MS, f"on the film's clock by {name}: {on_clock:+.2f} ms"


def _unshare_works() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(["unshare", "-rm", "true"],
                                                                  capture_output=True).returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs user namespaces to mount a small tmpfs")
@pytest.mark.parametrize("suffix", [".mkv", ".mp4"])
def test_a_full_disk_says_so_and_leaves_nothing(media, tmp_path, suffix):
    # ffmpeg 5.1 exits 0 when it cannot write a file's end; and MKV pipes an encoder into the copy, whose
    # full disk (not the encoder's broken pipe) is what the user must be told. No file may stay behind.
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"x{suffix}"
    code = ("import os, sys\nfrom studio.core.mux import MuxWriteError, mux_video\n"
            "try:\n    mux_video(os.environ['VIDEO'], os.environ['DUB'], os.environ['TARGET'], 'add')\n"
            "except MuxWriteError as error:\n    print('MuxWriteError:', error)\n")
    script = f"mount -t tmpfs -o size=8k tmpfs '{out}' && '{sys.executable}' -c \"$CODE\"; ls -A '{out}'"
    env = {**os.environ, "CODE": code, "VIDEO": str(media["video"]), "DUB": str(media["wav"]),
           "TARGET": str(target)}
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env, capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=120)
    said = f"MuxWriteError: {target} was not written: the disk is full: free some space or save elsewhere."
    assert done.stdout.splitlines() == [said], done.stderr
