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
