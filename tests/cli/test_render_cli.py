"""`render` as a real process against the ElevenLabs emulator: guards before any request, exit codes,
JSON per line, finished clips kept across a refusal or Ctrl+C, and the offline engine end to end."""

from __future__ import annotations

import dataclasses
import json
import math
import signal
import subprocess
import sys
import time
import wave

import pytest

from studio.cli.common import EXIT_CANCELLED, EXIT_REFUSED, EXIT_SOME_FAILED
from tests.cli_env import ROOT, isolated_env, run_cli
from tests.emulators.checked import checked_elevenlabs
from tests.french_film import french_srt

RACHEL = "21m00Tcm4TlvDq8ikWAM"
AMELIE = "LibFrAmelie000000001"  # a library voice the account has not added


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _film(tmp_path, cues=12):
    path = tmp_path / "film.srt"
    path.write_text(french_srt(cues), encoding="utf-8")
    return path


def _env(tmp_path, emu):
    return isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}


def _render(env, emu, srt, tmp_path, *extra):
    return run_cli(env, "render", str(srt), "--provider", "elevenlabs", "--base-url", emu.url,
                   "--cache-dir", str(tmp_path / "cache"), "--json", *extra)


def _estimate(env, emu, srt, tmp_path, *extra):
    proc = run_cli(env, "estimate", str(srt), "--provider", "elevenlabs", "--base-url", emu.url,
                   "--cache-dir", str(tmp_path / "cache"), "--json", *extra)
    return json.loads(proc.stdout)


def test_spend_guard_trips_exactly_at_the_balance_and_sends_nothing(emu, tmp_path):
    srt, env = _film(tmp_path), _env(tmp_path, emu)
    total = _estimate(env, emu, srt, tmp_path, "--voice", RACHEL)["total"]
    emu.account.character_count = emu.account.character_limit - int(total) + 1  # one credit short
    proc = _render(env, emu, srt, tmp_path, "--voice", RACHEL, "-o", str(tmp_path / "dub.wav"))
    assert proc.returncode == EXIT_REFUSED, proc.stderr
    assert json.loads(proc.stdout)["error"]["kind"] == "over_balance"
    assert emu.calls("/v1/text-to-speech") == []
    assert b"nothing was sent" in proc.stderr
    emu.account.character_count -= 1  # exactly enough: it goes
    ok = _render(env, emu, srt, tmp_path, "--voice", RACHEL, "-o", str(tmp_path / "dub.wav"))
    assert ok.returncode == 0, ok.stderr
    data = json.loads(ok.stdout)
    assert data["cost_actual"] == data["cost_estimated"] == total
    assert emu.account.character_count == emu.account.character_limit


def test_overage_needs_yes(emu, tmp_path):
    srt, env = _film(tmp_path, 4), _env(tmp_path, emu)
    emu.account.can_extend_character_limit = True
    emu.account.max_credit_limit_extension = 10_000
    emu.account.character_count = emu.account.character_limit - 5
    proc = _render(env, emu, srt, tmp_path, "--voice", RACHEL)
    assert proc.returncode == EXIT_REFUSED
    assert json.loads(proc.stdout)["error"]["kind"] == "confirm_overage"
    assert b"would be billed as overage" in proc.stderr and emu.calls("/v1/text-to-speech") == []
    yes = _render(env, emu, srt, tmp_path, "--voice", RACHEL, "--yes")
    assert yes.returncode == 0, yes.stderr
    assert len(emu.calls("/v1/text-to-speech")) == 4


def test_library_voice_is_refused_without_allow_add_voice(emu, tmp_path):
    srt, env = _film(tmp_path, 3), _env(tmp_path, emu)
    slots_before = emu.account.voice_slots_used
    proc = _render(env, emu, srt, tmp_path, "--voice", AMELIE)
    assert proc.returncode == EXIT_REFUSED, proc.stderr
    assert json.loads(proc.stdout)["error"]["kind"] == "voice_not_added"
    assert b"--allow-add-voice" in proc.stderr
    assert emu.calls("/v1/text-to-speech") == [] and emu.calls("/v1/voices/add") == []
    assert emu.account.voice_slots_used == slots_before
    allowed = _render(env, emu, srt, tmp_path, "--voice", AMELIE, "--allow-add-voice")
    assert allowed.returncode == 0, allowed.stderr
    assert len(emu.calls("/v1/voices/add")) == 1
    assert emu.account.voice_slots_used == slots_before + 1
    assert emu.auto_added == []  # added explicitly before synthesis, never silently by a TTS call


@pytest.mark.parametrize("allow", [[], ["--allow-add-voice"]])
def test_a_free_account_never_tries_a_library_voice(emu, tmp_path, allow):
    """The free plan cannot use library voices through the API: the tier is read first, and nothing is
    added or sent, even with --allow-add-voice."""
    free = emu.add_account("sk_free_account", tier="free", voice_limit=3)
    srt, env = _film(tmp_path, 3), isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": free.key}
    slots_before = free.voice_slots_used
    proc = _render(env, emu, srt, tmp_path, "--voice", AMELIE, *allow)
    assert proc.returncode == EXIT_REFUSED, proc.stderr
    assert json.loads(proc.stdout)["error"]["kind"] == "paid_plan_required"
    assert b"on the free plan" in proc.stderr
    assert emu.calls("/v1/text-to-speech") == [] and emu.calls("/v1/voices/add") == []
    assert free.voice_slots_used == slots_before


def test_out_of_credits_mid_job_keeps_finished_clips(emu, tmp_path):
    srt, env = _film(tmp_path, 10), _env(tmp_path, emu)
    emu.account.character_count = 0
    first = _render(env, emu, srt, tmp_path, "--voice", RACHEL, "--concurrency", "1")
    assert first.returncode == 0
    again = _render(env, emu, srt, tmp_path, "--voice", RACHEL, "-o", str(tmp_path / "dub.mp3"))
    data = json.loads(again.stdout)
    assert again.returncode == 0 and data["requests"] == 0  # nothing is ever paid twice
    assert {line["status"] for line in data["lines"]} <= {"cached", "silent"}
    placed = [line for line in data["lines"] if line["status"] == "cached"]
    assert all(line["placed_ms"] >= line["start_ms"] and line["clip_ms"] > 0 for line in placed)


def test_a_line_that_fails_alone_exits_4(emu, tmp_path):
    srt = tmp_path / "long.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:03,000\nBonjour.\n\n2\n00:00:04,000 --> 00:00:09,000\n"
                   + "Très long. " * 400 + "\n", encoding="utf-8")
    proc = _render(_env(tmp_path, emu), emu, srt, tmp_path, "--voice", RACHEL, "--model", "eleven_v3")
    assert proc.returncode == EXIT_SOME_FAILED, proc.stderr
    statuses = [line["status"] for line in json.loads(proc.stdout)["lines"]]
    assert statuses == ["rendered", "failed"]


def _started_from_a_terminal(args: list[str], **popen) -> subprocess.Popen:
    """Popen with Ctrl+C's default effect in the child, as a terminal starts a command. A suite run as a
    background job (`cmd &` in a script, nohup) has SIGINT ignored, the child inherits that, and Python
    then never turns SIGINT into KeyboardInterrupt: the render would go on to the end."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # a handler: SIG_DFL after exec
    try:
        return subprocess.Popen(args, **popen)
    finally:
        signal.signal(signal.SIGINT, previous)


def test_ctrl_c_cancels_and_keeps_finished_clips(emu, tmp_path):
    srt, env = _film(tmp_path, 30), _env(tmp_path, emu)
    emu.latency = 0.3
    args = ["render", str(srt), "--provider", "elevenlabs", "--base-url", emu.url, "--cache-dir",
            str(tmp_path / "cache"), "--voice", RACHEL, "--concurrency", "2", "--json"]
    proc = _started_from_a_terminal([sys.executable, "-m", "studio.cli", *args], env=env, cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while len(emu.calls("/v1/text-to-speech")) < 4 and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == EXIT_CANCELLED, err
    sent = len(emu.calls("/v1/text-to-speech"))
    assert sent < 30
    emu.latency = 0.0
    resumed = _render(env, emu, srt, tmp_path, "--voice", RACHEL)
    data = json.loads(resumed.stdout)
    assert resumed.returncode == 0
    assert data["requests"] + sum(1 for line in data["lines"] if line["status"] == "cached") >= 29
    assert len(emu.calls("/v1/text-to-speech")) == sent + data["requests"]


def test_offline_render_writes_a_timed_dub_and_a_dubbed_video(tmp_path):
    from studio.core.audio_decode import ffmpeg_path

    video = tmp_path / "in.mp4"
    subprocess.run([ffmpeg_path(), "-loglevel", "error", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=10",
                    "-f", "lavfi", "-i", "sine=frequency=300", "-t", "6", "-c:v", "libx264", "-c:a", "aac",
                    "-shortest", str(video)], check=True)
    srt = tmp_path / "two.srt"
    srt.write_text("1\n00:00:00,500 --> 00:00:02,500\nBonjour.\n\n2\n00:00:03,000 --> 00:00:05,000\nAu revoir.\n",
                   encoding="utf-8")
    proc = run_cli(isolated_env(tmp_path), "render", str(srt), "--cache-dir", str(tmp_path / "cache"),
                   "-o", str(tmp_path / "dub.wav"), "--video", str(video), "--mux", str(tmp_path / "out.mkv"),
                   "--mix", "duck", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [line["placed_ms"] for line in data["lines"]] == [500, 3000]
    assert data["timings"]["mux_s"] is not None and (tmp_path / "out.mkv").stat().st_size > 0
    with wave.open(str(tmp_path / "dub.wav")) as dub:
        assert dub.getframerate() == 48000
        frames = dub.readframes(dub.getnframes())
    first_sound = next(i for i in range(0, len(frames), 2) if abs(int.from_bytes(frames[i:i + 2], "little",
                                                                                 signed=True)) > 300)
    assert abs(first_sound // 2 / 48 - 500) < 60  # speech starts where its cue starts
    from studio.core.mux import probe_media

    film_ms = probe_media(video).duration_ms
    assert film_ms >= 6000 and data["duration_ms"] == film_ms  # as long as the film, to the last sample
    assert len(frames) // 2 == film_ms * 48
    alone = run_cli(isolated_env(tmp_path), "render", str(srt), "--cache-dir", str(tmp_path / "cache"),
                    "-o", str(tmp_path / "alone.wav"), "--json")
    assert alone.returncode == 0, alone.stderr
    assert json.loads(alone.stdout)["duration_ms"] == 5000  # where the last cue ends, not its clip
    with wave.open(str(tmp_path / "alone.wav")) as dub:
        assert dub.getnframes() == 5000 * 48


@pytest.mark.parametrize("lie", [0, -1, 1e308])
def test_a_lying_model_price_is_unknown_and_never_makes_a_render_look_free(emu, tmp_path, lie):
    """/v1/models claims Flash costs 0 (or less, or absurdly much): the estimate shows the price as unknown
    and costs it at 1 credit per character, so a balance that covers only the real (half) price is refused
    before anything is sent."""
    srt, env = _film(tmp_path), _env(tmp_path, emu)
    honest = _estimate(env, emu, srt, tmp_path, "--voice", RACHEL, "--model", "eleven_flash_v2_5")
    assert honest["price_known"] is True
    flash = emu.models["eleven_flash_v2_5"]
    emu.models[flash.model_id] = dataclasses.replace(flash, advertised=lie)
    lied = _estimate(env, emu, srt, tmp_path, "--voice", RACHEL, "--model", "eleven_flash_v2_5")
    assert lied["price_known"] is False
    assert lied["total"] == honest["chars_to_render"] > honest["total"] > 0  # the list price, never 0
    emu.account.character_count = emu.account.character_limit - int(honest["total"]) - 1
    proc = _render(env, emu, srt, tmp_path, "--voice", RACHEL, "--model", "eleven_flash_v2_5",
                   "-o", str(tmp_path / "dub.wav"))
    assert proc.returncode == EXIT_REFUSED, proc.stderr
    assert json.loads(proc.stdout)["error"]["kind"] == "over_balance"
    assert b"missing or implausible" in proc.stderr
    assert emu.calls("/v1/text-to-speech") == []


def test_the_mkv_dub_is_tagged_with_the_subtitles_language_titled_default_and_ducked_to_duck_db(tmp_path):
    from tests.media_check import LEFT_HZ, audio_of, level, make_video, streams, title

    video = make_video(tmp_path / "in.mp4", 6)
    srt = tmp_path / "two.srt"
    srt.write_text("1\n00:00:00,500 --> 00:00:02,500\nBonjour, je suis là.\n\n2\n00:00:03,000 --> 00:00:05,000\n"
                   "Ce n'est pas grave, on y va.\n", encoding="utf-8")
    common = ["render", str(srt), "--cache-dir", str(tmp_path / "cache"), "-o", str(tmp_path / "dub.wav"),
              "--video", str(video), "--json"]
    # A French computer: the titles stay English (a machine contract), unless --track-title says otherwise.
    french = dict(isolated_env(tmp_path), LANG="fr_FR.UTF-8", LC_ALL="fr_FR.UTF-8", LANGUAGE="fr")
    added = run_cli(french, *common, "--mux", str(tmp_path / "add.mkv"), "--mix", "add", "--subtitles")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["language"] == "fra"  # detected: no --language given
    assert b"dubbing in.mp4: 0 %" in added.stderr and b"dubbing in.mp4: 100 %" in added.stderr
    found = streams(tmp_path / "add.mkv")
    assert [s["codec_type"] for s in found] == ["video", "audio", "audio", "subtitle"]
    assert found[2]["tags"]["language"] == "fre" and found[2]["disposition"]["default"] == 1
    assert title(found[2]).startswith("Dub – French – Offline") and title(found[1]) == "Original"
    assert found[1]["disposition"]["default"] == 0 and found[3]["tags"]["language"] == "fre"

    spanish = run_cli(isolated_env(tmp_path), *common, "--mux", str(tmp_path / "es.mp4"), "--mix", "replace",
                      "--language", "es", "--track-title", "Doblaje – español")
    assert spanish.returncode == 0, spanish.stderr
    assert streams(tmp_path / "es.mp4")[1]["tags"]["language"] == "spa"
    assert title(streams(tmp_path / "es.mp4")[1]) == "Doblaje – español"
    blank = run_cli(isolated_env(tmp_path), *common, "--mux", str(tmp_path / "x.mp4"), "--track-title", " ")
    assert blank.returncode == 2 and b"--track-title is empty" in blank.stderr
    assert not (tmp_path / "x.mp4").exists()

    ducked = run_cli(isolated_env(tmp_path), *common, "--mux", str(tmp_path / "duck.mkv"), "--mix", "duck",
                     "--duck-db", "-24", "--duck-fade", "100", "100")
    assert ducked.returncode == 0, ducked.stderr
    assert streams(tmp_path / "duck.mkv")[1]["channels"] == 2  # the original's stereo is kept
    original, mixed = audio_of(video, 0, 0), audio_of(tmp_path / "duck.mkv", 0, 0)
    lines = [(line["placed_ms"], line["placed_ms"] + line["clip_ms"]) for line in json.loads(ducked.stdout)["lines"]]
    start, end = lines[0][0] + 150, lines[0][1] - 50
    # Under the line: 24 dB down (the dub's own voice is louder there, so read the original's tone).
    assert 20 * math.log10(level(mixed, LEFT_HZ, start, end) / level(original, LEFT_HZ, start, end)) \
        == pytest.approx(-24, abs=1.5)
    gap = (lines[0][1] + 450, lines[1][0] - 200)  # after the fade back up, before the next fade down
    assert gap[1] - gap[0] >= 100  # the premise: the first line is short, far from the second
    assert level(mixed, LEFT_HZ, *gap) / level(original, LEFT_HZ, *gap) > 0.9  # the film is back

    bad = run_cli(isolated_env(tmp_path), *common, "--mux", str(tmp_path / "x.mkv"), "--duck-db", "6")
    assert bad.returncode == 2 and b"--duck-db must be between" in bad.stderr


def test_derived_limit_mb_caps_the_rebuildable_copies_and_never_touches_a_clip(tmp_path):
    env = isolated_env(tmp_path)
    srt, cache = _film(tmp_path, cues=4), tmp_path / "cache"
    common = (str(srt), "--cache-dir", str(cache), "-o", str(tmp_path / "dub.wav"), "--json")
    assert run_cli(env, "render", *common).returncode == 0
    derived = sorted(p for p in (cache / "derived").rglob("*") if p.suffix in (".pcm", ".fit"))
    clips = {p: p.read_bytes() for p in cache.glob("??/*")}
    assert derived and len(clips) == 8  # the default cap (2 GB) keeps the dub's decoded and fitted copies
    proc = run_cli(env, "render", *common, "--derived-limit-mb", "0")  # keep none: all swept after the dub
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["requests"] == 0 and (tmp_path / "dub.wav").stat().st_size > 0
    assert not [p for p in (cache / "derived").rglob("*") if p.suffix in (".pcm", ".fit")]
    assert {p: p.read_bytes() for p in cache.glob("??/*")} == clips
    bad = run_cli(env, "render", *common, "--derived-limit-mb", "lots")
    assert bad.returncode == 2 and b"not a size in MB" in bad.stderr
