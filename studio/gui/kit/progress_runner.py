"""The progress-and-cancel runner every long job of the window goes through (export, Dub Video).

run_with_progress keeps the work off the GUI thread (tasks.run_in_background), shows a progress
dialog with the percentage and the time left, whose Cancel sets the job's threading.Event, and
reports a failure in one clear message box. The core's ExportError/MuxError/FitError messages are
already user-ready sentences (worded in the interface language from their code when they have one).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from studio.core.export import ExportCancelled, ExportError
from studio.core.fit import FitError
from studio.core.mux import MuxCancelled, MuxError
from studio.gui.kit.provider_text import error_text
from studio.gui.kit.tasks import Task, run_in_background

log = logging.getLogger(__name__)

# Exceptions whose message is written for the user (one sentence saying what to do).
USER_READY_ERRORS: tuple[type[BaseException], ...] = (ExportError, MuxError, FitError)
_ETA_AFTER_S = 1.0  # before this, or before 2 % is done, a time left would be a wild guess


def progress_text(label: str, fraction: float, elapsed_s: float) -> str:
    """"Dubbing film.mp4…\n42 % · about 12 s left": the label, what is done, and the time left once it
    can be told (the bar shows the percentage too; the label says it for screen readers)."""
    percent = int(fraction * 100)
    if elapsed_s < _ETA_AFTER_S or fraction < 0.02 or fraction >= 1.0:
        return QCoreApplication.translate("ProgressDialog", "{label}\n{percent} %").format(
            label=label, percent=percent)
    left = round(elapsed_s * (1 - fraction) / fraction)
    if left >= 90:
        when = QCoreApplication.translate("ProgressDialog", "about {minutes} min left").format(
            minutes=round(left / 60))
    else:
        when = QCoreApplication.translate("ProgressDialog", "about {seconds} s left").format(
            seconds=max(1, left))
    return QCoreApplication.translate("ProgressDialog", "{label}\n{percent} % · {when}").format(
        label=label, percent=percent, when=when)


class _Progress:
    """The latest fraction a worker reported: one float, written by the worker, polled by a QTimer.

    Assigning a float is atomic in Python, so no lock is needed and the worker never touches Qt.
    """

    def __init__(self) -> None:
        self.fraction: float | None = None

    def __call__(self, fraction: float) -> None:
        self.fraction = fraction


class ProgressRun:
    """One job under a progress dialog; `finished` is True once its outcome was handled."""

    def __init__(self) -> None:
        self.finished = False
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.task: Task | None = None


def run_with_progress(parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
                      cancel_event: threading.Event | None = None, label: str = "",
                      kwargs: Mapping[str, Any] | None = None, progress_arg: str | None = None,
                      on_done: Callable[[Any], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> ProgressRun:
    """Run fn(*args, **kwargs) off the GUI thread under a progress dialog; returns at once.

    cancel_event: the Event fn watches (e.g. mux_video's cancel=); the dialog's Cancel sets it.
    Without one, the dialog has no Cancel button. progress_arg: the name of fn's progress callback
    parameter (mux_video's "progress"); the bar then shows the percentage and the label the time
    left; without it the bar shows "busy". On success on_done(result)
    runs; after a cancel, on_cancelled(); on failure a message box tells the user why (the core's
    sentences as they are, anything else as a short notice with the details in the log), then
    on_error(error).
    """
    run = ProgressRun()
    started = time.monotonic()
    call_kwargs = dict(kwargs or {})
    progress = _Progress()
    if progress_arg:
        call_kwargs[progress_arg] = progress
    dialog = QProgressDialog(label or title, QCoreApplication.translate("ProgressDialog", "Cancel")
                             if cancel_event is not None else "", 0, 1000 if progress_arg else 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(360)  # the time left changes length: the dialog must not jump
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(300)  # a job done in a blink never flashes a dialog
    if cancel_event is None:
        dialog.setCancelButton(None)
    dialog.setValue(0)
    run.dialog = dialog
    poll = QTimer(dialog)
    poll.setInterval(100)

    def show_progress() -> None:
        if progress.fraction is None or run.cancelled:
            return
        dialog.setValue(round(progress.fraction * 1000))
        dialog.setLabelText(progress_text(label or title, progress.fraction, time.monotonic() - started))

    def cancel() -> None:
        # Also reached when the dialog is closed with Esc or its title-bar button.
        if run.finished or cancel_event is None:
            return
        run.cancelled = True
        cancel_event.set()
        dialog.setLabelText(QCoreApplication.translate("ProgressDialog", "Cancelling…"))

    def close_dialog() -> None:
        run.finished = True
        run.dialog = None
        if not isValid(dialog):
            return  # its parent window was closed meanwhile, taking the dialog (and the timer) with it
        poll.stop()
        dialog.canceled.disconnect(cancel)
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        close_dialog()
        run.result = result
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        close_dialog()
        run.error = error
        if isinstance(error, (MuxCancelled, ExportCancelled)) or (cancel_event is not None and cancel_event.is_set()):
            run.cancelled = True
            if on_cancelled is not None:
                on_cancelled()
            return
        if isinstance(error, USER_READY_ERRORS):
            text = error_text(error)  # a full disk, a folder not ours… worded from the error's code
        else:
            log.error("%s failed", title, exc_info=error)
            text = QCoreApplication.translate(
                "ProgressDialog", "This did not work because of an unexpected error ({kind}). The details "
                "are in the log.").format(kind=type(error).__name__)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): no nested event loop, and tests can read and close it
        run.message_box = box
        if on_error is not None:
            on_error(error)

    dialog.canceled.connect(cancel)
    poll.timeout.connect(show_progress)
    poll.start()
    run.task = run_in_background(lambda: fn(*args, **call_kwargs), on_done=done, on_error=failed)
    return run
