"""A render killed with SIGKILL mid-flight never pays a line twice: the journal and ElevenLabs' history.

The CLI runs as a real process against the emulator, which (like the real service) generates and bills
a request whose client died; the next run finds the journaled request in /v1/history and downloads its
audio instead of paying again.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from studio.cli.common import EXIT_OK
from tests.cli_env import ROOT, isolated_env, run_cli
from tests.emulators.checked import checked_elevenlabs
from tests.french_film import french_srt

RACHEL = "21m00Tcm4TlvDq8ikWAM"
TTS = "/v1/text-to-speech"


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _args(emu, srt, cache, *extra):
    return ["render", str(srt), "--provider", "elevenlabs", "--base-url", emu.url, "--voice", RACHEL,
            "--cache-dir", str(cache), "--json", *extra]


def _paid_twice(emu) -> int:
    """Generations billed beyond the first for the same text (every text is one clip here)."""
    counts = Counter(item["text"] for item in emu.account.history)
    return sum(n - 1 for n in counts.values())


def _killed_with_lines_in_flight(emu, srt, cache, env, lines: int) -> None:  # noqa: ANN001
    """Start a render of `lines` requests at once and SIGKILL it while they are all out (the emulator
    answers, and bills, them all the same)."""
    command = [sys.executable, "-m", "studio.cli", *_args(emu, srt, cache, "--concurrency", str(lines))]
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert _wait_for_in_flight(emu, proc, lines)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)


def _wait_for_in_flight(emu, proc, wanted: int, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if emu.account.in_flight >= wanted:
            return True
        time.sleep(0.005)
    return False


@pytest.mark.timeout(240)
def test_ten_sigkills_with_three_in_flight_pay_no_line_twice(emu, tmp_path):
    srt = tmp_path / "film.srt"
    srt.write_text(french_srt(100), encoding="utf-8")
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    cache = tmp_path / "cache"
    emu.latency = 0.3
    rng = random.Random(14)
    kills = 0
    while kills < 10:
        proc = subprocess.Popen([sys.executable, "-m", "studio.cli", *_args(emu, srt, cache, "--concurrency", "3")],
                                env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if not _wait_for_in_flight(emu, proc, 3):
            proc.communicate(timeout=60)
            break  # it finished before a kill: the film is done
        time.sleep(rng.uniform(0.0, emu.latency))  # a random moment while three requests are out
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        kills += 1
        # The emulator goes on generating (and billing) what the dead process asked for.
        while emu.account.in_flight:
            time.sleep(0.01)
    assert kills == 10, "the film finished before ten kills: the test proves less than it says"
    billed_before_last = emu.account.character_count
    assert billed_before_last > 0
    final = run_cli(env, *_args(emu, srt, cache, "-o", str(tmp_path / "dub.wav")))
    assert final.returncode == EXIT_OK, final.stderr.decode()
    data = json.loads(final.stdout)
    statuses = Counter(line["status"] for line in data["lines"])
    assert set(statuses) <= {"rendered", "cached", "recovered", "silent"}, statuses
    assert statuses["rendered"] + statuses["cached"] + statuses["recovered"] == 99  # one line is music only
    assert _paid_twice(emu) == 0
    assert not list((cache / "journal").glob("*.jsonl")), "the journal is left with open entries"
    # The credits billed are exactly one payment per distinct line.
    distinct = {item["text"]: item["character_count_change_to"] - item["character_count_change_from"]
                for item in emu.account.history}
    assert emu.account.character_count == sum(distinct.values())


def test_a_request_killed_in_flight_comes_back_as_recovered_at_no_cost(emu, tmp_path):
    """One kill with requests out, then a resume: those lines are `recovered`, cost 0, one payment each."""
    srt = tmp_path / "film.srt"
    srt.write_text(french_srt(6), encoding="utf-8")
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    cache = tmp_path / "cache"
    emu.latency = 1.0
    _killed_with_lines_in_flight(emu, srt, cache, env, 2)
    journal = list((cache / "journal").glob("*.jsonl"))
    assert len(journal) == 1 and journal[0].read_text().count('"t": "sent"') == 2
    emu.latency = 0.0
    resumed = run_cli(env, *_args(emu, srt, cache))
    assert resumed.returncode == EXIT_OK, resumed.stderr.decode()
    data = json.loads(resumed.stdout)
    recovered = [line for line in data["lines"] if line["status"] == "recovered"]
    assert len(recovered) == 2
    assert data["recovery"]["recovered"] == 2 and data["recovery"]["interrupted"] == 2
    assert b"fetched back from the provider's history at no cost" in resumed.stderr
    assert data["requests"] == 4 and data["cost_actual"] == data["cost_estimated"]
    assert len(emu.calls("/v1/history")) >= 1 and len(emu.calls("/v1/history/")) >= 2
    assert _paid_twice(emu) == 0 and len(emu.account.history) == 6


def test_a_generation_the_history_shows_late_is_fetched_before_its_line_is_paid_again(emu, tmp_path):
    """The history lags: the killed run's two generations are billed but not listed until the resume
    has finished its recovery and started paying other lines. Those two lines are paid last, after a
    second look, which finds them: recovered, not paid twice."""
    srt = tmp_path / "film.srt"
    srt.write_text(french_srt(6), encoding="utf-8")
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    cache = tmp_path / "cache"
    emu.latency, emu.hold_history = 1.0, True
    _killed_with_lines_in_flight(emu, srt, cache, env, 2)
    while emu.account.in_flight:
        time.sleep(0.01)
    killed_calls = len(emu.calls(TTS))
    assert killed_calls == 2 and len(emu.held_history) == 2  # billed, not listed yet
    emu.latency, emu.hold_history = 0.2, False
    resumed = subprocess.Popen([sys.executable, "-m", "studio.cli", *_args(emu, srt, cache, "--concurrency", "2")],
                               env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Its recovery gave up on them (nothing is listed within its grace); it is now paying other lines.
    while len(emu.calls(TTS)) == killed_calls and resumed.poll() is None:
        time.sleep(0.01)
    emu.release_history()
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == EXIT_OK, err.decode()
    data = json.loads(out)
    assert data["recovery"]["interrupted"] == 2 and data["recovery"]["in_doubt"] == 2
    assert b"2 not in the provider's history yet" in err
    assert [line["status"] for line in data["lines"]].count("recovered") == 2
    assert _paid_twice(emu) == 0 and len(emu.account.history) == 6 and data["requests"] == 4
    assert data["cost_actual"] < data["cost_estimated"]  # the two found again cost this run nothing
    assert not list((cache / "journal").glob("*.jsonl"))
