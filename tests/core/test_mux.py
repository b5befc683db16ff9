"""Dubbing a video: the picture is copied untouched, the dub lands where it should, ducking lowers the
original only under speech, and bad inputs, cancel and odd codecs end with a clear message."""

from __future__ import annotations

import math
import os
import stat
import threading
from array import array
from pathlib import Path

import pytest

from studio.core.assemble import assemble
from studio.core.cues import Cue
from studio.core.export import export_audio
from studio.core.fit import TIMELINE_RATE, FitSettings
from studio.core.fit_plan import fit_timeline
from studio.core.mux import (DuckSettings, MediaError, MuxCancelled, MuxError, duck_envelope, mux_video,
                             probe_media, speech_regions)
from tests.media_check import audio_of, ffmpeg, level

RATE = TIMELINE_RATE
SPEECH = (900, 1700)  # where the dub speaks, in ms


@pytest.fixture(scope="module")
def media(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("media")
    video = folder / "film.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc=size=160x120:rate=10:duration=2.5",
           "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=2.5",
           "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", str(video))
    silent = folder / "silent.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc=size=160x120:rate=10:duration=1", "-c:v", "libx264",
           "-preset", "ultrafast", str(silent))
    odd = folder / "odd.mkv"
    ffmpeg("-f", "lavfi", "-i", "testsrc=size=64x48:rate=5:duration=1",
           "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:v", "huffyuv", "-shortest", str(odd))
    voice = array("h", (int(12000 * math.sin(2 * math.pi * 1000 * i / RATE))
                        for i in range((SPEECH[1] - SPEECH[0]) * RATE // 1000))).tobytes()
    track = assemble(fit_timeline([Cue(SPEECH[0], SPEECH[1], "hello")], [voice], FitSettings(trim=False)),
                     total_ms=2500)
    dub = export_audio(track, folder / "dub.wav")
    return {"video": video, "silent": silent, "odd": odd, "dub": dub, "placements": track.placements}


def video_hash(path: Path) -> bytes:
    return ffmpeg("-i", str(path), "-map", "0:v", "-c", "copy", "-f", "md5", "-")


def test_probe_reads_streams_and_duration(media):
    info = probe_media(media["video"])
    assert info.duration_ms == pytest.approx(2500, abs=50)
    assert [s.kind for s in info.streams] == ["video", "audio"]
    assert info.video[0].codec == "h264" and info.audio[0].codec == "aac"
    assert info.audio[0].layout == "mono"
    assert not probe_media(media["silent"]).has_audio


def test_unreadable_and_missing_files_are_said_plainly(tmp_path):
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"this is not a video" * 100)
    with pytest.raises(MediaError, match="junk.mp4 could not be read as a video"):
        probe_media(junk)
    with pytest.raises(MediaError, match="was not found"):
        probe_media(tmp_path / "gone.mp4")


def test_replace_copies_the_picture_and_puts_the_dub_on_its_millisecond(media, tmp_path):
    seen: list[float] = []
    out = mux_video(media["video"], media["dub"], tmp_path / "dubbed.mp4", "replace", language="fra",
                    progress=seen.append)
    info = probe_media(out)
    assert [s.kind for s in info.streams] == ["video", "audio"]
    assert info.audio[0].language == "fra"
    assert video_hash(out) == video_hash(media["video"])  # not re-encoded: the same packets
    sound = audio_of(out)
    onset = next(i for i, x in enumerate(sound) if abs(x) > 2000)
    assert onset / 48 == pytest.approx(SPEECH[0], abs=1.0)
    assert level(sound, 440, 200, 700) < 50  # the original is gone
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)


def test_a_dubbed_video_follows_the_umask(media, tmp_path):
    old = os.umask(0o022)
    try:
        out = mux_video(media["video"], media["dub"], tmp_path / "dubbed.mkv", "add")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # not mkstemp's 0600: players run as others read it


@pytest.mark.parametrize("suffix", [".mkv", ".mp4"])
def test_add_keeps_the_original_and_adds_a_tagged_track(media, tmp_path, suffix):
    out = mux_video(media["video"], media["dub"], tmp_path / f"dubbed{suffix}", "add", language="fra")
    info = probe_media(out)
    assert [s.kind for s in info.streams] == ["video", "audio", "audio"]
    # Matroska's language element is ISO 639-2/B, MP4's 639-2/T.
    assert info.audio[1].language == ("fre" if suffix == ".mkv" else "fra") and info.audio[1].codec == "aac"
    assert video_hash(out) == video_hash(media["video"])
    assert level(audio_of(out, 0), 440, 200, 700) > 1000  # the original track, intact
    assert level(audio_of(out, 1), 1000, 1000, 1500) > 5000  # the dub


def test_duck_lowers_the_original_only_where_the_dub_speaks(media, tmp_path):
    duck = DuckSettings(duck_db=-15.0, fade_down_ms=100, fade_up_ms=100, merge_gap_ms=400)
    out = mux_video(media["video"], media["dub"], tmp_path / "ducked.mkv", "duck",
                    speech=media["placements"], duck=duck, language="fra")
    info = probe_media(out)
    assert [s.kind for s in info.streams] == ["video", "audio"]
    assert video_hash(out) == video_hash(media["video"])
    original, mixed = audio_of(media["video"]), audio_of(out)
    before = level(mixed, 440, 200, 700) / level(original, 440, 200, 700)
    under = level(mixed, 440, 1000, 1600) / level(original, 440, 1000, 1600)
    after = level(mixed, 440, 1900, 2300) / level(original, 440, 1900, 2300)
    assert before == pytest.approx(1.0, abs=0.05)  # untouched before the line (and its ramp)
    assert after == pytest.approx(1.0, abs=0.05)  # and back up after it
    assert 20 * math.log10(under) == pytest.approx(-15.0, abs=1.0)
    assert level(mixed, 1000, 1000, 1600) > 5000  # the dub is in the mix, at its level


def test_the_envelope_ramps_down_before_speech_and_merges_close_lines():
    regions = speech_regions([(1000, 2000), (2200, 3000), (6000, 6500)], merge_gap_ms=400)
    assert regions == [(1000, 3000), (6000, 6500)]
    env = duck_envelope(regions, 8000, DuckSettings(duck_db=-20.0, fade_down_ms=100, fade_up_ms=300))
    low = 10 ** (-20 / 20)
    assert env[500] == 1.0 and env[7000] == 1.0
    assert [env[1000], env[2100], env[2999]] == pytest.approx([low] * 3)
    ramp = list(env[900:1000])
    assert ramp == sorted(ramp, reverse=True) and ramp[0] > 0.99  # smooth fade down, ending at the line
    assert env[3100] < 0.5 and env[3300] == pytest.approx(1.0, abs=0.01)  # the slower fade back up


def test_duck_and_add_need_the_video_to_have_sound(media, tmp_path):
    for mode in ("duck", "add"):
        with pytest.raises(MediaError, match="no sound of its own.*replace"):
            mux_video(media["silent"], media["dub"], tmp_path / "x.mp4", mode, speech=media["placements"])
    out = mux_video(media["silent"], media["dub"], tmp_path / "x.mp4", "replace")
    assert [s.kind for s in probe_media(out).streams] == ["video", "audio"]


def test_a_codec_the_container_cannot_hold_is_explained(media, tmp_path):
    with pytest.raises(MuxError, match=r"codec \(huffyuv\) cannot go into a \.mp4.*\.mkv"):
        mux_video(media["odd"], media["dub"], tmp_path / "x.mp4", "replace")
    assert list(tmp_path.iterdir()) == []
    mux_video(media["odd"], media["dub"], tmp_path / "x.mkv", "replace")


def test_cancel_kills_ffmpeg_and_leaves_no_file(media, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(MuxCancelled):
        mux_video(media["video"], media["dub"], tmp_path / "x.mkv", "duck", speech=media["placements"],
                  cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_cancel_during_the_run_also_leaves_no_file(media, tmp_path):
    cancel = threading.Event()

    def stop(fraction: float) -> None:
        cancel.set()

    try:
        mux_video(media["video"], media["dub"], tmp_path / "x.mkv", "replace", progress=stop, cancel=cancel)
    except MuxCancelled:
        pass
    # Either it was cancelled before the end (no file), or ffmpeg had already finished and only
    # then was the last progress reported (a complete file): never a partial one.
    files = list(tmp_path.iterdir())
    assert files == [] or (files == [tmp_path / "x.mkv"] and probe_media(files[0]).has_audio)


def test_bad_requests_are_refused(media, tmp_path):
    with pytest.raises(MuxError, match=r"\.mp4, \.mov or \.mkv"):
        mux_video(media["video"], media["dub"], tmp_path / "x.avi", "replace")
    with pytest.raises(ValueError):
        mux_video(media["video"], media["dub"], tmp_path / "x.mp4", "duck")
    with pytest.raises(ValueError):
        mux_video(media["video"], media["dub"], tmp_path / "x.mp4", "shuffle")
