"""`render` as a real process under faults: a dead provider (exit 4, nothing more sent), a real full
filesystem under the clip cache (exit 5, every paid clip kept and taken back later), a full disk on
export (exit 5), and a Narakeet run killed mid-flight (the report says what may have been billed)."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from studio.cli.common import EXIT_OK, EXIT_SOME_FAILED, EXIT_WRITE_FAILED
from tests.cli_env import ROOT, isolated_env, run_cli
from tests.emulators.checked import checked_elevenlabs
from tests.french_film import french_srt

RACHEL = "21m00Tcm4TlvDq8ikWAM"
TTS = "/v1/text-to-speech"


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _film(tmp_path, cues):
    path = tmp_path / "film.srt"
    path.write_text(french_srt(cues), encoding="utf-8")
    return path


def _args(emu, srt, cache, *extra):
    return ["render", str(srt), "--provider", "elevenlabs", "--base-url", emu.url, "--voice", RACHEL,
            "--cache-dir", str(cache), "--json", *extra]


def test_a_dead_provider_stops_the_job_with_exit_4_and_writes_no_silent_dub(emu, tmp_path):
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    emu.inject("service_unavailable", path=TTS, times=10_000)
    started = time.monotonic()
    proc = run_cli(env, *_args(emu, _film(tmp_path, 100), tmp_path / "cache", "-o", str(tmp_path / "dub.wav")))
    elapsed = time.monotonic() - started
    assert proc.returncode == EXIT_SOME_FAILED, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["stopped_by"]["kind"] == "provider_failing"
    assert "The provider is failing (503 service_unavailable ×8); nothing more was sent." in proc.stderr.decode()
    assert len(emu.calls(TTS)) <= 12 and not (tmp_path / "dub.wav").exists()
    assert elapsed < 60  # it used to take 275 s and 525 requests


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs user namespaces to mount a small tmpfs "
                    "(the ENOSPC tests in tests/providers/test_render_faults.py cover the same code)")
@pytest.mark.timeout(180)
def test_a_real_full_filesystem_keeps_every_paid_clip_and_pays_none_twice(emu, tmp_path):
    """The clip cache on a 160 kB tmpfs: the render stops with exit 5, the paid clips that did not fit
    go to the rescue folder; with space again, they come back and the rest renders, each paid once."""
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    srt, cache = _film(tmp_path, 12), tmp_path / "cache"
    cache.mkdir()
    cli = [sys.executable, "-m", "studio.cli", *_args(emu, srt, cache, "--concurrency", "1")]
    quoted = " ".join(f"'{part}'" for part in cli)
    script = (f"mount -t tmpfs -o size=160k tmpfs '{cache}' && "
              f"{quoted} > '{tmp_path}/first.json' 2> '{tmp_path}/first.err'; echo $? > '{tmp_path}/first.code'; "
              f"mount -o remount,size=20m '{cache}' && "
              f"{quoted} > '{tmp_path}/second.json' 2> '{tmp_path}/second.err'; echo $? > '{tmp_path}/second.code'")
    subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env, cwd=ROOT, check=True, timeout=150)
    first_err = (tmp_path / "first.err").read_text()
    assert (tmp_path / "first.code").read_text().strip() == str(EXIT_WRITE_FAILED), first_err
    assert "is full" in first_err and str(cache) in first_err
    first = json.loads((tmp_path / "first.json").read_text())
    assert first["stopped_by"]["kind"] == "cache_write"
    assert (tmp_path / "second.code").read_text().strip() == str(EXIT_OK), (tmp_path / "second.err").read_text()
    second = json.loads((tmp_path / "second.json").read_text())
    statuses = Counter(line["status"] for line in second["lines"])
    assert statuses["rendered"] + statuses["cached"] == 11 and statuses["silent"] == 1, statuses  # "♪ ♪"
    # Every generation billed was paid exactly once, and every one of them was kept.
    texts = Counter(item["text"] for item in emu.account.history)
    assert max(texts.values()) == 1 and len(texts) == 11
    assert statuses["cached"] >= first["requests"] - (1 if first["unsaved"] else 0)


def test_a_full_disk_on_export_is_exit_5_naming_the_path(emu, tmp_path):
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    proc = run_cli(env, *_args(emu, _film(tmp_path, 3), tmp_path / "cache", "-o", "/dev/full/dub.wav"))
    # /dev/full is not a folder: that is bad input, not a full disk.
    assert proc.returncode == 2
    if not _unshare_works():
        return
    out = tmp_path / "out"
    out.mkdir()
    cli = [sys.executable, "-m", "studio.cli", *_args(emu, _film(tmp_path, 3), tmp_path / "cache",
                                                      "-o", str(out / "dub.wav"))]
    quoted = " ".join(f"'{part}'" for part in cli)
    script = (f"mount -t tmpfs -o size=8k tmpfs '{out}' && {quoted} > '{tmp_path}/o.json' "
              f"2> '{tmp_path}/o.err'; echo $? > '{tmp_path}/o.code'")
    subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env, cwd=ROOT, check=True, timeout=120)
    err = (tmp_path / "o.err").read_text()
    assert (tmp_path / "o.code").read_text().strip() == str(EXIT_WRITE_FAILED), err
    assert "the disk is full" in err and str(out / "dub.wav") in err
    assert len(emu.calls(TTS)) == 3  # the clips were rendered once and are in the cache


def test_a_narakeet_run_killed_mid_flight_says_what_may_have_been_billed(tmp_path):
    from tests.emulators.narakeet import NarakeetEmulator
    from tests.providers.narakeet_fixtures import GOOD_KEY
    emulator = NarakeetEmulator({GOOD_KEY: 3600}).start()
    try:
        emulator.latency = 1.5
        env = isolated_env(tmp_path) | {"NARAKEET_API_KEY": GOOD_KEY}
        args = ["render", str(_film(tmp_path, 4)), "--provider", "narakeet", "--base-url", emulator.url,
                "--voice", "alain", "--cache-dir", str(tmp_path / "cache"), "--json"]
        proc = subprocess.Popen([sys.executable, "-m", "studio.cli", *args], env=env, cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while not emulator.requests_to("/text-to-speech") and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        emulator.latency = 0.0
        resumed = run_cli(env, *args)
        assert resumed.returncode == EXIT_OK, resumed.stderr.decode()
        data = json.loads(resumed.stdout)
        assert data["recovery"]["maybe_billed"] >= 1
        assert b"may have been billed by narakeet, which keeps no history" in resumed.stderr
    finally:
        emulator.stop()
