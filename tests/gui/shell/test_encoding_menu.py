"""File ▸ Reopen with Encoding and the status bar's encoding (issue 14 §5), in the real window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studio.gui.kit.dialogs import Choice
from studio.gui.table.cue_model import COL_TEXT
from tests.core.conftest import CORPUS

from .test_main_window import open_and_wait, window  # noqa: F401  (the window fixture)

CROATIAN = "Đuro, jesi li vidio moju torbu?"
AS_CP1252 = "Ðuro, jesi li vidio moju torbu?"


@pytest.fixture
def croatian(tmp_path) -> Path:
    return Path(shutil.copy(CORPUS / "lang_hr_cp1250.srt", tmp_path / "film.srt"))


def _action(window, codec):
    window.encoding_menu.fill()
    return next(a for a in window.encoding_menu.menu.actions() if a.data() == codec)


def _first_text(window) -> str:
    return window.model.document.cues[0].text


def test_a_cp1250_file_shows_its_encoding_and_its_letters(qtbot, window, croatian):
    open_and_wait(qtbot, window, croatian)
    assert _first_text(window) == CROATIAN
    assert window.status.encoding_button.text() == "Windows-1250"
    checked = [a for a in window.encoding_menu.menu.actions() if a.isChecked()]
    assert [a.data() for a in checked] == ["cp1250"]
    assert checked[0].text() == "Central European (Windows-1250) — detected"


def test_reopen_with_the_right_encoding_in_one_click(qtbot, window, croatian):
    """A file read in the wrong encoding (forced here: cp1252) shows "Ðuro"; one click on Central
    European (Windows-1250) reads it again from disk and the names are right."""
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.open_file(croatian, "cp1252")
    assert _first_text(window) == AS_CP1252
    assert window.status.encoding_button.text() == "Windows-1252"
    with qtbot.waitSignal(window.loaded, timeout=10000):
        _action(window, "cp1250").trigger()
    assert _first_text(window) == CROATIAN
    assert window.status.encoding_button.text() == "Windows-1250"
    assert _action(window, "cp1250").isChecked()
    assert _action(window, "cp1250").text().endswith("— chosen")
    assert window.status.currentMessage() == "Opened film.srt as Central European (Windows-1250)"
    assert window.dialogs.asked_save == 0  # nothing was edited: nothing to ask


def test_reopen_asks_about_unsaved_edits_first(qtbot, window, croatian):
    open_and_wait(qtbot, window, croatian)
    window.proxy.setData(window.proxy.index(1, COL_TEXT), "Changed")
    window.dialogs.choice = Choice.CANCEL
    _action(window, "cp1252").trigger()
    assert window.dialogs.asked_save == 1
    assert window.model.document.cues[1].text == "Changed"  # cancelled: the edit is still there
    window.dialogs.choice = Choice.DISCARD
    with qtbot.waitSignal(window.loaded, timeout=10000):
        _action(window, "cp1252").trigger()
    assert _first_text(window) == AS_CP1252


def test_reopen_in_an_encoding_that_cannot_read_the_file_says_so(qtbot, window, croatian):
    open_and_wait(qtbot, window, croatian)
    with qtbot.waitSignal(window.load_failed, timeout=10000):
        _action(window, "utf-8").trigger()
    assert window.dialogs.errors[-1][1] == ("film.srt is not valid UTF-8 (line 3): reopen it with another "
                                            "encoding.")


def test_saving_switches_to_utf8_when_the_encoding_would_not_read_back(qtbot, window, tmp_path):
    """A cp1252 file edited into Czech-looking letters would reopen as cp1250: the save writes UTF-8
    and the status bar says why."""
    path = Path(shutil.copy(CORPUS / "lang_fr_cp1252.srt", tmp_path / "fr.srt"))
    open_and_wait(qtbot, window, path)
    for row in range(window.model.rowCount()):
        window.proxy.setData(window.proxy.index(row, COL_TEXT), "Dìkuji, pane doktore. Zítra pøijdu znovu.")
    assert window.save()
    assert window.status.currentMessage() == ("Saved fr.srt in UTF-8: in Windows-1252 it would not have "
                                              "reopened with the same letters.")
    assert window.status.encoding_button.text() == "UTF-8"
    assert "Dìkuji".encode("utf-8") in path.read_bytes()
