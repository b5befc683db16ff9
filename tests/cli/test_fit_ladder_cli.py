"""The fit ladder in the CLI: the render JSON's per-line "fit" and the priced "offer", never paid unasked."""

from __future__ import annotations

import json

import pytest

from tests.cli_env import isolated_env, run_cli
from tests.emulators.audio import CHARS_PER_SECOND
from tests.emulators.checked import checked_elevenlabs

RACHEL = "21m00Tcm4TlvDq8ikWAM"
SHORT = "Une réplique courte."
LONG = "Cette réplique-ci est bien trop longue pour sa place."  # 53 characters: about 3.5 s


def _ts(ms: int) -> str:
    return f"00:00:{ms // 1000:02d},{ms % 1000:03d}"


def _srt(*cues: tuple[int, int, str]) -> str:
    return "\n".join(f"{n}\n{_ts(a)} --> {_ts(b)}\n{text}\n" for n, (a, b, text) in enumerate(cues, start=1))


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def test_every_placed_line_reports_its_rung_and_a_stretched_line_gets_a_priced_offer_not_a_purchase(emu, tmp_path):
    long_ms = round(len(LONG) / CHARS_PER_SECOND * 1000)
    srt = tmp_path / "film.srt"
    srt.write_text(_srt((1000, 4000, SHORT),
                        (5000, 5000 + long_ms - 400, LONG),  # 400 ms short, and a gap of 1 s after it
                        (5000 + long_ms + 600, 5000 + long_ms + 600 + round(long_ms / 1.15), LONG + " "),
                        (5000 + long_ms + 600 + round(long_ms / 1.15), 20000, SHORT + " ")),  # no gap
                   encoding="utf-8")
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    proc = run_cli(env, "render", str(srt), "--provider", "elevenlabs", "--base-url", emu.url, "--voice", RACHEL,
                   "--cache-dir", str(tmp_path / "cache"), "-o", str(tmp_path / "dub.wav"), "--json")
    assert proc.returncode == 0, proc.stderr
    lines = json.loads(proc.stdout)["lines"]
    assert [line["fit"] for line in lines] == ["none", "borrow", "stretch", "none"]
    assert lines[1]["speed"] == 1.0 and lines[1]["overflow_ms"] == 0
    assert 1.1 < lines[2]["speed"] <= 1.25
    offer = lines[2]["offer"]
    assert offer["step"] == "native_speed" and 1.15 <= offer["speed"] <= 1.2
    assert offer["cost"] == len(LONG)  # the line is paid again, at one credit per character
    assert offer["predicted_overflow_ms"] == 0
    assert all("offer" not in line for line in (lines[0], lines[1], lines[3]))
    # Offered, not bought: two texts (a repeated line is rendered once), two requests, none at a speed.
    calls = emu.calls("/v1/text-to-speech")
    assert len(calls) == 2
    assert all(not ((call.body or {}).get("voice_settings") or {}).get("speed") for call in calls)


def test_a_line_that_fails_has_no_fit(tmp_path):
    srt = tmp_path / "one.srt"
    srt.write_text(_srt((500, 2500, "Bonjour."), (3000, 5000, "<i></i>")), encoding="utf-8")
    proc = run_cli(isolated_env(tmp_path), "render", str(srt), "--cache-dir", str(tmp_path / "cache"),
                   "-o", str(tmp_path / "dub.wav"), "--json")
    assert proc.returncode == 0, proc.stderr
    lines = json.loads(proc.stdout)["lines"]
    assert lines[0]["fit"] == "none" and lines[1]["fit"] is None and lines[1]["status"] == "silent"


def test_estimate_marks_the_lines_that_will_not_fit_before_paying_then_uses_the_measured_clips(emu, tmp_path):
    srt = tmp_path / "film.srt"
    srt.write_text(_srt((1000, 4000, SHORT), (5000, 6000, LONG), (6000, 9000, "Bien.")), encoding="utf-8")
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    common = ("--provider", "elevenlabs", "--base-url", emu.url, "--voice", RACHEL,
              "--cache-dir", str(tmp_path / "cache"))
    before = run_cli(env, "estimate", str(srt), *common, "--json")
    assert before.returncode == 0, before.stderr
    data = json.loads(before.stdout)
    forecasts = [line["fit_forecast"] for line in data["lines"]]
    assert [f["step"] for f in forecasts] == ["none", "overflow", "none"] and data["lines_wont_fit"] == 1
    assert forecasts[1]["fits"] is False and forecasts[1]["room_ms"] == 1000 and not forecasts[1]["measured"]
    assert emu.calls("/v1/text-to-speech") == []  # foreseen before a single request
    told = run_cli(env, "estimate", str(srt), *common)
    assert "Will not fit even sped up to 1.25x (forecast): line(s) 2" in told.stdout.decode()

    rendered = run_cli(env, "render", str(srt), *common, "-o", str(tmp_path / "dub.wav"), "--json")
    assert rendered.returncode == 0, rendered.stderr
    clips = {line["index"]: line for line in json.loads(rendered.stdout)["lines"]}
    after = json.loads(run_cli(env, "estimate", str(srt), *common, "--json").stdout)["lines"]
    for line in after:
        forecast = line["fit_forecast"]
        # The speech recorded at render is measured on the QA's 16 kHz decode: within a 10 ms frame of
        # the fit's.
        assert forecast["measured"] and forecast["predicted_ms"] >= clips[line["index"]]["clip_ms"] - 11
    assert after[1]["fit_forecast"]["step"] == "overflow" and clips[2]["overflow_ms"] > 0  # as foreseen


def test_max_speed_step_speeds_up_the_neighbours_of_a_tight_line_and_bad_values_are_refused(tmp_path):
    text = "Vite, prenez le train de midi !"
    natural = run_cli(isolated_env(tmp_path), "render", str(_write(tmp_path, _srt((0, 9000, text)))),
                      "--cache-dir", str(tmp_path / "cache"), "-o", str(tmp_path / "one.wav"), "--json")
    spoken = json.loads(natural.stdout)["lines"][0]["clip_ms"]
    easy, tight = spoken + 300, round(spoken / 1.2)
    srt = _write(tmp_path, _srt((0, easy, text), (easy, easy + tight, text), (easy + tight, 2 * easy + tight, text)))

    def speeds(*extra: str) -> list[float]:
        proc = run_cli(isolated_env(tmp_path), "render", str(srt), "--cache-dir", str(tmp_path / "cache"),
                       "-o", str(tmp_path / "dub.wav"), "--json", *extra)
        assert proc.returncode == 0, proc.stderr
        return [line["speed"] for line in json.loads(proc.stdout)["lines"]]

    plain, smooth = speeds(), speeds("--max-speed-step", "0.05")
    assert plain[0] == plain[2] == 1.0 and plain[1] > 1.1
    assert smooth[1] == plain[1] and smooth[0] > 1.0 and smooth[2] > 1.0
    assert all(abs(a - b) <= 0.05 + 1e-3 for a, b in zip(smooth, smooth[1:]))
    bad = run_cli(isolated_env(tmp_path), "render", str(srt), "-o", str(tmp_path / "x.wav"), "--max-speed-step", "2")
    assert bad.returncode == 2 and b"--max-speed-step must be between 0 and 1" in bad.stderr


def _write(tmp_path, text: str):
    path = tmp_path / "lines.srt"
    path.write_text(text, encoding="utf-8")
    return path


def _offer_film(tmp_path):
    """A stretched line (the third), as in the first test: offered a native-speed re-render."""
    long_ms = round(len(LONG) / CHARS_PER_SECOND * 1000)
    srt = tmp_path / "offer.srt"
    start = 5000 + long_ms + 600
    srt.write_text(_srt((1000, 4000, SHORT), (5000, 5000 + long_ms - 400, LONG),
                        (start, start + round(long_ms / 1.15), LONG + " "),
                        (start + round(long_ms / 1.15), 20000, SHORT + " ")), encoding="utf-8")
    return srt


def test_accept_offers_renders_the_offered_line_once_faster_and_pays_it_once(emu, tmp_path):
    srt = _offer_film(tmp_path)
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    common = ("render", str(srt), "--provider", "elevenlabs", "--base-url", emu.url, "--voice", RACHEL,
              "--cache-dir", str(tmp_path / "cache"), "-o", str(tmp_path / "dub.wav"), "--json")
    proc = run_cli(env, *common, "--accept-offers")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    calls = emu.calls("/v1/text-to-speech")
    speeds = [((call.body or {}).get("voice_settings") or {}).get("speed") for call in calls]
    assert len(calls) == 3 and speeds.count(None) == 2  # the two texts, then the offered line once
    faster = next(call for call, speed in zip(calls, speeds) if speed is not None)
    speed = faster.body["voice_settings"]["speed"]
    # The official spec: voice_settings.speed is a number (docs: 0.7 to 1.2); the checked emulator
    # validates the whole request against it.
    assert isinstance(speed, float) and 1.0 < speed <= 1.2 and faster.body["text"] == LONG
    line = out["lines"][2]
    assert line["native_speed"] == speed and line["fit"] == "native_speed" and "offer" not in line
    assert line["speed"] == 1.0 and line["overflow_ms"] == 0  # no stretch left
    assert out["offers_accepted"] == 1 and out["requests"] == 3
    assert out["cost_estimated"] == out["cost_actual"] == len(SHORT) + 2 * len(LONG)
    assert emu.account.character_count == out["cost_actual"]  # paid once, as counted
    # Run again: the faster clip is cached, so nothing is sent or paid, and the line is said faster still.
    again = run_cli(env, *common, "--accept-offers")
    assert again.returncode == 0, again.stderr
    repeat = json.loads(again.stdout)
    assert len(emu.calls("/v1/text-to-speech")) == 3 and repeat["cost_actual"] == 0
    assert repeat["lines"][2]["native_speed"] == speed and repeat["lines"][2]["fit"] == "native_speed"


def test_offers_over_the_balance_are_not_bought_and_the_dub_is_still_written(emu, tmp_path):
    srt = _offer_film(tmp_path)
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    first_cost = len(SHORT) + len(LONG)
    emu.account.character_limit = emu.account.character_count + first_cost + 10  # not enough for the offer
    proc = run_cli(env, "render", str(srt), "--provider", "elevenlabs", "--base-url", emu.url, "--voice", RACHEL,
                   "--cache-dir", str(tmp_path / "cache"), "-o", str(tmp_path / "dub.wav"), "--json",
                   "--accept-offers")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert len(emu.calls("/v1/text-to-speech")) == 2 and out["cost_actual"] == first_cost
    assert out["offers_refused"]["kind"] == "over_balance" and "offer" in out["lines"][2]
    assert out["lines"][2]["fit"] == "stretch" and (tmp_path / "dub.wav").is_file()
    assert b"offers not accepted" in proc.stderr


def test_narakeet_offers_its_voice_speed_priced_in_seconds_and_accepting_sends_it_once(tmp_path):
    from tests.emulators.narakeet import NarakeetEmulator
    from tests.providers.narakeet_fixtures import GOOD_KEY
    emulator = NarakeetEmulator({GOOD_KEY: 3600}).start()
    try:
        srt = _offer_film(tmp_path)
        env = isolated_env(tmp_path) | {"NARAKEET_API_KEY": GOOD_KEY}
        common = ("render", str(srt), "--provider", "narakeet", "--base-url", emulator.url, "--voice", "alain",
                  "--cache-dir", str(tmp_path / "cache"), "-o", str(tmp_path / "dub.wav"), "--json")
        offered = run_cli(env, *common)
        assert offered.returncode == 0, offered.stderr
        out = json.loads(offered.stdout)
        offer = out["lines"][2]["offer"]
        assert out["unit"] == "seconds" and offer["step"] == "native_speed" and 1.0 < offer["speed"] <= 1.2
        assert offer["cost"] >= 1 and offer["cost"] == int(offer["cost"])  # whole seconds of audio, billed again
        sent = emulator.requests_to("/text-to-speech")
        assert len(sent) == 2 and all("voice-speed" not in r.query for r in sent)  # offered, not bought

        spent_before = 3600 - emulator.credits(GOOD_KEY)
        accepted = run_cli(env, *common, "--accept-offers")
        assert accepted.returncode == 0, accepted.stderr
        out = json.loads(accepted.stdout)
        faster = emulator.requests_to("/text-to-speech")[2:]
        # Narakeet's voice-speed is a multiplier in the query ("1 is the normal reading speed").
        assert len(faster) == 1 and float(faster[0].query["voice-speed"]) == offer["speed"]
        assert faster[0].body.decode() == LONG
        line = out["lines"][2]
        assert line["native_speed"] == offer["speed"] and line["fit"] == "native_speed" and line["speed"] == 1.0
        billed = 3600 - emulator.credits(GOOD_KEY) - spent_before
        assert out["cost_actual"] == billed and out["cost_estimated"] == offer["cost"] and out["requests"] == 1
    finally:
        emulator.stop()
