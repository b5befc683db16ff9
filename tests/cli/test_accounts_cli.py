"""`key set|delete|status`, `balance` and `voices`, run as real processes with a test keychain."""

from __future__ import annotations

import importlib.util
import json

import pytest

from studio.cli.common import EXIT_BAD_INPUT, EXIT_REFUSED
from tests.account_stub import AccountStub
from tests.cli_env import isolated_env, keychain_file, run_cli
from tests.keyring_backends import LOCKED_VAR

FAKE_KEY = "sk_CLI_FAKE_KEY_0123456789"


@pytest.fixture
def env(tmp_path):
    return isolated_env(tmp_path)


@pytest.fixture
def stub():
    server = AccountStub(FAKE_KEY).start()
    yield server
    server.stop()


def _json(proc) -> dict:
    assert proc.stdout.count(b"\n") == 1, proc.stdout  # exactly one JSON object
    return json.loads(proc.stdout)


def test_key_set_status_delete_round_trip(env, tmp_path):
    """The key goes from stdin to the keychain; status and delete never print it."""
    proc = run_cli(env, "key", "set", "--provider", "elevenlabs", "--json", stdin=f"  {FAKE_KEY}\r\n")
    assert proc.returncode == 0, proc.stderr
    data = _json(proc)
    assert data["stored"] is True and data["location"] == "keychain"
    assert data["backend"] == "Test file keyring"
    assert json.loads(keychain_file(tmp_path).read_text()) == {"dubbing-studio/elevenlabs": FAKE_KEY}

    status = run_cli(env, "key", "status", "--provider", "elevenlabs", "--json")
    assert status.returncode == 0
    assert _json(status) | {} == {"provider": "elevenlabs", "stored": True, "location": "keychain",
                                  "backend": "Test file keyring", "keychain_available": True,
                                  "env_var": "ELEVENLABS_API_KEY", "env_override": False,
                                  "problem": None, "needs_key": True}
    human = run_cli(env, "key", "status", "--provider", "elevenlabs")
    assert human.stdout.decode().strip() == "A key for ElevenLabs is stored in Test file keyring."
    other = _json(run_cli(env, "key", "status", "--provider", "narakeet", "--json"))
    assert other["stored"] is False

    deleted = run_cli(env, "key", "delete", "--provider", "elevenlabs", "--json")
    assert deleted.returncode == 0
    assert _json(deleted)["deleted"] is True
    assert json.loads(keychain_file(tmp_path).read_text()) == {}
    again = run_cli(env, "key", "delete", "--provider", "elevenlabs")
    assert again.returncode == 0
    assert "No ElevenLabs key was stored" in again.stdout.decode()
    for proc in (status, human, deleted, again):
        assert FAKE_KEY.encode() not in proc.stdout + proc.stderr


def test_key_set_refuses_an_empty_line_and_the_offline_engine(env, tmp_path):
    proc = run_cli(env, "key", "set", "--provider", "narakeet", "--json", stdin=" \n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert _json(proc)["error"]["message"].startswith("No key on standard input")
    offline = run_cli(env, "key", "set", stdin=FAKE_KEY)
    assert offline.returncode == EXIT_BAD_INPUT
    assert b"offline engine needs no key" in offline.stderr
    assert not keychain_file(tmp_path).exists()


def test_key_set_reads_one_line_only(env, tmp_path):
    proc = run_cli(env, "key", "set", "--provider", "narakeet", stdin=f"{FAKE_KEY}\nsecond line\n")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(keychain_file(tmp_path).read_text()) == {"dubbing-studio/narakeet": FAKE_KEY}
    assert proc.stdout.decode().strip() == "The Narakeet key is stored in Test file keyring."


def test_environment_variable_overrides_and_status_says_so(env, tmp_path):
    env["NARAKEET_API_KEY"] = FAKE_KEY
    proc = run_cli(env, "key", "status", "--provider", "narakeet")
    assert proc.returncode == 0
    assert "NARAKEET_API_KEY is set: it is used instead of any stored key." in proc.stdout.decode()
    assert not keychain_file(tmp_path).exists()  # read, never stored


def test_a_key_variable_that_is_not_a_key_is_reported_not_a_traceback(env):
    env["NARAKEET_API_KEY"] = "sk_ab cd"  # it still wins over a stored key: renders refuse it, saying why
    proc = run_cli(env, "key", "status", "--provider", "narakeet", "--json")
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr
    assert _json(proc)["env_override"] is True


def test_locked_keychain_is_a_message_not_a_traceback(env):
    env[LOCKED_VAR] = "1"
    proc = run_cli(env, "key", "set", "--provider", "elevenlabs", "--json", stdin=FAKE_KEY)
    assert proc.returncode == EXIT_BAD_INPUT
    error = _json(proc)["error"]
    assert error["kind"] == "keychain_unavailable"
    assert error["message"].startswith("No system keychain is available: the keychain is locked")
    assert "ELEVENLABS_API_KEY" in error["message"]
    assert b"Traceback" not in proc.stderr
    status = run_cli(env, "key", "status", "--provider", "elevenlabs", "--json")
    assert status.returncode == 0
    assert _json(status)["keychain_available"] is False


def test_balance_without_a_key_says_how_to_set_one(env):
    proc = run_cli(env, "balance", "--provider", "elevenlabs", "--json")
    assert proc.returncode == EXIT_BAD_INPUT
    message = _json(proc)["error"]["message"]
    assert "dubbing-studio-cli key set --provider elevenlabs" in message
    assert "ELEVENLABS_API_KEY" in message


def test_base_url_http_is_for_loopback_only(env):
    env["ELEVENLABS_API_KEY"] = FAKE_KEY
    proc = run_cli(env, "balance", "--provider", "elevenlabs", "--base-url", "http://api.example.com")
    assert proc.returncode == EXIT_BAD_INPUT
    assert b"http:// is only allowed for a local emulator" in proc.stderr


def test_offline_balance_and_voices(env):
    proc = run_cli(env, "balance", "--json")
    assert proc.returncode == 0, proc.stderr
    assert _json(proc) == {"provider": "offline", "unit": "none", "remaining": None, "limit": None,
                           "used": None, "resets_at": None, "tier": None, "overage_allowed": None,
                           "voice_slots_used": None, "voice_limit": None}
    voices = run_cli(env, "voices", "--language", "fr", "--json")
    assert voices.returncode == 0, voices.stderr
    data = _json(voices)
    assert data["voices"], "the offline engine has French voices"
    assert {"voice_slots_used", "voice_limit"} <= data.keys()
    for voice in data["voices"]:
        assert {"id", "name", "category", "language", "in_my_voices", "uses_slot_if_used"} <= voice.keys()
        # Usable as they are once on this computer; natural voices of the catalogue need installing first.
        assert voice["in_my_voices"] is voice["installed"] and voice["uses_slot_if_used"] is False
    assert any(v["engine"] == "espeak-ng" and v["installed"] for v in data["voices"])
    table = run_cli(env, "voices", "--language", "fr")
    lines = table.stdout.decode().splitlines()
    assert lines[0].split()[:3] == ["ID", "NAME", "CATEGORY"]


def test_elevenlabs_balance_from_the_stored_key(env, stub):
    """The stored key reaches the provider as its header; JSON fields as in CLI.md."""
    assert run_cli(env, "key", "set", "--provider", "elevenlabs", stdin=FAKE_KEY).returncode == 0
    proc = run_cli(env, "balance", "--provider", "elevenlabs", "--base-url", stub.url, "--json")
    assert proc.returncode == 0, proc.stderr
    assert _json(proc) == {"provider": "elevenlabs", "unit": "credits", "remaining": 82769,
                           "limit": 100000, "used": 17231, "resets_at": "2026-12-03T14:00:00+00:00",
                           "tier": "creator", "overage_allowed": False, "voice_slots_used": 7,
                           "voice_limit": 10}
    assert stub.seen[-1].headers.get("xi-api-key") == FAKE_KEY
    env["TZ"] = "Europe/Paris"
    human = run_cli(env, "balance", "--provider", "elevenlabs", "--base-url", stub.url)
    assert human.returncode == 0
    out = human.stdout.decode()
    assert "82,769 of 100,000 credits left" in out
    assert "Credits reset on 3 Dec 2026 at 15:00" in out  # local time
    assert "Voice slots: 7 of 10 used" in out


def test_elevenlabs_refused_key_exits_3(env, stub):
    env["ELEVENLABS_API_KEY"] = "sk_wrong"
    proc = run_cli(env, "balance", "--provider", "elevenlabs", "--base-url", stub.url, "--json")
    assert proc.returncode == EXIT_REFUSED
    assert _json(proc)["error"]["kind"] == "auth"
    assert b"sk_wrong" not in proc.stdout + proc.stderr


def test_unreachable_provider_exits_3_with_kind_network(env):
    env["ELEVENLABS_API_KEY"] = FAKE_KEY
    proc = run_cli(env, "balance", "--provider", "elevenlabs", "--base-url", "http://127.0.0.1:9", "--json")
    assert proc.returncode == EXIT_REFUSED
    assert _json(proc)["error"]["kind"] == "network"


@pytest.mark.skipif(importlib.util.find_spec("studio.providers.narakeet") is None,
                    reason="studio/providers/narakeet.py is not written yet")
def test_narakeet_balance_in_seconds(env, stub):
    env["NARAKEET_API_KEY"] = FAKE_KEY
    proc = run_cli(env, "balance", "--provider", "narakeet", "--base-url", stub.url, "--json")
    assert proc.returncode == 0, proc.stderr
    data = _json(proc)
    assert (data["provider"], data["unit"], data["remaining"]) == ("narakeet", "seconds", 5701)
    assert stub.seen[-1].headers.get("x-api-key") == FAKE_KEY


def test_a_provider_module_that_cannot_load_is_one_clear_error(monkeypatch):
    """create_provider imports lazily: a missing module is ProviderUnavailable, not an ImportError."""
    from studio import providers

    monkeypatch.setitem(providers._CLASSES, "narakeet", ("studio.providers.not_there", "Nope"))
    with pytest.raises(providers.ProviderUnavailable, match="Narakeet provider is not available"):
        providers.create_provider("narakeet", api_key=FAKE_KEY)


# --- against the provider emulators (real HTTP servers following the official specs) -------------

@pytest.fixture
def elevenlabs():
    from tests.emulators.elevenlabs import ElevenLabsEmulator

    with ElevenLabsEmulator() as emulator:
        yield emulator
    assert not emulator.spec_violations, emulator.spec_violations
    assert not emulator.server_errors, emulator.server_errors


@pytest.fixture
def narakeet():
    from tests.emulators.narakeet import NarakeetEmulator

    with NarakeetEmulator({FAKE_KEY: 3600}) as emulator:
        yield emulator


def test_elevenlabs_emulator_balance_and_voices(env, elevenlabs):
    env["ELEVENLABS_API_KEY"] = elevenlabs.key
    elevenlabs.account.character_count = 17231
    proc = run_cli(env, "balance", "--provider", "elevenlabs", "--base-url", elevenlabs.url, "--json")
    assert proc.returncode == 0, proc.stderr
    data = _json(proc)
    assert (data["unit"], data["remaining"], data["limit"], data["used"]) == ("credits", 82769, 100000, 17231)
    assert (data["voice_slots_used"], data["voice_limit"], data["tier"]) == (2, 30, "creator")
    assert data["resets_at"].endswith("+00:00")

    mine = _json(run_cli(env, "voices", "--provider", "elevenlabs", "--base-url", elevenlabs.url, "--json"))
    assert (mine["voice_slots_used"], mine["voice_limit"]) == (2, 30)
    by_name = {v["name"]: v for v in mine["voices"]}
    assert by_name["Rachel"]["category"] == "premade" and by_name["Rachel"]["in_my_voices"] is True
    assert all(v["uses_slot_if_used"] is False for v in mine["voices"])

    library = run_cli(env, "voices", "--provider", "elevenlabs", "--base-url", elevenlabs.url, "--library",
                      "--language", "fr", "--json")
    assert library.returncode == 0, library.stderr
    french = {v["name"]: v for v in _json(library)["voices"]}
    assert "Amélie" in french
    assert french["Amélie"]["in_my_voices"] is False and french["Amélie"]["uses_slot_if_used"] is True


def test_elevenlabs_emulator_refuses_a_wrong_key(env, elevenlabs):
    env["ELEVENLABS_API_KEY"] = "sk_not_an_account"
    proc = run_cli(env, "voices", "--provider", "elevenlabs", "--base-url", elevenlabs.url, "--json")
    assert proc.returncode == EXIT_REFUSED
    assert _json(proc)["error"]["kind"] == "auth"


def test_narakeet_emulator_balance_and_voices(env, narakeet):
    assert run_cli(env, "key", "set", "--provider", "narakeet", stdin=FAKE_KEY).returncode == 0
    proc = run_cli(env, "balance", "--provider", "narakeet", "--base-url", narakeet.url, "--json")
    assert proc.returncode == 0, proc.stderr
    data = _json(proc)
    assert (data["provider"], data["unit"], data["remaining"]) == ("narakeet", "seconds", 3600)
    assert data["voice_slots_used"] is None and data["resets_at"] is None
    voices = run_cli(env, "voices", "--provider", "narakeet", "--base-url", narakeet.url, "--json")
    assert voices.returncode == 0, voices.stderr
    assert all(v["uses_slot_if_used"] is False for v in _json(voices)["voices"])
    assert narakeet.key_leaks == 0
