"""voices / voice-install / voice-remove / render with a natural offline voice, as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from studio import paths
from studio.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_WRITE_FAILED
from studio.providers.voice_catalogue import CATALOGUE_ENV
from tests.cli.test_faults_cli import _unshare_works
from tests.cli_env import ROOT, isolated_env, run_cli
from tests.neural_fixtures import JOE_ID, JOE_KEY, joe_files, voice_host, write_catalogue  # noqa: F401


@pytest.fixture
def env(tmp_path, voice_host):
    return isolated_env(tmp_path) | {CATALOGUE_ENV: str(write_catalogue(tmp_path / "catalogue.json", voice_host))}


def voices_dir(tmp_path: Path) -> Path:
    return tmp_path / "home" / ".local" / "share" / "dubbing-studio" / "voices"


def test_voices_json_says_engine_language_and_installed(tmp_path):
    proc = run_cli(isolated_env(tmp_path), "voices", "--provider", "offline", "--json")
    assert proc.returncode == EXIT_OK, proc.stderr
    voices = {v["id"]: v for v in json.loads(proc.stdout)["voices"]}
    siwis = voices["piper:fr_FR-siwis-medium"]
    assert (siwis["engine"], siwis["language"], siwis["installed"]) == ("piper", "fr-fr", False)
    assert siwis["labels"]["licence"] == "CC-BY-4.0" and siwis["labels"]["bytes"] == "63201294"
    french = voices["roa/fr"]
    assert (french["engine"], french["installed"]) == ("espeak-ng", True) and french["language"].startswith("fr")


@pytest.mark.timeout(180)
def test_one_command_installs_a_natural_voice_and_the_sample_renders_with_it(env, tmp_path):
    proc = run_cli(env, "voice-install", "--provider", "offline", JOE_KEY, "--json")
    assert proc.returncode == EXIT_OK, proc.stderr
    installed = json.loads(proc.stdout)
    assert installed["id"] == JOE_ID and installed["engine"] == "piper" and installed["language"] == "en-us"
    assert installed["bytes"] == joe_files()[0].stat().st_size and installed["sha256_checked"] is True
    err = proc.stderr.decode()
    assert "downloading: " in err and "(100 %)" in err and "Checksum verified" in err
    listed = json.loads(run_cli(env, "voices", "--provider", "offline", "--json").stdout)["voices"]
    assert next(v for v in listed if v["id"] == JOE_ID)["installed"] is True

    out = tmp_path / "dub.wav"
    proc = run_cli(env, "render", str(paths.sample_srt()), "--provider", "offline", "--voice", JOE_ID,
                   "-o", str(out), "--json")
    assert proc.returncode == EXIT_OK, proc.stderr
    result = json.loads(proc.stdout)
    spoken = [line for line in result["lines"] if line["status"] != "silent"]
    assert spoken and all(line["status"] == "rendered" and line["clip_ms"] > 500 for line in spoken)
    assert out.stat().st_size > 100_000

    proc = run_cli(env, "voice-remove", "--provider", "offline", JOE_ID, "--json")
    assert proc.returncode == EXIT_OK and json.loads(proc.stdout)["bytes_freed"] > 63_000_000
    assert list(voices_dir(tmp_path).iterdir()) == []
    proc = run_cli(env, "render", str(paths.sample_srt()), "--voice", JOE_ID, "-o", str(out))
    assert proc.returncode == EXIT_BAD_INPUT and f"voice-install {JOE_KEY}" in proc.stderr.decode()


def test_bad_sources_are_one_clear_sentence(env, tmp_path):
    proc = run_cli(env, "voice-install", "fr_FR-nobody-low", "--json")
    assert proc.returncode == EXIT_BAD_INPUT
    assert json.loads(proc.stdout)["error"]["kind"] == "voice_install_failed"
    assert "neither a voice of the catalogue" in proc.stderr.decode()
    proc = run_cli(env, "voice-install", "http://example.com/en_US-x-medium.onnx")
    assert proc.returncode == EXIT_BAD_INPUT and "https only" in proc.stderr.decode()


@pytest.mark.skipif(not _unshare_works(), reason="needs user namespaces to mount a small tmpfs "
                    "(tests/providers/test_voice_download.py covers ENOSPC without it)")
@pytest.mark.timeout(120)
def test_a_really_full_disk_is_exit_5_and_leaves_no_partial_voice(env, tmp_path):
    data = tmp_path / "home" / ".local" / "share"
    cli = " ".join(f"'{part}'" for part in [sys.executable, "-m", "studio.cli", "voice-install", JOE_KEY])
    script = (f"mount -t tmpfs -o size=20m tmpfs '{data}' && {cli} 2> '{tmp_path}/err'; "
              f"echo $? > '{tmp_path}/code'; ls -A '{data}/dubbing-studio/voices' > '{tmp_path}/left' 2>&1; "
              f"ls -A '{data}/dubbing-studio/voice-downloads' > '{tmp_path}/staged'")
    subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env, cwd=ROOT, check=True, timeout=100)
    err = (tmp_path / "err").read_text()
    assert (tmp_path / "code").read_text().strip() == str(EXIT_WRITE_FAILED), err
    assert "is full: free 63 MB and install again" in err
    assert (tmp_path / "staged").read_text().strip() == ""
    assert "No such file" in (tmp_path / "left").read_text() or (tmp_path / "left").read_text().strip() == ""


@pytest.mark.timeout(180)
def test_a_line_too_long_for_its_slot_is_spoken_faster_by_the_natural_voice_not_stretched(env, tmp_path):
    assert run_cli(env, "voice-install", str(joe_files()[0])).returncode == EXIT_OK
    text = "This sentence has a little less time than it needs."

    def render(srt_text: str, *extra: str) -> dict[int, dict]:
        srt = tmp_path / "tight.srt"
        srt.write_text(srt_text, encoding="utf-8")
        proc = run_cli(env, "render", str(srt), "--voice", JOE_ID, "-o", str(tmp_path / "dub.wav"), "--json",
                       "--cache-dir", str(tmp_path / "cache"), *extra)
        assert proc.returncode == EXIT_OK, proc.stderr
        return {line["index"]: line | {"stderr": proc.stderr.decode()} for line in json.loads(proc.stdout)["lines"]}

    # Its natural length first (all the room it wants), then a slot about 10 % too short for it.
    natural_ms = render(f"1\n00:00:01,000 --> 00:00:09,000\n{text}\n")[1]["clip_ms"]
    end = 1000 + round(natural_ms / 1.10)
    lines = render(f"1\n00:00:01,000 --> 00:00:0{end // 1000},{end % 1000:03d}\n{text}\n\n"
                   f"2\n00:00:0{(end + 50) // 1000},{(end + 50) % 1000:03d} --> 00:00:09,000\nShort.\n\n"
                   "3\n00:00:10,000 --> 00:00:14,000\nThis one has all the time it needs.\n")
    assert "speaking 1 line(s) faster with the voice itself" in lines[1]["stderr"]
    assert 1.05 < lines[1]["native_speed"] <= 1.25
    # Spoken faster, it needs little or no stretching afterwards; the lines that fitted are untouched.
    assert lines[1]["speed"] < 1.1 and lines[1]["overflow_ms"] == 0
    assert "native_speed" not in lines[2] and "native_speed" not in lines[3] and lines[3]["speed"] == 1.0
    # The fit ladder names the rung: spoken faster, and stretched only if a little was still needed.
    assert lines[1]["fit"] == ("stretch" if lines[1]["speed"] > 1.0 else "native_speed") and lines[3]["fit"] == "none"
