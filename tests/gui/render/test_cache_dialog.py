"""Tools ▸ Clip Cache…: the folder, the size of the clips and of their rebuildable copies (measured off the
GUI thread), the remembered cap on the copies that every dub of the window sweeps to, clearing the copies
(no clip touched) and clearing everything after a warning that says what the clips cost. Real renders:
the ElevenLabs emulator over loopback (its answers carry the cost) and the offline engine."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox

from studio.core.cache_usage import MB
from studio.core.derived_cache import DerivedCache
from studio.gui.kit import settings
from studio.gui.kit.tasks import pending_count
from studio.gui.render import cache_dialog
from tests.gui.render.test_render_actions import _elevenlabs, _states, _window, emu  # noqa: F401

SHOTS = Path(os.environ.get("CACHE_SHOTS", "/tmp/cache-dialog"))


def _clips(cache) -> dict[Path, bytes]:  # noqa: ANN001
    return {path: path.read_bytes() for path in cache.root.glob("??/*")}


def _measured(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not dialog.panel._busy, timeout=10000)


def _rendered_and_dubbed(qtbot, win) -> None:  # noqa: ANN001
    """Render every line, then wait for the dub the window builds from the clips (its copies kept)."""
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000):
        assert win.render_actions.render_all()
    cache = win.render_actions.controller.cache
    qtbot.waitUntil(lambda: pending_count() == 0 and DerivedCache(cache.root).size_bytes() > 0, timeout=60000)


def test_the_dialog_shows_both_sizes_and_what_the_clips_cost_and_clears_the_copies_alone(
        qtbot, monkeypatch, french_srt, emu, translator):
    translator("en")  # the English plurals, as the app installs them
    _elevenlabs(monkeypatch, emu)
    win = _window(qtbot, french_srt, monkeypatch)
    qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
    _rendered_and_dubbed(qtbot, win)
    cache = win.render_actions.controller.cache
    derived = DerivedCache(cache.root).size_bytes()
    assert len(cache) == 3 and derived > 0
    costs = sum(cache.meta(key).cost for key in cache.keys())
    assert costs > 0  # the emulator's character-cost header, recorded beside each clip
    dialog = win.render_actions.show_cache()
    assert win.render_actions.cache_action in win.menuBar().actions()[4].menu().actions()  # Tools
    _measured(qtbot, dialog)
    assert dialog.panel.folder_label.text() == str(cache.root)
    assert dialog.panel.clips_label.text().startswith("3 clips, ")
    assert f"Rendering them cost {costs:g} credits (ElevenLabs)." in dialog.panel.clips_label.text()
    assert dialog.panel.usage.derived_bytes == derived and dialog.panel.derived_label.text().startswith(
        cache_dialog.size_text(derived))
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "cache-en.png"))
    opened: list[QUrl] = []
    monkeypatch.setattr(cache_dialog, "open_url", lambda url: opened.append(url) or True)
    assert dialog.panel.open_folder() and opened == [QUrl.fromLocalFile(str(cache.root))]

    clips = _clips(cache)
    dialog.panel.clear_rebuildable()
    _measured(qtbot, dialog)
    assert DerivedCache(cache.root).size_bytes() == 0 and dialog.panel.usage.derived_bytes == 0
    assert _clips(cache) == clips and _states(win) == ["done", "done", "", "done"]  # not one clip touched
    assert dialog.panel.status_label.text() == f"{cache_dialog.size_text(derived)} freed."

    asked = []

    def look_and_cancel(box: QMessageBox) -> int:
        box.show()
        box.grab().save(str(SHOTS / "clear-en.png"))
        asked.append((box.text(), box.informativeText()))
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look_and_cancel)
    dialog.panel.clear_everything()  # the user says no: nothing goes
    assert asked == [("Delete 3 rendered clips? Lines rendered with a paid voice will cost credits again.",
                      f"Rendering them cost {costs:g} credits (ElevenLabs).")] and _clips(cache) == clips
    monkeypatch.setattr(dialog.panel, "ask_clear_cache", lambda usage: True)
    with qtbot.waitSignal(dialog.panel.cleared, timeout=10000):
        dialog.panel.clear_everything()
    _measured(qtbot, dialog)
    assert len(cache) == 0 and not _clips(cache) and dialog.panel.usage.clips == 0
    assert _states(win) == ["to_render", "to_render", "", "to_render"]
    assert win.statusBar().currentMessage() == "The clip cache was cleared."
    dialog.close()
    win.undo_stack.setClean()


def test_the_cache_is_not_cleared_under_a_running_render(qtbot, monkeypatch, french_srt, emu, translator):
    translator("en")
    _elevenlabs(monkeypatch, emu)
    win = _window(qtbot, french_srt, monkeypatch)
    qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
    dialog = win.render_actions.show_cache()
    _measured(qtbot, dialog)
    asked = []
    monkeypatch.setattr(dialog.panel, "ask_clear_cache", lambda usage: asked.append(usage) or True)
    emu.latency = 0.3  # the render is still storing its clips when the user clears
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=30000):
        assert win.render_actions.render_all()
        dialog.panel.clear_everything()
        assert not asked and "A render is running" in dialog.panel.status_label.text()
    assert len(win.render_actions.controller.cache) == 3 and _states(win) == ["done", "done", "", "done"]
    dialog.close()
    win.undo_stack.setClean()


def test_the_cap_is_remembered_and_every_dub_of_the_window_sweeps_to_it(qtbot, monkeypatch, french_srt):
    win = _window(qtbot, french_srt, monkeypatch)  # the offline voice: free clips
    _rendered_and_dubbed(qtbot, win)
    cache = win.render_actions.controller.cache
    assert DerivedCache(cache.root).size_bytes() > 0  # under the default cap, the dub's copies are kept
    dialog = win.render_actions.show_cache()
    _measured(qtbot, dialog)
    assert dialog.panel.limit_spin.value() == 2048 and win.dub.current_inputs().derived_limit_bytes == 2048 * MB
    assert "free offline voice" in dialog.panel.clips_label.text()
    dialog.panel.limit_spin.setValue(0)  # keep none
    assert settings.get(settings.DERIVED_LIMIT_MB) == 0 and win.dub.current_inputs().derived_limit_bytes == 0
    clips = _clips(cache)
    with qtbot.waitSignal(win.dub.dub_ready, timeout=60000):
        assert win.dub.refresh()
    assert DerivedCache(cache.root).size_bytes() == 0 and _clips(cache) == clips  # swept; clips kept
    dialog.close()
    again = win.render_actions.show_cache()
    assert again.panel.limit_spin.value() == 0  # remembered
    again.close()
    win.undo_stack.setClean()


def test_the_dialog_in_french(qtbot, monkeypatch, french_srt, emu, translator):
    translator("fr")
    _elevenlabs(monkeypatch, emu)
    win = _window(qtbot, french_srt, monkeypatch)
    qtbot.waitUntil(lambda: win.job.session.balance is not None, timeout=10000)
    _rendered_and_dubbed(qtbot, win)
    dialog = win.render_actions.show_cache()
    _measured(qtbot, dialog)
    assert dialog.windowTitle() == "Cache des clips" and dialog.panel.clips_label.text().startswith("3 clips, ")
    assert "crédits (ElevenLabs)" in dialog.panel.clips_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "cache-fr.png"))
    seen = []

    def look_and_cancel(box: QMessageBox) -> int:
        box.show()
        box.grab().save(str(SHOTS / "clear-fr.png"))
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look_and_cancel)
    dialog.panel.clear_everything()
    assert seen == ["Supprimer 3 clips générés ? Les répliques générées avec une voix payante coûteront de "
                    "nouveau des crédits."] and len(win.render_actions.controller.cache) == 3
    dialog.close()
    win.undo_stack.setClean()
