"""The project file: round trip, relative paths, damaged and future files."""

from __future__ import annotations

import json

import pytest

from studio.core.project import Project, ProjectError, load_project, save_project


def test_round_trip_keeps_everything_and_stores_relative_paths(tmp_path):
    """Saved then loaded, a project is equal; its paths are stored relative to its folder."""
    (tmp_path / "media").mkdir()
    project = Project(srt_path=tmp_path / "media" / "film.srt", video_path=tmp_path / "media" / "film.mp4",
                      provider="elevenlabs", model="eleven_multilingual_v2", voice="abc",
                      voice_settings={"stability": 0.5}, cue_voices={3: "xyz", 12: "abc"})
    path = tmp_path / "film.dubproj"
    save_project(project, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema"] == 1 and raw["srt_path"] == "media/film.srt"
    assert raw["cue_voices"] == {"3": "xyz", "12": "abc"}
    assert load_project(path) == project


def test_moved_project_folder_still_finds_its_files(tmp_path):
    """Relative paths follow the project when its folder moves."""
    old = tmp_path / "old"
    old.mkdir()
    save_project(Project(srt_path=old / "a.srt"), old / "p.dubproj")
    new = tmp_path / "new"
    old.rename(new)
    assert load_project(new / "p.dubproj").srt_path == (new / "a.srt").resolve()


@pytest.mark.parametrize("content, words", [
    ("{not json", "not a readable project file"),
    ('{"schema": 1}', "not a Dubbing Studio project"),
    ('{"schema": 99, "app": "dubbing-studio"}', "newer Dubbing Studio"),
    ('{"schema": 1, "app": "dubbing-studio", "cue_voices": {"x": "v"}}', "damaged field"),
])
def test_bad_project_files_give_one_clear_message(tmp_path, content, words):
    """A damaged, foreign or future project file raises ProjectError saying what is wrong."""
    path = tmp_path / "p.dubproj"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectError, match=words):
        load_project(path)


def test_save_keeps_previous_version_as_backup(tmp_path):
    """Saving over a project keeps the previous one as .bak."""
    path = tmp_path / "p.dubproj"
    save_project(Project(voice="one"), path)
    save_project(Project(voice="two"), path)
    assert load_project(path).voice == "two"
    assert json.loads((tmp_path / "p.dubproj.bak").read_text())["voice"] == "one"
