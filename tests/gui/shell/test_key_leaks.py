"""No API key anywhere but the keychain: a whole session (CLI and GUI), then every file, log and output
is searched for the key."""

from __future__ import annotations

import base64
import logging
from urllib.parse import quote

import keyring
import pytest
from PySide6.QtCore import QSettings

from studio import secrets
from studio.gui.shell.main_window import MainWindow
from tests.account_stub import AccountStub
from tests.cli_env import isolated_env, keychain_file, run_cli
from tests.keyring_backends import FILE_VAR, FileKeyring

CANARY = "sk_LEAKCANARY_7f3a9c1e5b2d40686e1d"


def _forms(secret: str) -> list[bytes]:
    """The key as it could be written: plain, UTF-16, URL-quoted, base64, and its distinctive half."""
    return [secret.encode(), secret.encode("utf-16-le"), quote(secret).encode(),
            base64.b64encode(secret.encode()), secret[-16:].encode()]


@pytest.fixture
def servers():
    accepting = AccountStub(CANARY).start()
    refusing = AccountStub("some-other-key").start()
    yield accepting, refusing
    accepting.stop()
    refusing.stop()


def test_the_key_reaches_only_the_keychain_and_the_request_header(qtbot, tmp_path, monkeypatch, caplog,
                                                                   servers, isolated_settings):
    accepting, refusing = servers
    caplog.set_level(logging.DEBUG)  # every logger, urllib3's included, at its most talkative
    outputs: list[bytes] = []

    # --- the command line ----------------------------------------------------------------------
    cli = tmp_path / "cli"
    env = isolated_env(cli)
    steps = [(("key", "set", "--provider", "elevenlabs"), f"{CANARY}\n"),
             (("key", "set", "--provider", "narakeet", "--json"), CANARY),
             (("key", "status", "--provider", "elevenlabs"), None),
             (("key", "status", "--provider", "elevenlabs", "--json"), None),
             (("balance", "--provider", "elevenlabs", "--base-url", accepting.url), None),
             (("balance", "--provider", "elevenlabs", "--base-url", refusing.url, "--json"), None),
             (("balance", "--provider", "narakeet", "--base-url", refusing.url), None),
             (("balance", "--provider", "elevenlabs", "--base-url", "http://127.0.0.1:9", "--json"), None),
             (("voices", "--provider", "elevenlabs", "--base-url", refusing.url, "--json"), None),
             (("balance", "--provider", "elevenlabs", "--base-url", "http://leak.example.com"), None)]
    codes = []
    for args, stdin in steps:
        proc = run_cli(env, *args, stdin=stdin)
        codes.append(proc.returncode)
        outputs += [proc.stdout, proc.stderr]
    assert codes == [0, 0, 0, 0, 0, 3, 3, 3, 3, 2], b"\n".join(outputs).decode(errors="replace")

    # --- the desktop app -----------------------------------------------------------------------
    gui_keychain = tmp_path / "gui-keychain" / "keyring.json"
    gui_keychain.parent.mkdir()
    monkeypatch.setenv(FILE_VAR, str(gui_keychain))
    for var in secrets.ENV_VARS.values():
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(secrets, "_default", None)
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        dialog = window.open_accounts()
        box = dialog.boxes["elevenlabs"]
        box.base_url = accepting.url
        box.key_edit.setText(CANARY)
        box.show_button.click()
        box.save_button.click()
        with qtbot.waitSignal(box.tested, timeout=10000) as accepted:
            box.test_button.click()  # the stored key, from the keychain
        box.base_url = refusing.url
        box.key_edit.setText(CANARY)
        with qtbot.waitSignal(box.tested, timeout=10000) as refused:
            box.test_button.click()  # the typed key, refused
        labels = [box.where_label.text(), box.result_label.text(), box.key_edit.placeholderText(),
                  repr(secrets.default_store()), repr(secrets.resolve_key("elevenlabs"))]
        box.key_edit.clear()
        dialog.close()
        window.close()  # writes the window's settings
        QSettings().sync()
    finally:
        keyring.set_keyring(previous)
    assert accepted.args[1].startswith("82,769 of 100,000 credits left")
    assert "key" in refused.args[1].lower() and refused.args[1] == labels[1]
    assert any(path.is_file() for path in isolated_settings.rglob("*")), "settings were written"

    # --- where the key went --------------------------------------------------------------------
    assert CANARY in keychain_file(cli).read_text() and CANARY in gui_keychain.read_text()
    for server in (accepting, refusing):
        assert server.seen, "the providers were asked"
        for request in server.seen:
            assert CANARY not in request.path and CANARY.encode() not in request.body
            for name, value in request.headers.items():
                if CANARY in value:
                    assert name.lower() in ("xi-api-key", "x-api-key"), name

    # --- and where it must not be --------------------------------------------------------------
    keychains = {keychain_file(cli).resolve(), gui_keychain.resolve()}
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.resolve() not in keychains]
    assert any("settings" in str(p) for p in files)
    haystacks = {str(p): p.read_bytes() for p in files}
    haystacks["CLI stdout/stderr"] = b"\n".join(outputs)
    haystacks["log records"] = caplog.text.encode()  # formatted, tracebacks included
    haystacks["dialog labels and reprs"] = "\n".join(labels).encode()
    for where, data in haystacks.items():
        for form in _forms(CANARY):
            assert form not in data, f"the key leaked into {where}"
