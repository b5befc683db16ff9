"""`render --json` reports clip QA per line (docs/CLI.md: "qa", "qa_reasons"), and keeps reporting it for
clips found in the cache on the next run."""

from __future__ import annotations

import json

from tests.cli.test_render_cli import RACHEL, _env, _film, _render
from tests.cli_env import isolated_env, run_cli
from tests.core.test_clip_qa_language import ZH
from tests.cli.test_render_cli import emu  # noqa: F401  (fixture)


def test_render_reports_a_suspect_line_and_the_cache_keeps_the_verdict(emu, tmp_path):  # noqa: F811
    srt, env = _film(tmp_path, 4), _env(tmp_path, emu)
    emu.clip_faults = [None, "noise_tail"]  # the second clip trails into noise
    first = _render(env, emu, srt, tmp_path, "--voice", RACHEL, "--concurrency", "1")
    assert first.returncode == 0, first.stderr
    lines = {line["index"]: line for line in json.loads(first.stdout)["lines"] if line["status"] != "silent"}
    assert lines[2]["qa"] == "suspect" and "sound_after_end" in lines[2]["qa_reasons"]
    assert [lines[i]["qa"] for i in sorted(lines) if i != 2] == ["ok"] * (len(lines) - 1)
    assert all(lines[i]["qa_reasons"] == [] for i in lines if i != 2)
    assert emu.spec_violations == []
    again = json.loads(_render(env, emu, srt, tmp_path, "--voice", RACHEL).stdout)
    assert again["requests"] == 0
    cached = {line["index"]: line for line in again["lines"] if line["status"] == "cached"}
    assert cached[2]["qa"] == "suspect" and cached[2]["qa_reasons"] == lines[2]["qa_reasons"]


def test_render_judges_a_first_clip_by_the_subtitles_language(tmp_path):
    """Chinese lines said by espeak-ng's Mandarin voice (about 4 characters a second): judged at the default
    14 a second they were "too_long"; the subtitles' language, detected as for the fit forecast, says 5."""
    srt = tmp_path / "film.srt"
    srt.write_text("\n".join(f"{n}\n00:00:{n * 8:02d},000 --> 00:00:{n * 8 + 6:02d},000\n{text}\n"
                             for n, text in enumerate(ZH[:4], start=1)), encoding="utf-8")
    env = isolated_env(tmp_path)
    done = run_cli(env, "render", str(srt), "--voice", "sit/cmn", "--cache-dir", str(tmp_path / "cache"),
                   "--json")
    assert done.returncode == 0, done.stderr
    lines = json.loads(done.stdout)["lines"]
    assert [(line["qa"], line["qa_reasons"]) for line in lines] == [("ok", [])] * 4
