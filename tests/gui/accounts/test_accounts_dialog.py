"""Tools ▸ Accounts…: keys saved to and removed from the keychain, and a balance test off-thread."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox, QLineEdit

from studio import secrets
from studio.gui.accounts.accounts_dialog import AccountsDialog
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
    assert box.where_label.text().startswith("Your keychain is locked: unlock it")
    box.key_edit.setText(FAKE_KEY)
    assert box.save_button.isEnabled()  # a keychain exists: once unlocked, saving works
    box.save_button.click()
    assert backend.entries == {}
    assert store.in_session("elevenlabs")
    assert "kept only until you quit" in box.where_label.text()
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
    with qtbot.waitSignal(box.tested, timeout=30000) as signal:
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
    from studio.gui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert "&Tools" in menus
    assert window.accounts_action in menus["&Tools"].actions()
    dlg = window.open_accounts()
    assert isinstance(dlg, AccountsDialog) and dlg.isVisible()
    dlg.close()
    # The window's background work must not answer into the next test (its pools die with it).
    from studio.gui.kit import tasks

    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10000)


# -- issue 17 §4: no keychain, plain words, nothing clipped ---------------------------------------
@pytest.fixture
def no_keychain(monkeypatch):
    """keyring's own "no backend" (what a Linux machine without GNOME Keyring or KWallet gets)."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    for var in secrets.ENV_VARS.values():
        monkeypatch.delenv(var, raising=False)
    yield
    keyring.set_keyring(previous)


def test_no_keychain_disables_save_and_says_what_to_install(qtbot, no_keychain, stub, monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    store = secrets.KeyStore()
    dlg = AccountsDialog(store=store, base_urls={"elevenlabs": stub.url})
    qtbot.addWidget(dlg)
    dlg.show()
    box = dlg.boxes["elevenlabs"]
    assert "Install GNOME Keyring (package gnome-keyring) or KWallet" in box.where_label.text()
    assert "Python" not in box.where_label.text() and "keyring can use" not in box.where_label.text()
    box.key_edit.setText(FAKE_KEY)
    assert not box.save_button.isEnabled() and "gnome-keyring" in box.save_button.toolTip()
    assert box.session_button.isVisible() and box.session_button.isEnabled()
    box.session_button.click()
    assert store.in_session("elevenlabs") and box.key_edit.text() == ""
    assert box.remove_button.isEnabled()
    # Test with the session key: the result and the warning above it both show in full.
    with qtbot.waitSignal(box.tested, timeout=10000):
        box.test_button.click()

    def whole(label) -> bool:
        return label.height() >= label.heightForWidth(label.width())

    # The layout settles on the next event-loop turns: wait for it, then every line is there.
    qtbot.waitUntil(lambda: whole(box.where_label) and whole(box.result_label), timeout=2000)
    assert dlg.height() >= dlg.layout().totalHeightForWidth(dlg.width())
    assert box.result_label.text().count("\n") == 2  # balance, reset date, voice slots


def test_a_working_keychain_hides_the_session_button(dialog):
    box = dialog.boxes["elevenlabs"]
    dialog.show()
    box.key_edit.setText(FAKE_KEY)
    assert box.save_button.isEnabled() and not box.session_button.isVisible()
    assert box.save_button.toolTip() == "Keep the key in Test memory keyring, never in a file"


@pytest.mark.parametrize("platform, words", [
    ("linux", "Install GNOME Keyring"), ("darwin", "Keychain Access"), ("win32", "Windows Credential Manager")])
def test_keychain_advice_per_system(platform, words):
    from studio.gui.accounts.keychain_text import keychain_trouble

    text = keychain_trouble(secrets.NO_KEYCHAIN, platform)
    assert words in text and text.endswith("kept only until you quit.")
    assert keychain_trouble(None, platform) == ""
    assert keychain_trouble(secrets.KEYCHAIN_LOCKED, platform).startswith("Your keychain is locked")


def test_a_refused_key_is_said_in_plain_words(qapp):
    """The server's own wording ("xi-api-key", English) goes to the tooltip, never the sentence."""
    import requests

    from studio.gui.kit.provider_text import plain_error_text
    from studio.providers.elevenlabs_errors import error_from_response

    response = requests.Response()
    response.status_code = 401
    response._content = (b'{"detail": {"status": "needs_authorization", "message": '
                         b'"Neither authorization header nor xi-api-key received, please provide one."}}')
    error = error_from_response(response)
    assert "xi-api-key" in str(error)
    text, said = plain_error_text(error)
    assert "xi-api-key" not in text and text.startswith("The API key was refused")
    assert said.startswith("ElevenLabs: Neither authorization header nor xi-api-key")
    plain = secrets.KeychainUnavailable("x")  # any other error: its own text, nothing aside
    assert plain_error_text(plain) == (str(plain), "")


def test_a_key_the_keychain_keeps_is_said_in_french(qtbot, backend, translator):
    """Remove on a keychain that locked itself, then on one that refuses: the French window says why in
    French, the backend's error only by its type name."""
    translator("fr")
    nbsp = "\u00a0"
    store = secrets.KeyStore()
    dlg = AccountsDialog(store=store)
    qtbot.addWidget(dlg)
    box = dlg.boxes["narakeet"]
    box.key_edit.setText(FAKE_KEY)
    box.save_button.click()
    backend.locked = True
    box.remove_button.click()
    assert box.where_label.text() == (
        f"La clé n’a pas été supprimée du trousseau. Votre trousseau est verrouillé{nbsp}: déverrouillez-le "
        "(ou reconnectez-vous), puis réessayez.")
    backend.locked = False
    backend.refuse_delete = True
    box.remove_button.click()
    assert box.where_label.text() == (
        "La clé n’a pas été supprimée du trousseau. Le trousseau a refusé de la supprimer "
        f"(PasswordDeleteError){nbsp}: réessayez, ou supprimez l’entrée «{nbsp}dubbing-studio{nbsp}» avec le "
        "gestionnaire de trousseau de votre système.")
    assert backend.entries == {("dubbing-studio", "narakeet"): FAKE_KEY}  # still there, as the dialog says
    assert "Access denied" not in box.where_label.text()  # the backend's own text is not ours to show


def test_a_key_variable_that_is_not_a_key_is_said_in_french(qtbot, backend, monkeypatch, translator):
    translator("fr")
    monkeypatch.setenv("ELEVENLABS_API_KEY", "sk_ab cd")
    dlg = AccountsDialog(store=secrets.KeyStore())  # opens: the variable's state is a line, not a crash
    qtbot.addWidget(dlg)
    box = dlg.boxes["elevenlabs"]
    said = ("ELEVENLABS_API_KEY contient des espaces ou des sauts de ligne\u00a0: donnez-lui pour valeur la "
            "clé d’API seule.")
    assert box.where_label.text().endswith("\n" + said)
    with qtbot.waitSignal(box.tested, timeout=5000) as shown:
        box.test_button.click()
    assert shown.args == ["elevenlabs", said]
