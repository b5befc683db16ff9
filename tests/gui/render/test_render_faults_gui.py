"""Rendering from the window under faults: an interrupted render is recovered before paying, a dead
provider stops the job with a Retry offer, and a full disk keeps paid clips in memory until Retry."""

from __future__ import annotations

import errno
import os

import pytest

from studio.core.clip_cache import default_cache_dir
from studio.gui.kit import settings
from studio.gui.shell.main_window import MainWindow
from studio.gui.table import cue_model
from studio.providers.base import SynthesisRequest
from studio.providers.elevenlabs import ElevenLabsProvider
from tests.emulators.checked import checked_elevenlabs
from tests.journal_crash import die_with_open_entries

RACHEL = "21m00Tcm4TlvDq8ikWAM"
TTS = "/v1/text-to-speech"


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _window(qtbot, path, monkeypatch, emu):
    monkeypatch.setenv("ELEVENLABS_API_KEY", emu.account.key)
    settings.put(settings.BASE_URL["elevenlabs"], emu.url)
    settings.put(settings.PROVIDER, "elevenlabs")
    settings.put(settings.VOICE["elevenlabs"], RACHEL)
    win = MainWindow()
    qtbot.addWidget(win)
    monkeypatch.setattr(win, "maybe_keep_changes", lambda: True)
    controller = win.render_actions.controller
    win.asked = {"info": [], "retry": []}
    monkeypatch.setattr(controller, "ask_info", lambda title, text: win.asked["info"].append((title, text)))
    monkeypatch.setattr(controller, "ask_plan", lambda plan, check: True)
    win.retry_answers = []
    monkeypatch.setattr(controller, "ask_retry", lambda title, text: win.asked["retry"].append((title, text))
                        or (win.retry_answers.pop(0) if win.retry_answers else False))
    win.show()
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(path)
    qtbot.waitUntil(lambda: controller.cache is not None and win.job.session.provider is not None, timeout=10000)
    return win


def died_in_flight(emu, spec) -> dict:  # noqa: ANN001
    """A render that died with spec's request in flight: journaled, then generated and billed (its
    history item returned)."""
    die_with_open_entries(default_cache_dir(), spec)
    provider = ElevenLabsProvider(emu.account.key, base_url=emu.url)
    provider.synthesize(SynthesisRequest(spec.text, spec.voice, spec.model, audio_format="mp3"))
    provider.close()
    return emu.account.history[-1]


def _states(win):
    return [win.model.status_of(row)[0] for row in range(win.model.rowCount())]


def test_an_interrupted_render_is_fetched_back_before_paying(qtbot, monkeypatch, french_srt, emu):
    win = _window(qtbot, french_srt, monkeypatch, emu)
    spec = win.model.costs.line(0).spec
    died_in_flight(emu, spec)
    billed = emu.account.character_count
    controller = win.render_actions.controller
    with qtbot.waitSignal(controller.finished, timeout=30000) as blocker:
        assert win.render_actions.render_all()
        # Recovery runs in the background: the render is under way, a second click plans nothing.
        assert controller.running and not win.render_actions.render_all()
    assert blocker.args[0].requests_sent == 2  # the two other lines; the first came back for free
    assert _states(win)[0] == cue_model.RECOVERED
    assert win.model.status_text(0) == "Recovered (no cost)"
    texts = [call.body["text"] for call in emu.calls(TTS)]
    assert texts.count(spec.text) == 1  # paid once, by the render that died
    assert emu.account.character_count - billed == sum(len(win.model.costs.line(r).spec.text) for r in (1, 3))
    assert win.statusBar().currentMessage().startswith("Render finished") or win.asked["info"] == []
    win.undo_stack.setClean()


def test_a_line_the_history_shows_late_is_paid_last_and_fetched_not_paid_again(qtbot, monkeypatch, french_srt,
                                                                             emu):
    win = _window(qtbot, french_srt, monkeypatch, emu)
    spec = win.model.costs.line(0).spec
    # A render died with this line in flight; it was billed, but the history does not list it yet.
    emu.hold_history = True
    died_in_flight(emu, spec)
    emu.hold_history = False
    controller = win.render_actions.controller
    said = []
    controller.message.connect(said.append)
    with qtbot.waitSignal(controller.finished, timeout=60000) as blocker:
        assert win.render_actions.render_all()
        # Recovery gave up on it within its grace; the other lines are paid first, meanwhile it shows up.
        qtbot.waitUntil(lambda: len(emu.calls(TTS)) > 1, timeout=30000)
        emu.release_history()
    assert any("not in the provider's history yet" in text for text in said), said
    assert blocker.args[0].requests_sent == 2 and _states(win)[0] == cue_model.RECOVERED
    assert [call.body["text"] for call in emu.calls(TTS)].count(spec.text) == 1  # paid once, by the dead render
    win.undo_stack.setClean()


def test_a_dead_provider_stops_the_render_and_offers_retry(qtbot, monkeypatch, tmp_path, emu):
    from tests.gui.conftest import make_srt
    path = make_srt(tmp_path / "long.srt", 40)
    win = _window(qtbot, path, monkeypatch, emu)
    emu.inject("service_unavailable", path=TTS, times=10_000)
    controller = win.render_actions.controller
    with qtbot.waitSignal(controller.finished, timeout=60000):
        win.render_actions.render_all()
    title, text = win.asked["retry"][0]
    assert title == "Provider Failing" and "503 service_unavailable ×8" in text
    assert len(emu.calls(TTS)) <= 12
    assert not controller.running
    win.undo_stack.setClean()


def test_a_full_disk_keeps_paid_clips_in_memory_until_retry(qtbot, monkeypatch, french_srt, emu):
    settings.put(settings.CONCURRENCY, 1)
    win = _window(qtbot, french_srt, monkeypatch, emu)
    controller = win.render_actions.controller
    real = os.replace
    full = [True]

    def replace(src, dst, *args, **kwargs):
        if full[0] and str(dst).endswith(".mp3") and len(controller.cache) >= 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    win.retry_answers = [False]  # "Close": the user goes to free some space
    with qtbot.waitSignal(controller.finished, timeout=30000):
        win.render_actions.render_all()
    title, text = win.asked["retry"][0]
    assert title == "Disk Full" and "1 paid clip(s) are kept in memory" in text
    assert controller.unsaved_job is not None and len(emu.calls(TTS)) == 2
    full[0] = False  # space was freed; the next render writes the kept clip first, then goes on
    with qtbot.waitSignal(controller.finished, timeout=30000) as blocker:
        assert win.render_actions.render_all()
    assert controller.unsaved_job is None
    assert blocker.args[0].requests_sent == 1 and len(emu.calls(TTS)) == 3  # nothing paid twice
    assert _states(win) == ["done", "cached", "", "done"]  # row 1: the kept clip, written on Retry
    win.undo_stack.setClean()
