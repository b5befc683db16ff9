"""Opening what the user picked: a subtitle file, or a project that points at one; and writing the
project that goes with the subtitles when they are saved.

A plain SRT can have a companion project, `<name>.dubproj` next to it, holding what an SRT cannot:
per-line voices and per-voice settings. Opening the SRT reads it (a broken one only gives a notice:
the subtitles still open), and saving writes it once there is something to keep.

`load_document` runs on a worker thread (it is given to tasks.run_in_background), so it touches no
widget and raises SubtitleError with a one-line message for anything the user can fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from studio.core.document import Document
from studio.core.cue_seeds import values_of
from studio.core.project import SUFFIX as PROJECT_SUFFIX
from studio.core.project import (Project, ProjectError, alt_texts_of, apply_to_cues, companion_path,
                                 cue_speeds_of, cue_voices_of, load_project, save_project)
from studio.core.srt_file import SubtitleError, load_srt
from studio.gui.kit.provider_text import error_text

SRT_SUFFIX = ".srt"
OPENABLE_SUFFIXES = (SRT_SUFFIX, PROJECT_SUFFIX)


@dataclass
class Loaded:
    """What opening a file gave: the subtitles, the project if a project was opened, and its path."""

    document: Document
    path: Path  # the file the user opened (a .srt or a .dubproj): the title and recent files use it
    project: Project | None = None
    # One sentence for the status bar about the companion project (used, or why not); "" when none.
    notice: str = ""
    encoding_chosen: str | None = None  # the encoding the user picked (None: detected)


def is_openable(path: str | Path) -> bool:
    return Path(path).suffix.lower() in OPENABLE_SUFFIXES


def load_document(path: str | Path, encoding: str | None = None) -> Loaded:
    """Read a .srt, or a .dubproj and the subtitle file it names; raise SubtitleError on failure.
    encoding: the subtitles' encoding as the user chose it (None: detect it)."""
    path = Path(path)
    loaded = _load(path, encoding)
    loaded.encoding_chosen = encoding
    return loaded


def _load(path: Path, encoding: str | None) -> Loaded:
    if path.suffix.lower() != PROJECT_SUFFIX:
        return _load_srt_with_companion(path, encoding)
    try:
        project = load_project(path)
    except ProjectError as err:
        raise SubtitleError(str(err), code=err.code, params=err.params) from None
    if project.srt_path is None:
        raise SubtitleError(QCoreApplication.translate(
            "file_actions", "%1 names no subtitle file: open the .srt file instead.").replace("%1", path.name))
    document = load_srt(project.srt_path, encoding)
    # Per-subtitle voices, speeds, wordings and seeds are kept in the project by 1-based number.
    apply_to_cues(document.cues, project)
    return Loaded(document, path, project)


def _load_srt_with_companion(path: Path, encoding: str | None) -> Loaded:
    document = load_srt(path, encoding)
    companion = companion_path(path)
    if not companion.is_file():
        return Loaded(document, path)
    try:
        project = load_project(companion)
    except ProjectError as err:
        # The subtitles matter more than their voices: open them, and say why the voices are missing.
        notice = QCoreApplication.translate("file_actions", "The voices in %1 were not used: %2")
        return Loaded(document, path, notice=notice.replace("%1", companion.name).replace("%2", error_text(err)))
    if project.srt_path is not None and project.srt_path.resolve() != path.resolve():
        notice = QCoreApplication.translate("file_actions", "%1 belongs to another subtitle file: its voices "
                                            "were not used.")
        return Loaded(document, path, notice=notice.replace("%1", companion.name))
    project.srt_path = path
    apply_to_cues(document.cues, project)
    notice = QCoreApplication.translate("file_actions", "Voices from %1.")
    return Loaded(document, path, project, notice=notice.replace("%1", companion.name))


def save_project_for(document: Document, project: Project | None, opened: Path | None, srt_path: Path,
                     provider: str) -> Project | None:
    """After the subtitles were saved to srt_path, write the project that goes with them.

    An opened .dubproj that names this SRT is rewritten in place; otherwise the project becomes (or
    stays) the SRT's companion, written only when it holds per-line voices, voice settings, a video or
    per-line overflow policies or speeds, pronunciations, or
    when a companion already exists (so cleared voices do not come back on reopening). Per-line voices are
    stored by their 1-based number in the cues just saved. Returns the project now attached to the
    document (None: none); raises ProjectError when the project file could not be written.
    """
    cue_voices, cue_speeds = cue_voices_of(document.cues), cue_speeds_of(document.cues)
    alt_texts = alt_texts_of(document.cues)
    cue_seeds = values_of(document.cues, "seed")
    if project is None:
        if not cue_voices and not cue_speeds and not alt_texts and not cue_seeds:
            return None
        project = Project(provider=provider)
    target: Path
    if (opened is not None and opened.suffix.lower() == PROJECT_SUFFIX and project.srt_path is not None
            and project.srt_path.resolve() == srt_path.resolve()):
        target = opened
    else:
        target = companion_path(srt_path)
        if (not cue_voices and not cue_speeds and not alt_texts and not cue_seeds and not project.voice_settings and not project.video_path
                and not project.overflow_policies and not project.pronunciations and not target.exists()):
            project.srt_path = srt_path
            return project  # nothing an SRT cannot hold: no file to clutter the folder with
    project.srt_path = srt_path
    project.cue_voices, project.cue_speeds, project.alt_texts = cue_voices, cue_speeds, alt_texts
    project.cue_seeds = cue_seeds
    save_project(project, target)
    return project
