"""The one helper that runs work off the GUI thread and hands the outcome back on it.

    task = run_in_background(load_srt, path, on_done=show_document, on_error=show_error)

`fn` runs on a pool thread and must not touch widgets. Exactly one of `on_done(result)` or
`on_error(exception)` is then called on the GUI thread, unless `task.discard()` was called first
(the result is stale: the user already asked for something else). Every other background job of the
app goes through here, with its own pool when it has its own limit (network vs disk).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger(__name__)

# Tasks whose outcome has not been delivered yet. Without these strong references Python could
# collect the runnable or its signal object while the worker still runs, and the result would be
# lost (or worse, delivered to a deleted object).
_pending: set[Task] = set()


class _Relay(QObject):
    """One object living on the GUI thread; worker emissions are queued to its slot there.

    A single long-lived relay (rather than one QObject per task) means no QObject is ever destroyed
    on a worker thread, whichever thread drops the last reference to a finished task.
    """

    finished = Signal(object, object, object)  # task, result, error

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._on_finished)

    @Slot(object, object, object)
    def _on_finished(self, task: Task, result: object, error: object) -> None:
        task._deliver(result, error)  # type: ignore[arg-type]


_relay: _Relay | None = None


def _gui_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()  # first call is on the GUI thread (run_in_background's contract)
    return _relay


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], task: Task, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it through the Task until delivery
        self._fn = fn
        self._task = task
        self._relay = relay

    def run(self) -> None:
        task, self._task = self._task, None  # the worker keeps no reference after this
        try:
            result = self._fn()
        except BaseException as err:  # noqa: BLE001 - every failure must reach the GUI thread
            self._hand_back(task, None, err)
        else:
            self._hand_back(task, result, None)

    def _hand_back(self, task: Task, result: object, error: BaseException | None) -> None:
        try:
            self._relay.finished.emit(task, result, error)
        except RuntimeError:
            # The relay is gone: the app is shutting down (or the window that asked closed with it),
            # so nobody is left to tell. A late finish, e.g. a cancelled preview build, ends quietly.
            log.debug("Background task finished after the app's shutdown; its outcome is dropped")


class Task:
    """A handle on one background call: whether it is done, and a way to drop its outcome."""

    def __init__(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None) -> None:
        self._on_done = on_done
        self._on_error = on_error
        self._runnable: _Runnable | None = _Runnable(fn, self, _gui_relay())
        self.done = False
        self.discarded = False

    def discard(self) -> None:
        """Drop the outcome: neither callback will be called (the work itself still finishes)."""
        self.discarded = True

    def _deliver(self, result: object, error: BaseException | None) -> None:
        self.done = True
        _pending.discard(self)
        self._runnable = None
        on_done, on_error = self._on_done, self._on_error
        self._on_done = self._on_error = None  # break cycles; the task is finished
        if self.discarded or _receiver_gone(on_done if error is None else on_error):
            return
        if error is None:
            if on_done is not None:
                on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            log.error("Background task failed", exc_info=error)


def _receiver_gone(callback: Callable[..., Any] | None) -> bool:
    """The callback needs a QObject Qt already deleted (its window closed while the work ran): a bound
    method of one, or a lambda/partial that captured one (`lambda r: self._took(key, r)`). Nobody can
    take the outcome, and calling it would raise "Internal C++ object already deleted"."""
    while isinstance(callback, functools.partial):
        callback = callback.func
    needed = [getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            needed.append(cell.cell_contents)
        except ValueError:  # an empty cell: a name not bound yet
            continue
    return any(isinstance(owner, QObject) and not isValid(owner) for owner in needed)


def run_in_background(fn: Callable[..., Any], *args: Any,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      pool: QThreadPool | None = None) -> Task:
    """Run fn(*args) on a pool thread; deliver the result or the exception on the GUI thread.

    Call from the GUI thread. Errors without an on_error handler are logged, never swallowed.
    """
    task = Task(lambda: fn(*args), on_done, on_error)
    assert task._runnable is not None
    (pool or QThreadPool.globalInstance()).start(task._runnable)
    # Counted once started: a pool already deleted (its window closed) raises above, and a task
    # counted but never run would keep pending_count() above 0 for good.
    _pending.add(task)
    return task


class KeyedTasks:
    """At most one background call per key (a dialog's "voices", "search"...): asking again drops the
    older call's answer, which is stale. on_idle runs when the last running call has answered."""

    def __init__(self, on_idle: Callable[[], None] | None = None) -> None:
        self._tasks: dict[str, Task] = {}
        self._on_idle = on_idle

    def run(self, key: str, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        old = self._tasks.pop(key, None)
        if old is not None:
            old.discard()

        def done(result: Any) -> None:
            self._tasks.pop(key, None)
            on_done(result)
            if not self._tasks and self._on_idle is not None:
                self._on_idle()

        def failed(error: BaseException) -> None:
            self._tasks.pop(key, None)
            on_error(error)

        self._tasks[key] = run_in_background(fn, on_done=done, on_error=failed)

    def __contains__(self, key: str) -> bool:
        return key in self._tasks

    def __bool__(self) -> bool:
        return bool(self._tasks)

    def discard_all(self) -> None:
        for task in self._tasks.values():
            task.discard()
        self._tasks.clear()


def pending_count() -> int:
    """How many tasks have not delivered yet (the tests use it to wait for a quiet app)."""
    return len(_pending)


class Progress(QObject):
    """A callable a worker calls with any value; `callback(value)` then runs on the GUI thread.

        progress = Progress(self.on_line_event)           # create on the GUI thread
        run_in_background(job.run_with, progress)          # the worker calls progress(event)

    Emissions from another thread are queued (Qt's automatic connection), so the worker never waits
    for the GUI and the callback never runs on the worker.
    """

    _value = Signal(object)

    def __init__(self, callback: Callable[[Any], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._value.connect(callback)

    def __call__(self, value: Any) -> None:
        self._value.emit(value)
