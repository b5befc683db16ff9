"""Export: WAV/MP3/M4A keep every line on its millisecond, loudness normalisation hits its target,
and a failed export leaves nothing behind and says why."""

from __future__ import annotations

import errno
import math
import threading
import wave
from array import array

import pytest

from studio.core.assemble import assemble
from studio.core.audio_decode import FfmpegNotFoundError, decode_to_pcm
from studio.core.cues import Cue
from studio.core.export import ExportCancelled, ExportError, export_audio, measure_loudness
import studio.core.export as export
import studio.core.ffmpeg_job as ffmpeg_job
from studio.core.fit import TIMELINE_RATE, FitSettings
from studio.core.fit_plan import fit_timeline

RATE = TIMELINE_RATE
CUES = [Cue(250, 900, "a"), Cue(1333, 2000, "b"), Cue(2501, 3000, "c")]


def tone_burst(ms: int, amp: int = 12000) -> bytes:
    count = ms * RATE // 1000
    return array("h", (int(amp * math.sin(2 * math.pi * 440 * i / RATE)) for i in range(count))).tobytes()


@pytest.fixture(scope="module")
def track():
    fitted = fit_timeline(CUES, [tone_burst(400) for _ in CUES], FitSettings(trim=False))
    return assemble(fitted, total_ms=3500)


def onsets_ms(samples, rate: int = RATE, threshold: int = 2000) -> list[float]:
    found, quiet = [], rate
    for i, x in enumerate(samples):
        if abs(x) > threshold:
            if quiet >= rate // 10:
                found.append(i * 1000 / rate)
            quiet = 0
        else:
            quiet += 1
    return found


def test_wav_holds_the_exact_samples(tmp_path, track):
    path = export_audio(track, tmp_path / "dub.wav")
    with wave.open(str(path)) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (48000, 1, 2)
        assert wav.readframes(wav.getnframes()) == track.samples.tobytes()
    assert [p.name for p in tmp_path.iterdir()] == ["dub.wav"]  # no temporary file left


@pytest.mark.parametrize("fmt", ["mp3", "m4a"])
def test_compressed_exports_keep_every_line_within_a_millisecond(tmp_path, track, fmt):
    path = export_audio(track, tmp_path / f"dub.{fmt}")
    decoded = decode_to_pcm(path.read_bytes(), fmt, RATE, 1)
    assert decoded.duration_ms == pytest.approx(3500, abs=60)
    found = onsets_ms(array("h", decoded.samples))
    assert found == pytest.approx([c.start_ms for c in CUES], abs=1.0)


def test_loudness_normalisation_reaches_its_target(tmp_path, track):
    path = export_audio(track, tmp_path / "loud.wav", normalize_lufs=-23.0)
    with wave.open(str(path)) as wav:
        assert wav.getframerate() == 48000
        samples = array("h", wav.readframes(wav.getnframes()))
    assert len(samples) == pytest.approx(len(track.samples), abs=48)
    assert measure_loudness(samples).integrated_lufs == pytest.approx(-23.0, abs=1.0)
    assert measure_loudness(track).integrated_lufs > -18  # it did change something
    # Normalising shifts no line.
    assert onsets_ms(samples) == pytest.approx([c.start_ms for c in CUES], abs=1.0)


def test_a_silent_dub_is_exported_without_normalising_noise(tmp_path):
    path = export_audio(array("h", [0]) * 4800, tmp_path / "quiet.m4a", normalize_lufs=-23.0)
    assert path.stat().st_size > 0


def test_a_full_disk_leaves_the_old_file_and_no_temporary(tmp_path, track, monkeypatch):
    target = tmp_path / "dub.wav"
    target.write_bytes(b"old")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "_write_wav", full)
    with pytest.raises(ExportError, match="disk is full"):
        export_audio(track, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["dub.wav"]


def test_ffmpeg_reporting_a_full_disk_gets_the_same_advice():
    assert "disk is full" in export._ffmpeg_reason("av_interleaved_write_frame(): No space left on device", 1)


def test_missing_ffmpeg_is_said_plainly_and_wav_needs_none(tmp_path, track, monkeypatch):
    def missing():
        raise FfmpegNotFoundError("ffmpeg was not found: install ffmpeg or the imageio-ffmpeg package.")

    monkeypatch.setattr(ffmpeg_job, "ffmpeg_path", missing)
    with pytest.raises(ExportError, match="ffmpeg was not found"):
        export_audio(track, tmp_path / "dub.mp3")
    assert not list(tmp_path.iterdir())
    export_audio(track, tmp_path / "dub.wav")  # plain WAV is written by us


def test_unknown_formats_and_missing_folders_are_refused(tmp_path, track):
    with pytest.raises(ExportError, match=r"\.wav, \.mp3 or \.m4a"):
        export_audio(track, tmp_path / "dub.ogg")
    with pytest.raises(ExportError, match="does not exist"):
        export_audio(track, tmp_path / "nowhere" / "dub.wav")


@pytest.mark.parametrize("fmt, normalize", [("wav", None), ("mp3", None), ("m4a", -23.0)])
def test_every_export_reports_its_progress_up_to_the_end(tmp_path, fmt, normalize):
    minute = array("h", tone_burst(1000)) * 60  # long enough for several reports
    seen: list[float] = []
    export_audio(minute, tmp_path / f"dub.{fmt}", normalize_lufs=normalize, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(set(seen)) >= 3


@pytest.mark.parametrize("fmt", ["wav", "mp3"])
def test_cancelling_an_export_leaves_the_old_file_and_no_temporary(tmp_path, fmt):
    long_track = array("h", [1000, -1000]) * (RATE * 120)  # four minutes: long enough to cancel mid-way
    target = tmp_path / f"dub.{fmt}"
    target.write_bytes(b"old")
    cancel = threading.Event()
    with pytest.raises(ExportCancelled):
        export_audio(long_track, target, progress=lambda fraction: cancel.set(), cancel=cancel)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
