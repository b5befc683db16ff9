"""Tools ▸ Accounts…: keys saved to and removed from the keychain, and a balance test off-thread."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox, QLineEdit

from studio import secrets
from studio.gui.accounts_dialog import AccountsDialog
from tests.account_stub import AccountStub

FAKE_KEY = "sk_GUI_FAKE_KEY_0123456789"


@pytest.fixture
def stub():
    server = AccountStub(FAKE_KEY).start()
    yield server
    server.stop()


@pytest.fixture
def dialog(qtbot, backend, stub):
    dlg = AccountsDialog(store=secrets.KeyStore(), base_urls={"elevenlabs": stub.url, "narakeet": stub.url})
    qtbot.addWidget(dlg)
    return dlg


def test_key_field_is_masked_and_show_toggles_it(dialog):
    box = dialog.boxes["elevenlabs"]
    assert box.key_edit.echoMode() is QLineEdit.EchoMode.Password
    box.key_edit.setText(FAKE_KEY)
    box.show_button.click()
    assert box.key_edit.echoMode() is QLineEdit.EchoMode.Normal
    assert box.show_button.text() == "Hide"
    box.show_button.click()
    assert box.key_edit.echoMode() is QLineEdit.EchoMode.Password


def test_save_to_keychain_then_remove(dialog, backend):
    box = dialog.boxes["narakeet"]
    assert not box.save_button.isEnabled() and not box.remove_button.isEnabled()
    assert box.where_label.text() == "No key stored. Saved keys go to Test memory keyring."
    box.key_edit.setText(f" {FAKE_KEY}\n")
    box.save_button.click()
    assert backend.entries == {("dubbing-studio", "narakeet"): FAKE_KEY}
    assert box.key_edit.text() == ""  # the stored key is never put back in a widget
    assert box.where_label.text() == "Key stored in Test memory keyring."
    assert box.remove_button.isEnabled()
    # A fresh dialog does not show the stored key either.
    again = AccountsDialog(store=secrets.KeyStore())
    assert again.boxes["narakeet"].key_edit.text() == ""
    assert "Stored" in again.boxes["narakeet"].key_edit.placeholderText()
    box.remove_button.click()
    assert backend.entries == {}
    assert box.where_label.text().startswith("No key stored.")


def test_environment_override_is_explained(qtbot, backend, monkeypatch):
    monkeypatch.setenv("ELEVENLABS_API_KEY", FAKE_KEY)
    dlg = AccountsDialog(store=secrets.KeyStore())
    qtbot.addWidget(dlg)
    assert "ELEVENLABS_API_KEY is set in the environment" in dlg.boxes["elevenlabs"].where_label.text()
    assert backend.entries == {}


def test_locked_keychain_keeps_the_key_for_this_session(qtbot, backend):
    backend.locked = True
    store = secrets.KeyStore()
    dlg = AccountsDialog(store=store)
    qtbot.addWidget(dlg)
    box = dlg.boxes["elevenlabs"]
    assert box.where_label.text().startswith("No system keychain is available")
    box.key_edit.setText(FAKE_KEY)
    box.save_button.click()
    assert backend.entries == {}
    assert store.in_session("elevenlabs")
    assert "session only" in box.where_label.text()
    assert FAKE_KEY not in box.where_label.text()


def test_test_button_shows_the_balance_in_local_time(dialog, qtbot, stub):
    box = dialog.boxes["elevenlabs"]
    box.key_edit.setText(FAKE_KEY)
    with qtbot.waitSignal(box.tested, timeout=10000) as signal:
        box.test_button.click()
        assert not box.test_button.isEnabled()  # one test at a time
    text = signal.args[1]
    assert text.startswith("82,769 of 100,000 credits left · Creator plan")
    assert "Credits reset on 3 Dec 2026 at " in text
    assert "Voice slots: 7 of 10 used" in text
    assert box.result_label.text() == text
    assert box.test_button.isEnabled()
    assert stub.seen[-1].headers["xi-api-key"] == FAKE_KEY


def test_test_uses_the_stored_key_and_reports_a_refused_one(dialog, qtbot, backend):
    box = dialog.boxes["narakeet"]
    with qtbot.waitSignal(box.tested, timeout=2000) as signal:
        box.test_button.click()
    assert signal.args[1] == "No key to test: paste one above."
    backend.entries[("dubbing-studio", "narakeet")] = "wrong-key"
    with qtbot.waitSignal(box.tested, timeout=10000) as signal:
        box.test_button.click()
    assert "wrong-key" not in signal.args[1]
    assert "key" in signal.args[1].lower()  # the provider's AUTH sentence


def test_offline_engine_needs_no_account(dialog):
    titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert titles == ["ElevenLabs", "Narakeet", "Offline (no account needed)"]


def test_tools_menu_opens_the_accounts_dialog(qtbot, backend):
    from studio.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert "&Tools" in menus
    assert window.accounts_action in menus["&Tools"].actions()
    dlg = window.open_accounts()
    assert isinstance(dlg, AccountsDialog) and dlg.isVisible()
    dlg.close()
