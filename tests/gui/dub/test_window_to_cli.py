"""The CLI renders what the window saves: a project with per-line alternative texts, seeds and speeds, a
voice's own settings and a pronunciation dictionary, rendered in the window, is entirely `cached` for
`estimate` and `render` on the .dubproj (same clip keys, no request); `render --reseed 2` renders that
line again with a new seed at its estimated cost (the request's `seed` checked against the official spec
by the emulator), saves the seed in the project, and the window opening it again finds the new take."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.core.clip_cache import default_cache_dir
from studio.core.project import Project, load_project, save_project
from studio.core.pronunciation import dictionary_of, make_rule
from studio.gui.kit import settings
from studio.gui.shell.main_window import MainWindow
from tests.cli_env import isolated_env, run_cli
from tests.emulators.checked import checked_elevenlabs
from tests.gui.dub.test_clip_qa_gui import SRT, TTS
from tests.gui.eleven_window import RACHEL, eleven_window


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _cli(env, emu, *args):
    done = run_cli(env, *args, "--base-url", emu.url, "--cache-dir", str(default_cache_dir()), "--json")
    return done.returncode, json.loads(done.stdout or "{}"), done.stderr.decode()


def test_the_cli_renders_the_windows_project_from_the_same_clips(qtbot, monkeypatch, tmp_path: Path, emu):
    project_path = tmp_path / "film.dubproj"
    save_project(Project(srt_path=tmp_path / "film.srt", provider="elevenlabs", voice=RACHEL,
                         voice_settings={RACHEL: {"model": None, "settings": {"stability": 0.4}}},
                         cue_speeds={1: 1.1}, cue_seeds={2: 12345}, alt_texts={3: "Il vient de loin."},
                         pronunciations=dictionary_of([make_rule("invité", alias="convive")])), project_path)
    win = eleven_window(qtbot, monkeypatch, tmp_path, emu, SRT)  # opens film.srt: film.dubproj is its companion
    assert win.model.cue(1).seed == 12345 and win.model.cue(2).alt_text == "Il vient de loin."
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000):
        assert win.render_actions.render_all()
    rendered = {call.body["text"][:3]: call.body for call in emu.calls(TTS)}
    assert len(emu.calls(TTS)) == 3 and rendered["Nou"]["seed"] == 12345
    assert rendered["Bon"]["voice_settings"] == {"stability": 0.4, "speed": 1.1} and "Il " in rendered
    assert rendered["Nou"].get("pronunciation_dictionary_locators")
    win.close()

    env = isolated_env(tmp_path / "cli") | {"ELEVENLABS_API_KEY": emu.account.key}
    # No --provider, no --voice: the project's. Every line is the window's clip.
    code, estimate, err = _cli(env, emu, "estimate", str(project_path))
    assert code == 0, err
    assert estimate["lines_cached"] == 3 and estimate["total"] == 0, estimate
    assert "using film.dubproj" in err
    code, render, err = _cli(env, emu, "render", str(project_path))
    assert code == 0, err
    assert render["requests"] == 0 and [line["status"] for line in render["lines"]] == ["cached"] * 3
    assert len(emu.calls(TTS)) == 3
    # The plain SRT reads its companion project too, as the window does.
    code, from_srt, err = _cli(env, emu, "estimate", str(tmp_path / "film.srt"))
    assert code == 0 and from_srt["lines_cached"] == 3, err

    # --reseed: a new take of line 2, at the cost the estimate shows, counted by the spend guard.
    code, shown, err = _cli(env, emu, "estimate", str(project_path), "--reseed", "2")
    assert code == 0, err
    line_cost = shown["lines"][1]["cost"]
    assert shown["total"] == line_cost > 0 and shown["lines_to_render"] == 1
    assert shown["reseeded"][0]["index"] == 2 and shown["reseeded"][0]["kept"] is False
    assert load_project(project_path).cue_seeds == {2: 12345}  # estimating saves nothing
    spent = emu.account.character_count
    code, again, err = _cli(env, emu, "render", str(project_path), "--reseed", "2", "-o", str(tmp_path / "dub.wav"))
    assert code == 0, err
    assert again["requests"] == 1 and again["cost_estimated"] == line_cost
    assert [line["status"] for line in again["lines"]] == ["cached", "rendered", "cached"]
    sent = emu.calls(TTS)[3:]
    seed = sent[0].body["seed"]
    assert len(sent) == 1 and isinstance(seed, int) and 0 <= seed < 2 ** 32 and seed != 12345
    assert sent[0].body["text"] == "Nous avons un invité très spécial."
    assert emu.account.character_count - spent == line_cost and emu.spec_violations == []
    assert again["reseeded"] == [{"index": 2, "seed": seed, "kept": True}]
    assert again["project_saved"] == str(project_path)
    saved = load_project(project_path)
    assert saved.cue_seeds == {2: seed} and saved.alt_texts == {3: "Il vient de loin."}
    assert saved.pronunciations and saved.cue_speeds == {1: 1.1}

    # The window opening the project finds the new take cached (nothing to pay).
    settings.put(settings.PROVIDER, "elevenlabs")
    reopened = MainWindow()
    qtbot.addWidget(reopened)
    with qtbot.waitSignal(reopened.loaded, timeout=10000):
        reopened.open_file(project_path)
    qtbot.waitUntil(lambda: reopened.render_actions.controller.cache is not None, timeout=10000)
    assert reopened.model.cue(1).seed == seed
    qtbot.waitUntil(lambda: all(reopened.model.costs.line(row).cached for row in range(3)), timeout=10000)


def test_reseed_refuses_what_it_cannot_do(tmp_path: Path):
    srt = tmp_path / "film.srt"
    srt.write_text(SRT, encoding="utf-8")
    env = isolated_env(tmp_path / "cli")
    for args, message in [
        (["--reseed", "2"], "needs a provider that takes a seed (ElevenLabs)"),
        (["--provider", "elevenlabs", "--voice", RACHEL, "--reseed", "4"], "not a range of lines of this file (1 to 3)"),
        (["--provider", "elevenlabs", "--voice", RACHEL, "--reseed", "two"], "give line numbers and ranges"),
    ]:
        done = run_cli(env, "render", str(srt), "--json", *args)
        assert done.returncode == 2, done.stderr
        assert message in json.loads(done.stdout)["error"]["message"]
    assert not (tmp_path / "film.dubproj").exists()
