"""The project file: round trip, relative paths, damaged and future files."""

from __future__ import annotations

import json

import pytest

from studio.core.cues import Cue
from studio.core.project import (Project, ProjectError, apply_cue_voices, cue_voices_of, load_project,
                                 normalize_voice_settings, save_project, voice_settings_entry)


def test_round_trip_keeps_everything_and_stores_relative_paths(tmp_path):
    """Saved then loaded, a project is equal; its paths are stored relative to its folder."""
    (tmp_path / "media").mkdir()
    project = Project(srt_path=tmp_path / "media" / "film.srt", video_path=tmp_path / "media" / "film.mp4",
                      provider="elevenlabs", model="eleven_multilingual_v2", voice="abc",
                      voice_settings={"abc": {"model": "eleven_flash_v2_5", "settings": {"stability": 0.5}}},
                      cue_voices={3: "xyz", 12: "abc"})
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


def _raw_project(path, **fields):
    path.write_text(json.dumps({"schema": 1, "app": "dubbing-studio", **fields}), encoding="utf-8")
    return load_project(path)


def test_voice_settings_are_per_voice_and_old_shapes_still_read(tmp_path):
    """Per-voice entries read as written; a voice's bare settings and an early flat mapping (which
    belonged to the project voice) are read into the per-voice shape; junk is dropped, not fatal."""
    path = tmp_path / "p.dubproj"
    current = {"v1": {"model": "eleven_v3", "settings": {"speed": 1.1}}, "v2": {"model": None}}
    assert _raw_project(path, voice_settings=current).voice_settings == {
        "v1": {"model": "eleven_v3", "settings": {"speed": 1.1}}, "v2": {"model": None, "settings": {}}}
    bare = {"v1": {"stability": 0.3, "use_speaker_boost": False}}
    assert _raw_project(path, voice_settings=bare).voice_settings == {
        "v1": {"model": None, "settings": {"stability": 0.3, "use_speaker_boost": False}}}
    flat = _raw_project(path, voice="v9", voice_settings={"stability": 0.5, "speed": 0.9})
    assert flat.voice_settings == {"v9": {"model": None, "settings": {"stability": 0.5, "speed": 0.9}}}
    assert _raw_project(path, voice_settings={"stability": 0.5}).voice_settings == {}  # no voice to own it
    assert _raw_project(path, voice_settings=["junk"]).voice_settings == {}
    assert _raw_project(path, voice_settings={"v1": {"settings": "junk"}}).voice_settings == {
        "v1": {"model": None, "settings": {}}}
    assert normalize_voice_settings(None) == {}


def test_voice_settings_entry_drops_unset_values():
    assert voice_settings_entry("", {"speed": 1.0, "style": None}) == {"model": None, "settings": {"speed": 1.0}}


def test_cue_voices_by_number_round_trip():
    """Cue voices are numbered from 1; numbers beyond the cues (a shortened SRT) are ignored."""
    cues = [Cue(0, 1000, "a"), Cue(1000, 2000, "b", voice="v2"), Cue(2000, 3000, "c")]
    assert cue_voices_of(cues) == {2: "v2"}
    fresh = [cue.with_voice(None) for cue in cues]
    apply_cue_voices(fresh, {1: "v1", 2: "v2", 7: "lost"})
    assert [cue.voice for cue in fresh] == ["v1", "v2", None]


def test_overflow_policies_round_trip_and_bad_entries_are_dropped(tmp_path):
    """Per-line overflow policies are stored by 1-based number; an unreadable entry falls back to the
    default policy instead of refusing the project."""
    path = tmp_path / "p.dubproj"
    save_project(Project(overflow_policies={3: "push", 1: "overlap"}), path)
    assert load_project(path).overflow_policies == {1: "overlap", 3: "push"}
    body = json.loads(path.read_text(encoding="utf-8"))
    body["overflow_policies"] = {"2": "push", "x": "push", "0": "push", "4": "squash", "5": None}
    path.write_text(json.dumps(body), encoding="utf-8")
    assert load_project(path).overflow_policies == {2: "push"}
    del body["overflow_policies"]  # a project written before policies existed
    path.write_text(json.dumps(body), encoding="utf-8")
    assert load_project(path).overflow_policies == {}
