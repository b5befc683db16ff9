"""Help ▸ Keyboard Shortcuts: every shortcut of the main window, read from its live actions.

Nothing here is a hand-written list: the menus are walked as they are built, so a new action with a
shortcut shows up by itself, and `ambiguous_shortcuts` finds two actions fighting over one key.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

SEPARATOR = " ▸ "  # between menu names: "File ▸ Open…"


@dataclass(frozen=True)
class ShortcutEntry:
    group: str           # the menu it is in ("Tools ▸ Text Normalization"), or "Other"
    text: str            # the action's text without its mnemonic marker
    keys: tuple[str, ...]  # each shortcut as the platform writes it ("Ctrl+O", "⌘O")
    action: QAction


def plain(text: str) -> str:
    """Menu text without its mnemonic marker: "Save &As…" → "Save As…" ("&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def shortcuts_of(action: QAction) -> list[QKeySequence]:
    """The action's shortcuts, without the empty ones (a standard key this platform does not bind)."""
    return [k for k in action.shortcuts() if not k.isEmpty()]


def menu_actions(window: QMainWindow) -> list[tuple[list[str], QAction]]:
    """Every action of the menu bar, depth first, with the names of the menus that lead to it."""
    found: list[tuple[list[str], QAction]] = []
    seen: set[QMenu] = set()

    def walk(menu: QMenu, path: list[str]) -> None:
        if menu in seen:
            return
        seen.add(menu)
        for action in menu.actions():
            if action.isSeparator():
                continue
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, [*path, plain(submenu.title())])
            else:
                found.append((path, action))

    for top in window.menuBar().actions():
        if isinstance(top.menu(), QMenu):
            walk(top.menu(), [plain(top.menu().title())])
    return found


def menu_path(window: QMainWindow, action: QAction) -> str:
    """Where action is in the menus ("File ▸ Export Dub…"); its bare text when it is in none."""
    for path, candidate in menu_actions(window):
        if candidate is action:
            return SEPARATOR.join([*path, plain(action.text())])
    return plain(action.text())


def _in_a_dialog(action: QAction, window: QWidget) -> bool:
    parent = action.parent()
    while parent is not None and parent is not window:
        if isinstance(parent, QDialog):
            return True
        parent = parent.parent()
    return False


def collect_shortcuts(window: QMainWindow) -> list[ShortcutEntry]:
    """Every action of the window that has a shortcut, grouped by menu in menu order."""
    entries: list[ShortcutEntry] = []
    listed: set[QAction] = set()
    for path, action in menu_actions(window):
        if action in listed:
            continue
        listed.add(action)
        if shortcuts_of(action):
            entries.append(ShortcutEntry(SEPARATOR.join(path), plain(action.text()),
                                         tuple(key_text(k) for k in shortcuts_of(action)), action))
    other = QCoreApplication.translate("ShortcutsDialog", "Other")
    for action in window.findChildren(QAction):
        if action in listed or action.isSeparator() or not shortcuts_of(action):
            continue
        if _in_a_dialog(action, window):
            continue
        listed.add(action)
        entries.append(ShortcutEntry(other, plain(action.text()),
                                     tuple(key_text(k) for k in shortcuts_of(action)), action))
    return entries


def ambiguous_shortcuts(window: QMainWindow) -> dict[str, list[str]]:
    """Shortcuts that more than one action of the window claims: {key: [action texts]}."""
    owners: dict[str, list[str]] = {}
    for entry in collect_shortcuts(window):
        for sequence in shortcuts_of(entry.action):
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            owners.setdefault(key, []).append(entry.text)
    return {key: texts for key, texts in owners.items() if len(texts) > 1}


class ShortcutsDialog(QDialog):
    """A filterable tree: menu → action → shortcut."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by action or key"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.empty_label = QLabel(self.tr("No shortcut matches."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self._fill(collect_shortcuts(window))
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.resize(480, 540)

    def _fill(self, entries: list[ShortcutEntry]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in entries:
            group = groups.get(entry.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [entry.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[entry.group] = group
            QTreeWidgetItem(group, [entry.text, ", ".join(entry.keys)])
        self.tree.expandAll()

    def apply_filter(self, text: str) -> None:
        """Show the actions whose name, shortcut or menu contains text (case-insensitive)."""
        needle = text.strip().casefold()
        any_shown = False
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            group_match = needle in group.text(0).casefold()
            shown = 0
            for row in range(group.childCount()):
                item = group.child(row)
                match = (not needle or group_match or needle in item.text(0).casefold()
                         or needle in item.text(1).casefold())
                item.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)
            any_shown = any_shown or shown > 0
        self.empty_label.setVisible(not any_shown)

    def visible_actions(self) -> list[str]:
        """The action names the filter leaves visible (the tests read them)."""
        names = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if not group.isHidden():
                names += [group.child(r).text(0) for r in range(group.childCount())
                          if not group.child(r).isHidden()]
        return names
