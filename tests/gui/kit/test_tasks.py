import threading

import pytest
from PySide6.QtCore import QThread

from studio.gui.kit import tasks


def test_result_is_delivered_on_the_gui_thread(qtbot):
    gui_thread = QThread.currentThread()
    seen = {}

    def work(a, b):
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return a + b

    def done(result):
        seen["result"] = result
        seen["on_gui_thread"] = QThread.currentThread() is gui_thread

    task = tasks.run_in_background(work, 2, 3, on_done=done)
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert seen == {"worker": True, "result": 5, "on_gui_thread": True}
    assert tasks.pending_count() == 0


def test_exception_is_delivered_on_the_gui_thread(qtbot):
    gui_thread = QThread.currentThread()
    errors = []

    def work():
        raise ValueError("broken file")

    task = tasks.run_in_background(
        work, on_done=lambda r: pytest.fail("no result expected"),
        on_error=lambda err: errors.append((err, QThread.currentThread() is gui_thread)))
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert len(errors) == 1
    assert isinstance(errors[0][0], ValueError) and str(errors[0][0]) == "broken file"
    assert errors[0][1] is True


def test_discarded_task_calls_nothing(qtbot):
    release = threading.Event()
    called = []
    task = tasks.run_in_background(lambda: release.wait(5), on_done=called.append,
                                   on_error=called.append)
    task.discard()
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert called == []


def test_many_tasks_all_deliver(qtbot):
    results = []
    all_tasks = [tasks.run_in_background(lambda i=i: i * i, on_done=results.append) for i in range(50)]
    qtbot.waitUntil(lambda: all(t.done for t in all_tasks), timeout=10000)
    assert sorted(results) == [i * i for i in range(50)]


def test_error_without_handler_is_logged(qtbot, caplog):
    def work():
        raise RuntimeError("nobody listens")

    task = tasks.run_in_background(work)
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert "Background task failed" in caplog.text


def test_a_method_of_a_deleted_object_is_not_called(qtbot):
    """Work whose receiver was deleted meanwhile (a closed window's session) is dropped quietly."""
    import threading

    from PySide6.QtCore import QObject, Signal
    from shiboken6 import delete, isValid

    class Receiver(QObject):
        answered = Signal(object)

        def take(self, result) -> None:
            self.answered.emit(result)  # raises "Signal source has been deleted" once deleted

    gate = threading.Event()
    receiver = Receiver()
    task = tasks.run_in_background(lambda: gate.wait(5) and 42, on_done=receiver.take)
    delete(receiver)
    assert not isValid(receiver)
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=30000)  # no exception in the event loop
    assert tasks.pending_count() == 0


def test_a_task_finishing_after_its_relay_is_gone_ends_quietly(qtbot, capfd):
    """bench_cost.py ended with "Signal source has been deleted" from a cancelled preview build that
    finished after shutdown had deleted the relay: such a late finish must end without a traceback."""
    import shiboken6
    from PySide6.QtCore import QThreadPool

    release = threading.Event()
    called = []

    def slow_then_fail():
        release.wait(10)
        raise RuntimeError("cancelled")  # as DubCancelled, after the window is gone

    pool = QThreadPool()
    tasks.run_in_background(slow_then_fail, on_error=called.append, pool=pool)
    relay = tasks._relay
    shiboken6.delete(relay)  # what shutdown does to the relay
    tasks._relay = None
    release.set()
    assert pool.waitForDone(10_000)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Signal source has been deleted" not in err, err
    assert called == []
    tasks._pending.clear()  # the dropped task can never deliver now


@pytest.mark.parametrize("wrap", ["lambda", "partial"])
def test_a_callback_that_captured_a_deleted_object_is_not_called(qtbot, wrap):
    """`on_done=lambda r: self._took(key, r)` from an object deleted with its window (the voice list
    arriving after the test's window closed hit its deleted table model): dropped quietly."""
    import functools

    from PySide6.QtCore import QObject
    from shiboken6 import delete

    class Receiver(QObject):
        def take(self, key, result) -> None:
            calls.append((key, result, self.objectName()))  # objectName raises once deleted

    calls = []
    gate = threading.Event()
    receiver = Receiver()
    callback = (lambda result: receiver.take("k", result)) if wrap == "lambda" else functools.partial(
        receiver.take, "k")
    task = tasks.run_in_background(lambda: gate.wait(5) and 42, on_done=callback)
    alive = Receiver()
    kept = tasks.run_in_background(lambda: 7, on_done=lambda result: alive.take("alive", result))
    delete(receiver)
    gate.set()
    qtbot.waitUntil(lambda: task.done and kept.done, timeout=30000)  # no exception in the event loop
    assert calls == [("alive", 7, "")]
