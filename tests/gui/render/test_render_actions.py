"""Rendering from the window: states per line, progress, guards that send nothing, preview, retry.

Real providers: the offline engine (espeak-ng) and the ElevenLabs emulator over loopback.
"""

from __future__ import annotations

import pytest

from studio.core.spend_guard import Verdict
from studio.gui.kit import settings
from studio.gui.kit.tasks import pending_count
from studio.gui.shell.main_window import MainWindow
from studio.gui.table import cue_model
from studio.gui.table.cue_model import COL_STATUS
from tests.emulators.checked import checked_elevenlabs

RACHEL = "21m00Tcm4TlvDq8ikWAM"


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _window(qtbot, path, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    monkeypatch.setattr(win, "maybe_keep_changes", lambda: True)  # a failing test must not hang on a prompt
    asked: dict[str, list] = {"info": [], "plan": [], "spend": []}
    controller = win.render_actions.controller
    monkeypatch.setattr(controller, "ask_info", lambda title, text: asked["info"].append((title, text)))
    monkeypatch.setattr(controller, "ask_plan", lambda plan, check: asked["plan"].append(plan) or True)
    import studio.gui.render.render_dialogs as rd  # the spend question is asked from there
    monkeypatch.setattr(rd, "ask_spend", lambda parent, check: asked["spend"].append(check) or False)
    win.show()
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(path)
    qtbot.waitUntil(lambda: controller.cache is not None and win.job.session.provider is not None, timeout=10000)
    win.asked = asked
    return win


def _states(win):
    return [win.model.status_of(row)[0] for row in range(win.model.rowCount())]


def test_offline_render_marks_every_line_and_a_rerender_costs_nothing(qtbot, monkeypatch, french_srt):
    win = _window(qtbot, french_srt, monkeypatch)
    assert _states(win) == ["to_render", "to_render", "", "to_render"]
    progress = []
    win.render_actions.controller.progress.connect(lambda done, total, spent: progress.append((done, total)))
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000):
        assert win.render_actions.render_all()
    assert _states(win) == ["done", "done", "", "done"]
    assert progress[-1] == (3, 3)
    assert win.model.costs.totals().lines_cached == 3 and win.model.costs.totals().lines_to_render == 0
    assert win.model.data(win.model.index(0, COL_STATUS)) == "Done"
    assert not win.render_actions.render_all()  # nothing left to render
    win.undo_stack.setClean()


def test_editing_a_line_makes_only_it_render_again(qtbot, monkeypatch, french_srt):
    from studio.gui.table import commands

    win = _window(qtbot, french_srt, monkeypatch)
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000):
        win.render_actions.render_all()
    commands.push(win.model, commands.edit_text(win.model, 1, "Une autre réplique."))
    assert _states(win) == ["done", "to_render", "", "done"]
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000) as blocker:
        win.render_actions.render_all()
    assert blocker.args[0].requests_sent == 1
    win.undo_stack.setClean()


def test_play_line_renders_it_first_then_plays(qtbot, monkeypatch, french_srt):
    win = _window(qtbot, french_srt, monkeypatch)
    played = []
    win.render_actions.player.started.connect(played.append)
    win.select_row(3)
    win.render_actions.play_action.trigger()
    qtbot.waitUntil(lambda: played == [3], timeout=30000)
    assert _states(win)[3] == "done" and _states(win)[0] == "to_render"  # only that line was rendered
    win.undo_stack.setClean()


def _elevenlabs(monkeypatch, emu):
    monkeypatch.setenv("ELEVENLABS_API_KEY", emu.account.key)
    settings.put(settings.BASE_URL["elevenlabs"], emu.url)
    settings.put(settings.PROVIDER, "elevenlabs")
    settings.put(settings.VOICE["elevenlabs"], RACHEL)


def test_spend_guard_refuses_and_sends_nothing(qtbot, monkeypatch, french_srt, emu):
    _elevenlabs(monkeypatch, emu)
    emu.account.character_count = emu.account.character_limit - 10
    win = _window(qtbot, french_srt, monkeypatch)
    qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
    assert not win.render_actions.controller.running
    win.render_actions.render_all()
    qtbot.waitUntil(lambda: bool(win.asked["spend"]), timeout=10000)
    assert win.asked["spend"][0].verdict is Verdict.OVER_BALANCE
    assert emu.calls("/v1/text-to-speech") == [] and win.asked["plan"] == []
    # The one-line preview goes through the same guard.
    win.select_row(0)
    win.render_actions.play_action.trigger()
    qtbot.waitUntil(lambda: len(win.asked["spend"]) == 2, timeout=10000)
    assert emu.calls("/v1/text-to-speech") == []
    win.undo_stack.setClean()


def test_elevenlabs_render_shows_the_plan_then_records_actual_cost(qtbot, monkeypatch, french_srt, emu):
    _elevenlabs(monkeypatch, emu)
    win = _window(qtbot, french_srt, monkeypatch)
    qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
    before = win.job.session.balance.remaining
    estimate = win.model.costs.totals().cost
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000) as blocker:
        win.render_actions.render_all()
    result = blocker.args[0]
    assert win.asked["plan"][0].estimated_total == estimate
    assert result.actual_total == estimate and not result.ledger.off_by_more_than(0.05)
    assert len(emu.calls("/v1/text-to-speech")) == 3 and emu.auto_added == []
    qtbot.waitUntil(lambda: win.job.session.balance.remaining == before - estimate, timeout=10000)  # refreshed
    win.undo_stack.setClean()


def test_a_failed_line_shows_why_and_can_be_retried(qtbot, monkeypatch, french_srt, emu):
    _elevenlabs(monkeypatch, emu)
    # A refusal of this line's text alone: a refused voice would also fail the lines of that voice
    # still queued, and how many were queued by then depends on thread timing.
    emu.inject("text_too_long", "/v1/text-to-speech", times=1)
    win = _window(qtbot, french_srt, monkeypatch)
    qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000):
        win.render_actions.render_all()
    failed = win.render_actions.controller.failed_rows()
    assert len(failed) == 1
    tooltip = win.model.data(win.model.index(failed[0], COL_STATUS), 3)  # ToolTipRole
    assert tooltip and "too long" in tooltip.lower(), tooltip
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000) as blocker:
        assert win.render_actions.retry_failed()
    assert blocker.args[0].requests_sent == 1
    assert win.render_actions.controller.failed_rows() == []
    win.undo_stack.setClean()


def test_cancel_stops_queued_lines(qtbot, monkeypatch, tmp_path, emu):
    from tests.french_film import french_srt as film

    _elevenlabs(monkeypatch, emu)
    path = tmp_path / "film.srt"
    path.write_text(film(40), encoding="utf-8")
    emu.latency = 0.2
    win = _window(qtbot, path, monkeypatch)
    qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
    controller = win.render_actions.controller
    controller.progress.connect(lambda done, total, spent: controller.cancel() if done == 2 else None)
    with qtbot.waitSignal(controller.finished, timeout=30000) as blocker:
        win.render_actions.render_all()
    result = blocker.args[0]
    assert result.stopped_by is not None and result.stopped_by.kind == "cancelled"
    assert result.requests_sent < 20
    assert cue_model.QUEUED not in _states(win) and cue_model.RENDERING not in _states(win)
    qtbot.waitUntil(lambda: pending_count() == 0, timeout=10000)
    win.undo_stack.setClean()


def test_context_changed_lines_are_marked_and_rerendered_on_request(qtbot, monkeypatch, french_srt, emu):
    from studio.gui.table import commands

    _elevenlabs(monkeypatch, emu)
    win = _window(qtbot, french_srt, monkeypatch)
    qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000):
        win.render_actions.render_all()
    commands.push(win.model, commands.edit_text(win.model, 3, "Une fin différente."))
    rows = win.render_actions.controller.context_changed_rows()
    assert rows == [1]  # line 2 was rendered with line 4's old text as its next_text
    assert win.model.data(win.model.index(1, COL_STATUS)) == "Cached (context changed)"
    assert _states(win) == ["done", "done", "", "to_render"]  # the neighbour is never re-rendered by itself
    sent = len(emu.calls("/v1/text-to-speech"))
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000) as blocker:
        assert win.render_actions.rerender_context()
    assert blocker.args[0].requests_sent == 1 and len(emu.calls("/v1/text-to-speech")) == sent + 1
    win.undo_stack.setClean()


def test_the_user_can_lower_concurrency_and_turn_context_off(qtbot, monkeypatch, tmp_path, emu):
    from tests.french_film import french_srt as film

    _elevenlabs(monkeypatch, emu)
    settings.put(settings.CONCURRENCY, 1)
    path = tmp_path / "film.srt"
    path.write_text(film(6), encoding="utf-8")
    emu.latency = 0.05
    win = _window(qtbot, path, monkeypatch)
    qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
    win.job.context_action.setChecked(False)
    assert win.model.costs.settings.context is False
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000) as blocker:
        win.render_actions.render_all()
    assert blocker.args[0].peak_concurrency == 1
    bodies = [call.body for call in emu.calls("/v1/text-to-speech")]
    assert len(bodies) == 6 and all(isinstance(body, dict) and body.get("text") for body in bodies)
    assert not any("previous_text" in body or "next_text" in body for body in bodies)
    win.undo_stack.setClean()


def test_playing_without_an_audio_device_says_so_once(qtbot, monkeypatch, french_srt):
    from studio.gui.render.line_player import LinePlayer

    win = _window(qtbot, french_srt, monkeypatch)
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000):
        win.render_actions.render_all()
    monkeypatch.setattr(LinePlayer, "has_output_device", staticmethod(lambda: False))
    win.select_row(0)
    assert win.render_actions.play_row(0)
    assert "No audio output device" in win.statusBar().currentMessage()
    win.statusBar().clearMessage()
    win.render_actions.play_row(1)
    assert win.statusBar().currentMessage() == ""  # said once, not at every line
    win.render_actions.player.stop()
    win.undo_stack.setClean()


def test_with_no_output_device_a_timer_of_the_clips_length_stands_in_for_the_player(qtbot, monkeypatch, tmp_path):
    """No QMediaPlayer is made when nothing could be heard; started/finished still pace auto-advance."""
    import time

    from studio.gui.render.line_player import LinePlayer

    monkeypatch.setattr(LinePlayer, "has_output_device", staticmethod(lambda: False))
    player = LinePlayer()
    clip = tmp_path / "clip.wav"
    clip.write_bytes(b"RIFF")
    started = time.monotonic()
    with qtbot.waitSignal(player.finished, timeout=5000) as done:
        assert player.play(4, clip, duration_ms=300) and player.playing
    assert done.args == [4] and time.monotonic() - started >= 0.29
    assert player._player is None and not player.playing
    player.play(5, clip, duration_ms=5000)
    with qtbot.assertNotEmitted(player.finished, wait=100):
        player.stop()
    assert player.row is None


def test_a_lying_price_shows_as_unknown_and_the_guard_still_refuses(qtbot, monkeypatch, french_srt, emu):
    """/v1/models claims the model in use is free: the money dock says the price is unknown and counts
    the list price, and a balance short of that is still refused with nothing sent."""
    import dataclasses

    model = emu.models["eleven_multilingual_v2"]
    emu.models[model.model_id] = dataclasses.replace(model, advertised=0)
    _elevenlabs(monkeypatch, emu)
    emu.account.character_count = emu.account.character_limit - 10
    win = _window(qtbot, french_srt, monkeypatch)
    qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
    panel = win.job.dock.totals_panel
    qtbot.waitUntil(lambda: win.model.costs.totals().prices_unknown == 3, timeout=10000)
    totals = win.model.costs.totals()
    assert totals.cost == totals.chars > 0  # 1 credit per character, never 0
    assert panel.file_cost.text().startswith("≤") and "never as free" in panel.file_cost.toolTip()
    assert "Price unknown for 3 line(s)" in panel.file_lines.text()
    win.render_actions.render_all()
    qtbot.waitUntil(lambda: bool(win.asked["spend"]), timeout=10000)
    assert win.asked["spend"][0].verdict is Verdict.OVER_BALANCE
    assert emu.calls("/v1/text-to-speech") == []
    win.undo_stack.setClean()
