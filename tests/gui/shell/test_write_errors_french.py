"""Files the disk refuses, said in French in the window: the subtitles and the project on Save, the dub on
Export. The write raises OSError(ENOSPC) or OSError(EACCES) as the core's disk-full tests do; the window
words the failure from its code and parameters (studio/gui/kit/failure_text.py), not from the English."""

from __future__ import annotations

import errno
import math
import os
from array import array
from pathlib import Path

import pytest

from studio.core import export
from studio.core.export import ExportError, export_audio
from studio.core.pronunciation import dictionary_of, make_rule
from studio.gui.kit.progress_runner import run_with_progress
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
    assert str(error) == "dub.wav was not written: File name too long."


def test_in_english_the_export_error_is_the_cores_sentence(qtbot, tmp_path, monkeypatch):
    error, text = _export_failing(qtbot, tmp_path, monkeypatch, errno.EACCES)
    assert text == str(error) == f"{tmp_path / 'dub.wav'} was not written: you have no permission to write there: " \
                                 "export elsewhere."
