"""Tools ▸ Pronunciations…: the project's words and how each is said (an alias, or IPA/CMU phonemes).

The dialog edits a copy: Cancel leaves the project as it was, OK hands back one dictionary that the
caller applies as a single undo step. Import and export read and write W3C PLS lexicons. Each row
shows how many subtitle lines contain its word, so a misspelt name (0 lines) stands out, and a phoneme
rule the project's natural voice cannot say is marked with the reason (the render's own check, handed
in as `check`) before any line fails for it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QStyle, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from studio.core.coded_error import write_params
from studio.core.pls import read_pls, write_pls
from studio.core.pronunciation import (PronunciationDictionary, PronunciationError, Rule, dictionary_of,
                                       make_rule)
from studio.gui.kit import colors, settings
from studio.gui.kit.dialogs import show_error
from studio.gui.kit.failure_text import system_words
from studio.gui.kit.provider_text import error_text

WORD, SAID, KIND, CASE, LINES = range(5)
# (kind stored in the combo's data, alphabet): an alias, or phonemes in one of the PLS alphabets.
KINDS = (("alias", "ipa"), ("phoneme", "ipa"), ("phoneme", "x-cmu"))
# Why the voice the lines will use cannot say a rule (None: it can); see studio.providers.phoneme_check.
RuleCheck = Callable[[Rule], "str | None"]


class PronunciationDialog(QDialog):
    def __init__(self, dictionary: PronunciationDictionary, texts: Sequence[str] = (),
                 parent: QWidget | None = None, check: RuleCheck | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.setWindowTitle(self.tr("Pronunciations"))
        self.texts = list(texts)  # the lines' speakable text, to count where each word occurs
        self.language = dictionary.language
        intro = QLabel(self.tr("Words the voices should say differently, such as names. An alias is "
                               "another spelling that every voice reads; phonemes (IPA or CMU) are "
                               "honoured by the natural offline voices and some ElevenLabs English "
                               "models, not by espeak-ng or Narakeet. Whole words match; "
                               "untick Match case to catch “NGUYEN” too."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Word"), self.tr("Said as"), self.tr("Type"),
                                              self.tr("Match case"), self.tr("Lines")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col, mode in ((WORD, QHeaderView.ResizeMode.Stretch), (SAID, QHeaderView.ResizeMode.Stretch),
                          (KIND, QHeaderView.ResizeMode.ResizeToContents),
                          (CASE, QHeaderView.ResizeMode.ResizeToContents),
                          (LINES, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.table.itemChanged.connect(self._on_item_changed)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.hide()
        colors.follow_style(self.problems_label, colors.notice_style)

        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.import_button = QPushButton(self.tr("&Import PLS…"))
        self.export_button = QPushButton(self.tr("&Export PLS…"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        for button in (self.import_button, self.export_button):
            row_buttons.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addLayout(row_buttons)
        layout.addWidget(buttons)
        self.resize(680, 420)
        self._fill(dictionary.rules)
        self._show_problems()

    # -- rows ------------------------------------------------------------------------------------
    def add_row(self, rule: Rule | None = None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, WORD, QTableWidgetItem(rule.grapheme if rule else ""))
        self.table.setItem(row, SAID, QTableWidgetItem(rule.spoken if rule else ""))
        kind = QComboBox()
        kind.addItems([self.tr("Alias"), self.tr("IPA phonemes"), self.tr("CMU phonemes")])
        if rule is not None and rule.phoneme is not None:
            kind.setCurrentIndex(2 if rule.alphabet == "x-cmu" else 1)
        kind.currentIndexChanged.connect(self._check_all)  # rows move: which row is this combo's is not kept
        self.table.setCellWidget(row, KIND, kind)
        case = QTableWidgetItem()
        case.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        case.setCheckState(Qt.CheckState.Checked if rule is None or rule.case_sensitive else Qt.CheckState.Unchecked)
        self.table.setItem(row, CASE, case)
        lines = QTableWidgetItem()
        lines.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        lines.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, LINES, lines)
        self.table.blockSignals(False)
        self._count(row)
        self._check(row)
        if rule is None:
            self.table.setCurrentCell(row, WORD)
            self.table.editItem(self.table.item(row, WORD))
        return row

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self._show_problems()

    def _fill(self, rules: Sequence[Rule]) -> None:
        self.table.setRowCount(0)
        for rule in rules:
            self.add_row(rule)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (WORD, CASE):
            self._count(item.row())
        if item.column() in (WORD, SAID, CASE):
            self._check(item.row())
            self._show_problems()

    # -- what the voice cannot say ------------------------------------------------------------------
    def problem(self, row: int) -> str | None:
        """Why the project's natural voice cannot say this row's rule, or None (it can, or no check)."""
        if self.check is None:
            return None
        try:
            rule = self._rule(row)
        except PronunciationError:
            return None  # not a rule yet: OK says what is wrong with it
        return self.check(rule) if rule is not None else None

    def problems(self) -> list[str]:
        return [reason for row in range(self.table.rowCount()) if (reason := self.problem(row))]

    def _check(self, row: int) -> None:
        item = self.table.item(row, SAID)
        if item is None or self.check is None:
            return
        reason = self.problem(row)
        self.table.blockSignals(True)
        item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if reason else QIcon())
        item.setToolTip(reason or "")
        self.table.blockSignals(False)

    def _check_all(self) -> None:
        for row in range(self.table.rowCount()):
            self._check(row)
        self._show_problems()

    def _show_problems(self) -> None:
        reasons = self.problems()
        if reasons:
            self.problems_label.setText(
                self.tr("%n marked rule(s) cannot be said by the project's natural voice: each line using "
                        "one would fail when rendered. Fix the phonemes or make them aliases.", "", len(reasons))
                + "\n" + "\n".join(f"• {reason}" for reason in reasons[:5]) + ("\n…" if len(reasons) > 5 else ""))
        self.problems_label.setVisible(bool(reasons))

    def _count(self, row: int) -> None:
        try:
            rule = make_rule(self.table.item(row, WORD).text(), alias="x",
                             case_sensitive=self.table.item(row, CASE).checkState() == Qt.CheckState.Checked)
        except PronunciationError:
            text = ""
        else:
            probe = dictionary_of([rule])
            text = str(sum(1 for line in self.texts if probe.matches(line)))
        self.table.blockSignals(True)
        self.table.item(row, LINES).setText(text)
        self.table.blockSignals(False)

    # -- result ----------------------------------------------------------------------------------
    def rules(self) -> list[Rule]:
        """The rows as rules (blank rows skipped); raise PronunciationError naming the first bad row."""
        return [rule for row in range(self.table.rowCount()) if (rule := self._rule(row)) is not None]

    def _rule(self, row: int) -> Rule | None:
        """The row's rule (None for a blank row); PronunciationError for one that is not valid."""
        word, said = self.table.item(row, WORD).text().strip(), self.table.item(row, SAID).text().strip()
        if not word and not said:
            return None
        kind, alphabet = KINDS[self.table.cellWidget(row, KIND).currentIndex()]
        case = self.table.item(row, CASE).checkState() == Qt.CheckState.Checked
        return make_rule(word, said if kind == "alias" else None, said if kind == "phoneme" else None,
                         alphabet, case)

    def dictionary(self) -> PronunciationDictionary:
        return dictionary_of(self.rules(), language=self.language)

    def accept(self) -> None:
        try:
            self.dictionary()
        except PronunciationError as err:
            show_error(self, self.tr("Pronunciation Not Valid"), error_text(err))
            return  # the dialog stays open with everything typed
        super().accept()

    # -- PLS files -------------------------------------------------------------------------------
    def import_pls(self, path: str | os.PathLike) -> int:
        """Add a lexicon's rules (a word already listed takes the file's pronunciation); return how many."""
        imported = read_pls(path)
        current = {self.table.item(row, WORD).text().strip(): row for row in range(self.table.rowCount())}
        for rule in imported.rules:
            if rule.grapheme in current:
                self.table.removeRow(current.pop(rule.grapheme))
                current = {self.table.item(r, WORD).text().strip(): r for r in range(self.table.rowCount())}
            self.add_row(rule)
        self.language = self.language or imported.language
        return len(imported.rules)

    def export_pls(self, path: str | os.PathLike) -> None:
        write_pls(self.dictionary(), path)

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Pronunciations"), settings.get(settings.LAST_DIR),
                                              self.tr("Pronunciation lexicons (*.pls *.xml);;All files (*)"))
        self._with_file(path, self.import_pls, self.tr("Pronunciations Not Imported"))

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Pronunciations"),
                                              str(Path(settings.get(settings.LAST_DIR) or "") / "pronunciations.pls"),
                                              self.tr("Pronunciation lexicons (*.pls)"))
        self._with_file(path, self.export_pls, self.tr("Pronunciations Not Exported"))

    def _with_file(self, path: str, action: Callable[[str], object], failed: str) -> None:
        """Import or export path (nothing when the file dialog was cancelled); a failure is one dialog."""
        if not path:
            return
        try:
            action(path)
        except PronunciationError as err:
            show_error(self, failed, error_text(err))
            return
        except OSError as err:  # writing: reading turns OSError into PronunciationError
            show_error(self, failed, self.tr("%1 could not be written (%2): choose another folder.")
                       .replace("%1", Path(path).name).replace("%2", system_words(write_params(err))))
            return
        settings.put(settings.LAST_DIR, str(Path(path).parent))
