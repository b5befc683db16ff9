"""The Fit column: before anything is paid, the forecast rung of every line ("Won't fit" marked) and the
count beside the cost; after the render, the rung each line used, with an offer's price in its tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studio.gui.kit import colors
from studio.gui.kit import settings
from studio.gui.table.cue_columns import COL_FIT
from tests.emulators.checked import checked_elevenlabs
from tests.gui.eleven_window import eleven_window

# Line 1 needs a little stretching (33 characters for 2 s, no pause after it), line 2 fits, line 3 cannot
# fit in 1 s whatever is done.
SRT = """1
00:00:01,000 --> 00:00:03,000
Trente-trois caractères en tout.

2
00:00:03,000 --> 00:00:06,000
Et la suite.

3
00:00:06,000 --> 00:00:07,000
Une phrase beaucoup trop longue pour une seule seconde.

4
00:00:07,000 --> 00:00:10,000
Fin.
"""


@pytest.fixture
def emu():
    with checked_elevenlabs() as emulator:
        yield emulator


def _cell(win, row: int, role=Qt.ItemDataRole.DisplayRole):
    return win.model.data(win.model.index(row, COL_FIT), role)


def _settled(qtbot, win) -> None:
    qtbot.waitUntil(lambda: win.model.fits.known and not win.dub.fit_feed.busy, timeout=15000)


def test_the_forecast_shows_before_anything_is_paid_and_the_rung_used_after(qtbot, monkeypatch, tmp_path: Path, emu):
    win = eleven_window(qtbot, monkeypatch, tmp_path, emu, SRT, {settings.MAX_SPEED: 1.25})
    _settled(qtbot, win)
    assert emu.calls("/v1/text-to-speech") == []  # the forecast costs nothing
    assert _cell(win, 0).startswith("Stretch 1.") and _cell(win, 1) == "Fits" and _cell(win, 2) == "Won't fit"
    assert "will not fit, even stretched to the cap" in _cell(win, 2, Qt.ItemDataRole.ToolTipRole)
    assert "Forecast before rendering" in _cell(win, 0, Qt.ItemDataRole.ToolTipRole)
    red = colors.error_color(win.palette())
    assert _cell(win, 2, Qt.ItemDataRole.ForegroundRole) == red and _cell(win, 1, Qt.ItemDataRole.ForegroundRole) is None
    assert not win.view.horizontalHeader().isSectionHidden(COL_FIT)  # a line will not fit: the column shows
    panel = win.job.dock.totals_panel
    assert panel.wont_fit.isVisible() and "will not fit" in panel.wont_fit.text() and "3" in panel.wont_fit.toolTip()
    win.grab().save(str(tmp_path / "fit-before.png"))

    qtbot.waitUntil(lambda: win.dub.result is not None, timeout=10000)  # the build that opening a file starts
    with qtbot.waitSignal(win.dub.dub_ready, timeout=30000):
        assert win.render_actions.render_all()
    _settled(qtbot, win)
    assert _cell(win, 1) == "Fits"
    stretched, too_long = _cell(win, 0), _cell(win, 2)
    assert stretched.startswith("Stretched 1.") and stretched.endswith(" · offer")
    assert too_long == "Too long · offer"
    tip = _cell(win, 0, Qt.ItemDataRole.ToolTipRole)
    offer = win.model.fits.rows.row(0).verdict.offer
    assert "Rendered: stretched" in tip and f"{offer.cost:g} credits" in tip and "Offer: the voice says it" in tip
    win.grab().save(str(tmp_path / "fit-after.png"))
    # An edit makes the line's figures stale: nothing is shown for it until the next pass, then a forecast.
    win.model.set_cue(1, win.model.cue(1).with_text("Et la suite, enfin."))
    assert _cell(win, 1) == ""
    _settled(qtbot, win)
    assert _cell(win, 1) == "Fits" and win.model.fits.rows.row(1).verdict is None
