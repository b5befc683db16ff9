"""`render --json` reports clip QA per line (docs/CLI.md: "qa", "qa_reasons"), and keeps reporting it for
clips found in the cache on the next run."""

from __future__ import annotations

import json

from tests.cli.test_render_cli import RACHEL, _env, _film, _render
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
