"""The dub in the window: timeline strip after a render, export, dub video (and its cancel), per-line
overflow policy. Real audio from the offline provider (espeak-ng), real ffmpeg."""

from __future__ import annotations

import subprocess
import wave
from array import array
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from studio.core.audio_decode import ffmpeg_path
from studio.core.fit import PUSH
from studio.core.mux import probe_media
from studio.core.project import load_project
from studio.gui.dub.dub_video_memory import DubVideoOptions
from studio.gui.dub.export_dialog import ExportOptions
from studio.gui.kit import settings
from studio.gui.kit.dialogs import Choice
from studio.gui.shell.main_window import MainWindow
from studio.gui.timeline.timeline_strip import OVERFLOW

# Line 2 says far too much for its half second: it overflows even at the maximum speed.
PUSH_SRT = """1
00:00:00,500 --> 00:00:01,000
Oui.

2
00:00:01,500 --> 00:00:02,000
Bonjour et bienvenue dans l'atelier de doublage, nous allons commencer tout de suite.

3
00:00:02,500 --> 00:00:04,000
Salut.

4
00:00:10,000 --> 00:00:12,000
Au revoir.
"""


def _window(qtbot, monkeypatch, path: Path) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    controller = win.render_actions.controller
    monkeypatch.setattr(controller, "ask_info", lambda title, text: None)
    monkeypatch.setattr(controller, "ask_plan", lambda plan, check: True)
    win.errors = []
    monkeypatch.setattr(win, "show_error", lambda title, text: win.errors.append((title, text)))
    # Choosing a video or a policy is an undoable change: closing at teardown must not ask about it.
    monkeypatch.setattr(win, "ask_save_changes", lambda: Choice.DISCARD)
    win.resize(1100, 700)
    win.show()
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(path)
    qtbot.waitUntil(lambda: controller.cache is not None and win.job.session.provider is not None, timeout=10000)
    # Opening a file builds the timeline (the slots, no clips yet): wait for it so a later wait on
    # dub_ready sees the build that the test asked for.
    qtbot.waitUntil(lambda: win.dub.result is not None, timeout=10000)
    return win


def _render(qtbot, win: MainWindow):
    """Render every line; the dub is rebuilt after it. Returns the DubResult."""
    with qtbot.waitSignal(win.dub.dub_ready, timeout=30000) as built:
        assert win.render_actions.render_all()
    return built.args[0]


@pytest.fixture
def rendered(qtbot, monkeypatch, french_srt):
    win = _window(qtbot, monkeypatch, french_srt)
    return win, _render(qtbot, win)


@pytest.fixture(scope="module")
def video(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("video") / "film.mp4"
    subprocess.run([ffmpeg_path(), "-hide_banner", "-loglevel", "error",
                    "-f", "lavfi", "-i", "testsrc=size=160x120:rate=25",
                    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                    "-t", "3", "-c:v", "mpeg4", "-c:a", "aac", "-shortest", "-y", str(path)],
                   check=True, timeout=60)
    return path


def test_after_a_render_the_strip_places_every_spoken_line_and_follows_the_table(rendered, qtbot):
    win, result = rendered
    cues = win.model.document.cues
    strip = win.dub.strip
    assert win.centralWidget() is win.splitter and win.splitter.widget(1) is strip
    assert [p.index for p in result.placements] == [1, 2, 3, 4]
    for row in (0, 1, 3):  # every spoken line is placed on its own cue (nothing pushes by default)
        placement = result.placements[row]
        assert placement.clip_ms > 0 and placement.placed_ms == cues[row].start_ms
        assert strip.clip_state(row) is not None
    assert result.placements[2].clip_ms == 0 and strip.clip_state(2) is None  # "[musique douce]" is silent
    assert result.missing == []
    qtbot.waitUntil(strip.has_waveform, timeout=30000)
    assert win.dub.pane.dub_path() is not None and win.dub.pane.dub_path().is_file()
    assert win.dub.summary  # the status bar said how the lines fit

    win.select_row(3)
    assert strip.current() == 3
    # Clicking a line's clip in the strip selects it in the table.
    placement = result.placements[1]
    x = strip.x_of(placement.placed_ms + placement.clip_ms / 2)
    assert strip.row_at(x, 44) == 1
    qtbot.mouseClick(strip.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(x), 44))
    assert win.current_row() == 1 and strip.current() == 1


def test_export_writes_the_dub_with_speech_at_each_cue_start_and_a_timing_report(rendered, qtbot, monkeypatch,
                                                                                  tmp_path):
    win, result = rendered
    out = tmp_path / "export" / "film.wav"
    out.parent.mkdir()
    monkeypatch.setattr(win.dub.outputs, "ask_export_options",
                        lambda suggested, pushed: ExportOptions(out, timing_report=True, retimed_srt=True))
    run = win.dub.export_dub()
    qtbot.waitUntil(lambda: run.finished, timeout=20000)
    assert run.error is None and not run.cancelled
    with wave.open(str(out)) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (48000, 1, 2)
        samples = array("h", wav.readframes(wav.getnframes()))
    last_end = max([p.placed_ms + p.clip_ms for p in result.placements]
                   + [cue.end_ms for cue in win.model.document.cues])
    assert len(samples) == last_end * 48  # the whole film up to where the last cue (or its speech) ends
    for row in (0, 3):  # (line 2 starts while line 1 still speaks: its onset is not separable)
        start = win.model.document.cues[row].start_ms
        window = samples[(start - 200) * 48:(start + 300) * 48]
        onset = next(i for i, value in enumerate(window) if abs(value) > 300) / 48 - 200
        assert 0 <= onset <= 60, (row, onset)  # speech starts at the cue (trim keeps a 10 ms head)
    assert not any(samples[:1000 * 48])  # nothing before the first line
    report = (tmp_path / "export" / "film.timing.csv").read_text().splitlines()
    assert report[0].startswith("index,start_ms") and len(report) == 5
    assert (tmp_path / "export" / "film.retimed.srt").is_file()
    assert settings.get(settings.EXPORT_DIR) == str(out.parent)
    assert "film.wav" in win.statusBar().currentMessage()


def test_export_with_nothing_rendered_says_so(qtbot, monkeypatch, french_srt):
    win = _window(qtbot, monkeypatch, french_srt)
    monkeypatch.setattr(win.dub.outputs, "ask_export_options", lambda *a: pytest.fail("no dialog without a clip"))
    assert win.dub.export_dub() is None
    assert win.errors and "Render" in win.errors[0][1]


def test_dub_video_replaces_the_sound_and_stores_the_video(rendered, qtbot, monkeypatch, tmp_path, video):
    win, _result = rendered
    out = tmp_path / "film.dubbed.mp4"
    asked = []
    monkeypatch.setattr(win.dub.outputs, "ask_dub_video_options",
                        lambda suggested: asked.append(suggested) or DubVideoOptions(video, out, "replace", "fra"))
    run = win.dub.dub_video()
    qtbot.waitUntil(lambda: run.finished, timeout=20000)
    assert run.error is None and not run.cancelled
    info = probe_media(out)
    assert info.video and info.has_audio and info.audio[0].language == "fra"
    # No video yet: none is proposed; the subtitles' language is (detected from the French lines).
    assert asked[0].video == Path() and asked[0].language == "fra"
    assert win.project.video_path == video  # stored in the project
    assert win.dub.pane.video_path() == video and win.dub.dock.isVisible()
    preview = win.render_actions.controller.cache.root.parent / "dub-preview"
    assert not list(preview.glob("mux-*.wav"))  # the temporary dub went with the job
    # Double-clicking a line in the strip plays it in context: picture and dub from before its cue.
    win.dub.strip.cue_activated.emit(3)
    assert win.current_row() == 3
    if win.dub.pane.video_widget is not None:  # a Qt Multimedia backend is there
        assert win.dub.pane.requested_position_ms == 9500 - 1500
    win.dub.pane.stop()


def test_a_french_window_titles_the_tracks_in_french_and_ffprobe_reads_them(qtbot, monkeypatch, french_srt, tmp_path,
                                                                           video, translator):
    from tests.media_check import streams, title

    translator("fr")
    win = _window(qtbot, monkeypatch, french_srt)
    _render(qtbot, win)
    out = tmp_path / "film (dub fr).mkv"
    monkeypatch.setattr(win.dub.outputs, "ask_dub_video_options",
                        lambda suggested: DubVideoOptions(video, out, "add", "fra", subtitles=True))
    run = win.dub.dub_video()
    qtbot.waitUntil(lambda: run.finished, timeout=30000)
    assert run.error is None
    found = streams(out)
    assert [s["codec_type"] for s in found] == ["video", "audio", "audio", "subtitle"]
    assert title(found[1]) == "Version originale"
    assert title(found[2]) == "Doublage – français – Hors ligne Français (France)"
    assert title(found[3]) == "français" and found[2]["tags"]["language"] == "fre"


def test_cancelling_dub_video_leaves_no_file(rendered, qtbot, monkeypatch, tmp_path, video):
    win, _result = rendered
    out = tmp_path / "cancelled.mp4"
    monkeypatch.setattr(win.dub.outputs, "ask_dub_video_options", lambda suggested: DubVideoOptions(video, out))
    run = win.dub.dub_video()
    qtbot.mouseClick(run.dialog.findChildren(QPushButton)[0], Qt.MouseButton.LeftButton)  # Cancel, at once
    qtbot.waitUntil(lambda: run.finished, timeout=20000)
    assert run.cancelled and run.message_box is None
    assert not out.exists() and not list(tmp_path.glob(".cancelled.mp4.*"))
    preview = win.render_actions.controller.cache.root.parent / "dub-preview"
    assert not list(preview.glob("mux-*.wav"))
    assert "cancelled" in win.statusBar().currentMessage()


def test_push_moves_only_the_following_lines_and_is_saved_in_the_project(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "push.srt"
    path.write_text(PUSH_SRT, encoding="utf-8")
    win = _window(qtbot, monkeypatch, path)
    before = _render(qtbot, win).placements
    assert before[1].overflow_ms > 0 and win.dub.strip.clip_state(1) == OVERFLOW  # the premise
    assert "Line 2 is still too long after 1.25× speed-up." in win.dub.summary
    assert [p.shift_ms for p in before] == [0, 0, 0, 0]
    win.select_row(1)
    with qtbot.waitSignal(win.dub.dub_ready, timeout=20000) as built:
        win.dub.push_action.trigger()
    after = built.args[0].placements
    assert after[0].placed_ms == before[0].placed_ms and after[1].placed_ms == before[1].placed_ms
    assert after[2].placed_ms >= before[1].placed_ms + after[1].clip_ms  # pushed past line 2's audio
    assert after[3].placed_ms == before[3].placed_ms  # far enough away: not moved
    assert win.project.overflow_policies == {2: PUSH} and win.dub.push_action.isChecked()
    assert win.isWindowModified()  # an undoable change, saved with the subtitles
    assert win.save()
    assert load_project(path.with_suffix(".dubproj")).overflow_policies == {2: PUSH}
    with qtbot.waitSignal(win.dub.dub_ready, timeout=20000):
        win.undo_stack.undo()
    assert win.project.overflow_policies == {} and not win.dub.push_action.isChecked()
    win.undo_stack.setClean()


def test_opening_a_file_shows_the_slots_before_any_render(qtbot, monkeypatch, french_srt):
    win = _window(qtbot, monkeypatch, french_srt)
    result = win.dub.result
    assert len(result.placements) == 4 and result.track.frame_count == 0  # slots, no audio yet
    assert [win.dub.strip.clip_state(row) for row in range(4)] == [None] * 4
    assert "Timeline" not in win.statusBar().currentMessage()  # nobody asked: the build is not announced


def test_the_last_line_borrows_only_up_to_the_end_of_the_video(qtbot, monkeypatch, tmp_path, video):
    path = tmp_path / "end.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,500\nLa dernière réplique du film.\n", encoding="utf-8")
    win = _window(qtbot, monkeypatch, path)
    assert win.dub.result.placements[0].slot_ms == 1500 + 1000  # no video: the usual borrow
    with qtbot.waitSignal(win.dub.dub_ready, timeout=20000) as built:
        win.dub.video.set_video(video)  # 3 s long
    assert win.dub.video.film_end_ms == 3000
    assert built.args[0].placements[0].slot_ms == 1500 + 500  # up to the film's end, not past it
    win.undo_stack.setClean()


def test_dub_video_shows_its_progress_and_reuses_the_timeline_already_built(rendered, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QTimer

    from studio.core import dub_pipeline
    from tests.media_check import make_video, streams, title

    win, _result = rendered
    long_video = make_video(tmp_path / "long.mp4", 90)  # a mux of a second or two: several reports
    out = tmp_path / "long (dub fr).mkv"
    monkeypatch.setattr(win.dub.outputs, "ask_dub_video_options",
                        lambda suggested: DubVideoOptions(long_video, out, "duck", suggested.language))
    with qtbot.waitSignal(win.dub.dub_ready, timeout=20000):  # the film's length rebuilds the timeline
        win.dub.video.set_video(long_video)
    builds = []
    monkeypatch.setattr(dub_pipeline, "prepare_clips", lambda *a, **k: builds.append(1) or pytest.fail("rebuilt"))
    run = win.dub.dub_video()
    seen: list[tuple[int, str]] = []

    def sample() -> None:
        if run.dialog is not None:
            seen.append((run.dialog.value(), run.dialog.labelText()))

    timer = QTimer()
    timer.timeout.connect(sample)
    timer.start(20)
    qtbot.waitUntil(lambda: run.finished, timeout=60000)
    timer.stop()
    assert run.error is None and not builds  # the strip's dub went in as it was: no second decode
    values = [value for value, _label in seen]
    moving = sorted({value for value in values if 0 < value < 1000})
    assert len(moving) >= 2 and values == sorted(values)  # the bar moved, never backwards
    assert any("%" in label for _value, label in seen)
    found = streams(out)
    assert title(found[1]).startswith("Dub over the original – French – Offline")
    assert found[1]["tags"]["language"] == "fre" and found[1]["channels"] == 2


def test_the_built_timeline_is_reused_only_while_nothing_changed(rendered, qtbot, monkeypatch, tmp_path):
    from dataclasses import replace

    from studio.core.cues import Cue
    from studio.core.fit import FitSettings

    win, result = rendered
    inputs = win.dub.current_inputs()
    assert win.dub.ready_result(inputs) is result
    moved = list(inputs.cues)
    moved[0] = Cue(moved[0].start_ms + 100, moved[0].end_ms, moved[0].text)
    assert win.dub.ready_result(replace(inputs, cues=moved)) is None  # an edited line: build again
    assert win.dub.ready_result(replace(inputs, fit=FitSettings(max_speed=1.5))) is None
    assert win.dub.ready_result(replace(inputs, film_end_ms=60000)) is None
    # Export uses it as it is, with a determinate bar (a percentage, not "busy").
    out = tmp_path / "ready.mp3"
    monkeypatch.setattr(win.dub.outputs, "ask_export_options", lambda suggested, pushed: ExportOptions(out, "mp3"))
    run = win.dub.export_dub()
    assert run.dialog.maximum() == 1000
    qtbot.waitUntil(lambda: run.finished, timeout=20000)
    assert run.error is None and out.is_file()


def test_a_dub_built_for_a_window_deleted_unclosed_lands_nowhere(qtbot, tmp_path):
    """The first build starts just after the first paint; if the window is deleted without being closed
    (a script, a test) before the build delivers, the result is dropped, not drawn on deleted widgets."""
    import shiboken6

    from studio.gui.kit import tasks
    from studio.gui.shell.main_window import MainWindow

    from tests.gui.conftest import make_srt

    srt = make_srt(tmp_path / "long.srt", 3000)  # a build that takes a while
    window = MainWindow()
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.open_file(srt)
    dub = window.dub
    qtbot.waitUntil(lambda: dub._task is not None, timeout=10_000)  # building, after the first paint
    shiboken6.delete(window.dub.strip)  # as when the window goes without a close event
    qtbot.waitUntil(lambda: dub._task is None, timeout=30_000)  # delivered: dropped (an exception fails)
    assert dub.result is None
    window.undo_stack.setClean()
    window.close()
