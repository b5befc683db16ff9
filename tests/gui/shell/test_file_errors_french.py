"""Files that cannot be written or opened, said in French in the window: the subtitles and the project on
Save, the dub on Export (the write raises OSError(ENOSPC) or OSError(EACCES) as the core's disk-full tests
do), a subtitle file that cannot be opened, a character its encoding cannot hold. The window words each
from its code and parameters (studio/gui/kit/failure_text.py), not from the core's English."""

from __future__ import annotations

import errno
import math
import os
from array import array
from pathlib import Path

import pytest

from studio.core import export
from studio.core.export import ExportError, export_audio
from studio.core.srt_file import SubtitleError, load_srt
from studio.core.pronunciation import dictionary_of, make_rule
from studio.gui.kit.progress_runner import run_with_progress
from studio.gui.kit.provider_text import error_text
from studio.gui.table.cue_model import COL_TEXT
from tests.core.test_clip_cache import _fail_replace_of
from tests.gui.shell.test_main_window import open_and_wait, window  # noqa: F401 - the window fixture

NBSP = "\u00a0"


def _edit(qtbot, window, french_srt) -> None:  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    assert window.proxy.setData(window.proxy.index(0, COL_TEXT), "Bonjour, bonjour.")


@pytest.mark.parametrize(("suffix", "code", "said"), [
    # The subtitles on a full disk.
    (".srt", errno.ENOSPC, f"bonjour.srt n’a pas été enregistré (rien n’a changé sur le disque){NBSP}: le disque "
                           f"est plein{NBSP}: libérez de l’espace ou enregistrez ailleurs."),
    # The project beside them, in a folder that is not the user's to write.
    (".dubproj", errno.EACCES, f"bonjour.dubproj n’a pas été enregistré (rien n’a changé sur le disque){NBSP}: "
                               f"vous n’avez pas le droit d’écrire à cet endroit{NBSP}: enregistrez ailleurs."),
])
def test_a_file_not_saved_says_why_in_french(qtbot, window, french_srt, monkeypatch, translator,  # noqa: F811
                                            suffix, code, said):
    translator("fr")
    _edit(qtbot, window, french_srt)
    window.pronunciations.apply(dictionary_of([make_rule("Maria", "Marie")]))  # a project to write beside it
    before = french_srt.read_bytes()
    _fail_replace_of(monkeypatch, suffix, code)
    window.save_action.trigger()
    assert window.dialogs.errors == [("Impossible d’enregistrer", said)]
    assert window.isWindowModified()  # nothing lost: the edits are still there to save elsewhere
    if suffix == ".srt":
        assert french_srt.read_bytes() == before


def test_in_english_the_save_error_is_the_cores_sentence(qtbot, window, french_srt, monkeypatch):  # noqa: F811
    _edit(qtbot, window, french_srt)
    _fail_replace_of(monkeypatch, ".srt", errno.EROFS)
    window.save_action.trigger()
    [(title, text)] = window.dialogs.errors
    assert text == ("bonjour.srt was not saved (nothing changed on disk): you have no permission to write there: "
                    "save elsewhere.")


def _export_failing(qtbot, tmp_path: Path, monkeypatch, code: int):
    def refused(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(export, "_write_wav", refused)
    samples = array("h", [int(8000 * math.sin(2 * math.pi * 300 * i / 48000)) for i in range(4800)])
    errors: list[BaseException] = []
    run = run_with_progress(None, "Export", export_audio, samples, tmp_path / "dub.wav", on_error=errors.append)
    qtbot.waitUntil(lambda: run.finished, timeout=20000)
    text = run.message_box.text()
    run.message_box.close()
    return errors[0], text


def test_a_dub_exported_to_a_full_disk_says_so_in_french(qtbot, tmp_path, monkeypatch, translator):
    translator("fr")
    error, text = _export_failing(qtbot, tmp_path, monkeypatch, errno.ENOSPC)
    assert isinstance(error, ExportError) and "disk is full" in str(error)  # the CLI's English
    assert text == (f"{tmp_path / 'dub.wav'} n’a pas été écrit{NBSP}: le disque est plein{NBSP}: libérez de "
                    "l’espace ou exportez vers un autre disque.")
    # Another refusal: the system's own words, translated by their errno name.
    error, text = _export_failing(qtbot, tmp_path, monkeypatch, errno.ENAMETOOLONG)
    assert text == f"dub.wav n’a pas été écrit{NBSP}: Nom de fichier trop long."
    assert str(error) == f"dub.wav was not written: {os.strerror(errno.ENAMETOOLONG)}."


def test_in_english_the_export_error_is_the_cores_sentence(qtbot, tmp_path, monkeypatch):
    error, text = _export_failing(qtbot, tmp_path, monkeypatch, errno.EACCES)
    assert text == str(error) == f"{tmp_path / 'dub.wav'} was not written: you have no permission to write there: " \
                                 "export elsewhere."


# -- opening --------------------------------------------------------------------------------------
LATIN = "1\n00:00:01,000 --> 00:00:02,000\nDéjà vu, très bien.\n".encode("cp1252")
BAD_FILES = {  # what is in the file, the encoding the user picked (None: detected), what French says
    "vide.srt": (b"\n\n", None, f"vide.srt est vide{NBSP}: il ne contient aucun sous-titre."),
    "image.srt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None,
                  f"image.srt n’est pas un fichier de sous-titres{NBSP}: il contient des données binaires."),
    "notes.srt": (b"Acheter du pain.\nAppeler Marie.\n", None,
                  f"notes.srt n’est pas un fichier de sous-titres SubRip{NBSP}: aucune ligne de temps "
                  "(00:00:01,000 --> 00:00:02,000) n’y a été trouvée."),
    "latin.srt": (LATIN, "utf-8", f"latin.srt n’est pas en UTF-8 valide (ligne 3){NBSP}: rouvrez-le avec un "
                                  "autre encodage."),
    "klingon.srt": (LATIN, "klingon", f"klingon n’est pas un encodage que l’application connaît{NBSP}: "
                                      "choisissez-en un autre."),
    "absent.srt": (None, None, f"absent.srt est introuvable{NBSP}: vérifiez le chemin."),
}


def _open_error(tmp_path: Path, name: str) -> SubtitleError:
    data, encoding, _ = BAD_FILES[name]
    if data is not None:
        (tmp_path / name).write_bytes(data)
    with pytest.raises(SubtitleError) as failed:
        load_srt(tmp_path / name, encoding)
    return failed.value


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_file_that_cannot_be_opened_says_why_in_english_as_the_core_and_in_french(qtbot, tmp_path, name,
                                                                                    translator):
    error = _open_error(tmp_path, name)
    assert error_text(error) == str(error)  # in English the window says what the core (and the CLI) says
    translator("fr")
    assert error_text(error) == BAD_FILES[name][2]


def test_opening_an_empty_file_in_the_french_window(qtbot, window, tmp_path, translator):  # noqa: F811
    translator("fr")
    (tmp_path / "vide.srt").write_bytes(b"\n")
    window.open_file(tmp_path / "vide.srt")
    qtbot.waitUntil(lambda: bool(window.dialogs.errors), timeout=10000)
    assert window.dialogs.errors == [("Impossible d’ouvrir le fichier", BAD_FILES["vide.srt"][2])]


def test_a_character_the_files_encoding_cannot_hold_is_said_in_french(qtbot, window, tmp_path,  # noqa: F811
                                                                      translator):
    translator("fr")
    latin = tmp_path / "latin.srt"
    latin.write_bytes(LATIN)
    open_and_wait(qtbot, window, latin)
    window.proxy.setData(window.proxy.index(0, COL_TEXT), "Clap 🎬 déjà")
    assert window.save()
    assert window.dialogs.utf8_asked == [
        f"«{NBSP}🎬{NBSP}» (sous-titre 1) ne peut pas s’écrire en CP1252{NBSP}: enregistrez plutôt en UTF-8, ou "
        "remplacez ce caractère."]


def test_a_bare_system_error_is_said_in_the_systems_words_translated(qtbot, tmp_path, translator):
    missing = tmp_path / "gone" / "clips"
    with pytest.raises(FileNotFoundError) as failed:
        missing.open("rb")
    assert error_text(failed.value) == f"{os.strerror(errno.ENOENT)} ({missing})"  # the C library's words
    translator("fr")
    assert error_text(failed.value) == f"Aucun fichier ou dossier de ce nom ({missing})"


BAD_PROJECTS = {  # what the .dubproj holds, what French says of it
    "newer": ('{"schema": 99, "app": "dubbing-studio"}',
              f"film.dubproj a été écrit par une version plus récente de Dubbing Studio{NBSP}: mettez "
              "l’application à jour pour l’ouvrir."),
    "not_ours": ('{"schema": 1, "app": "something-else"}', "film.dubproj n’est pas un fichier de projet Dubbing "
                                                         "Studio."),
}


@pytest.mark.parametrize("kind", sorted(BAD_PROJECTS))
def test_a_project_that_cannot_be_opened_says_why_in_english_as_the_core_and_in_french(
        qtbot, window, tmp_path, kind, translator):  # noqa: F811
    from studio.core.project import ProjectError, load_project

    path = tmp_path / "film.dubproj"
    path.write_text(BAD_PROJECTS[kind][0], encoding="utf-8")
    with pytest.raises(ProjectError) as failed:
        load_project(path)
    assert error_text(failed.value) == str(failed.value)
    translator("fr")
    window.open_file(path)
    qtbot.waitUntil(lambda: bool(window.dialogs.errors), timeout=10000)
    assert window.dialogs.errors == [("Impossible d’ouvrir le fichier", BAD_PROJECTS[kind][1])]
