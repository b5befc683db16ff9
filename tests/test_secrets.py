"""API keys in the keychain: round trips, the environment override, and no keychain at all."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from studio import secrets
from studio.secrets import KeychainUnavailable, KeySource, KeyStore, resolve_key
from tests.keyring_backends import MemoryKeyring

ROOT = Path(__file__).resolve().parents[1]
FAKE_KEY = "sk_FAKE0123456789abcdef"


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """Every test gets an empty in-memory keychain, no key variables and a fresh default store."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    for var in secrets.ENV_VARS.values():
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(secrets, "_default", None)
    yield backend
    keyring.set_keyring(previous)


def test_set_get_delete_round_trip(memory_keyring):
    """One entry per provider under the service "dubbing-studio"; whitespace around the key goes."""
    store = KeyStore()
    assert store.get("elevenlabs") is None
    assert store.set("elevenlabs", f"  {FAKE_KEY}\r\n") is KeySource.KEYCHAIN
    assert memory_keyring.entries == {("dubbing-studio", "elevenlabs"): FAKE_KEY}
    assert store.get("elevenlabs") == FAKE_KEY
    assert store.get("narakeet") is None
    status = store.status("elevenlabs")
    assert (status.stored, status.location, status.backend) == (True, KeySource.KEYCHAIN,
                                                                "Test memory keyring")
    assert resolve_key("elevenlabs", store) == (FAKE_KEY, KeySource.KEYCHAIN)
    assert store.delete("elevenlabs") is True
    assert memory_keyring.entries == {}
    assert store.get("elevenlabs") is None
    assert store.delete("elevenlabs") is False  # deleting nothing is not an error


def test_empty_or_broken_keys_are_refused_without_quoting_them():
    store = KeyStore()
    with pytest.raises(ValueError, match="empty"):
        store.set("narakeet", " \n")
    with pytest.raises(ValueError) as err:
        store.set("narakeet", "abc\ndef")
    assert "abc" not in str(err.value)
    with pytest.raises(ValueError):
        store.set("offline", FAKE_KEY)  # the offline engine has no account


def test_environment_variable_overrides_and_is_never_stored(memory_keyring, monkeypatch):
    store = KeyStore()
    store.set("narakeet", "stored-key")
    monkeypatch.setenv("NARAKEET_API_KEY", f" {FAKE_KEY}\n")
    assert resolve_key("narakeet", store) == (FAKE_KEY, KeySource.ENV)
    assert store.status("narakeet").env_override is True
    assert memory_keyring.entries == {("dubbing-studio", "narakeet"): "stored-key"}
    store.delete("narakeet")
    assert resolve_key("narakeet", store) == (FAKE_KEY, KeySource.ENV)
    assert memory_keyring.entries == {}
    monkeypatch.setenv("NARAKEET_API_KEY", "   ")  # blank counts as unset
    assert resolve_key("narakeet", store) == (None, KeySource.NONE)


def test_locked_keychain_keeps_the_key_for_the_session_only(memory_keyring):
    """KeyringLocked is a message, not a traceback; the key lives in memory, nowhere on disk."""
    memory_keyring.locked = True
    store = KeyStore()
    assert store.set("elevenlabs", FAKE_KEY) is KeySource.SESSION
    message = str(store.problem)
    assert message.startswith("No system keychain is available: the keychain is locked")
    assert message.endswith("the key is kept for this session only.")
    assert store.get("elevenlabs") == FAKE_KEY
    assert resolve_key("elevenlabs", store) == (FAKE_KEY, KeySource.SESSION)
    status = store.status("elevenlabs")
    assert (status.location, status.keychain_available) == (KeySource.SESSION, False)
    assert status.problem and "session only" in status.problem
    assert memory_keyring.entries == {}
    # Once unlocked, saving again moves the key into the keychain.
    memory_keyring.locked = False
    assert store.set("elevenlabs", FAKE_KEY) is KeySource.KEYCHAIN
    assert not store.in_session("elevenlabs") and store.problem is None


def test_no_keychain_backend_at_all():
    """keyring's fail backend (a server with no Secret Service) means session-only, named "none"."""
    keyring.set_keyring(fail.Keyring())
    store = KeyStore()
    assert store.available() is False
    assert store.backend_name() == "none"
    assert store.get("narakeet") is None
    assert "No system keychain is available" in str(store.problem)
    assert store.set("narakeet", FAKE_KEY) is KeySource.SESSION
    assert store.get("narakeet") == FAKE_KEY
    assert store.delete("narakeet") is True
    with pytest.raises(KeychainUnavailable):
        store.delete("narakeet")  # nothing in memory, and the keychain cannot be asked


def test_dbus_errors_become_a_message(memory_keyring):
    """An error from the D-Bus layer (jeepney/secretstorage) is caught and explained."""
    dbus_error = type("DBusErrorResponse", (Exception,), {"__module__": "jeepney.wrappers"})

    def broken(*_args):
        raise dbus_error("org.freedesktop.DBus.Error.ServiceUnknown")

    memory_keyring.set_password = broken  # type: ignore[method-assign]
    store = KeyStore()
    assert store.set("elevenlabs", FAKE_KEY) is KeySource.SESSION
    assert "D-Bus" in str(store.problem)
    assert FAKE_KEY not in str(store.problem)


def test_the_key_never_shows_in_reprs_or_messages(memory_keyring):
    memory_keyring.locked = True
    store = KeyStore()
    store.set("elevenlabs", FAKE_KEY)
    resolved = resolve_key("elevenlabs", store)
    for text in (repr(resolved), str(resolved), repr(store), repr(store.status("elevenlabs")),
                 json.dumps(store.status("elevenlabs").as_json()), str(store.problem)):
        assert FAKE_KEY not in text
    key, source = resolved  # still unpacks like the tuple it is
    assert key == FAKE_KEY and source is KeySource.SESSION


def test_backend_names_are_the_ones_users_know():
    def fake(module: str, name: str):
        cls = type(name, (MemoryKeyring,), {"__module__": module})
        cls.name = "unused"
        return cls()

    assert secrets.backend_name(fake("keyring.backends.macOS", "Keyring")) == "macOS Keychain"
    assert secrets.backend_name(fake("keyring.backends.Windows", "WinVaultKeyring")) == \
        "Windows Credential Locker"
    assert secrets.backend_name(fake("keyring.backends.kwallet", "DBusKeyring")) == "KWallet"
    assert secrets.backend_name(fail.Keyring()) == "none"


# --- a real Secret Service ---------------------------------------------------------------------

SECRET_SERVICE_SNIPPET = r"""
import json, keyring
from keyring.backends import SecretService
from studio import secrets
auto = type(keyring.get_keyring()).__module__   # what keyring picks by itself on this bus
keyring.set_keyring(SecretService.Keyring())
store = secrets.KeyStore()
out = {"auto": auto, "backend": store.backend_name(), "before": store.get("elevenlabs")}
out["set"] = store.set("elevenlabs", "  sk_REAL_SECRET_SERVICE_TEST\n").value
out["problem"] = str(store.problem) if store.problem else None
out["in_session"] = store.in_session("elevenlabs")
out["after_set"] = secrets.KeyStore(SecretService.Keyring()).get("elevenlabs")
out["raw"] = keyring.get_password("dubbing-studio", "elevenlabs")
out["deleted"] = store.delete("elevenlabs")
out["after_delete"] = store.get("elevenlabs")
print(json.dumps(out))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Secret Service is the Linux keychain")
def test_real_secret_service_round_trip(tmp_path):
    """A real gnome-keyring on a private D-Bus session: set, get, delete, and the backend's name.

    Not skipped on Linux: without gnome-keyring and dbus-run-session this fails, pointing at
    packaging/os-deps.sh --test.
    """
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
    assert not missing, (f"{', '.join(missing)} not found: install the test OS packages with "
                         "`bash packaging/os-deps.sh --test` (gnome-keyring, dbus-x11)")
    home = tmp_path / "home"
    (home / ".local" / "share").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", *secrets.ENV_VARS.values())}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_RUNTIME_DIR=str(tmp_path),
               PYTHONPATH=str(ROOT))
    script = tmp_path / "snippet.py"
    script.write_text(SECRET_SERVICE_SNIPPET, encoding="utf-8")
    command = ("printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
               f'exec "{sys.executable}" "{script}"')
    proc = subprocess.run(["dbus-run-session", "--", "sh", "-c", command], capture_output=True,
                          env=env, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    out = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    assert out["auto"] == "keyring.backends.SecretService"
    assert out["backend"].startswith("Secret Service")
    assert out["backend"] == "Secret Service (GNOME Keyring)"
    assert out["before"] is None
    assert (out["set"], out["problem"], out["in_session"]) == ("keychain", None, False)
    assert out["after_set"] == out["raw"] == "sk_REAL_SECRET_SERVICE_TEST"
    assert out["deleted"] is True
    assert out["after_delete"] is None
    # gnome-keyring wrote its own encrypted store; the key is in no file in plaintext.
    for path in home.rglob("*"):
        if path.is_file():
            assert b"sk_REAL_SECRET_SERVICE_TEST" not in path.read_bytes(), path
