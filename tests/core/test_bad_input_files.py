"""Paths that are not subtitle or project files end fast with one clear sentence (issue 14 §5).

Before: a FIFO hung read_bytes() forever, /dev/zero read until MemoryError at 3.8 GB, and a project
could name either as its subtitles or video; a deeply nested project ended in RecursionError.
Every test here runs against the real thing (os.mkfifo, /dev/zero, a sparse file, a Unix socket).
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import pytest

from studio.core.project import MAX_BYTES as PROJECT_MAX
from studio.core.project import Project, ProjectError, load_project, save_project
from studio.core.srt_file import MAX_BYTES, SubtitleError, load_srt

pytestmark = [pytest.mark.timeout(20),
              pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and devices are POSIX")]
GOOD = b"1\n00:00:01,000 --> 00:00:02,000\nBonjour.\n"


def _refused(load, path: Path, error: type[Exception], words: str) -> str:
    started = time.perf_counter()
    with pytest.raises(error) as caught:
        load(path)
    assert time.perf_counter() - started < 2.0  # a hang would be stopped by the timeout mark
    message = str(caught.value)
    assert words in message and path.name in message and "\n" not in message
    return message


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "film.srt"
    os.mkfifo(path)
    return path


def test_a_fifo_is_refused_without_waiting_for_a_writer(fifo):
    """Opening a named pipe as subtitles returns at once: "film.srt is a named pipe, not a subtitle file"."""
    message = _refused(load_srt, fifo, SubtitleError, "is a named pipe, not a subtitle file")
    assert message.endswith("pick the subtitle file itself.")


def test_dev_zero_is_refused_not_read_until_memory_runs_out():
    """/dev/zero is a device: refused before a byte is read (it used to end in MemoryError at 3.8 GB)."""
    _refused(load_srt, Path("/dev/zero"), SubtitleError, "is a device, not a subtitle file")


def test_a_symlink_to_a_device_is_refused(tmp_path):
    """A harmless-looking film.srt that is a symlink to /dev/urandom is followed and refused."""
    link = tmp_path / "film.srt"
    link.symlink_to("/dev/urandom")
    _refused(load_srt, link, SubtitleError, "is a device")


def test_a_socket_is_refused(tmp_path):
    """A Unix socket (a running program's) is refused, not read."""
    path = tmp_path / "s.srt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        _refused(load_srt, path, SubtitleError, "is a socket")


def test_a_huge_sparse_file_is_refused_with_the_limit_in_the_message(tmp_path):
    """A 10 GB sparse file (no disk used) is refused by its size, and the message names the 50 MB cap."""
    huge = tmp_path / "film.mkv.srt"
    with huge.open("wb") as handle:
        handle.truncate(10 * 1024 ** 3)
    assert MAX_BYTES == 50 * 1024 * 1024
    _refused(load_srt, huge, SubtitleError, "too big to be a subtitle file (over 50 MB)")


def test_a_file_that_lies_about_its_size_is_read_no_further_than_the_cap(tmp_path, monkeypatch):
    """Files whose size says 0 (/proc) or that grow while read stop at cap + 1 bytes."""
    path = tmp_path / "growing.srt"
    path.write_bytes(GOOD * 100)
    monkeypatch.setattr("studio.core.srt_file.MAX_BYTES", 1000)
    real_fstat = os.fstat

    def fstat_saying_zero(fd):
        info = real_fstat(fd)
        return os.stat_result((*info[:6], 0, *info[7:]))
    monkeypatch.setattr("studio.core.safe_read.os.fstat", fstat_saying_zero)
    _refused(load_srt, path, SubtitleError, "too big")


def test_a_regular_file_still_reads(tmp_path):
    path = tmp_path / "ok.srt"
    path.write_bytes(GOOD)
    assert [cue.text for cue in load_srt(path).cues] == ["Bonjour."]


# --- project files -------------------------------------------------------------------------------

def _project(tmp_path: Path, **fields) -> Path:
    path = tmp_path / "p.dubproj"
    path.write_text(json.dumps({"schema": 1, "app": "dubbing-studio", **fields}), encoding="utf-8")
    return path


def test_a_project_that_is_a_fifo_or_a_device_is_refused(tmp_path):
    pipe = tmp_path / "p.dubproj"
    os.mkfifo(pipe)
    _refused(load_project, pipe, ProjectError, "is a named pipe, not a project file")
    link = tmp_path / "q.dubproj"
    link.symlink_to("/dev/zero")
    _refused(load_project, link, ProjectError, "is a device, not a project file")


def test_a_huge_project_is_refused_with_its_limit(tmp_path):
    path = tmp_path / "p.dubproj"
    with path.open("wb") as handle:
        handle.truncate(PROJECT_MAX + 1)
    _refused(load_project, path, ProjectError, f"too big to be a project file (over {PROJECT_MAX >> 20} MB)")


def test_a_project_naming_a_fifo_as_its_subtitles_loads_but_the_fifo_is_refused(tmp_path, fifo):
    """srt_path may point anywhere: the subtitles are read through the same checks."""
    project = load_project(_project(tmp_path, srt_path=str(fifo)))
    assert project.srt_path == fifo
    _refused(load_srt, project.srt_path, SubtitleError, "is a named pipe")


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_a_project_naming_a_device_or_fifo_as_its_video_is_refused(tmp_path, target):
    """The player and ffmpeg would block on it: the project names the field and what to do."""
    if target == "fifo":
        target = str(tmp_path / "film.mp4")
        os.mkfifo(target)
    path = _project(tmp_path, srt_path="film.srt", video_path=target)
    message = _refused(load_project, path, ProjectError, 'damaged field ("video_path" names')
    assert "not a video file" in message


def test_a_moved_video_is_not_an_error(tmp_path):
    """A video that no longer exists is kept as a path (the window asks for it), not refused."""
    assert load_project(_project(tmp_path, video_path="gone.mp4")).video_path == (tmp_path / "gone.mp4").resolve()


@pytest.mark.parametrize("depth", [17, 5_000, 200_000])
def test_a_deeply_nested_project_is_refused_before_parsing(tmp_path, depth):
    """Nesting beyond 16 levels is refused with a clear message (200,000 levels was a RecursionError)."""
    path = tmp_path / "p.dubproj"
    path.write_text('{"schema": 1, "app": "dubbing-studio", "voice_settings": '
                    + "[" * depth + "]" * depth + "}", encoding="utf-8")
    message = _refused(load_project, path, ProjectError, "nested more than 16 levels deep")
    assert message.endswith("open the subtitle file instead.")


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path):
    """A voice named "[[[[[[..." is text, not nesting."""
    name = "[{" * 50 + '\\"]'
    path = tmp_path / "p.dubproj"
    path.write_text('{"schema": 1, "app": "dubbing-studio", "voice": "' + name + '"}', encoding="utf-8")
    assert load_project(path).voice == "[{" * 50 + '"]'


@pytest.mark.parametrize("field, value, words", [
    ("srt_path", ["a.srt"], '"srt_path" should be text, not a list'),
    ("video_path", 12, '"video_path" should be text, not a number'),
    ("provider", {"x": 1}, '"provider" should be text, not a group of fields'),
    ("voice", True, '"voice" should be text, not true/false'),
    ("model", 1.5, '"model" should be text, not a number'),
    ("srt_path", "a\x00.srt", '"srt_path" should be text, not text with a NUL character'),
    ("cue_voices", [], '"cue_voices" should be a group of fields, not a list'),
    ("cue_voices", {"x": "v"}, '"cue_voices" holds "x", which is not a line number'),
    ("cue_voices", {"3": 7}, '"cue_voices.3" should be text, not a number'),
])
def test_a_field_of_the_wrong_type_is_named(tmp_path, field, value, words):
    """Every field the app reads is type-checked; the message names it and says what to do."""
    message = _refused(load_project, _project(tmp_path, **{field: value}), ProjectError, words)
    assert message.startswith("p.dubproj has a damaged field (")
    assert message.endswith("fix it in a text editor, or open the subtitle file instead.")


def test_a_project_the_app_wrote_still_reads(tmp_path):
    path = tmp_path / "p.dubproj"
    project = Project(srt_path=tmp_path / "a.srt", voice="v", cue_voices={2: "w"}, cue_speeds={1: 1.1})
    save_project(project, path)
    assert load_project(path) == project
