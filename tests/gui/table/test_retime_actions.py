"""Issue 17 §2: Edit ▸ Synchronize — shift all or selected lines (by an offset or to a first-line
time), stretch between two sync points, snap a line to the paused video; each one undo step."""

from __future__ import annotations

import subprocess

import pytest

from studio.core.audio_decode import ffmpeg_path
from studio.gui.table.sync_dialogs import ShiftChoice, ShiftDialog, StretchDialog, SyncPoint

from .test_line_editor import select
from tests.gui.shell.test_main_window import Recorder, open_and_wait, window  # noqa: F401 - fixture

STARTS = [1000, 3000, 7000, 9500]  # FRENCH_SRT


def starts(window):
    return [c.start_ms for c in window.model.document.cues]


def test_shift_all_lines_later_is_one_undo_step(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    retime = window.edits.retime
    asked = []
    retime.ask_shift = lambda selected, first: asked.append((selected, first)) or ShiftChoice(False, 1500)
    retime.shift_action.trigger()
    assert asked == [(1, 1000)]
    assert starts(window) == [2500, 4500, 8500, 11_000]
    assert [c.duration_ms for c in window.model.document.cues] == [2200, 3400, 2000, 2500]
    assert window.undo_stack.count() == 1 and window.undo_action.text() == "Undo Shift 4 lines by +1.500 s"
    qtbot.waitUntil(lambda: window.status.duration_label.text() == "Length 13.50 s")  # the length follows
    window.undo_action.trigger()
    assert starts(window) == STARTS


def test_shift_selected_lines_earlier_and_to_a_first_line_time(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    retime = window.edits.retime
    select(window, [2, 3])
    assert retime.shift(ShiftChoice(True, -500))
    assert starts(window) == [1000, 3000, 6500, 9000]
    assert retime.shift(ShiftChoice(True, to_ms=20_000))  # the first selected line starts at 20 s
    assert starts(window) == [1000, 3000, 20_000, 22_500]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert starts(window) == STARTS


def test_a_shift_before_the_film_is_refused_with_the_limit(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    assert not window.edits.retime.shift(ShiftChoice(False, -2000))
    assert "shift by at most −00:00:01,000" in window.statusBar().currentMessage()
    assert starts(window) == STARTS and window.undo_stack.count() == 0


def test_stretch_between_two_sync_points(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    retime = window.edits.retime
    retime.ask_stretch = lambda starts_, first, last: (SyncPoint(first, 2000), SyncPoint(last, 19_000))
    retime.stretch_action.trigger()  # no selection: the first and the last line are the sync points
    assert starts(window) == [2000, 6000, 14_000, 19_000]  # a factor of (19000 - 2000) / (9500 - 1000)
    assert window.model.cue(0).end_ms == 2000 + (3200 - 1000) * 2
    window.undo_action.trigger()
    assert starts(window) == STARTS


def test_the_dialogs_read_what_was_typed(qtbot):
    dialog = ShiftDialog(None, selected=3, first_ms=1000)
    qtbot.addWidget(dialog)
    assert dialog.selected_radio.isChecked()
    dialog.seconds_spin.setValue(-2.25)
    assert dialog.choice() == ShiftChoice(True, -2250)
    dialog.all_radio.setChecked(True)
    dialog.to_field.setText("00:01:00,000")
    dialog.to_field.textEdited.emit("00:01:00,000")
    assert dialog.choice() == ShiftChoice(False, 0, 60_000)
    dialog.to_field.setText("soon")
    assert dialog.choice() is None and "is not a time" in dialog.error_label.text()
    stretch = StretchDialog(None, STARTS, 0, 3)
    qtbot.addWidget(stretch)
    assert stretch.time_fields[1].text() == "00:00:09,500"
    stretch.row_spins[1].setValue(1)  # the same line twice
    assert stretch.points() is None and "different times" in stretch.error_label.text()
    stretch.row_spins[1].setValue(3)
    stretch.time_fields[1].setText("00:00:08,000")
    assert stretch.points() == (SyncPoint(0, 1000), SyncPoint(2, 8000))


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    pytest.importorskip("PySide6.QtMultimedia")
    video = tmp_path_factory.mktemp("snap") / "clip.mp4"
    subprocess.run([ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-f", "lavfi",
                    "-i", "testsrc=size=160x120:rate=25", "-t", "4", "-c:v", "mpeg4", "-y", str(video)],
                   check=True, timeout=60)
    return video


def test_snap_to_the_video_position(qtbot, window, french_srt, clip):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    retime = window.edits.retime
    window.select_row(1)
    assert not retime.snap("start")  # no video yet: says how to get one
    assert "Open a video first" in window.statusBar().currentMessage()
    window.dub.video.show_video(clip)
    pane = window.dub.pane
    pane.seek(2000)
    qtbot.waitUntil(lambda: abs(pane.position_ms() - 2000) <= 100, timeout=10_000)
    position = pane.position_ms()
    retime.snap_start_action.trigger()
    assert window.model.cue(1).start_ms == position and window.model.cue(1).duration_ms == 3400
    assert window.undo_action.text() == "Undo Snap start to video"
    window.select_row(0)
    assert not retime.snap("end") or window.model.cue(0).end_ms == position
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert starts(window) == STARTS and window.model.cue(0).end_ms == 3200
