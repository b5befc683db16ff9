"""The window on files that are not subtitles or projects (issue 14 §5): one clear dialog, at once."""

from __future__ import annotations

import json
import os

import pytest

from .test_main_window import window  # noqa: F401  (the window fixture)

pytestmark = [pytest.mark.timeout(60),
              pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and devices are POSIX")]


def _open_fails(qtbot, window, path) -> str:
    with qtbot.waitSignal(window.load_failed, timeout=10000):
        window.open_file(path)
    title, message = window.dialogs.errors[-1]
    assert title == "Cannot Open File"
    return message


def test_opening_a_fifo_shows_the_message_at_once(qtbot, window, tmp_path):
    fifo = tmp_path / "film.srt"
    os.mkfifo(fifo)
    assert _open_fails(qtbot, window, fifo) == ("film.srt is a named pipe, not a subtitle file: pick the "
                                                "subtitle file itself.")


def test_a_project_naming_a_fifo_as_its_subtitles(qtbot, window, tmp_path):
    os.mkfifo(tmp_path / "film.srt")
    project = tmp_path / "p.dubproj"
    project.write_text(json.dumps({"app": "dubbing-studio", "schema": 1, "srt_path": "film.srt"}))
    assert _open_fails(qtbot, window, project).startswith("film.srt is a named pipe")


def test_a_deeply_nested_project(qtbot, window, tmp_path):
    project = tmp_path / "p.dubproj"
    project.write_text('{"app": "dubbing-studio", "schema": 1, "voice_settings": '
                       + "[" * 100_000 + "]" * 100_000 + "}")
    assert _open_fails(qtbot, window, project) == (
        "p.dubproj is not a readable project file (nested more than 16 levels deep, which no project file "
        "is): open the subtitle file instead.")


def test_a_project_whose_video_is_dev_zero(qtbot, window, tmp_path):
    (tmp_path / "film.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nBonjour.\n")
    project = tmp_path / "p.dubproj"
    project.write_text(json.dumps({"app": "dubbing-studio", "schema": 1, "srt_path": "film.srt",
                                   "video_path": "/dev/zero"}))
    assert _open_fails(qtbot, window, project) == (
        'p.dubproj has a damaged field ("video_path" names zero, which is a device, not a video file): fix it '
        "in a text editor, or open the subtitle file instead.")


def test_a_damaged_companion_project_still_opens_the_subtitles(qtbot, window, tmp_path):
    """Beside an SRT, a damaged .dubproj loses nothing: the subtitles open, the notice says why."""
    srt = tmp_path / "film.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nBonjour.\n")
    (tmp_path / "film.dubproj").write_text(json.dumps({"app": "dubbing-studio", "schema": 1,
                                                       "cue_voices": {"1": ["not", "a", "voice"]}}))
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.open_file(srt)
    assert window.model.document.cues[0].text == "Bonjour."
    assert '"cue_voices.1" should be text, not a list' in window.status.currentMessage()
