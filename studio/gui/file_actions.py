"""Opening what the user picked: a subtitle file, or a project that points at one.

`load_document` runs on a worker thread (it is given to tasks.run_in_background), so it touches no
widget and raises SubtitleError with a one-line message for anything the user can fix.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from studio.core.document import Document
from studio.core.project import SUFFIX as PROJECT_SUFFIX
from studio.core.project import Project, ProjectError, load_project
from studio.core.srt_file import SubtitleError, load_srt

SRT_SUFFIX = ".srt"
OPENABLE_SUFFIXES = (SRT_SUFFIX, PROJECT_SUFFIX)


@dataclass
class Loaded:
    """What opening a file gave: the subtitles, the project if a project was opened, and its path."""

    document: Document
    path: Path  # the file the user opened (a .srt or a .dubproj): the title and recent files use it
    project: Project | None = None


def is_openable(path: str | Path) -> bool:
    return Path(path).suffix.lower() in OPENABLE_SUFFIXES


def load_document(path: str | Path) -> Loaded:
    """Read a .srt, or a .dubproj and the subtitle file it names; raise SubtitleError on failure."""
    path = Path(path)
    if path.suffix.lower() != PROJECT_SUFFIX:
        return Loaded(load_srt(path), path)
    try:
        project = load_project(path)
    except ProjectError as err:
        raise SubtitleError(str(err)) from None
    if project.srt_path is None:
        raise SubtitleError(QCoreApplication.translate(
            "file_actions", "%s names no subtitle file: open the .srt file instead.") % path.name)
    document = load_srt(project.srt_path)
    # Per-subtitle voices are kept in the project by 1-based number.
    for number, voice in project.cue_voices.items():
        if 1 <= number <= len(document.cues):
            document.cues[number - 1] = dataclasses.replace(document.cues[number - 1], voice=voice)
    return Loaded(document, path, project)
