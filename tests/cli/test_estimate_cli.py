"""`estimate` as a real process against the ElevenLabs emulator: the JSON of the contract, and no synthesis."""

from __future__ import annotations

import json

from studio.cli.common import EXIT_BAD_INPUT, EXIT_REFUSED
from tests.cli_env import isolated_env, run_cli
from tests.emulators.elevenlabs import ElevenLabsEmulator
from tests.french_film import french_srt

RACHEL = "21m00Tcm4TlvDq8ikWAM"
PREMIUM = "LibFrPremium00000002"


def _film(tmp_path, cues=200):
    path = tmp_path / "film.srt"
    path.write_text(french_srt(cues), encoding="utf-8")
    return path


def test_estimate_json_for_elevenlabs(tmp_path):
    srt = _film(tmp_path)
    with ElevenLabsEmulator() as emu:
        emu.account.character_count = 99_000
        env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
        proc = run_cli(env, "estimate", str(srt), "--provider", "elevenlabs", "--base-url", emu.url,
                       "--voice", RACHEL, "--model", "eleven_flash_v2_5", "--json")
        assert proc.returncode == 0, proc.stderr
        assert emu.calls("/v1/text-to-speech") == []  # estimating never synthesises
        data = json.loads(proc.stdout)
        assert data["unit"] == "credits" and data["lines_total"] == 200
        assert data["remaining"] == 1000
        assert data["remaining_after"] == 1000 - data["total"]
        line = data["lines"][0]
        assert set(line) >= {"index", "chars", "cost", "cached"}
        assert {k: v for k, v in line.items() if k != "fit_forecast"} == {"index": 1, "chars": 29, "cost": 15.0,
                                                                         "cached": False, "same_as": None}
        assert line["fit_forecast"]["step"] in ("none", "borrow", "stretch", "overflow")  # issue 19: extended
        assert data["total"] == sum(x["cost"] for x in data["lines"])
        human = run_cli(env, "estimate", str(srt), "--provider", "elevenlabs", "--base-url", emu.url,
                        "--voice", PREMIUM)
        assert human.returncode == 0, human.stderr
        out = human.stdout.decode()
        assert "line(s) to render" in out and "after this render" in out
        assert emu.account.key not in out + human.stderr.decode()


def test_estimate_needs_a_voice_for_paid_providers(tmp_path):
    srt = _film(tmp_path, 3)
    with ElevenLabsEmulator() as emu:
        env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
        proc = run_cli(env, "estimate", str(srt), "--provider", "elevenlabs", "--base-url", emu.url)
        assert proc.returncode == EXIT_BAD_INPUT
        assert b"--voice is required" in proc.stderr


def test_estimate_with_a_refused_key_exits_3(tmp_path):
    srt = _film(tmp_path, 3)
    with ElevenLabsEmulator() as emu:
        env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": "sk_not_a_real_key"}
        proc = run_cli(env, "estimate", str(srt), "--provider", "elevenlabs", "--base-url", emu.url,
                       "--voice", RACHEL, "--json")
        assert proc.returncode == EXIT_REFUSED
        assert json.loads(proc.stdout)["error"]["kind"] == "auth"


def test_offline_estimate_is_free(tmp_path):
    proc = run_cli(isolated_env(tmp_path), "estimate", str(_film(tmp_path, 20)), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["unit"] == "none" and data["total"] == 0 and data["lines_to_render"] >= 19
