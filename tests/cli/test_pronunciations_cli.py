"""`--pronunciations FILE.pls` as a real process: the offline engine speaks the alias (real audio, a
longer clip), only the lines with the word render again, the estimate counts the changed text, the
ElevenLabs render names the synced dictionary, a project's own dictionary is reported, a natural voice
says phoneme rules, and a bad lexicon is a clear exit 2."""

from __future__ import annotations

import json

from studio.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_SOME_FAILED
from studio.core.project import Project, save_project
from studio.core.pronunciation import dictionary_of, make_rule
from tests.cli_env import isolated_env, run_cli
from tests.emulators.checked import checked_elevenlabs
from tests.neural_fixtures import JOE_ID, LONG_IPA, joe_files

RACHEL = "21m00Tcm4TlvDq8ikWAM"
SRT = """1
00:00:01,000 --> 00:00:04,000
Bonjour Nguyen.

2
00:00:05,000 --> 00:00:07,000
Il fait beau.
"""
ALIAS = "Nouyène, le grand chevalier du royaume"
PLS = f"""<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="fr-FR">
  <lexeme><grapheme>Nguyen</grapheme><alias>{ALIAS}</alias></lexeme>
</lexicon>
"""


def _files(tmp_path):
    srt, pls = tmp_path / "film.srt", tmp_path / "names.pls"
    srt.write_text(SRT, encoding="utf-8")
    pls.write_text(PLS, encoding="utf-8")
    return srt, pls


def _offline(env, srt, tmp_path, *extra):
    proc = run_cli(env, "render", str(srt), "--cache-dir", str(tmp_path / "cache"), "-o",
                   str(tmp_path / "dub.wav"), "--json", *extra)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    out["stderr"] = proc.stderr.decode()
    return out


def test_offline_render_speaks_the_alias_and_rerenders_only_its_lines(tmp_path):
    srt, pls = _files(tmp_path)
    env = isolated_env(tmp_path)
    plain = _offline(env, srt, tmp_path)
    assert "pronunciations" not in plain
    named = _offline(env, srt, tmp_path, "--pronunciations", str(pls))
    first, second = named["lines"]
    assert first["status"] == "rendered" and second["status"] == "cached"  # line 2 has no such word
    # Real audio: the alias is much longer to say than the name.
    assert first["clip_ms"] > plain["lines"][0]["clip_ms"] + 500
    assert "pronunciations: 1 rule(s) from " in named["stderr"] and "change 1 line(s): 1" in named["stderr"]
    assert named["pronunciations"] == {"file": str(pls), "source": "file", "rules": 1, "applied_by": "text",
                                       "locator": None, "phonemes_ignored": [],
                                       "lines_changed": [{"index": 1, "said": f"Bonjour {ALIAS}."}]}


def test_estimate_and_render_with_elevenlabs_use_the_dictionary(tmp_path):
    srt, pls = _files(tmp_path)
    with checked_elevenlabs() as emu:
        env = isolated_env(tmp_path) | {"ELEVENLABS_API_KEY": emu.account.key}
        common = ("--provider", "elevenlabs", "--base-url", emu.url, "--voice", RACHEL,
                  "--model", "eleven_multilingual_v2", "--cache-dir", str(tmp_path / "cache"), "--json")
        plain = json.loads(run_cli(env, "estimate", str(srt), *common).stdout)
        est = run_cli(env, "estimate", str(srt), *common, "--pronunciations", str(pls))
        assert est.returncode == 0, est.stderr
        named = json.loads(est.stdout)
        assert named["lines"][0]["chars"] == len(f"Bonjour {ALIAS}.") > plain["lines"][0]["chars"]
        assert named["lines"][1] == plain["lines"][1]
        assert named["pronunciations"]["applied_by"] == "provider"
        assert emu.calls("/v1/pronunciation-dictionaries") == []  # estimating changes nothing remotely

        proc = run_cli(env, "render", str(srt), *common, "--pronunciations", str(pls))
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
        remote = next(iter(emu.account.pronunciation_dictionaries.values()))
        assert remote.name == "Dubbing Studio: names"
        assert out["pronunciations"]["locator"] == {"pronunciation_dictionary_id": remote.id,
                                                    "version_id": remote.version_id}
        sent = [c.body for c in emu.calls("/v1/text-to-speech")]
        assert {b["text"]: len(b.get("pronunciation_dictionary_locators") or []) for b in sent} == {
            "Bonjour Nguyen.": 1, "Il fait beau.": 0}
        assert out["cost_actual"] <= out["cost_estimated"]  # the estimate is never below the bill


def test_a_lexicon_with_a_doctype_is_refused_before_anything_runs(tmp_path):
    srt, pls = _files(tmp_path)
    pls.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><lexicon/>', encoding="utf-8")
    proc = run_cli(isolated_env(tmp_path), "render", str(srt), "--cache-dir", str(tmp_path / "cache"),
                   "-o", str(tmp_path / "dub.wav"), "--json", "--pronunciations", str(pls))
    assert proc.returncode == EXIT_BAD_INPUT
    assert b"DOCTYPE" in proc.stderr and b"names.pls" in proc.stderr
    assert not (tmp_path / "dub.wav").exists()


def test_a_projects_own_dictionary_is_reported_and_a_natural_voice_says_its_phonemes(tmp_path):
    env = isolated_env(tmp_path)
    assert run_cli(env, "voice-install", str(joe_files()[0])).returncode == EXIT_OK
    srt = tmp_path / "film.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:05,000\nHello Nguyen.\n\n"
                   "2\n00:00:06,000 --> 00:00:08,000\nIt is a fine day.\n", encoding="utf-8")
    plain = _offline(env, srt, tmp_path, "--voice", JOE_ID)
    project = tmp_path / "film.dubproj"
    save_project(Project(srt_path=srt, provider="offline", voice=JOE_ID,
                         pronunciations=dictionary_of([make_rule("Nguyen", phoneme=LONG_IPA)])), project)

    named = _offline(env, project, tmp_path)
    first, second = named["lines"]
    assert first["status"] == "rendered" and second["status"] == "cached"  # line 2 has no such word
    assert first["clip_ms"] > plain["lines"][0]["clip_ms"] + 1000  # the long phonemes are said
    assert named["pronunciations"] == {"file": str(project), "source": "project", "rules": 1,
                                       "applied_by": "text", "locator": None, "phonemes_ignored": [],
                                       "lines_changed": [{"index": 1, "said": f"Hello {LONG_IPA}."}]}
    assert f"1 rule(s) from {project} change 1 line(s): 1" in named["stderr"]

    robot = _offline(env, project, tmp_path, "--voice", "en-us")  # espeak-ng reads aliases only
    assert robot["pronunciations"]["phonemes_ignored"] == [1] and robot["pronunciations"]["lines_changed"] == []
    assert "their phoneme rules are not said" in robot["stderr"]


def test_a_free_line_that_fails_is_never_called_maybe_billed(tmp_path):
    # A phoneme the voice cannot say fails the line for real; the offline engine bills nothing, so the
    # run must not tell the user a request "may have been billed".
    env = isolated_env(tmp_path)
    assert run_cli(env, "voice-install", str(joe_files()[0])).returncode == EXIT_OK
    srt = tmp_path / "film.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:05,000\nHello Nguyen.\n", encoding="utf-8")
    project = tmp_path / "film.dubproj"
    save_project(Project(srt_path=srt, provider="offline", voice=JOE_ID,
                         pronunciations=dictionary_of([make_rule("Nguyen", phoneme="ŋwi↗")])), project)
    proc = run_cli(env, "render", str(project), "--cache-dir", str(tmp_path / "cache"), "-o",
                   str(tmp_path / "dub.wav"), "--json")
    assert proc.returncode == EXIT_SOME_FAILED, proc.stderr
    out = json.loads(proc.stdout)
    assert out["lines"][0]["status"] == "failed" and "↗" in out["lines"][0]["error"]
    assert out["maybe_billed"] == 0 and "may have been billed" not in proc.stderr.decode()


def test_estimate_lists_the_lines_a_natural_voice_would_fail_with_the_renders_own_message(tmp_path):
    env = isolated_env(tmp_path)
    assert run_cli(env, "voice-install", str(joe_files()[0])).returncode == EXIT_OK
    srt = tmp_path / "film.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:05,000\nHello Nguyen.\n\n"
                   "2\n00:00:06,000 --> 00:00:08,000\nHello Maria.\n\n"
                   "3\n00:00:09,000 --> 00:00:11,000\nA fine day, Nguyen.\n", encoding="utf-8")
    project = tmp_path / "film.dubproj"
    rules = [make_rule("Nguyen", phoneme="ŋwi↗"), make_rule("Maria", phoneme="məˈɹiːə")]
    save_project(Project(srt_path=srt, provider="offline", voice=JOE_ID, pronunciations=dictionary_of(rules)),
                 project)
    common = ("--cache-dir", str(tmp_path / "cache"), "--json")
    est = run_cli(env, "estimate", str(project), *common)
    assert est.returncode == EXIT_OK, est.stderr
    problems = json.loads(est.stdout)["problems"]
    assert [(p["line"], p["kind"], p["severity"]) for p in problems] == [(1, "phoneme_unknown", "error"),
                                                                         (3, "phoneme_unknown", "error")]
    assert "“↗”" in problems[0]["message"] and "Nguyen" in problems[0]["message"]
    assert b"line 1 will fail" in est.stderr
    # The render fails exactly those lines, for exactly that reason: one check, not two.
    proc = run_cli(env, "render", str(project), *common, "-o", str(tmp_path / "dub.wav"))
    lines = json.loads(proc.stdout)["lines"]
    assert [line["status"] for line in lines] == ["failed", "rendered", "failed"]
    assert [lines[0]["error"], lines[2]["error"]] == [p["message"] for p in problems]
    # espeak-ng does not say phoneme rules at all: nothing to fail, no problem (phonemes_ignored says it).
    robot = json.loads(run_cli(env, "estimate", str(project), *common, "--voice", "en-us").stdout)
    assert robot["problems"] == [] and robot["pronunciations"]["phonemes_ignored"] == [1, 2, 3]
