"""The welcome: a provider and its key (keychain, or session only), the offline voice, the sample,
the tour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QToolButton

from studio import paths
from studio.gui.kit import settings
from studio.gui.onboarding.tour import Highlight
from studio.gui.onboarding.welcome import FIRST_TOUR_PAGE, PROVIDER_PAGE, SAMPLE_PAGE, WelcomeDialog
from studio.gui.shell.main_window import MainWindow
from tests.account_stub import AccountStub

FAKE_KEY = "sk_WELCOME_FAKE_0123456789"


@pytest.fixture
def window(qtbot, backend):
    stub = AccountStub(FAKE_KEY).start()
    for provider in ("elevenlabs", "narakeet"):  # a provider's account opens against loopback only
        settings.put(settings.BASE_URL[provider], stub.url)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.undo_stack.setClean()
    stub.stop()


@pytest.fixture
def welcome(qtbot, window):
    dialog = WelcomeDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_offline_choice_goes_through_the_tour_and_is_remembered(welcome, window):
    assert not settings.get(settings.WELCOME_DONE)
    assert welcome.chosen_provider() == "offline" and not welcome.back_button.isEnabled()
    welcome.next()
    assert welcome.pages.currentIndex() == SAMPLE_PAGE
    assert settings.get(settings.WELCOME_DONE) and settings.get(settings.PROVIDER) == "offline"
    for _ in range(4):
        welcome.next()
    assert welcome.pages.currentIndex() == FIRST_TOUR_PAGE + 3
    assert welcome.next_button.text() == "Finish" and welcome.page_label.text() == "Step 4 of 4"
    welcome.back()
    assert welcome.page_label.text() == "Step 3 of 4"
    welcome.next()
    welcome.next()
    assert welcome.result() == WelcomeDialog.DialogCode.Accepted and not welcome.isVisible()


def test_key_goes_to_the_keychain_and_the_provider_to_the_window(welcome, window, backend, isolated_settings):
    welcome.radios["elevenlabs"].setChecked(True)
    box = welcome.boxes["elevenlabs"]
    assert box.isVisible()
    assert "Saved keys go to Test memory keyring" in box.where_label.text()
    assert "system keychain, never in a settings or project file" in welcome.keychain_label.text()
    box.key_edit.setText(f" {FAKE_KEY}\n")
    welcome.next()
    assert welcome.pages.currentIndex() == SAMPLE_PAGE
    assert backend.entries == {("dubbing-studio", "elevenlabs"): FAKE_KEY}
    assert settings.get(settings.PROVIDER) == "elevenlabs"
    assert window.job.provider == "elevenlabs"
    for path in isolated_settings.rglob("*"):
        if path.is_file():
            assert FAKE_KEY not in path.read_text(encoding="utf-8", errors="replace")


def test_no_keychain_says_session_only_once_then_goes_on(welcome, backend):
    backend.locked = True
    welcome.radios["narakeet"].setChecked(True)
    box = welcome.boxes["narakeet"]
    box.key_edit.setText(FAKE_KEY)
    welcome.next()
    assert welcome.pages.currentIndex() == PROVIDER_PAGE  # stays: the user must see this
    assert "locked" in box.where_label.text() and "kept only until you quit" in box.where_label.text()
    assert welcome.notice.isVisible() and "until you quit" in welcome.notice.text()
    assert welcome.store.in_session("narakeet") and backend.entries == {}
    welcome.next()
    assert welcome.pages.currentIndex() == SAMPLE_PAGE
    assert settings.get(settings.PROVIDER) == "narakeet"


def test_a_key_with_spaces_inside_is_refused_and_nothing_is_chosen(welcome, backend):
    welcome.radios["elevenlabs"].setChecked(True)
    welcome.boxes["elevenlabs"].key_edit.setText("two words")
    welcome.next()
    assert welcome.pages.currentIndex() == PROVIDER_PAGE
    assert "spaces" in welcome.boxes["elevenlabs"].where_label.text()
    assert backend.entries == {} and not settings.get(settings.WELCOME_DONE)


def test_escape_on_the_first_page_shows_it_again_next_time(qtbot, welcome):
    qtbot.keyClick(welcome, Qt.Key.Key_Escape)
    assert not welcome.isVisible()
    assert not settings.get(settings.WELCOME_DONE)


def test_keyboard_only(qtbot, welcome, backend):
    """Alt+E picks ElevenLabs, Alt+K goes to the key field, Enter saves the key and goes on."""
    welcome.activateWindow()
    qtbot.waitUntil(welcome.isActiveWindow)
    qtbot.keyClick(welcome, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: welcome.chosen_provider() == "elevenlabs")  # a mnemonic animates its click
    qtbot.keyClick(welcome, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    box = welcome.boxes["elevenlabs"]
    assert box.key_edit.hasFocus()
    qtbot.keyClicks(box.key_edit, FAKE_KEY)
    qtbot.keyClick(box.key_edit, Qt.Key.Key_Return)
    assert backend.entries == {("dubbing-studio", "elevenlabs"): FAKE_KEY}
    assert welcome.pages.currentIndex() == SAMPLE_PAGE
    assert welcome.sample_button.hasFocus()
    qtbot.keyClick(welcome, Qt.Key.Key_Return)  # Enter is Next, even with a button focused
    assert welcome.pages.currentIndex() == FIRST_TOUR_PAGE


def test_open_the_sample(qtbot, welcome, window):
    welcome.next()
    assert welcome.sample_button.isEnabled() and paths.sample_srt().is_file()
    with qtbot.waitSignal(window.loaded, timeout=10000):
        welcome.sample_button.click()
    assert window.path == paths.sample_srt() and window.model.rowCount() == 8


def test_tour_names_the_real_menus_and_shortcuts(welcome):
    texts = [step.text for step in welcome.steps]
    assert "File ▸ Open… (Ctrl+O)" in texts[0]
    assert "Voices ▸ Choose Voice… (Ctrl+Shift+V)" in texts[1]
    assert "Render ▸ Render All Lines (Ctrl+R)" in texts[2] and "Space plays" in texts[2]
    assert "File ▸ Export Dub… (Ctrl+E)" in texts[3] and "File ▸ Dub Video…" in texts[3]


def test_tour_points_at_the_real_toolbar_button(welcome, window):
    welcome.next()
    welcome.next()  # the first tour page rings the Open button
    ring = window.findChild(Highlight, "tourHighlight")
    assert ring is not None and ring.isVisible()
    button = next(b for b in window.findChildren(QToolButton) if b.defaultAction() is window.open_action)
    where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
    assert ring.geometry().contains(where.center())
    welcome.next()  # step 2: the Voices button on the job toolbar
    voices = window.findChild(QToolButton, "voicesButton")
    voices_rect = QRect(voices.mapTo(window, voices.rect().topLeft()), voices.size())
    assert ring.geometry().contains(voices_rect.center())
    welcome.next()
    welcome.next()  # step 4: Export has no button: the File menu's title
    bar = window.menuBar()
    file_title = bar.actionGeometry(bar.actions()[0])
    assert ring.geometry().contains(bar.mapTo(window, file_title.center()))
    welcome.reject()
    assert not ring.isVisible()


def test_help_menu_opens_the_welcome(qtbot, window):
    dialog = window.help.show_welcome()
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    dialog.reject()
