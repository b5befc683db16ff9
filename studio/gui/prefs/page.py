"""What every Preferences page does: show the stored values, show the defaults, store on OK.

A page names the settings it edits (`keys`) and turns them into its fields and back (`show_values`,
`values`); loading, Restore Defaults and OK are then the same for every page. OK stores only what
changed, so a page's reaction in the window (a refit, a recost) runs only when there is something new.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from studio.gui.kit import settings


class PreferencesPage(QWidget):
    name = ""  # remembered as the last page shown, and how the Tools entries open their page
    keys: tuple[str, ...] = ()  # the settings (settings.py) this page edits

    def title(self) -> str:
        """The page's name in the list, in the interface language."""
        raise NotImplementedError

    def show_values(self, values: dict[str, Any]) -> None:
        """Fill the fields from a value per key."""
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        """The fields' values, per key."""
        raise NotImplementedError

    def load(self) -> None:
        self.show_values({key: settings.get(key) for key in self.keys})

    def restore_defaults(self) -> None:
        """Show the defaults; like any edit, they are stored only on OK."""
        self.show_values({key: settings.DEFAULTS[key].default for key in self.keys})

    def changes(self) -> dict[str, Any]:
        return {key: value for key, value in self.values().items() if value != settings.get(key)}

    def apply(self) -> None:
        changed = self.changes()
        if changed:
            self.store(changed)

    def store(self, changed: dict[str, Any]) -> None:
        """Store the changed values; a page whose window reacts to them overrides this."""
        for key, value in changed.items():
            settings.put(key, value)


def page_form(page: QWidget) -> QFormLayout:
    """The page's form, flush with the page (the dialog gives the margins)."""
    form = QFormLayout(page)
    form.setContentsMargins(0, 0, 0, 0)
    form.setVerticalSpacing(4)
    # Text fields take the width; spin boxes, combos and check boxes keep theirs (a 30-wide number box
    # stretched over the page reads badly).
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form
