"""Work around known Qt-binding bugs, each detected at run time so the fix only applies where needed.

PySide6 6.12.0 on CPython < 3.12: every `signal.emit(...)` called from Python drops one reference to
`True` (emit returns True without owning it). After a few thousand emits (edits, background tasks)
True's count reaches zero and the interpreter aborts ("bool_dealloc: deallocating True or False").
From 3.12 on, True is immortal and nothing happens. Where the probe sees the leak, True's count is
raised so far that no session can exhaust it. The real fix is a PySide6 without the bug (or
Python >= 3.12): pin `PySide6-Essentials!=6.12.0` once a fixed release exists.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
_applied = False


class _Probe(QObject):
    ping = Signal()


def emit_drops_true() -> bool:
    """Return True when emitting a signal from Python loses a reference to True."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # True is immortal: its count never reaches zero
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 16


def apply() -> None:
    """Apply the workarounds this runtime needs (idempotent; call before threads start)."""
    global _applied
    if _applied:
        return
    _applied = True
    if emit_drops_true():
        # ob_refcnt is the first field of every CPython object; 2**40 emits is ~35 years at 1000/s.
        ctypes.c_ssize_t.from_address(id(True)).value += 1 << 40
        log.info("PySide6 signal emit leaks references to True: compensated (see qt_workarounds)")


class _GuiGarbageCollector(QObject):
    """Runs Python's cyclic garbage collector from a GUI-thread timer only.

    Left automatic, the collector runs on whichever thread happens to allocate, including pool
    workers; if it then frees a cycle holding a widget (a closed window, a dialog), Qt deletes that
    widget on the worker thread and the app crashes. (pyqtgraph's GarbageCollector does the same.)
    """

    def __init__(self, interval_ms: int) -> None:
        super().__init__()
        from PySide6.QtCore import QTimer

        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        import gc

        thresholds = gc.get_threshold()
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break


_collector: _GuiGarbageCollector | None = None


def collect_garbage_on_gui_thread(interval_ms: int = 500) -> None:
    """Disable automatic cyclic GC and run it from a GUI-thread timer (call once, on the GUI thread)."""
    global _collector
    import gc

    if _collector is None:
        gc.disable()
        _collector = _GuiGarbageCollector(interval_ms)
