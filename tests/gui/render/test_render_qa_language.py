"""A render in the window judges each clip by the subtitles' language (as the fit forecast does): Chinese
lines said by espeak-ng's Mandarin voice, about 4 characters a second, are not "Suspect" (at the default
14 a second most of them were "much longer than the text takes to say"). Real espeak-ng, no network."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studio.core.clip_qa import verdict_of
from studio.gui.table.cue_columns import COL_QA
from tests.core.test_clip_qa_language import ZH
from tests.gui.offline_window import offline_window
from tests.gui.render.test_render_faults_gui import emu  # noqa: F401 - fixture


@pytest.mark.timeout(120)
def test_chinese_lines_rendered_in_the_window_are_not_suspect(qtbot, monkeypatch, tmp_path: Path):
    srt = tmp_path / "film.srt"
    srt.write_text("\n".join(f"{n}\n00:00:{n * 8:02d},000 --> 00:00:{n * 8 + 6:02d},000\n{text}\n"
                             for n, text in enumerate(ZH, start=1)), encoding="utf-8")
    win = offline_window(qtbot, monkeypatch, "sit/cmn")
    controller = win.render_actions.controller
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(srt)
    qtbot.waitUntil(lambda: controller.cache is not None, timeout=20000)
    with qtbot.waitSignal(controller.finished, timeout=60000):
        assert win.render_actions.render_all()
    verdicts = [verdict_of(controller.cache.meta(win.model.costs.line(row).spec.key)) for row in range(len(ZH))]
    assert [(v.status, v.reasons) for v in verdicts] == [("ok", ())] * len(ZH)
    assert [win.model.data(win.model.index(row, COL_QA), Qt.ItemDataRole.DisplayRole) for row in range(len(ZH))] \
        == [""] * len(ZH)
    win.grab().save(str(tmp_path / "chinese-render.png"))


@pytest.mark.timeout(120)
def test_a_clip_fetched_back_before_paying_is_judged_in_the_subtitles_language(qtbot, monkeypatch, tmp_path, emu):
    """A render that died with a Chinese line in flight; its take in ElevenLabs' history is real Mandarin
    speech. The window's recovery judges it in the subtitles' language: not "Suspect" (at the default 14
    characters a second it was "much longer than the text takes to say")."""
    from studio.core.clip_qa import AUDIO_ONLY
    from studio.gui.table import cue_model
    from tests.gui.render.test_render_faults_gui import _window, died_in_flight
    from tests.providers.test_recovery_qa_language import mandarin_mp3

    srt = tmp_path / "film.srt"
    srt.write_text("\n".join(f"{n}\n00:00:{n * 8:02d},000 --> 00:00:{n * 8 + 6:02d},000\n{text}\n"
                             for n, text in enumerate(ZH[:2], start=1)), encoding="utf-8")
    win = _window(qtbot, srt, monkeypatch, emu)
    spec = win.model.costs.line(0).spec
    item = died_in_flight(emu, spec)
    emu.account.history_audio[item["history_item_id"]] = (mandarin_mp3(spec.text), "audio/mpeg")
    controller = win.render_actions.controller
    with qtbot.waitSignal(controller.finished, timeout=60000):
        assert win.render_actions.render_all()
    assert win.model.status_of(0)[0] == cue_model.RECOVERED
    verdict = verdict_of(controller.cache.meta(spec.key))
    assert verdict is not None and (verdict.status, verdict.reasons) == ("ok", (AUDIO_ONLY,))
    assert win.model.data(win.model.index(0, COL_QA), Qt.ItemDataRole.DisplayRole) == ""
    win.undo_stack.setClean()
