"""The desktop app (PySide6): windows, the subtitle table, dialogs and the background-task helper."""

from studio.gui.shell import qt_workarounds

# Before any window or worker exists: some binding bugs corrupt the interpreter over time.
qt_workarounds.apply()
