"""The log file: per-user folder, rotation, and no API key in it whatever logger wrote it."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import keyring
import pytest

from studio import logs, secrets
from tests.keyring_backends import MemoryKeyring

KEYCHAIN_KEY = "sk_0123456789abcdef0123456789abcdef0123456789abcdef"
SESSION_KEY = "nk-session-key-ABCDEFGH12345678"
ENV_KEY = "env-key-QWERTYUIOP0987654321"


@pytest.fixture(autouse=True)
def clean_state(monkeypatch):
    """A memory keychain, no key variables, a fresh key store; our handlers removed afterwards."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    for var in secrets.ENV_VARS.values():
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(secrets, "_default", None)
    monkeypatch.setattr(secrets, "_seen", set())
    root_level = logging.getLogger().level
    yield
    logs.stop_logging()
    logging.getLogger().setLevel(root_level)
    keyring.set_keyring(previous)


def read_all(directory: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(directory.glob(logs.LOG_NAME + "*")))


def test_log_dir_follows_each_platform(monkeypatch, tmp_path):
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert logs.log_dir() == tmp_path / "state" / "dubbing-studio"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/is/ignored")
    assert logs.log_dir() == tmp_path / ".local" / "state" / "dubbing-studio"
    monkeypatch.delenv("XDG_STATE_HOME")
    assert logs.log_dir() == tmp_path / ".local" / "state" / "dubbing-studio"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert logs.log_dir() == tmp_path / "Library" / "Logs" / "Dubbing Studio"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    assert logs.log_dir() == tmp_path / "Local" / "Dubbing Studio" / "Logs"


def test_file_rotates_and_keeps_a_bounded_number(tmp_path):
    path = logs.setup_logging(tmp_path, console=False, max_bytes=2000, backup_count=2, catch_uncaught=False)
    assert path == tmp_path / logs.LOG_NAME
    log = logging.getLogger("studio.test")
    for number in range(200):
        log.info("line %d %s", number, "x" * 40)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [logs.LOG_NAME, logs.LOG_NAME + ".1", logs.LOG_NAME + ".2"]
    assert all(p.stat().st_size <= 2100 for p in tmp_path.iterdir())
    assert "line 199" in path.read_text(encoding="utf-8")


def test_setup_twice_does_not_duplicate_lines(tmp_path):
    logs.setup_logging(tmp_path, console=False, catch_uncaught=False)
    logs.setup_logging(tmp_path, console=False, catch_uncaught=False)
    logging.getLogger("studio.test").warning("once")
    assert read_all(tmp_path).count("once") == 1


def test_known_keys_are_redacted_from_any_logger(tmp_path, monkeypatch):
    """Session and environment keys by value; a keychain key (never read by logging) by its format."""
    store = secrets.default_store()
    assert store.set("elevenlabs", KEYCHAIN_KEY) is secrets.KeySource.KEYCHAIN
    # Narakeet's key only in session memory: the keychain refuses it.
    keyring.get_keyring().locked = True
    assert store.set("narakeet", SESSION_KEY) is secrets.KeySource.SESSION
    keyring.get_keyring().locked = False
    monkeypatch.setenv("NARAKEET_API_KEY", ENV_KEY)
    logs.setup_logging(tmp_path, console=False, catch_uncaught=False)

    logging.getLogger("urllib3.connectionpool").warning("GET /v1/user?key=%s", KEYCHAIN_KEY)
    logging.getLogger("some.library").error("session key %s and env key %s", SESSION_KEY, ENV_KEY)
    logging.getLogger().info("headers: %r", {"xi-api-key": "abcdefgh12345678", "Accept": "audio/mpeg"})
    logging.getLogger("studio.x").info("x-api-key: QWERTY1234567 sent; Authorization: Bearer tok-9876543210")
    try:
        raise RuntimeError(f"request failed with {KEYCHAIN_KEY}")
    except RuntimeError:
        logging.getLogger("studio.y").exception("Render failed")

    text = read_all(tmp_path)
    for secret in (KEYCHAIN_KEY, SESSION_KEY, ENV_KEY, "abcdefgh12345678", "QWERTY1234567", "tok-9876543210"):
        assert secret not in text
    assert text.count(logs.REDACTED) >= 7
    assert "audio/mpeg" in text and "Render failed" in text and "RuntimeError" in text
    assert "Authorization: Bearer [redacted]" in text


def test_key_kept_in_session_after_setup_is_redacted_too(tmp_path):
    """What studio.secrets holds is asked at each record, not once at setup."""
    logs.setup_logging(tmp_path, console=False, catch_uncaught=False)
    logging.getLogger("studio.z").info("nothing secret yet")
    keyring.get_keyring().locked = True
    secrets.default_store().set("narakeet", "late-key-0123456789")
    logging.getLogger("studio.z").info("now %s", "late-key-0123456789")
    assert "late-key-0123456789" not in read_all(tmp_path)
    assert "now [redacted]" in read_all(tmp_path)


def test_logging_never_reads_the_keychain(tmp_path, monkeypatch):
    """An unlock prompt or a D-Bus call from inside a log line would be a surprise: never."""
    logs.setup_logging(tmp_path, console=False, catch_uncaught=False)
    backend = keyring.get_keyring()
    reads: list[str] = []
    real = backend.get_password

    def spy(service: str, name: str) -> str | None:
        reads.append(name)
        return real(service, name)

    monkeypatch.setattr(backend, "get_password", spy)
    logging.getLogger("studio.z").warning("a line")
    assert reads == []


def test_presigned_url_signatures_are_redacted():
    url = ("https://s3.amazonaws.com/x.m4a?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA123%2F2026"
           "&X-Amz-Security-Token=IQoJb3JpZ2luX2Vj&X-Amz-Expires=86400&X-Amz-Signature=0f1e2d3c4b5a")
    text = logs.redact(url)
    for secret in ("AKIA123", "IQoJb3JpZ2luX2Vj", "0f1e2d3c4b5a"):
        assert secret not in text
    assert "X-Amz-Expires=86400" in text and "X-Amz-Algorithm=AWS4-HMAC-SHA256" in text


def test_redact_leaves_ordinary_text_alone():
    text = "Clip 3f9a0c1e2b4d5f67 cached; 12 credits; token count 4"
    assert logs.redact(text) == text
    assert logs.redact("api_key='abc12345'") == "api_key='[redacted]'"
    assert logs.redact(logs.redact("xi-api-key: abcdef123")) == "xi-api-key: [redacted]"


def test_unwritable_folder_falls_back_to_stderr(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert logs.setup_logging(blocker / "logs", console=True, catch_uncaught=False) is None
    logging.getLogger("studio.test").info("still fine")


def test_a_keychain_key_of_no_known_shape_is_redacted_once_read(tmp_path):
    """A Narakeet key looks like any word: once the app has read it from the keychain, the log drops it."""
    keyring.set_password(secrets.SERVICE, "narakeet", "PlainLookingNarakeetKey42xyz")
    logs.setup_logging(tmp_path, console=False, catch_uncaught=False)
    assert secrets.default_store().get("narakeet") == "PlainLookingNarakeetKey42xyz"
    logging.getLogger("studio.providers.narakeet").info("calling with %s", "PlainLookingNarakeetKey42xyz")
    assert "PlainLookingNarakeetKey42xyz" not in read_all(tmp_path)
    assert "calling with [redacted]" in read_all(tmp_path)
