"""A main window rendering with an offline voice (espeak-ng or Piper), its questions answered yes."""

from __future__ import annotations

from typing import Any

from studio.gui.kit import settings
from studio.gui.kit.dialogs import Choice
from studio.gui.shell.main_window import MainWindow


def offline_window(qtbot: Any, monkeypatch: Any, voice: str) -> MainWindow:
    """The window, shown with no file open yet, rendering with the offline voice (plans accepted)."""
    settings.put(settings.VOICE["offline"], voice)
    win = MainWindow()
    qtbot.addWidget(win)
    controller = win.render_actions.controller
    monkeypatch.setattr(controller, "ask_info", lambda title, text: None)
    monkeypatch.setattr(controller, "ask_plan", lambda plan, check: True)
    monkeypatch.setattr(win, "ask_save_changes", lambda: Choice.DISCARD)
    win.resize(1100, 700)
    win.show()
    return win
