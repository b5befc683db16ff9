"""Clip QA in the window: a suspect ElevenLabs clip shows in the QA column (its tooltip says why), F8
reaches it, and Re-render With a New Seed asks once with the line's cost, then sends one request with a
new seed, after which the line is ok."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studio.gui.kit import settings
from studio.gui.table.cue_columns import COL_QA, COL_TEXT
from studio.gui.shell.main_window import MainWindow
from tests.emulators.checked import checked_elevenlabs
from tests.gui.eleven_window import eleven_window

SRT = """1
00:00:01,000 --> 00:00:04,000
Bonjour à tous, et bienvenue ce soir.

2
00:00:05,000 --> 00:00:08,000
Nous avons un invité très spécial.

3
00:00:09,000 --> 00:00:12,000
Il a fait un long voyage pour venir.
"""
TTS = "/v1/text-to-speech"


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _window(qtbot, monkeypatch, tmp_path: Path, emu) -> MainWindow:
    # One request at a time: the clips come in line order, so a fault hits the line it is meant for.
    return eleven_window(qtbot, monkeypatch, tmp_path, emu, SRT, {settings.CONCURRENCY: 1})


def _qa(win, row):
    index = win.model.index(row, COL_QA)
    return win.model.data(index), win.model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_a_suspect_clip_is_shown_reached_by_f8_and_rerendered_with_a_new_seed(qtbot, monkeypatch, tmp_path, emu):
    emu.clip_faults = [None, "noise_tail"]
    win = _window(qtbot, monkeypatch, tmp_path, emu)
    controller = win.render_actions.controller
    with qtbot.waitSignal(controller.finished, timeout=30000):
        assert win.render_actions.render_all()
    assert _qa(win, 0)[0] == _qa(win, 2)[0] == ""
    assert not win.view.horizontalHeader().isSectionHidden(COL_QA)  # hidden until a clip is suspect
    text, tip = _qa(win, 1)
    assert text == "Suspect" and "sound goes on after the last word" in tip
    win.grab().save(str(tmp_path / "qa-window.png"))
    # F8 from the first line goes to the suspect one (no other problem in the file).
    win.select_row(0)
    win.edits.next_problem_action.trigger()
    assert win.current_row() == 1 and win.view.currentIndex().column() == COL_TEXT
    assert "noise" in win.statusBar().currentMessage() or "sound" in win.statusBar().currentMessage()
    qa = win.dub.clip_qa
    assert qa.action.isEnabled() and qa.action in win.dub.context_actions
    asked = []
    monkeypatch.setattr(qa, "ask_rerender", lambda row, cost, unit: asked.append((row, cost, unit)) or True)
    before, spent = len(emu.calls(TTS)), emu.account.character_count
    with qtbot.waitSignal(controller.finished, timeout=30000):
        assert qa.rerender_current()
    line = "Nous avons un invité très spécial."
    assert asked == [(1, len(line), "credits")]  # asked once, at the line's usual estimate
    sent = emu.calls(TTS)[before:]
    assert len(sent) == 1 and sent[0].body["text"] == line
    seed = sent[0].body["seed"]
    assert isinstance(seed, int) and 0 <= seed < 2 ** 32 and win.model.cue(1).seed == seed
    assert emu.account.character_count - spent == len(line) and emu.spec_violations == []
    qtbot.waitUntil(lambda: _qa(win, 1)[0] == "", timeout=30000)
    assert not qa.action.isEnabled()
    # Undo brings the suspect take back, from the cache, for free.
    win.undo_stack.undo()
    assert win.model.cue(1).seed is None and _qa(win, 1)[0] == "Suspect" and win.model.costs.line(1).cost == 0
    # Redo; the seed is kept with the subtitles (companion project) and the new take is found on reopening.
    win.undo_stack.redo()
    assert win.save()
    from studio.core.project import load_project
    assert load_project(tmp_path / "film.dubproj").cue_seeds == {2: seed}
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(tmp_path / "film.srt")
    assert win.model.cue(1).seed == seed and win.model.costs.line(1).cost == 0 and _qa(win, 1)[0] == ""


def test_declining_sends_nothing(qtbot, monkeypatch, tmp_path, emu):
    emu.clip_faults = ["long_silence"]
    win = _window(qtbot, monkeypatch, tmp_path, emu)
    assert win.view.horizontalHeader().isSectionHidden(COL_QA)
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000):
        assert win.render_actions.render_all()
    assert _qa(win, 0)[0] == "Suspect"
    win.select_row(0)
    before = len(emu.calls(TTS))
    monkeypatch.setattr(win.dub.clip_qa, "ask_rerender", lambda *args: False)
    assert not win.dub.clip_qa.rerender_current()
    assert len(emu.calls(TTS)) == before and win.model.cue(0).seed is None
