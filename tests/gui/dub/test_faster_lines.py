"""Render N Lines Faster…: every offer of the fit ladder accepted at once, after one question with the
total cost; the lines are rendered again at the voice's own faster speed, once each, and paid once."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.gui.kit import settings
from studio.gui.table.cue_columns import COL_FIT
from tests.emulators.checked import checked_elevenlabs
from tests.gui.eleven_window import eleven_window
from tests.gui.table.test_fit_column import SRT, _cell, _settled

TTS = "/v1/text-to-speech"


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _rendered(qtbot, monkeypatch, tmp_path: Path, emu):
    win = eleven_window(qtbot, monkeypatch, tmp_path, emu, SRT, {settings.MAX_SPEED: 1.25})
    qtbot.waitUntil(lambda: win.dub.result is not None, timeout=10000)  # the build that opening a file starts
    with qtbot.waitSignal(win.dub.dub_ready, timeout=30000):
        assert win.render_actions.render_all()
    _settled(qtbot, win)
    return win


def test_accepting_the_offers_asks_once_with_the_total_then_renders_each_line_once_faster(qtbot, monkeypatch,
                                                                                          tmp_path, emu):
    win = _rendered(qtbot, monkeypatch, tmp_path, emu)
    faster = win.dub.faster_lines
    assert faster.action.isEnabled() and faster.action.text() == "Render 2 Line(s) Faster…"  # no catalogue here
    assert faster.action in win.view.actions()  # the table's context menu (the Fit column's too)
    offers = faster.offers()
    assert [row for row, _offer in offers] == [0, 2]
    total = sum(offer.cost for _row, offer in offers)
    assert total == len("Trente-trois caractères en tout.") + len("Une phrase beaucoup trop longue pour une "
                                                                  "seule seconde.")
    box = faster.question(win, offers, total, "credits")
    qtbot.addWidget(box)
    assert "Render 2 line(s) again" in box.text() and f"{total:g} credits in total" in box.informativeText()
    box.show()
    box.grab().save(str(tmp_path / "faster-lines.png"))
    box.close()

    calls_before, spent_before = len(emu.calls(TTS)), emu.account.character_count
    asked = []
    monkeypatch.setattr(faster, "ask_accept", lambda offers, total, unit: asked.append((offers, total, unit)) or True)
    with qtbot.waitSignal(win.dub.dub_ready, timeout=30000):
        assert faster.accept_offers()
    _settled(qtbot, win)
    assert len(asked) == 1 and asked[0][1] == total and len(win.plans) == 1  # the one question was the price
    sent = emu.calls(TTS)[calls_before:]
    assert sorted(call.body["voice_settings"]["speed"] for call in sent) == sorted(o.speed for _r, o in offers)
    assert all(0.7 <= call.body["voice_settings"]["speed"] <= 1.2 for call in sent)  # the documented range
    assert emu.account.character_count - spent_before == total  # paid once, what was asked
    assert _cell(win, 0) == "Spoken faster" and win.model.cue(0).speed == offers[0][1].speed
    assert not faster.action.isEnabled()  # nothing left on offer: line 3 is at the fastest speed already
    assert not faster.accept_offers() and len(emu.calls(TTS)) == calls_before + 2
    win.undo_stack.undo()  # one step gives both lines their voice's speed back (their first clips are cached)
    assert win.model.cue(0).speed is None and win.model.cue(2).speed is None
    win.undo_stack.setClean()


def test_declining_sends_nothing_and_changes_nothing(qtbot, monkeypatch, tmp_path, emu):
    win = _rendered(qtbot, monkeypatch, tmp_path, emu)
    calls = len(emu.calls(TTS))
    monkeypatch.setattr(win.dub.faster_lines, "ask_accept", lambda *args: False)
    assert not win.dub.faster_lines.accept_offers()
    assert len(emu.calls(TTS)) == calls and not win.undo_stack.canUndo()
    assert not win.view.horizontalHeader().isSectionHidden(COL_FIT)
