"""Tools ▸ Pronunciations…: edit, check, import and export PLS, apply as one undo step (or cancel), the
"Said as" column and the costs follow, and the dictionary is saved with the project and read back."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studio.core.pls import read_pls
from studio.core.pronunciation import dictionary_of, make_rule
from studio.gui.shell.main_window import MainWindow
from studio.gui.table import pronunciation_dialog
from studio.gui.table.cue_columns import COL_CHARS, column_index
from studio.gui.table.pronunciation_dialog import CASE, KIND, LINES, SAID, WORD, PronunciationDialog

from tests.gui.shell.test_main_window import Recorder, window  # noqa: F401  (the main window fixture)

SHOTS = Path(os.environ.get("PRONUNCIATION_SHOTS", "/tmp/pronunciations"))
COL_SAID = column_index("said")
ALIAS = "atelier de Gepetto le menuisier"


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(pronunciation_dialog, "show_error", lambda _parent, _title, message: shown.append(message))
    return shown


def _open(qtbot, window, path) -> None:
    with qtbot.waitSignal(window.loaded, timeout=10000):
        assert window.open_file(path) is not None


def _said(window) -> list[str]:
    return [window.model.index(row, COL_SAID).data() for row in range(window.model.rowCount())]


def _type(dialog: PronunciationDialog, row: int, word: str, said: str) -> None:
    dialog.table.item(row, WORD).setText(word)
    dialog.table.item(row, SAID).setText(said)


def test_dialog_applies_as_one_undo_step_and_the_table_shows_it(qtbot, window, french_srt, errors) -> None:
    _open(qtbot, window, french_srt)
    chars_before = window.model.index(0, COL_CHARS).data()
    dialog = window.pronunciations.edit()
    row = dialog.add_row()
    _type(dialog, row, "atelier", ALIAS)
    assert dialog.table.item(row, LINES).text() == "1"  # the word is in one line
    bad = dialog.add_row()
    _type(dialog, bad, "Presque", "")  # no pronunciation: refused, the dialog stays open
    dialog.accept()
    assert errors and "has no alias or phoneme" in errors[0] and dialog.isVisible()
    dialog.table.removeRow(bad)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "dialog.png"))
    dialog.accept()

    assert window.project.pronunciations.rules == (make_rule("atelier", ALIAS),)
    said = _said(window)
    assert said[0] == f"Bonjour et bienvenue dans l'{ALIAS} de doublage." and said[1:] == ["", "", ""]
    assert int(window.model.index(0, COL_CHARS).data()) > int(chars_before)  # offline: the alias is sent
    assert window.undo_stack.undoText() == "Change pronunciations" and window.isWindowModified()
    window.grab().save(str(SHOTS / "window.png"))
    window.undo_stack.undo()
    assert _said(window) == ["", "", "", ""] and window.model.index(0, COL_CHARS).data() == chars_before
    window.undo_stack.redo()
    assert _said(window)[0].endswith("de doublage.")


def test_cancel_changes_nothing(qtbot, window, french_srt) -> None:
    _open(qtbot, window, french_srt)
    dialog = window.pronunciations.edit()
    _type(dialog, dialog.add_row(), "Bonjour", "Bonjourrr")
    dialog.reject()
    assert window.project is None or not window.project.pronunciations
    assert _said(window) == ["", "", "", ""] and not window.undo_stack.canUndo()


def test_import_and_export_pls(qtbot, tmp_path, errors) -> None:
    source = tmp_path / "names.pls"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><lexicon version="1.0" '
        'xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="fr-FR">'
        '<lexeme><grapheme>Nguyen</grapheme><alias>Nouyène</alias></lexeme>'
        '<lexeme><grapheme>tomato</grapheme><phoneme alphabet="x-cmu">T AH0 M EY1 T OW2</phoneme></lexeme>'
        '</lexicon>', encoding="utf-8")
    dialog = PronunciationDialog(dictionary_of([make_rule("Nguyen", "Win"), make_rule("NASA", "nassa")]),
                                 ["Bonjour Nguyen", "la nasa"])
    qtbot.addWidget(dialog)
    assert dialog.import_pls(source) == 2
    assert [(r.grapheme, r.spoken, r.alphabet if r.phoneme else None) for r in dialog.rules()] == [
        ("NASA", "nassa", None), ("Nguyen", "Nouyène", None), ("tomato", "T AH0 M EY1 T OW2", "x-cmu")]
    assert dialog.table.cellWidget(2, KIND).currentText() == "CMU phonemes"
    nasa = dialog.table.item(0, CASE)
    assert dialog.table.item(0, LINES).text() == "0"
    nasa.setCheckState(Qt.CheckState.Unchecked)  # "la nasa" now counts
    assert dialog.table.item(0, LINES).text() == "1"
    out = tmp_path / "out.pls"
    dialog.export_pls(out)
    assert [r.grapheme for r in read_pls(out).rules] == ["NASA", "Nguyen", "tomato"]
    assert read_pls(out).language == "fr-FR"


def test_saved_with_the_project_and_read_back(qtbot, window, french_srt, monkeypatch) -> None:
    _open(qtbot, window, french_srt)
    window.pronunciations.apply(dictionary_of([make_rule("Bonjour", "Bonsoir")]))
    assert window.save()
    companion = french_srt.with_suffix(".dubproj")
    body = json.loads(companion.read_text(encoding="utf-8"))
    assert body["pronunciations"] == [{"word": "Bonjour", "alias": "Bonsoir"}]
    other = MainWindow()
    qtbot.addWidget(other)
    other.dialogs = Recorder(other, monkeypatch)
    _open(qtbot, other, french_srt)
    assert _said(other)[0].startswith("Bonsoir et bienvenue")


def test_elevenlabs_render_from_the_window_names_the_dictionary(qtbot, monkeypatch, french_srt) -> None:
    from tests.emulators.checked import checked_elevenlabs

    from tests.gui.render.test_render_actions import _elevenlabs, _states
    from tests.gui.render.test_render_actions import _window as render_window

    with checked_elevenlabs() as emu:
        _elevenlabs(monkeypatch, emu)
        win = render_window(qtbot, french_srt, monkeypatch)
        qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
        win.pronunciations.apply(dictionary_of([make_rule("atelier", ALIAS)]))
        estimate = win.model.costs.totals().cost
        with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000) as blocker:
            win.render_actions.render_all()
        remote = next(iter(emu.account.pronunciation_dictionaries.values()))
        assert remote.name == "Dubbing Studio: bonjour"
        sent = {c.body["text"]: c.body.get("pronunciation_dictionary_locators") for c in
                emu.calls("/v1/text-to-speech")}
        assert sent.pop("Bonjour et bienvenue dans l'atelier de doublage.") == [
            {"pronunciation_dictionary_id": remote.id, "version_id": remote.version_id}]
        assert set(sent.values()) == {None}
        assert blocker.args[0].actual_total <= estimate  # the estimate is never below the bill
        # A new alias for that word: only its line renders again.
        win.pronunciations.apply(dictionary_of([make_rule("atelier", "studio")]))
        assert _states(win) == ["to_render", "done", "", "done"]
        win.undo_stack.undo()
        assert _states(win) == ["done", "done", "", "done"]
        win.undo_stack.setClean()


def test_file_errors_are_one_dialog_and_keep_the_rows(qtbot, tmp_path, errors, monkeypatch) -> None:
    dialog = PronunciationDialog(dictionary_of([make_rule("Nguyen", "Win")]))
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.pls"
    bad.write_text("<html/>", encoding="utf-8")
    monkeypatch.setattr(pronunciation_dialog.QFileDialog, "getOpenFileName", lambda *a: (str(bad), ""))
    dialog.import_button.click()
    assert "not a pronunciation lexicon" in errors[-1] and dialog.table.rowCount() == 1
    target = tmp_path / "missing-folder" / "out.pls"
    monkeypatch.setattr(pronunciation_dialog.QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    dialog.export_button.click()
    assert "out.pls could not be written" in errors[-1] and "choose another folder" in errors[-1]
    good = tmp_path / "good.pls"
    monkeypatch.setattr(pronunciation_dialog.QFileDialog, "getSaveFileName", lambda *a: (str(good), ""))
    dialog.export_button.click()
    assert read_pls(good).rules == (make_rule("Nguyen", "Win"),)


def test_a_rule_that_cannot_be_made_is_refused_in_french(qtbot, window, french_srt, errors, translator) -> None:
    translator("fr")
    _open(qtbot, window, french_srt)
    dialog = window.pronunciations.edit()
    bad = dialog.add_row()
    _type(dialog, bad, "Presque", "")  # nothing said: refused, the dialog stays open with what was typed
    dialog.accept()
    nbsp = "\u00a0"
    assert errors == [f"«{nbsp}Presque{nbsp}» n’a ni alias ni phonèmes{nbsp}: tapez comment le dire."]
    assert dialog.isVisible() and dialog.table.item(bad, WORD).text() == "Presque"
    _type(dialog, bad, "…", "pas de lettres")
    dialog.accept()
    assert errors[1].startswith("Une prononciation a besoin d’un mot qui contient des lettres ou des chiffres")
    dialog.reject()


def test_a_lexicon_that_cannot_be_imported_is_said_in_french(qtbot, tmp_path, errors, monkeypatch,
                                                             translator) -> None:
    translator("fr")
    nbsp = "\u00a0"
    dialog = PronunciationDialog(dictionary_of([make_rule("Nguyen", "Win")]))
    qtbot.addWidget(dialog)
    chosen: list[Path] = []
    monkeypatch.setattr(pronunciation_dialog.QFileDialog, "getOpenFileName", lambda *a: (str(chosen[-1]), ""))

    def import_file(name: str, content: str | None) -> str:
        chosen.append(tmp_path / name)
        if content is not None:
            chosen[-1].write_text(content, encoding="utf-8")
        dialog.import_button.click()
        return errors[-1]

    # Hand-edited, a closing tag mistyped on line 3: the parser's position and its fault, in French.
    said = import_file("noms.pls", '<lexicon xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">\n'
                                   "  <lexeme><grapheme>Nguyen</grapheme>\n"
                                   "  <alias>Win</alas></lexeme>\n</lexicon>\n")
    assert said == (f"noms.pls n’est pas du XML valide (balise fermante qui ne correspond pas{nbsp}: "
                    f"ligne 3, colonne 14){nbsp}: vérifiez qu’il s’agit bien d’un fichier PLS.")
    assert import_file("page.pls", "<html><body/></html>") == (
        f"page.pls n’est pas un lexique de prononciation (sa racine est <html>, pas <lexicon>){nbsp}: "
        "exportez-le au format PLS.")
    bomb = '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "a">]><lexicon/>'
    assert import_file("bombe.pls", bomb).startswith(
        f"bombe.pls déclare un DOCTYPE ou des entités, refusés par sécurité{nbsp}: supprimez la ligne")
    assert import_file("absent.pls", None) == f"absent.pls est introuvable{nbsp}: vérifiez le chemin."
    # A fault the parser words in a way not translated here keeps its own words, inside the French sentence.
    assert import_file("double.pls", '<lexicon\n alphabet="ipa" alphabet="x-cmu"/>') == (
        f"double.pls n’est pas du XML valide (duplicate attribute{nbsp}: ligne 2, colonne 16){nbsp}: "
        "vérifiez qu’il s’agit bien d’un fichier PLS.")
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, WORD).text() == "Nguyen"  # nothing lost
    assert len(errors) == 5
