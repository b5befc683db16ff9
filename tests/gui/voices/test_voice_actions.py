"""The Voices menu wired into the main window, against the ElevenLabs emulator on loopback: choosing a
voice for selected lines or all of them (undoable), voices by speaker, per-voice settings, the companion
project that keeps them across save and reopen, the slot meter, names in the voice column, and custom
library rates in the line costs.

Across every test the emulator's record of silent adds (`auto_added`) stays empty and no speech request
is made: choosing and assigning voices lists, adds after a confirmation, and prices; it never speaks.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QMessageBox

from studio.core.clip_spec import VoiceSetup
from studio.gui.kit import settings, tasks
from studio.gui.shell.main_window import MainWindow
from studio.gui.table import commands
from studio.gui.table.cue_model import COL_COST, COL_VOICE
from studio.gui.voices.voice_picker import VoicePickerDialog
from tests.emulators.checked import checked_elevenlabs
from tests.emulators.elevenlabs import ElevenLabsEmulator
from tests.emulators.elevenlabs_state import LIBRARY, EmuVoice

from tests.gui.shell.test_main_window import Recorder

SHOTS = Path(os.environ.get("VOICE_INT_SHOTS", "/tmp/voice_int"))
CLONE = "MyClone000000000001"     # "My narrator", a cloned voice in My Voices
RACHEL = "21m00Tcm4TlvDq8ikWAM"   # a default voice
ADAM = "pNInz6obpgDQGcFmaJgB"
AMELIE = "LibFrAmelie000000001"   # a Voice Library voice not in My Voices
BASTIEN = LIBRARY[2]              # a library voice whose owner charges ×2

DIALOGUE_SRT = """1
00:00:01,000 --> 00:00:03,000
JEAN : Bonjour à tous.

2
00:00:03,500 --> 00:00:05,000
MARIE : Salut Jean !

3
00:00:05,500 --> 00:00:07,000
JEAN : On commence ?

4
00:00:07,500 --> 00:00:09,000
Un silence gêné.
"""


@pytest.fixture
def emu() -> Iterator[ElevenLabsEmulator]:
    with checked_elevenlabs(silent=True) as emulator:
        yield emulator


@pytest.fixture
def make_window(qtbot, monkeypatch, emu):
    """A main window on the emulator's ElevenLabs account, once its voices are listed."""
    monkeypatch.setenv("ELEVENLABS_API_KEY", emu.account.key)
    settings.put(settings.BASE_URL["elevenlabs"], emu.url)
    settings.put(settings.PROVIDER, "elevenlabs")
    windows: list[MainWindow] = []

    def make(wait: bool = True) -> MainWindow:
        win = MainWindow()
        qtbot.addWidget(win)
        win.dialogs = Recorder(win, monkeypatch)
        win.show()
        if wait:
            with qtbot.waitSignal(win.voice_actions.voices_loaded, timeout=10000):
                pass
            settle(qtbot)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.undo_stack.setClean()  # let qtbot close it without a prompt
    settle(qtbot)


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def dialogue_srt(tmp_path: Path) -> Path:
    path = tmp_path / "dialogue.srt"
    path.write_text(DIALOGUE_SRT, encoding="utf-8")
    return path


def settle(qtbot) -> None:
    """Wait for background work, including what zero-delay timers (voices in use) start after an edit."""
    for _ in range(2):
        QApplication.processEvents()
        qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10000)


def open_and_wait(qtbot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.loaded, timeout=10000):
        assert window.open_file(path) is not None
    settle(qtbot)


def voices_of(window: MainWindow) -> list[str | None]:
    return [cue.voice for cue in window.model.document.cues]


def column(window: MainWindow, col: int = COL_VOICE) -> list[str]:
    model = window.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def open_picker(qtbot, window: MainWindow) -> VoicePickerDialog:
    dialog = window.voice_actions.choose_voice()
    assert dialog is not None and dialog.isVisible()
    settle(qtbot)
    return dialog


def pick(dialog: VoicePickerDialog, tab: int, voice_id: str) -> None:
    dialog.tabs.setCurrentIndex(tab)
    view = dialog.current_view()
    row = view.model().row_of(voice_id)
    assert row >= 0, voice_id
    view.selectRow(row)


def shoot(widget, name: str) -> Path:
    QApplication.processEvents()  # pending layout requests first, or wrapped labels look cut
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


# -- choosing ------------------------------------------------------------------------------------
def test_voice_for_selected_lines_shows_its_name_and_undoes(qtbot, window, french_srt) -> None:
    open_and_wait(qtbot, window, french_srt)
    window.select_row(0, count=2)
    dialog = open_picker(qtbot, window)
    assert dialog.use_selected_button.isVisible()
    pick(dialog, 0, CLONE)
    with qtbot.waitSignal(dialog.voice_chosen):
        dialog.use_selected_button.click()
    assert voices_of(window) == [CLONE, CLONE, None, None]
    assert column(window)[:2] == ["My narrator", "My narrator"]
    assert window.isWindowModified()
    assert window.undo_stack.undoText() == "Set voice of 2 lines"
    assert "now speaks 2 lines" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert voices_of(window) == [None] * 4 and not window.isWindowModified()
    window.undo_stack.redo()
    assert voices_of(window) == [CLONE, CLONE, None, None]


def test_voice_for_all_lines_sets_the_project_voice_and_clears_overrides(qtbot, window, french_srt) -> None:
    open_and_wait(qtbot, window, french_srt)
    assert window.push(commands.set_voices, {1: CLONE})
    window.select_row(0)
    dialog = open_picker(qtbot, window)
    pick(dialog, 1, RACHEL)
    with qtbot.waitSignal(dialog.voice_chosen):
        dialog.use_all_button.click()
    assert window.job.render_settings().voice == RACHEL
    assert settings.get(settings.VOICE["elevenlabs"]) == RACHEL  # remembered for the next file
    assert voices_of(window) == [None] * 4
    assert column(window) == ["Rachel"] * 4
    assert window.undo_stack.undoText() == "Use one voice for all lines"
    window.undo_stack.undo()  # one step: the project voice and the cleared override come back together
    assert voices_of(window) == [None, CLONE, None, None]
    assert not window.job.render_settings().voice
    assert column(window)[1] == "My narrator"


def test_clearing_selected_lines_and_refusals(qtbot, window, french_srt) -> None:
    open_and_wait(qtbot, window, french_srt)
    window.push(commands.set_voices, {0: CLONE, 3: ADAM})
    window.select_row(0)
    window.voice_actions.clear_action.trigger()
    assert voices_of(window) == [None, None, None, ADAM]
    assert window.undo_stack.undoText() == "Use project voice for 1 line"
    window.voice_actions.clear_action.trigger()  # nothing left to clear: no empty undo step
    assert "already use the project voice" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 2


def test_the_picker_adds_a_library_voice_only_with_consent(qtbot, monkeypatch, emu, window, french_srt) -> None:
    open_and_wait(qtbot, window, french_srt)
    assert window.voice_actions.meter.text() == "Voice slots: 2 / 30"
    window.select_row(2)
    dialog = open_picker(qtbot, window)
    pick(dialog, 2, AMELIE)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.voice_chosen, timeout=30000):
        dialog.use_selected_button.click()
    settle(qtbot)
    assert voices_of(window)[2] == AMELIE and column(window)[2] == "Amélie"
    assert AMELIE in emu.account.voices and len(emu.calls("/v1/voices/add")) == 1
    assert window.voice_actions.meter.text() == "Voice slots: 3 / 30"  # the picker's counters reach the window


# -- speakers ------------------------------------------------------------------------------------
def test_voices_by_speaker_are_one_undo_step(qtbot, window, dialogue_srt) -> None:
    open_and_wait(qtbot, window, dialogue_srt)
    dialog = window.voice_actions.assign_by_speaker()
    assert dialog is not None
    combo = dialog.table.cellWidget(0, 2)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[:3] == ["Keep current voice", "Already Added", "My narrator"]  # own voices before defaults
    dialog.set_voice("JEAN", CLONE)
    dialog.set_voice("MARIE", RACHEL)
    dialog.accept()
    assert voices_of(window) == [CLONE, RACHEL, CLONE, None]
    assert column(window)[:3] == ["My narrator", "Rachel", "My narrator"]
    assert window.undo_stack.undoText() == "Assign voices by speaker"
    window.undo_stack.undo()
    assert voices_of(window) == [None] * 4
    again = window.voice_actions.assign_by_speaker()  # the mapping is offered again
    assert again.mapping() == {"JEAN": CLONE, "MARIE": RACHEL}
    again.reject()


# -- settings and the companion project -----------------------------------------------------------
def test_voice_settings_and_line_voices_survive_save_and_reopen(qtbot, make_window, french_srt) -> None:
    window = make_window()
    open_and_wait(qtbot, window, french_srt)
    window.push(commands.set_voices, {0: CLONE, 3: RACHEL})
    cost_before = window.model.costs.line(0).cost
    window.select_row(0)
    dialog = window.voice_actions.edit_voice_settings()
    assert dialog is not None
    with qtbot.waitSignal(dialog.panel.models_loaded, timeout=30000):
        pass
    panel = dialog.panel
    panel.model_combo.setCurrentIndex(panel.model_combo.findData("eleven_flash_v2_5"))
    panel.custom.setChecked(True)
    panel.speed.set_value(1.1)
    dialog.accept()
    setup = window.job.render_settings().voice_setups[CLONE]
    assert setup.model == "eleven_flash_v2_5" and setup.settings_dict()["speed"] == 1.1
    assert window.model.costs.line(0).cost == cost_before / 2  # flash: half a credit per character
    assert window.undo_stack.undoText() == "Change voice settings"
    window.undo_stack.undo()
    assert CLONE not in window.job.render_settings().voice_setups
    assert window.model.costs.line(0).cost == cost_before
    window.undo_stack.redo()

    assert window.save()
    companion = french_srt.with_suffix(".dubproj")
    raw = json.loads(companion.read_text(encoding="utf-8"))
    assert raw["srt_path"] == "bonjour.srt" and raw["provider"] == "elevenlabs"
    assert raw["cue_voices"] == {"1": CLONE, "4": RACHEL}
    assert raw["voice_settings"][CLONE]["model"] == "eleven_flash_v2_5"
    assert raw["voice_settings"][CLONE]["settings"]["speed"] == 1.1
    assert window.path == french_srt and not window.isWindowModified()  # the SRT stays the open file

    other = make_window()
    open_and_wait(qtbot, other, french_srt)
    assert voices_of(other) == [CLONE, None, None, RACHEL]
    assert column(other)[0] == "My narrator"
    assert other.job.render_settings().voice_setups[CLONE].model == "eleven_flash_v2_5"
    assert "Voices from bonjour.dubproj" in other.statusBar().currentMessage()

    # Clearing every voice and saving rewrites the companion: the old voices do not come back.
    other.select_row(0, count=4)
    other.voice_actions.clear_action.trigger()
    assert other.save()
    assert json.loads(companion.read_text(encoding="utf-8"))["cue_voices"] == {}


def test_plain_srt_without_voices_gets_no_companion(qtbot, window, french_srt) -> None:
    open_and_wait(qtbot, window, french_srt)
    window.model.setData(window.model.index(0, 4), "Bonsoir.")
    assert window.save()
    assert not french_srt.with_suffix(".dubproj").exists()


def test_a_broken_companion_never_blocks_opening(qtbot, window, french_srt) -> None:
    french_srt.with_suffix(".dubproj").write_text("{not json", encoding="utf-8")
    open_and_wait(qtbot, window, french_srt)
    assert window.model.rowCount() == 4 and voices_of(window) == [None] * 4
    message = window.statusBar().currentMessage()
    assert "The voices in bonjour.dubproj were not used" in message and window.dialogs.errors == []


def test_an_opened_project_is_rewritten_in_place(qtbot, window, french_srt, tmp_path) -> None:
    from studio.core.project import Project, save_project

    project_path = tmp_path / "film.dubproj"
    save_project(Project(srt_path=french_srt, provider="elevenlabs", cue_voices={2: CLONE}), project_path)
    open_and_wait(qtbot, window, project_path)
    window.select_row(3)
    window.push(commands.set_voices, {3: ADAM})
    assert window.save()
    raw = json.loads(project_path.read_text(encoding="utf-8"))
    assert raw["cue_voices"] == {"2": CLONE, "4": ADAM}
    assert not french_srt.with_suffix(".dubproj").exists()
    assert window.path == project_path


def test_voice_setup_api_stores_the_per_voice_shape(qtbot, window, french_srt) -> None:
    open_and_wait(qtbot, window, french_srt)
    window.voice_actions.apply_voice_setup(RACHEL, VoiceSetup.from_mapping(None, {"stability": 0.3}))
    assert window.project is not None
    assert window.project.voice_settings == {RACHEL: {"model": None, "settings": {"stability": 0.3}}}
    window.voice_actions.apply_voice_setup(RACHEL, VoiceSetup())  # back to the voice's own: entry gone
    assert window.project.voice_settings == {}


# -- meter, names, prices ------------------------------------------------------------------------
def test_slot_meter_in_the_status_bar_follows_the_provider(qtbot, window) -> None:
    meter = window.voice_actions.meter
    assert meter.isVisible() and meter.text() == "Voice slots: 2 / 30"
    window.job.provider_combo.setCurrentIndex(window.job.provider_combo.findData("offline"))
    settle(qtbot)
    assert not meter.isVisible()
    assert not window.voice_actions.settings_action.isEnabled()
    with qtbot.waitSignal(window.job.session.balance_changed, timeout=10000):
        window.job.provider_combo.setCurrentIndex(window.job.provider_combo.findData("elevenlabs"))
    settle(qtbot)
    assert meter.isVisible() and meter.text() == "Voice slots: 2 / 30"


def test_a_library_voice_with_a_custom_rate_prices_its_lines(qtbot, emu, make_window, french_srt) -> None:
    emu.account.voices[BASTIEN.voice_id] = EmuVoice(BASTIEN.voice_id, BASTIEN.name, copied_from=BASTIEN)
    window = make_window()
    open_and_wait(qtbot, window, french_srt)
    window.push(commands.set_voices, {0: CLONE, 3: CLONE})
    settle(qtbot)
    plain = window.model.costs.line(0).cost
    assert plain == len(window.model.costs.line(0).spec.text)  # multilingual v2: one credit per character
    with qtbot.waitSignal(window.job.session.tariff_changed, timeout=30000):
        window.push(commands.set_voices, {0: BASTIEN.voice_id})
    assert window.model.costs.line(0).cost == 2 * plain
    assert column(window, COL_COST)[0] == str(int(2 * plain))
    assert column(window)[0] == "Bastien Premium"
    assert window.voice_actions.meter.text() == "Voice slots: 3 / 30"


def test_voice_names_fill_the_column_once_listed(qtbot, make_window, french_srt) -> None:
    settings.put(settings.VOICE["elevenlabs"], ADAM)
    window = make_window(wait=False)
    with qtbot.waitSignal(window.voice_actions.voices_loaded, timeout=10000):
        open_and_wait(qtbot, window, french_srt)
    settle(qtbot)
    assert column(window) == ["Adam"] * 4


def test_not_ready_says_why_in_the_status_bar(qtbot, make_window) -> None:
    window = make_window(wait=False)
    assert window.voice_actions.choose_voice() is None  # the account is still opening
    assert "still opening" in window.statusBar().currentMessage()
    assert window.voice_actions.assign_by_speaker() is None
    with qtbot.waitSignal(window.voice_actions.voices_loaded, timeout=10000):
        pass
    settle(qtbot)


def test_menu_toolbar_and_shortcut(qtbot, window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Voices") == titles.index("&Edit") + 1
    actions = window.voice_actions
    assert [a.text() for a in actions.menu.actions() if a.text()] == [
        "Choose &Voice…", "Assign Voices by &Speaker…", "Voice Se&ttings…", "Use &Project Voice for Selected Lines"]
    assert actions.choose_action.shortcut().toString() == "Ctrl+Shift+V"
    assert actions.toolbar_button.text() == "Voices…" and actions.toolbar_button.menu() is actions.menu
    actions.toolbar_action.trigger()
    dialog = actions.picker
    assert isinstance(dialog, VoicePickerDialog) and dialog.isVisible()
    settle(qtbot)
    dialog.reject()


# -- screenshots ---------------------------------------------------------------------------------
def test_screenshots(qtbot, emu, make_window, dialogue_srt) -> None:
    emu.account.voices[BASTIEN.voice_id] = EmuVoice(BASTIEN.voice_id, BASTIEN.name, copied_from=BASTIEN)
    settings.put(settings.VOICE["elevenlabs"], RACHEL)
    window = make_window()
    window.resize(1280, 600)
    open_and_wait(qtbot, window, dialogue_srt)
    dialog = window.voice_actions.assign_by_speaker()
    dialog.set_voice("JEAN", CLONE)
    dialog.set_voice("MARIE", BASTIEN.voice_id)
    dialog.accept()
    settle(qtbot)
    window.select_row(0)
    shoot(window, "1_window_voice_column")
    shoot(window.statusBar(), "2_status_bar_meter")
    # A popup menu is its own top-level window, so grab() of the window misses it: paint it in.
    menu = window.voice_actions.menu
    bar = window.menuBar()
    where = bar.mapTo(window, bar.actionGeometry(menu.menuAction()).bottomLeft())
    menu.popup(window.mapToGlobal(where))
    QApplication.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(QPoint(where.x(), where.y()), menu.grab())
    painter.end()
    SHOTS.mkdir(parents=True, exist_ok=True)
    picture.save(str(SHOTS / "3_voices_menu_open.png"))
    menu.hide()
