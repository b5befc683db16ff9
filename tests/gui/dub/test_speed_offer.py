"""Render Line Faster: a line too long for its place is offered an ElevenLabs re-render at a faster
speaking speed, with its price, and only renders after the user accepts."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from studio.gui.dub.speed_offer import SpeedOfferDialog
from studio.gui.kit import settings
from studio.gui.shell.main_window import MainWindow
from tests.emulators.checked import checked_elevenlabs
from tests.gui.eleven_window import RACHEL, eleven_window

SHOTS = Path(os.environ.get("VOICE_SHOTS", "/tmp/voice_shots"))

# Line 1: 33 characters, about 2.2 s in the emulator's voice, for a 2 s cue followed at once by line 2.
SRT = """1
00:00:01,000 --> 00:00:03,000
Trente-trois caractères en tout.

2
00:00:03,000 --> 00:00:06,000
Et la suite.
"""


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _window(qtbot, monkeypatch, tmp_path: Path, emu) -> MainWindow:
    # No atempo: the overflow stays for the offer to fix.
    win = eleven_window(qtbot, monkeypatch, tmp_path, emu, SRT, {settings.MAX_SPEED: 1.0})
    qtbot.waitUntil(lambda: win.dub.result is not None, timeout=10000)  # the build that opening a file starts
    with qtbot.waitSignal(win.dub.dub_ready, timeout=30000):
        assert win.render_actions.render_all()
    return win


def test_an_overflowing_line_is_offered_a_faster_render_with_its_cost_and_then_fits(qtbot, monkeypatch, tmp_path,
                                                                                    emu):
    win = _window(qtbot, monkeypatch, tmp_path, emu)
    offers = win.dub.speed_offer
    before = win.dub.result.placements[0]
    assert before.overflow_ms > 0
    win.select_row(1)
    assert not offers.action.isEnabled()  # line 2 fits: nothing to offer
    win.select_row(0)
    assert offers.action.isEnabled()
    calls_before = len(emu.calls("/v1/text-to-speech"))
    spent_before = emu.account.character_count
    asked = []

    def accept(offer, offer_at, unit, overflow_ms, stretched):  # noqa: ANN001
        asked.append((offer, overflow_ms))
        return offer

    monkeypatch.setattr(offers, "ask_offer", accept)
    with qtbot.waitSignal(win.dub.dub_ready, timeout=30000) as built:
        assert offers.offer_current()
    offer, overflow = asked[0]
    assert overflow == before.overflow_ms and 1.0 < offer.speed <= 1.2 and offer.fits
    assert offer.cost == len("Trente-trois caractères en tout.")
    assert len(win.plans) == 1  # only the first render asked: the offer's price was the question
    assert win.job.session.balance is not None
    sent = emu.calls("/v1/text-to-speech")[calls_before:]
    assert len(sent) == 1 and sent[0].body["voice_settings"]["speed"] == offer.speed
    assert emu.account.character_count - spent_before == offer.cost  # charged exactly what was offered
    after = built.args[0].placements[0]
    assert after.overflow_ms == 0 and after.source_ms < before.source_ms
    assert win.model.cue(0).speed == offer.speed and emu.auto_added == []
    # Undo: back to the voice's speed, whose clip is still cached (nothing is sent or paid again).
    win.undo_stack.undo()
    assert win.model.cue(0).speed is None and win.model.costs.line(0).cost == 0
    win.undo_stack.redo()
    assert offers.clear_action.isEnabled()
    # The line's speed is kept with the subtitles: saved in the companion project, back on reopening.
    assert win.save()
    from studio.core.project import load_project
    assert load_project(tmp_path / "film.dubproj").cue_speeds == {1: offer.speed}
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(tmp_path / "film.srt")
    assert win.model.cue(0).speed == offer.speed and win.model.costs.line(0).cost == 0  # its clip is cached


def test_declining_the_offer_sends_nothing_and_changes_nothing(qtbot, monkeypatch, tmp_path, emu):
    win = _window(qtbot, monkeypatch, tmp_path, emu)
    win.select_row(0)
    calls_before = len(emu.calls("/v1/text-to-speech"))
    monkeypatch.setattr(win.dub.speed_offer, "ask_offer", lambda *args: None)
    assert not win.dub.speed_offer.offer_current()
    assert len(emu.calls("/v1/text-to-speech")) == calls_before
    assert win.model.cue(0).speed is None and not win.undo_stack.canUndo()


def test_the_dialog_follows_the_chosen_speed_with_prediction_and_price(qtbot, monkeypatch, tmp_path, emu):
    win = _window(qtbot, monkeypatch, tmp_path, emu)
    offers = win.dub.speed_offer
    offer = offers.offer(0)
    placement = win.dub.result.placements[0]
    dialog = SpeedOfferDialog(win, offer, lambda speed: offers.offer(0, speed), "credits",
                              placement.overflow_ms, placement.speed)
    qtbot.addWidget(dialog)
    assert "fits without speed-up" in dialog.result_label.text()
    assert dialog.cost_label.text() == "32 credits"
    dialog.speed.setValue(1.01)  # too slow to fit: the dialog says by how much
    assert "too long" in dialog.result_label.text() and dialog.offer.speed == 1.01
    assert dialog.render_button.text() == "Render at 1.01×"
    dialog.show()
    dialog.grab().save(str(tmp_path / "speed-offer.png"))
    win.undo_stack.setClean()


def test_a_french_user_reads_the_offer_in_french_figures(qtbot, translator, tmp_path):
    """No emulator needed: the dialog only shows the offers it is given."""
    from dataclasses import replace

    from studio.core.speed_offer import SpeedOffer

    translator("fr")
    offer = SpeedOffer(line=3, current_speed=1.0, speed=1.08, room_ms=2000, spoken_ms=2240, predicted_ms=2074,
                       predicted_stretch=1.04, predicted_overflow_ms=0, spec=None, cost=32, cached=False)
    dialog = SpeedOfferDialog(None, offer, lambda speed: replace(offer, speed=speed), "credits", 150, 1.15)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel)] + [dialog.render_button.text()]
    shown = "\n".join(texts)
    assert "accélérée ×1,15" in shown and "(actuellement ×1)" in shown, shown
    assert dialog.result_label.text() == ("environ 2,1\u00a0s de parole pour 2,0\u00a0s de place\u00a0: tient avec une "
                                          "accélération ×1,04.")
    assert dialog.render_button.text() == "Générer à ×1,08"
    assert dialog.speed.text() == "×1,08"  # the spin box writes the locale's figures too, the sign first
    assert not re.search(r"\d\.\d", shown), shown  # no English decimal point anywhere
    dialog.grab().save(str(SHOTS / "speed-offer-fr.png"))
