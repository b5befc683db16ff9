"""The Workspace protocol is what the features' actions may use of the window: a real MainWindow has
every member it declares, of the declared kind, so an action typed against it never meets a missing one."""

import inspect

from PySide6.QtCore import SignalInstance

from studio.gui.shell.workspace import Workspace
from studio.gui.table.cue_model import CueTableModel

from tests.gui.shell.test_main_window import window  # noqa: F401  (the window fixture)


def _declared() -> tuple[set[str], set[str]]:
    attributes = set(Workspace.__annotations__)
    methods = {name for name, member in vars(Workspace).items() if inspect.isfunction(member)}
    return attributes, methods


def test_main_window_has_every_member_of_the_workspace(window):  # noqa: F811
    attributes, methods = _declared()
    assert {"undo_stack", "status", "model", "show_status", "push"} <= attributes | methods
    missing = sorted(name for name in attributes | methods if not hasattr(window, name))
    assert not missing, f"MainWindow lacks {missing}: the features' actions would fail on them"
    for name in methods:
        assert callable(getattr(window, name)), name
    assert isinstance(window.model, CueTableModel)
    assert isinstance(window.loaded, SignalInstance)
    assert window.model.undo_stack is window.undo_stack
