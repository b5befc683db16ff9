"""Opening a file whose lines have suspect clips in the cache shows them at once, not after the next
render: the QA column appears, the status bar counts "1 suspect clip" apart from the problems, and a
click on it (like F8) reaches the line. The verdicts are read off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studio.core.project import Project, save_project
from studio.gui.kit import settings
from studio.gui.shell.main_window import MainWindow
from studio.gui.table.clip_qa_index import suspects_of
from studio.gui.table.cue_columns import COL_QA, COL_TEXT
from tests.emulators.checked import checked_elevenlabs
from tests.gui.dub.test_clip_qa_gui import SRT, TTS
from tests.gui.eleven_window import RACHEL, eleven_window


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _qa_text(win: MainWindow, row: int) -> str:
    return win.model.data(win.model.index(row, COL_QA), Qt.ItemDataRole.DisplayRole)


def test_a_project_with_a_suspect_cached_clip_shows_it_on_opening(qtbot, monkeypatch, tmp_path: Path, emu):
    # The project words line 3 otherwise (an alternative text): its clip key is the project's, not the SRT's.
    project = tmp_path / "film.dubproj"
    save_project(Project(srt_path=tmp_path / "film.srt", provider="elevenlabs", voice=RACHEL,
                         alt_texts={3: "Il vient de loin."}), project)
    emu.clip_faults = [None, None, "long_silence"]
    first = eleven_window(qtbot, monkeypatch, tmp_path, emu, SRT, {settings.CONCURRENCY: 1})
    assert first.model.cue(2).alt_text == "Il vient de loin."  # the companion project was read
    with qtbot.waitSignal(first.render_actions.controller.finished, timeout=30000):
        assert first.render_actions.render_all()
    assert emu.calls(TTS)[-1].body["text"] == "Il vient de loin."
    first.close()

    sent = len(emu.calls(TTS))
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 720)
    win.show()
    # The first window's layout (QA column shown) is remembered: hide it, as in a session with no suspect.
    win.view.horizontalHeader().setSectionHidden(COL_QA, True)
    assert win.status.suspects_button.isHidden()
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(project)
    qtbot.waitUntil(lambda: not win.view.horizontalHeader().isSectionHidden(COL_QA), timeout=10000)
    qtbot.waitUntil(lambda: win.status.suspects_button.isVisible(), timeout=5000)
    assert win.status.suspects_button.text() == "1 suspect clip"
    assert win.status.problems_button.text() == "No problems"  # counted apart
    assert _qa_text(win, 2) == "Suspect" and _qa_text(win, 0) == _qa_text(win, 1) == ""
    assert len(emu.calls(TTS)) == sent  # nothing rendered: the verdict came from the cache
    win.select_row(0)
    win.status.grab().save(str(tmp_path / "qa-status.png"))
    win.status.suspects_button.click()
    assert win.current_row() == 2 and win.view.currentIndex().column() == COL_TEXT
    qtbot.wait(50)  # the line editor's figures follow on the next turn
    win.grab().save(str(tmp_path / "qa-opened.png"))
    assert win.statusBar().currentMessage() == ("Suspect clip: a long silence inside the clip; "
                                                "a long pause between words.")


def test_no_suspect_clip_keeps_the_column_and_the_count_hidden(qtbot, monkeypatch, tmp_path: Path, emu):
    first = eleven_window(qtbot, monkeypatch, tmp_path, emu, SRT, {settings.CONCURRENCY: 1})
    with qtbot.waitSignal(first.render_actions.controller.finished, timeout=30000):
        assert first.render_actions.render_all()
    first.close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.view.horizontalHeader().setSectionHidden(COL_QA, True)
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(tmp_path / "film.srt")
    qtbot.waitUntil(lambda: win.render_actions.controller.cache is not None and not suspects_of(win.model).scanning
                    and win.model.costs.line(0).cached, timeout=10000)
    qtbot.wait(50)  # the last scan's result is delivered on the event loop
    assert not suspects_of(win.model).scanning
    assert win.view.horizontalHeader().isSectionHidden(COL_QA) and win.status.suspects_button.isHidden()
