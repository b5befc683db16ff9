"""Issue 17 §6: numbers that explain themselves. Repeated lines say they reuse a clip, a fast line says
why it is coloured, ElevenLabs-only items say why they are off, and zooming keeps the selected line in
view. (The budget's sentences are on Preferences ▸ Spending: tests/gui/prefs.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from studio.core.cues import Cue
from studio.core.document import Document
from studio.gui.kit import colors, tasks
from studio.gui.shell.main_window import MainWindow
from studio.gui.table.cue_model import COL_CPS, CueTableModel
from studio.gui.timeline.timeline_strip import TimelineStrip


@pytest.fixture
def window(qtbot, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    monkeypatch.setattr(win, "maybe_keep_changes", lambda: True)
    win.show()
    return win


def quiet(qtbot) -> None:
    """Wait for the window's background work (voices, tariff): it must not answer into a closed window."""
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10000)


def open_srt(qtbot, win, path):
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(path)


def test_a_fast_line_is_coloured_and_says_why(qapp):
    """18.5 characters per second is over the 17 limit: the warning colour, and a tooltip with the figure."""
    calm, fast, racing = Cue(0, 2000, "a" * 20), Cue(0, 2000, "a" * 37), Cue(0, 1000, "a" * 25)
    model = CueTableModel(Document(cues=[calm, fast, racing]))

    def cell(row, role):
        return model.data(model.index(row, COL_CPS), role)

    assert cell(1, Qt.ItemDataRole.DisplayRole) == "18.5"
    assert cell(1, Qt.ItemDataRole.ForegroundRole) == colors.warning_color(QGuiApplication.palette())
    assert cell(1, Qt.ItemDataRole.ToolTipRole).startswith(
        "18.5 characters per second: above the reading-speed limit of 17")
    assert cell(2, Qt.ItemDataRole.ForegroundRole) == colors.error_color(QGuiApplication.palette())
    assert "above 20" in cell(2, Qt.ItemDataRole.ToolTipRole)
    assert cell(0, Qt.ItemDataRole.ForegroundRole) is None
    assert "characters per second" not in cell(0, Qt.ItemDataRole.ToolTipRole).split(":")[0]


def test_repeated_lines_say_they_reuse_a_clip(qtbot, window, tmp_path):
    """30 cues saying 3 different things: '3 different lines to render; 27 reuse a clip'."""
    words = ["Oui.", "Non.", "Peut-être."]
    srt = tmp_path / "repeats.srt"
    srt.write_text("".join(f"{i + 1}\n00:00:{i:02d},000 --> 00:00:{i:02d},800\n{words[i % 3]}\n\n"
                           for i in range(30)), encoding="utf-8")
    open_srt(qtbot, window, srt)
    panel = window.job.dock.totals_panel
    # (No catalogue installed here: plurals read "line(s)"; test_translations checks the real wording.)
    # The sheet is costed in slices after opening; the panel shows the totals once they are complete.
    qtbot.waitUntil(lambda: panel.file_lines.text().startswith(
        "3 different line(s) to render; 27 reuse a clip, 0 already"), timeout=10000)
    assert "rendered once" in panel.file_lines.toolTip()
    window.view.selectRow(0)
    window.view.selectionModel().select(window.model.index(3, 0), window.view.selectionModel().SelectionFlag.Select
                                        | window.view.selectionModel().SelectionFlag.Rows)
    qtbot.waitUntil(lambda: panel.selection_lines.isVisible(), timeout=5000)
    assert panel.selection_lines.text().startswith("1 different line(s) to render; 1 reuse a clip")
    window.undo_stack.setClean()
    quiet(qtbot)


@pytest.mark.parametrize("provider", ["offline", "narakeet"])
def test_elevenlabs_only_items_are_off_with_a_reason(qtbot, window, provider):
    job = window.job
    items = [job.normalization_menu.menuAction(), job.context_action, window.voice_actions.settings_action]
    job._select("elevenlabs")
    assert all(item.isEnabled() for item in items)
    assert "previous_text" in job.context_action.toolTip()
    job._select(provider)
    for item in items:
        assert not item.isEnabled(), item.text()
        assert item.toolTip() == "Only for ElevenLabs voices: choose ElevenLabs as the voice provider to use this."
    job._select("elevenlabs")
    assert all(item.isEnabled() for item in items) and "previous_text" in job.context_action.toolTip()
    job._select("offline")
    quiet(qtbot)


def test_zooming_keeps_the_selected_line_in_view(qtbot):
    strip = TimelineStrip()
    qtbot.addWidget(strip)
    strip.resize(900, 110)
    strip.show()
    qtbot.waitExposed(strip)
    strip.set_cues([Cue(i * 4000, i * 4000 + 2000, f"ligne {i}") for i in range(60)])
    strip.set_zoom(20)
    strip.set_current(40)  # 160 s in: scrolled to, a third of the way into the view

    def in_view(row: int) -> bool:
        left, right = strip.visible_range_ms()
        return left <= row * 4000 and row * 4000 + 2000 <= right

    assert in_view(40)
    for _ in range(4):
        qtbot.mouseClick(strip.zoom_in_button, Qt.MouseButton.LeftButton)
        assert in_view(40), strip.visible_range_ms()
    strip.scrollbar.setValue(0)  # the user scrolled away: the next zoom brings the line back
    assert not in_view(40)
    strip.canvas.setFocus()
    qtbot.keyClick(strip.canvas, Qt.Key.Key_Minus)
    assert in_view(40)
    strip.set_current(None)  # no selection: the centre stays put, as before
    centre = sum(strip.visible_range_ms()) / 2
    strip.zoom_in()
    assert sum(strip.visible_range_ms()) / 2 == pytest.approx(centre, abs=1000 / strip.px_per_second)


def test_the_render_question_says_repeated_lines_reuse_a_clip(qapp):
    """Render 2 lines for 4 cues: the question says the other 2 reuse a clip at no cost."""
    from studio.core.clip_spec import RenderSettings
    from studio.core.render_plan import PlannedLine, RenderPlan
    from studio.core.spend_guard import SpendCheck, Verdict
    from studio.gui.money.spend_prompt import plan_question

    settings_ = RenderSettings("elevenlabs", voice="v", model="m")
    cues = [Cue(i * 1000, i * 1000 + 900, text) for i, text in enumerate(["Oui.", "Non.", "Oui.", "Oui."])]
    first = {"Oui.": 1, "Non.": 2}
    lines = [PlannedLine(i + 1, i, cue, settings_.spec_for(cue), None, None, 0.0 if first[cue.text] != i + 1 else 4.0,
                         None if first[cue.text] == i + 1 else first[cue.text]) for i, cue in enumerate(cues)]
    plan = RenderPlan("credits", lines)
    assert plan.requests == 2
    text = plan_question(plan, SpendCheck(Verdict.OK, "credits", 8.0, remaining=100.0))
    assert text.startswith("Render 2 line(s) for 8 credit")
    assert text.endswith("2 other line(s) say the same as one of these and reuse its clip at no cost.")
    alone = RenderPlan("credits", lines[:2])
    assert "reuse" not in plan_question(alone, SpendCheck(Verdict.OK, "credits", 8.0, remaining=100.0))
