"""Edit ▸ Preferences…: each page edits its settings, OK stores them and the window reacts as it does to
the controls they replace (a refit of the dub, the provider and speech controls, the theme, the language's
restart offer), Cancel drops every edit, Restore Defaults resets the shown page only, and the last page
and size are remembered. Real window, real offline renders (espeak-ng) and real ffmpeg for the refit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from studio.core.fit import PUSH
from studio.gui.dub.dub_actions import fit_settings
from studio.gui import app as app_module
from studio.gui.kit import settings
from studio.gui.prefs.prefs_dialog import PreferencesDialog
from studio.gui.render import cache_dialog
from studio.gui.shell import theme, window_menus
from studio.gui.shell.main_window import MainWindow
from tests.gui.dub.test_dub_actions import PUSH_SRT, _render, _window

SHOTS = Path(os.environ.get("PREFS_SHOTS", "/tmp/preferences"))
PAGES = ["general", "voices", "timing", "spending", "storage"]


@pytest.fixture
def win(qtbot, monkeypatch, french_srt) -> MainWindow:
    monkeypatch.setenv("XDG_DATA_HOME", str(french_srt.parent / "data"))  # the natural voices' folder
    return _window(qtbot, monkeypatch, french_srt)


def _click(dialog: PreferencesDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(button).click()


def test_edit_preferences_opens_with_ctrl_comma_and_the_tools_entries_open_their_page(qtbot, win):
    prefs = win.prefs.action
    edit_menu = win.menuBar().actions()[1].menu()
    assert prefs in edit_menu.actions()
    assert prefs.shortcut() == QKeySequence("Ctrl+,") and prefs.menuRole() == prefs.MenuRole.PreferencesRole
    prefs.trigger()
    dialog = win.findChild(PreferencesDialog)
    assert dialog.isVisible() and dialog.current_page().name == "general"  # nothing remembered yet
    assert [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())] == [
        "General", "Voices", "Timing", "Spending", "Storage"]
    _click(dialog, QDialogButtonBox.StandardButton.Cancel)
    tools_menu = win.menuBar().actions()[4].menu()
    for action, page in [(win.prefs.timing_action, "timing"), (win.prefs.budget_action, "spending"),
                         (win.prefs.concurrency_action, "spending")]:
        assert action in tools_menu.actions()  # where these settings were edited before: they open their page
        action.trigger()
        opened = [each for each in win.findChildren(PreferencesDialog) if each.isVisible()]
        assert len(opened) == 1 and opened[0].current_page().name == page
        assert opened[0].heading.text() == opened[0].current_page().title()
        opened[0].reject()
    win.undo_stack.setClean()


def test_ok_on_the_timing_page_stores_the_rules_and_refits_the_dub(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "push.srt"
    path.write_text(PUSH_SRT, encoding="utf-8")
    win = _window(qtbot, monkeypatch, path)
    before = _render(qtbot, win).placements
    assert before[1].overflow_ms > 0 and [p.shift_ms for p in before] == [0, 0, 0, 0]  # line 2 overflows
    dialog = win.prefs.open("timing")
    form = dialog.current_page().form
    assert form.policy_combo.currentData() == "overlap" and form.speed_spin.value() == 1.25
    form.policy_combo.setCurrentIndex(form.policy_combo.findData(PUSH))
    with qtbot.waitSignal(win.dub.dub_ready, timeout=20000) as built:
        _click(dialog, QDialogButtonBox.StandardButton.Ok)
    after = built.args[0].placements
    assert settings.get(settings.OVERFLOW_POLICY) == PUSH
    assert after[2].placed_ms >= before[1].placed_ms + after[1].clip_ms  # line 3 pushed past line 2's audio
    # OK with nothing changed stores nothing and rebuilds nothing.
    dialog = win.prefs.open("timing")
    started = []
    win.dub.dub_ready.connect(started.append)
    _click(dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.wait(300)
    assert started == [] and win.dub.result.placements == after
    win.undo_stack.setClean()


def test_the_timing_page_stores_every_rule_the_dub_fits_by(qtbot, win):
    dialog = win.prefs.open("timing")
    form = dialog.current_page().form
    assert form.smooth_spin.value() == 0.0 and form.smooth_spin.text() == "Off"  # smoothing is opt-in
    assert not form.lufs_spin.isEnabled()  # no target without normalising
    form.speed_spin.setValue(1.5)
    form.borrow_spin.setValue(400)
    form.policy_combo.setCurrentIndex(form.policy_combo.findData(PUSH))
    form.normalize_check.setChecked(True)
    form.lufs_spin.setValue(-23)
    form.smooth_spin.setValue(0.05)
    with qtbot.waitSignal(win.dub.dub_ready, timeout=20000):
        _click(dialog, QDialogButtonBox.StandardButton.Ok)
    fit = fit_settings()
    assert (fit.max_speed, fit.slots.max_borrow_ms, fit.overflow, fit.max_speed_step) == (1.5, 400, PUSH, 0.05)
    assert settings.get(settings.NORMALIZE) and settings.get(settings.TARGET_LUFS) == -23.0
    win.undo_stack.setClean()


def test_ok_on_the_voices_page_works_the_window_controls(qtbot, win, backend):
    dialog = win.prefs.open("voices")
    page = dialog.current_page()
    assert page.provider_combo.currentData() == "offline" and not page.brackets_check.isChecked()
    page.provider_combo.setCurrentIndex(page.provider_combo.findData("narakeet"))
    page.brackets_check.setChecked(True)
    page.normalization_combo.setCurrentIndex(page.normalization_combo.findData("off"))
    page.context_check.setChecked(False)
    page.advance_check.setChecked(True)
    _click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert win.job.provider == "narakeet" and win.job.provider_combo.currentData() == "narakeet"
    assert win.job.session.name == "narakeet"  # the account of the new provider is opened, as by the toolbar
    assert win.speak_brackets_action.isChecked() and not win.model.speech_options.strip_annotations
    assert [a.data() for a in win.job.normalization_group.actions() if a.isChecked()] == ["off"]
    assert win.job.render_settings().text_normalization == "off" and not win.job.render_settings().context
    assert not win.job.context_action.isChecked() and win.render_actions.auto_advance_action.isChecked()
    assert (settings.get(settings.PROVIDER), settings.get(settings.STRIP_ANNOTATIONS),
            settings.get(settings.TEXT_NORMALIZATION), settings.get(settings.SEND_CONTEXT),
            settings.get(settings.AUTO_ADVANCE)) == ("narakeet", False, "off", False, True)
    win.undo_stack.setClean()


def test_ok_on_the_general_page_applies_the_theme_now_and_offers_the_restart_for_the_language(
        qtbot, monkeypatch, win, follower, qapp):
    asked = []
    monkeypatch.setattr(window_menus, "ask_restart", lambda window: asked.append(window) or False)
    dialog = win.prefs.open("general")
    page = dialog.current_page()
    assert page.language_combo.currentData() == "" and page.theme_combo.currentData() == ""
    assert page.welcome_check.isChecked() and not page.reopen_check.isChecked() and page.recent_spin.value() == 10
    page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("dark"))
    page.reopen_check.setChecked(True)
    page.welcome_check.setChecked(False)
    page.recent_spin.setValue(4)
    assert not theme.is_dark(qapp.palette())
    _click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert theme.is_dark(qapp.palette()) and settings.get(settings.THEME) == "dark"
    # The restart offer comes once the Preferences window has closed, from View ▸ Language itself.
    qtbot.waitUntil(lambda: asked == [win], timeout=5000)
    assert settings.get(settings.LANGUAGE) == "fr"
    assert [a.data() for a in win.language_menu.actions() if a.isChecked()] == ["fr"]
    assert settings.get(settings.WELCOME_DONE) and settings.get(settings.RECENT_MAX) == 4
    assert settings.get(settings.REOPEN_LAST)
    assert app_module.last_file() == Path(settings.recent_files()[0])  # what the next start opens
    # Back to following the system: the light palette returns at once.
    dialog = win.prefs.open("general")
    dialog.current_page().theme_combo.setCurrentIndex(0)
    _click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert not theme.is_dark(qapp.palette()) and settings.get(settings.THEME) == ""
    win.undo_stack.setClean()


def test_the_last_file_is_reopened_only_when_asked_and_still_there(french_srt, tmp_path):
    settings.add_recent_file(str(french_srt))
    assert app_module.last_file() is None  # off by default
    settings.put(settings.REOPEN_LAST, True)
    assert app_module.last_file() == french_srt
    gone = tmp_path / "gone.srt"
    settings.add_recent_file(str(gone))
    assert app_module.last_file() is None  # a moved or deleted file is not an error at start


def test_the_app_started_with_no_file_reopens_the_last_one_when_asked(qtbot, monkeypatch, french_srt):
    opened: list[Path] = []
    real_start = app_module.start

    def start(argv: list[str]):  # noqa: ANN202
        app, window = real_start(argv)
        # Stored now: the app has just taken its own name, which is where settings are read from.
        settings.add_recent_file(str(french_srt))
        settings.put(settings.REOPEN_LAST, True)
        settings.put(settings.WELCOME_DONE, True)
        window.loaded.connect(lambda path: (opened.append(path), window.close()))  # then the app quits
        QTimer.singleShot(30000, app.quit)  # never hang the suite
        return app, window

    monkeypatch.setattr(app_module, "start", start)
    assert app_module.main(["dubbing-studio"]) == 0
    assert opened == [french_srt]


def test_ok_on_the_spending_page_sets_the_budget_and_the_requests_at_once(qtbot, win):
    dialog = win.prefs.open("spending")
    page = dialog.current_page()
    assert page.budget_spin.text() == "No limit" and page.concurrency_spin.text() == "As many as the plan allows"
    hints = [label for label in page.findChildren(QLabel) if label.wordWrap()]
    assert len(hints) == 2 and hints[0].text().startswith("The most that one render or one voice preview may cost")
    # Once laid out at their width, the hints are as tall as their lines: no blank line under them.
    qtbot.waitUntil(lambda: all(label.height() == label.heightForWidth(label.width()) for label in hints),
                    timeout=2000)
    page.budget_spin.setValue(500)
    page.concurrency_spin.setValue(2)
    _click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert win.job.budget() == 500 and settings.get(settings.CONCURRENCY) == 2
    win.undo_stack.setClean()


def test_the_storage_page_stores_the_cap_on_ok_only_and_shows_the_voices_folder(qtbot, monkeypatch, win):
    dialog = win.prefs.open("storage")
    page = dialog.current_page()
    panel = page.cache_panel
    qtbot.waitUntil(lambda: not panel._busy, timeout=10000)
    assert panel.folder_label.text() == str(win.render_actions.controller.cache.root)
    panel.limit_spin.setValue(512)
    assert settings.get(settings.DERIVED_LIMIT_MB) == 2048  # the Clip Cache dialog stores at once; not here
    voices = Path(os.environ["XDG_DATA_HOME"]) / "dubbing-studio" / "voices"
    assert page.voices_field.text() == str(voices)
    opened: list[QUrl] = []
    monkeypatch.setattr(cache_dialog, "open_url", lambda url: opened.append(url) or True)
    assert page.open_voices_folder() and opened == [QUrl.fromLocalFile(str(voices))] and voices.is_dir()
    panel.cleared.emit(0)  # clearing the clips from here tells the window, as the dialog does
    assert win.statusBar().currentMessage() == "The clip cache was cleared."
    _click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert settings.get(settings.DERIVED_LIMIT_MB) == 512 and win.dub.current_inputs().derived_limit_bytes == 512 << 20
    win.undo_stack.setClean()


def test_the_storage_page_says_so_while_the_cache_is_still_opening(qtbot, monkeypatch, win):
    monkeypatch.setattr(win.render_actions.controller, "cache", None)  # the first moments after start
    dialog = win.prefs.open("storage")
    page = dialog.current_page()
    assert page.cache_panel is None and page.values() == {}
    assert "The clip cache is not open yet." in [label.text() for label in page.findChildren(QLabel)]
    dialog.restore_button.click()
    _click(dialog, QDialogButtonBox.StandardButton.Ok)  # the other pages are stored; the cap stays
    assert settings.get(settings.DERIVED_LIMIT_MB) == 2048 and not dialog.isVisible()
    win.undo_stack.setClean()


def _edit_every_page(dialog: PreferencesDialog) -> None:
    general, voices, timing, spending, storage = (dialog.page(name) for name in PAGES)
    general.theme_combo.setCurrentIndex(general.theme_combo.findData("dark"))
    general.recent_spin.setValue(3)
    voices.provider_combo.setCurrentIndex(voices.provider_combo.findData("narakeet"))
    voices.brackets_check.setChecked(True)
    timing.form.speed_spin.setValue(1.6)
    timing.form.borrow_spin.setValue(300)
    spending.budget_spin.setValue(900)
    storage.cache_panel.limit_spin.setValue(0)


def test_cancel_discards_every_edit_on_every_page(qtbot, win, qapp):
    stored = {key: settings.get(key) for key in settings.DEFAULTS if not key.startswith(("window/", "prefs/"))}
    dialog = win.prefs.open()
    _edit_every_page(dialog)
    _click(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert {key: settings.get(key) for key in stored} == stored
    assert win.job.provider == "offline" and not win.speak_brackets_action.isChecked()
    assert not theme.is_dark(qapp.palette())
    again = win.prefs.open()  # and the next opening shows the stored values, not the dropped edits
    assert again.page("timing").form.speed_spin.value() == 1.25 and again.page("spending").budget_spin.value() == 0
    again.reject()
    win.undo_stack.setClean()


def test_restore_defaults_resets_the_page_shown_and_only_that_one(qtbot, win):
    for key, value in [(settings.MAX_SPEED, 1.8), (settings.BORROW_MS, 200), (settings.OVERFLOW_POLICY, PUSH),
                       (settings.BUDGET_CAP, 700.0), (settings.CONCURRENCY, 3)]:
        settings.put(key, value)
    dialog = win.prefs.open("timing")
    timing = dialog.current_page().form
    assert (timing.speed_spin.value(), timing.borrow_spin.value()) == (1.8, 200)
    dialog.restore_button.click()
    assert (timing.speed_spin.value(), timing.borrow_spin.value(), timing.policy_combo.currentData()) == (
        1.25, 1000, "overlap")
    assert settings.get(settings.MAX_SPEED) == 1.8  # shown, not stored before OK
    spending = dialog.page("spending")
    assert spending.budget_spin.value() == 700 and spending.concurrency_spin.value() == 3  # not its page
    with qtbot.waitSignal(win.dub.dub_ready, timeout=20000):  # the restored rules refit the dub
        _click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert (settings.get(settings.MAX_SPEED), settings.get(settings.BORROW_MS),
            settings.get(settings.OVERFLOW_POLICY)) == (1.25, 1000, "overlap")
    assert settings.get(settings.BUDGET_CAP) == 700.0 and settings.get(settings.CONCURRENCY) == 3
    win.undo_stack.setClean()


def test_the_last_page_and_size_are_remembered(qtbot, win):
    dialog = win.prefs.open()
    dialog.show_page("storage")
    dialog.resize(700, 520)  # within the offscreen screen (800×600): restoreGeometry keeps a window on it
    _click(dialog, QDialogButtonBox.StandardButton.Cancel)
    again = win.prefs.open()
    assert again.current_page().name == "storage" and again.stack.currentWidget().widget() is again.current_page()
    assert (again.width(), again.height()) == (700, 520)
    again.reject()
    win.undo_stack.setClean()


def _shoot(dialog: PreferencesDialog, prefix: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name in PAGES:
        dialog.show_page(name)
        QApplication.processEvents()
        dialog.grab().save(str(SHOTS / f"{prefix}-{name}.png"))


def test_every_page_in_french_and_on_a_small_laptop_screen(qtbot, win, translator):
    translator("fr")
    dialog = win.prefs.open()
    assert dialog.windowTitle() == "Préférences"
    assert [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())] == [
        "Général", "Voix", "Calage", "Dépenses", "Stockage"]
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).text() == \
        "Restaurer les valeurs par défaut"
    qtbot.waitUntil(lambda: not dialog.page("storage").cache_panel._busy, timeout=10000)
    _shoot(dialog, "fr")
    # A 1366×768 screen at 125 %, less the desktop's panel (docs/screenshots.py): every page fits, the
    # tallest one scrolling rather than pushing the buttons off the screen.
    dialog.resize(1093, 580)
    assert dialog.minimumSizeHint().width() <= 1093 and dialog.minimumSizeHint().height() <= 580
    QApplication.processEvents()
    assert dialog.buttons.geometry().bottom() < dialog.height()
    _shoot(dialog, "fr-laptop")
    dialog.reject()
    win.undo_stack.setClean()
