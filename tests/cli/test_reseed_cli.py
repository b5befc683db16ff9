"""`render film.srt --reseed LINES` without a project: the new seeds go into the SRT's companion project
(as the window saves them), which the next render reads, so the new take is the one used, for free; a line
whose new take failed keeps its old seed, and nothing is saved for it."""

from __future__ import annotations

import json

from studio.core.project import load_project
from tests.cli.test_render_cli import RACHEL, _env, _film, _render
from tests.cli.test_render_cli import emu  # noqa: F401  (fixture)

TTS = "/v1/text-to-speech"


def test_reseed_saves_the_new_take_in_the_companion_and_the_next_render_uses_it(emu, tmp_path):  # noqa: F811
    srt, env = _film(tmp_path, 4), _env(tmp_path, emu)
    first = _render(env, emu, srt, tmp_path, "--voice", RACHEL)
    assert first.returncode == 0, first.stderr
    spoken = [line["index"] for line in json.loads(first.stdout)["lines"] if line["status"] == "rendered"]
    target, sent = spoken[1], len(emu.calls(TTS))
    again = _render(env, emu, srt, tmp_path, "--voice", RACHEL, "--reseed", str(target))
    assert again.returncode == 0, again.stderr
    data = json.loads(again.stdout)
    seed = emu.calls(TTS)[-1].body["seed"]
    assert data["requests"] == 1 and len(emu.calls(TTS)) == sent + 1
    assert data["reseeded"] == [{"index": target, "seed": seed, "kept": True}]
    companion = tmp_path / "film.dubproj"
    assert data["project_saved"] == str(companion)
    project = load_project(companion)
    assert project.cue_seeds == {target: seed} and project.voice == RACHEL and project.provider == "elevenlabs"
    # The next plain render reads the companion (no --provider, no --voice needed): all cached, the new take.
    third = _render(env, emu, srt, tmp_path)
    assert third.returncode == 0, third.stderr
    assert json.loads(third.stdout)["requests"] == 0 and b"using film.dubproj" in third.stderr
    assert emu.spec_violations == []


def test_a_new_take_that_fails_keeps_the_old_seed(emu, tmp_path):  # noqa: F811
    srt, env = _film(tmp_path, 3), _env(tmp_path, emu)
    assert _render(env, emu, srt, tmp_path, "--voice", RACHEL).returncode == 0
    emu.inject("invalid_parameters", TTS)
    failed = _render(env, emu, srt, tmp_path, "--voice", RACHEL, "--reseed", "1")
    assert failed.returncode == 4, failed.stderr
    data = json.loads(failed.stdout)
    assert data["reseeded"][0]["kept"] is False and data["project_saved"] is None
    assert not (tmp_path / "film.dubproj").exists()
