"""Cell editors: multi-line subtitle text, and timecodes that show when they cannot be read.

Delegates only edit; the model decides whether a value is acceptable (and says why when it is not),
so a refused timecode never reaches the document.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from studio.core.timecode import TimecodeError, parse_ms
from studio.gui.kit import colors
from studio.gui.table.subtitle_markup import has_markup, paint_markup

Index = QModelIndex | QPersistentModelIndex


class SubtitleTextEdit(QPlainTextEdit):
    """A plain-text editor where Enter finishes the edit and Shift+Enter starts a new line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)


def _source(index: Index) -> tuple[object, int]:
    """The cue model and source row behind a (possibly filtered) view index."""
    model = index.model()
    while hasattr(model, "mapToSource"):
        index = model.mapToSource(index)
        model = index.model()
    return model, index.row()


class TextDelegate(QStyledItemDelegate):
    """Edits subtitle text in a multi-line editor taller than the row, so three lines fit."""

    MIN_LINES = 3

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not has_markup(text):
            super().paint(painter, option, index)  # plain text: Qt's own drawing, elided as usual
            return
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        paint_markup(painter, styled, text)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = SubtitleTextEdit(parent)
        editor.installEventFilter(self)
        # Live cost: each keystroke recosts this line and the totals before the edit is committed.
        model, row = _source(index)
        if hasattr(model, "preview_text"):
            editor.textChanged.connect(lambda: model.preview_text(row, editor.toPlainText()))
            editor.destroyed.connect(lambda: model.end_preview(row))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: ANN001
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        line = editor.fontMetrics().lineSpacing()
        rect.setHeight(max(rect.height(), line * self.MIN_LINES + 8))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    # A real "\n": Shift+Enter in QPlainTextEdit would insert U+2028 instead.
                    editor.insertPlainText("\n")
                else:
                    self.commitData.emit(editor)
                    self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)


class TimecodeDelegate(QStyledItemDelegate):
    """Edits a timecode in a line edit that turns red while what is typed is not a time."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setToolTip(self.tr("Type a time such as 00:01:02,500, then press Enter."))
        editor.textChanged.connect(lambda text: self._mark(editor, text))
        return editor

    @staticmethod
    def _mark(editor: QLineEdit, text: str) -> None:
        try:
            parse_ms(text)
        except TimecodeError:
            colors.set_text_color(editor, colors.error_color)
        else:
            colors.set_text_color(editor, None)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        # A cue whose timecode could not be read shows a placeholder: start from an empty field.
        editor.setText("" if text.startswith("-") else text)
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: ANN001
        assert isinstance(editor, QLineEdit)
        # The model parses and validates, and reports a refusal through its edit_refused signal.
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class OneLineDelegate(QStyledItemDelegate):
    """Draws its cell on one line, cut short with "…" (the view wraps the other columns' text).

    A voice name that wrapped ("Français / (France)") read as two voices; the full name is in the
    cell's tooltip."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight
