"""`render` and `estimate` on a project file with the offline voice (no account): the project's per-line
overflow policy places the dub as the window does, and a project that cannot be used is exit 2 with a
sentence that says what to do."""

from __future__ import annotations

import json

from studio.core.project import Project, save_project
from tests.cli_env import isolated_env, run_cli

SRT = """1
00:00:01,000 --> 00:00:01,600
Cette phrase est beaucoup trop longue pour une place aussi courte.

2
00:00:01,700 --> 00:00:04,000
Et voici la suite.
"""


def _render(env, path, tmp_path, *extra):
    done = run_cli(env, "render", str(path), "--cache-dir", str(tmp_path / "cache"), "--max-speed", "1.0",
                   "-o", str(tmp_path / "dub.wav"), "--json", *extra)
    assert done.returncode == 0, done.stderr.decode()
    return {line["index"]: line for line in json.loads(done.stdout)["lines"]}


def test_the_projects_overflow_policy_places_the_next_line_as_in_the_window(tmp_path):
    env = isolated_env(tmp_path)
    srt = tmp_path / "film.srt"
    srt.write_text(SRT, encoding="utf-8")
    plain = _render(env, srt, tmp_path)
    assert plain[1]["overflow_ms"] > 0 and plain[2]["placed_ms"] == 1700  # overlap: the default
    project = tmp_path / "dub.dubproj"
    save_project(Project(srt_path=srt, overflow_policies={1: "push"}), project)
    pushed = _render(env, project, tmp_path)
    assert pushed[2]["placed_ms"] > 1700  # pushed after the first line's clip, as the window places it
    assert pushed[1]["status"] == pushed[2]["status"] == "cached"  # the same clips: nothing rendered again


def test_a_project_that_cannot_be_used_is_bad_input(tmp_path):
    env = isolated_env(tmp_path)
    broken = tmp_path / "broken.dubproj"
    broken.write_text("{not json", encoding="utf-8")
    nameless = tmp_path / "nameless.dubproj"
    save_project(Project(), nameless)
    for path, words in ((broken, "is not a readable project file"), (nameless, "names no subtitle file")):
        for command in ("estimate", "render"):
            done = run_cli(env, command, str(path), "--json")
            assert done.returncode == 2, done.stderr
            assert words in json.loads(done.stdout)["error"]["message"]
