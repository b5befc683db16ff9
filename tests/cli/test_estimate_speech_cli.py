"""estimate's fit forecast decodes no clip: each clip's speech is recorded in its sidecar when it is
rendered, and read from there (a large cache rendered without a dub used to be decoded clip by clip)."""

from __future__ import annotations

import json
from pathlib import Path

from studio.core.clip_cache import ClipCache
from studio.core.derived_cache import DerivedCache
from tests.cli_env import isolated_env, run_cli

LINES = ["Bonjour à tous.", "Il a fait un long voyage, depuis le nord du pays.",
         "Merci. Asseyez-vous, je vous prie.", "La première question est simple."]


def _film(tmp_path: Path) -> Path:
    srt = tmp_path / "film.srt"
    srt.write_text("\n".join(f"{n}\n00:00:{n * 8:02d},000 --> 00:00:{n * 8 + 6:02d},000\n{text}\n"
                             for n, text in enumerate(LINES, start=1)), encoding="utf-8")
    return srt


def _sidecars(cache: Path) -> list[Path]:
    return sorted(cache.glob("??/*.json"))


def test_a_rendered_clip_records_its_speech_and_estimate_reads_it_without_decoding_anything(tmp_path):
    srt, cache, env = _film(tmp_path), tmp_path / "cache", isolated_env(tmp_path)
    # No -o: no dub, so nothing is decoded for the timeline.
    rendered = run_cli(env, "render", str(srt), "--cache-dir", str(cache), "--json")
    assert rendered.returncode == 0, rendered.stderr
    records = [json.loads(path.read_text(encoding="utf-8")) for path in _sidecars(cache)]
    assert len(records) == len(LINES)
    # espeak-ng leaves no silence round its speech: the span is the whole clip, give or take a sample.
    assert all(0 < record["speech_ms"] <= record["duration_ms"] + 1 for record in records)
    assert DerivedCache(cache).size_bytes() == 0

    estimated = run_cli(env, "estimate", str(srt), "--cache-dir", str(cache), "--json")
    assert estimated.returncode == 0, estimated.stderr
    speech = {record["spec"]["text"]: record["speech_ms"] for record in records}
    for text, line in zip(LINES, json.loads(estimated.stdout)["lines"]):
        forecast = line["fit_forecast"]
        assert forecast["measured"] and forecast["predicted_ms"] == round(speech[text])
    assert DerivedCache(cache).size_bytes() == 0  # nothing was decoded to measure it


def test_a_clip_cached_before_speech_was_recorded_counts_whole_and_is_not_decoded(tmp_path):
    srt, cache, env = _film(tmp_path), tmp_path / "cache", isolated_env(tmp_path)
    assert run_cli(env, "render", str(srt), "--cache-dir", str(cache)).returncode == 0
    for path in _sidecars(cache):  # as a clip rendered by an older version has it
        record = json.loads(path.read_text(encoding="utf-8"))
        del record["speech_ms"]
        path.write_text(json.dumps(record), encoding="utf-8")
    estimated = run_cli(env, "estimate", str(srt), "--cache-dir", str(cache), "--json")
    assert estimated.returncode == 0, estimated.stderr
    opened = ClipCache.open(cache)
    whole = {opened.meta(key).spec["text"]: opened.meta(key).duration_ms for key in opened.keys()}
    for text, line in zip(LINES, json.loads(estimated.stdout)["lines"]):
        assert line["fit_forecast"]["measured"] and line["fit_forecast"]["predicted_ms"] == round(whole[text])
    assert DerivedCache(cache).size_bytes() == 0
    assert all(opened.meta(key).speech_ms is None for key in opened.keys())  # and nothing made up
