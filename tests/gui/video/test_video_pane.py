"""The video pane headless (offscreen, usually no audio device): it loads a real video and a real dub,
seeks where asked, plays the context window and stops at its end, and never crashes."""

from __future__ import annotations

import math
import subprocess
import time
from array import array
from pathlib import Path

import pytest

from studio.core.audio_decode import ffmpeg_path
from studio.core.export import export_audio
from studio.gui.video.video_pane import ORIGINAL_UNDER_DUB, VideoPane

pytest.importorskip("PySide6.QtMultimedia")


@pytest.fixture(scope="module")
def media(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("pane")
    video = folder / "clip.mp4"
    subprocess.run([ffmpeg_path(), "-hide_banner", "-loglevel", "error",
                    "-f", "lavfi", "-i", "testsrc=size=160x120:rate=25",
                    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                    "-t", "2", "-c:v", "mpeg4", "-c:a", "aac", "-shortest", "-y", str(video)],
                   check=True, timeout=60)
    dub = folder / "dub.wav"
    export_audio(array("h", [int(8000 * math.sin(2 * math.pi * 300 * i / 48000)) for i in range(96000)]), dub)
    return video, dub


@pytest.fixture
def pane(qtbot) -> VideoPane:
    widget = VideoPane()
    qtbot.addWidget(widget)
    widget.resize(480, 320)
    widget.show()
    return widget


def test_without_media_nothing_plays_and_nothing_breaks(pane):
    assert pane.stack.currentWidget() is pane.placeholder
    pane.play_context(1000, 2000)
    pane.seek(500)
    pane.stop()
    assert not pane.is_playing()


def test_play_context_seeks_before_the_line_and_stops_after_it(pane, media, qtbot):
    video, dub = media
    pane.set_video(video)
    pane.set_dub(dub)
    assert pane.stack.currentWidget() is pane.video_widget
    seen: list[int] = []  # the positions the end of the window was checked at
    pane.position_changed.connect(seen.append)
    began = time.monotonic()
    with qtbot.waitSignal(pane.playing_changed, timeout=1000) as started:
        pane.play_context(500, 700, margin_ms=200)
    assert started.args == [True] and pane.is_playing()
    assert pane.requested_position_ms == 300
    with qtbot.waitSignal(pane.context_finished, timeout=10000):
        pass
    elapsed = time.monotonic() - began
    assert not pane.is_playing()
    # It played for the window (600 ms), not stopping at once and not running to the end of the file.
    assert elapsed >= 0.4
    # Stopped by the position reaching the window's end (900 ms), not by the wall-clock guard, which
    # stops a position stuck short of it. (Not told apart by the wall clock: a slow machine may take
    # seconds to load and seek before the 600 ms play, and the guard allows for that.)
    assert seen and seen[-1] >= 900
    assert pane.position_ms() < 1900


def test_the_original_sound_is_lowered_under_the_dub_or_muted(pane, media):
    video, dub = media
    pane.set_video(video)
    assert pane.original_volume() == pytest.approx(1.0)  # no dub: the video's own sound as is
    pane.set_dub(dub)
    assert pane.original_volume() == pytest.approx(ORIGINAL_UNDER_DUB)
    assert pane.dub_volume() == pytest.approx(1.0)
    pane.original_sound.setChecked(False)
    assert pane.original_volume() == 0.0
    pane.original_sound.setChecked(True)
    assert pane.original_volume() == pytest.approx(ORIGINAL_UNDER_DUB)


def test_seek_shows_the_frame_paused_and_stop_ends_playback(pane, media, qtbot):
    video, dub = media
    pane.set_video(video)
    pane.set_dub(dub)
    pane.play_context(0, 1500, margin_ms=0)
    assert pane.is_playing()
    pane.seek(1200)
    assert not pane.is_playing() and pane.requested_position_ms == 1200
    qtbot.waitUntil(lambda: abs(pane.position_ms() - 1200) <= 100, timeout=30000)
    qtbot.waitUntil(lambda: pane.current_frame() is not None, timeout=30000)  # a decoded picture, headless
    assert pane.current_frame().width() == 160
    pane.play_context(0, 1900, margin_ms=0)
    with qtbot.assertNotEmitted(pane.context_finished, wait=100):
        pane.stop()
    assert not pane.is_playing()


def test_a_file_that_is_not_a_video_reports_a_sentence(pane, tmp_path, qtbot):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video at all" * 100)
    with qtbot.waitSignal(pane.error, timeout=10000) as signal:
        pane.set_video(broken)
    assert "broken.mp4" in signal.args[0]
    assert pane.message.isVisibleTo(pane)
    pane.play_context(0, 300, margin_ms=0)  # nothing playable: nothing starts, nothing hangs
    assert not pane.is_playing()


def test_a_broken_dub_leaves_the_video_playable(pane, media, tmp_path, qtbot):
    video, _ = media
    broken = tmp_path / "dub.wav"
    broken.write_bytes(b"RIFF....WAVEjunk" * 10)
    pane.set_video(video)
    with qtbot.waitSignal(pane.error, timeout=10000):
        pane.set_dub(broken)
    with qtbot.waitSignal(pane.context_finished, timeout=10000):
        pane.play_context(100, 200, margin_ms=100)
    assert not pane.is_playing()
