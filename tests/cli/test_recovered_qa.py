"""A clip fetched back from ElevenLabs' history after a SIGKILL is QA-checked like a rendered one, and the
render JSON says so ("qa", "qa_reasons"): the emulator's history serves the suspect take the dead process
paid for. The history may keep no character alignment: the verdict then says it came from the audio only."""

from __future__ import annotations

import json
import time

import pytest

from studio.cli.common import EXIT_OK
from studio.core.clip_cache import ClipCache
from studio.core.clip_qa import AUDIO_ONLY, NOISE_TAIL, SOUND_AFTER_END, QaVerdict
from tests.cli.test_crash_recovery import _args, _killed_with_lines_in_flight, _paid_twice
from tests.cli_env import isolated_env, run_cli
from tests.emulators.checked import checked_elevenlabs
from tests.french_film import french_srt


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _killed_with_a_line_in_flight(emu, srt, cache, env) -> None:  # noqa: ANN001
    """A render killed with SIGKILL while its first line is out; the emulator finishes (and bills) it."""
    emu.latency = 1.0
    _killed_with_lines_in_flight(emu, srt, cache, env, 1)
    while emu.account.in_flight:
        time.sleep(0.01)
    emu.latency = 0.0


@pytest.mark.parametrize("alignments", [False, True])
def test_a_suspect_clip_recovered_after_sigkill_is_reported_suspect(emu, tmp_path, alignments):
    srt = tmp_path / "film.srt"
    srt.write_text(french_srt(4), encoding="utf-8")
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    cache = tmp_path / "cache"
    emu.clip_faults = ["noise_tail"]  # the first generation, the one the killed process waits for
    emu.history_alignments = alignments
    _killed_with_a_line_in_flight(emu, srt, cache, env)
    resumed = run_cli(env, *_args(emu, srt, cache))
    assert resumed.returncode == EXIT_OK, resumed.stderr.decode()
    data = json.loads(resumed.stdout)
    recovered = [line for line in data["lines"] if line["status"] == "recovered"]
    assert len(recovered) == 1 and data["recovery"]["recovered"] == 1
    line = recovered[0]
    assert line["qa"] == "suspect" and NOISE_TAIL in line["qa_reasons"]
    assert (AUDIO_ONLY in line["qa_reasons"]) == (not alignments)
    assert (SOUND_AFTER_END in line["qa_reasons"]) == alignments
    # The other lines were rendered now, from clean takes.
    others = [other for other in data["lines"] if other["status"] == "rendered"]
    assert others and all(other["qa"] == "ok" and other["qa_reasons"] == [] for other in others)
    assert _paid_twice(emu) == 0 and emu.spec_violations == []
    # The verdict is in the clip's sidecar: the next run reports it for the cached clip, for free.
    again = json.loads(run_cli(env, *_args(emu, srt, cache)).stdout)
    assert again["requests"] == 0
    same = next(other for other in again["lines"] if other["index"] == line["index"])
    assert same["status"] == "cached" and same["qa"] == "suspect" and same["qa_reasons"] == line["qa_reasons"]
    stored = [QaVerdict.from_json(ClipCache.open(cache).meta(key).qa) for key in ClipCache.open(cache).keys()]
    assert sum(1 for verdict in stored if verdict is not None and verdict.suspect) == 1


def test_a_clip_recovered_after_sigkill_is_judged_in_the_subtitles_language(emu, tmp_path):
    """Chinese subtitles; the take the killed process paid for is real Mandarin speech (espeak-ng, about 4
    characters a second): recovery judges it in the subtitles' language (Chinese, 5 a second), as the
    render would have, where the default 14 a second called it "too_long"."""
    from tests.core.test_clip_qa_language import ZH
    from tests.providers.test_recovery_qa_language import mandarin_mp3

    srt = tmp_path / "film.srt"
    srt.write_text("\n".join(f"{n}\n00:00:{n * 8:02d},000 --> 00:00:{n * 8 + 6:02d},000\n{text}\n"
                             for n, text in enumerate(ZH[:3], start=1)), encoding="utf-8")
    env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
    cache = tmp_path / "cache"
    _killed_with_a_line_in_flight(emu, srt, cache, env)
    item = emu.account.history[0]
    emu.account.history_audio[item["history_item_id"]] = (mandarin_mp3(item["text"]), "audio/mpeg")
    resumed = run_cli(env, *_args(emu, srt, cache))
    assert resumed.returncode == EXIT_OK, resumed.stderr.decode()
    recovered = [line for line in json.loads(resumed.stdout)["lines"] if line["status"] == "recovered"]
    assert len(recovered) == 1 and ZH[recovered[0]["index"] - 1] == item["text"]
    assert (recovered[0]["qa"], recovered[0]["qa_reasons"]) == ("ok", [AUDIO_ONLY])
    assert _paid_twice(emu) == 0 and emu.spec_violations == []
