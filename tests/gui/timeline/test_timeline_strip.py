"""The timeline strip: real placements from fit_timeline + assemble, drawn in the right colours, click to
select, zoom, and a 2 h film with 1,500 lines painted one column of peaks per pixel."""

from __future__ import annotations

import math
from array import array

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent

from studio.core.assemble import assemble
from studio.core.cues import Cue
from studio.core.fit import TIMELINE_RATE, FitSettings
from studio.core.fit_plan import fit_timeline
from studio.gui.timeline.strip_paint import (_CLIP_H, _CLIP_TOP, _SLOT_H, _SLOT_TOP, _WAVE_COLOR, _WAVE_TOP,
                                             STATE_COLORS)
from studio.gui.timeline.timeline_strip import TimelineStrip

RATE = TIMELINE_RATE


def tone(ms: int, amp: int = 9000) -> bytes:
    wave = [int(amp * math.sin(2 * math.pi * 220 * i / RATE)) for i in range(ms * RATE // 1000)]
    return array("h", wave).tobytes()


# Slots (cue + up to 1 s borrowed, 50 ms guard): 1950, 1950, 1500, 1500, 3000 ms.
CUES = [Cue(1000, 2000, "a"), Cue(3000, 4000, "b"), Cue(5000, 5500, "c"), Cue(9000, 9500, "d"),
        Cue(11000, 13000, "e")]


@pytest.fixture(scope="module")
def track():
    # 800 ms fits; 2300 ms needs x1.18; 3000 ms needs x2 but the cap is x1.25: overflow; line 5 has no audio.
    clips = [tone(800), tone(2300), tone(3000), tone(500), None]
    return assemble(fit_timeline(CUES, clips, FitSettings(trim=False)))


@pytest.fixture
def strip(qtbot, track):
    widget = TimelineStrip()
    qtbot.addWidget(widget)
    widget.resize(900, 110)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_cues(CUES)
    widget.set_placements(track.placements)
    with qtbot.waitSignal(widget.waveform_ready, timeout=30000):
        widget.set_waveform(track.samples, track.sample_rate)
    widget.set_zoom(60)
    widget.scrollbar.setValue(0)
    return widget


def canvas_image(strip: TimelineStrip) -> QImage:
    return strip.canvas.grab().toImage()


def close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_each_clip_state_comes_from_its_placement(strip, track):
    assert [p.overflow_ms > 0 for p in track.placements] == [False, False, True, False, False]
    assert [strip.clip_state(row) for row in range(5)] == ["fits", "stretched", "overflow", "fits", None]
    assert strip.clip_state(99) is None


def test_clips_are_painted_in_their_state_colour_and_the_overflow_is_hatched(strip, track):
    image = canvas_image(strip)
    y = _CLIP_TOP + _CLIP_H // 2
    for row, state in enumerate(["fits", "stretched", "overflow", "fits"]):
        p = track.placements[row]
        # A point inside the clip and before any overflow part.
        x = round(strip.x_of(p.placed_ms + min(p.clip_ms, p.slot_ms) * 0.3))
        assert close(image.pixelColor(x, y), STATE_COLORS[state]), (row, image.pixelColor(x, y).name())
    # The overflowing part (past the slot's end) holds hatch pixels darker than the bar's own red.
    over = track.placements[2]
    slot_end, clip_end = over.start_ms + over.slot_ms, over.placed_ms + over.clip_ms
    xs = range(round(strip.x_of(slot_end)) + 2, round(strip.x_of(clip_end)) - 2)
    lane = range(_CLIP_TOP + 2, _CLIP_TOP + _CLIP_H - 2)
    colours = {image.pixelColor(x, yy).name() for x in xs for yy in lane}
    assert any(QColor(c).lightness() < STATE_COLORS["overflow"].lightness() - 30 for c in colours)
    # Line 5 has a slot but no audio: nothing in the clip lane under it.
    x5 = round(strip.x_of(12000))
    assert not any(close(image.pixelColor(x5, y), c) for c in STATE_COLORS.values())


def test_the_waveform_is_drawn_where_the_dub_speaks_only(strip, track):
    image = canvas_image(strip)
    lane = range(_WAVE_TOP, strip.canvas.height() - 1)

    def wave_pixels(ms: float) -> int:
        x = round(strip.x_of(ms))
        return sum(close(image.pixelColor(x, y), _WAVE_COLOR, 30) for y in lane)

    assert wave_pixels(1400) > 10  # inside line 1's tone
    assert wave_pixels(2500) <= 1  # silence between lines: only the faint centre line


def test_click_on_a_cue_emits_its_row_and_empty_space_emits_nothing(strip, qtbot):
    y = _SLOT_TOP + _SLOT_H // 2
    with qtbot.waitSignal(strip.cue_clicked, timeout=1000) as signal:
        qtbot.mouseClick(strip.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(strip.x_of(5200)), y))
    assert signal.args == [2]
    # In the clip lane, the overflowing clip of line 3 is hit past its cue, where it overlaps nothing else.
    with qtbot.waitSignal(strip.cue_clicked, timeout=1000) as signal:
        qtbot.mouseClick(strip.canvas, Qt.MouseButton.LeftButton,
                         pos=QPoint(round(strip.x_of(7200)), _CLIP_TOP + _CLIP_H // 2))
    assert signal.args == [2]
    with qtbot.assertNotEmitted(strip.cue_clicked):
        qtbot.mouseClick(strip.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(strip.x_of(8300)), y))
    with qtbot.waitSignal(strip.cue_activated, timeout=1000) as signal:
        qtbot.mouseDClick(strip.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(strip.x_of(9200)), y))
    assert signal.args == [3]


def test_set_current_highlights_and_scrolls_only_when_needed(strip):
    strip.set_zoom(400)
    strip.scrollbar.setValue(0)
    strip.set_current(4)
    left, right = strip.visible_range_ms()
    assert left <= 11000 < right and strip.current() == 4
    strip.set_current(4)  # already visible: no jump
    assert strip.visible_range_ms() == (left, right)
    image = canvas_image(strip)
    highlight = strip.palette().color(strip.palette().ColorRole.Highlight)
    x = round(strip.x_of(11000))
    assert any(close(image.pixelColor(x + dx, _SLOT_TOP), highlight, 40) for dx in range(-1, 3))
    strip.set_current(-1)
    assert strip.current() is None


def test_zoom_by_buttons_keys_and_ctrl_wheel(strip, qtbot):
    start = strip.px_per_second
    qtbot.mouseClick(strip.zoom_in_button, Qt.MouseButton.LeftButton)
    assert strip.px_per_second == pytest.approx(start * 1.5)
    qtbot.mouseClick(strip.zoom_out_button, Qt.MouseButton.LeftButton)
    assert strip.px_per_second == pytest.approx(start)
    strip.canvas.setFocus()
    qtbot.keyClick(strip.canvas, Qt.Key.Key_Plus)
    assert strip.px_per_second == pytest.approx(start * 1.5)
    qtbot.keyClick(strip.canvas, Qt.Key.Key_Minus)
    assert strip.px_per_second == pytest.approx(start)

    # Ctrl+wheel zooms around the pointer: the time under it stays under it.
    pos = QPointF(300, 60)
    anchor = strip.ms_at(pos.x())
    wheel = QWheelEvent(pos, strip.canvas.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    strip.canvas.wheelEvent(wheel)
    assert strip.px_per_second == pytest.approx(start * 1.5 ** 2)
    assert strip.ms_at(pos.x()) == pytest.approx(anchor, abs=2000 / strip.px_per_second)
    # A plain wheel scrolls along the film instead.
    value = strip.scrollbar.value()
    plain = QWheelEvent(pos, strip.canvas.mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    strip.canvas.wheelEvent(plain)
    assert strip.scrollbar.value() > value and strip.px_per_second == pytest.approx(start * 1.5 ** 2)

    strip.zoom_to_fit()
    left, right = strip.visible_range_ms()
    assert left == 0 and right >= 13000


def test_clear_audio_keeps_the_cues(strip):
    strip.clear_audio()
    assert not strip.has_waveform()
    assert [strip.clip_state(row) for row in range(5)] == [None] * 5
    image = canvas_image(strip)
    x = round(strip.x_of(1500))
    assert not close(image.pixelColor(x, _CLIP_TOP + _CLIP_H // 2), STATE_COLORS["fits"])
    assert close(image.pixelColor(x, _SLOT_TOP + _SLOT_H // 2), QColor(96, 128, 176), 20)


def test_a_two_hour_film_with_1500_lines_paints_a_bounded_amount_at_every_zoom(qtbot):
    # How fast it paints is measured by tests/bench/bench_timeline.py (not here: a timed test fails on a
    # busy machine). What makes it fast is pinned: a paint reads one column of peaks per pixel, whatever
    # the zoom and the film's length.
    from tests.bench.bench_timeline import film  # the benchmark's film: the same 1,500 lines

    film_ms = 2 * 3600 * 1000
    cues, placements = film(1500, film_ms)
    # A 2 h waveform at 2 kHz keeps the test's memory small; the pyramid and painting do not depend on
    # the rate (the 48 kHz figure is in the report: about 0.2 s to build, off the GUI thread).
    rate = 2000
    pattern = array("h", [int(12000 * math.sin(i / 3)) for i in range(rate)]).tobytes() + bytes(2 * rate)
    samples = pattern * (film_ms // 2000)
    widget = TimelineStrip()
    qtbot.addWidget(widget)
    widget.resize(1600, 110)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_cues(cues)
    widget.set_placements(placements)
    with qtbot.waitSignal(widget.waveform_ready, timeout=10000):
        widget.set_waveform(samples, rate)

    def columns_painted() -> int:
        widget._wave_cache = None  # a full paint, not a cached waveform
        assert not widget.grab().isNull()
        assert widget._wave_cache is not None
        return len(widget._wave_cache[1])

    widget.zoom_to_fit()  # every one of the 1,500 lines on screen
    assert widget.visible_range_ms()[1] >= film_ms
    assert columns_painted() <= widget.width() + 1
    widget.set_zoom(25)
    widget.set_current(800)  # the middle of the film, at the default zoom
    assert widget.visible_range_ms()[0] <= cues[800].start_ms <= widget.visible_range_ms()[1]
    assert columns_painted() <= widget.width() + 1
    widget.set_zoom(800)  # closest zoom: the waveform is read from the samples
    assert columns_painted() <= widget.width() + 1


def test_a_strip_closed_while_its_peaks_are_computed_ignores_them(qtbot, track):
    from studio.gui.kit.tasks import pending_count

    widget = TimelineStrip()
    widget.set_cues(CUES)
    widget.set_waveform(track.samples, track.sample_rate)
    widget.deleteLater()
    qtbot.waitUntil(lambda: pending_count() == 0, timeout=30000)  # delivered to a deleted strip: no error


def test_the_tooltip_tells_the_line_its_speed_and_overflow(strip):
    text = strip._tooltip(QPoint(round(strip.x_of(5200)), _SLOT_TOP + 4))
    assert text.startswith("Line 3:") and "×1.25" in text and "Overflows its slot by" in text
    assert strip._tooltip(QPoint(round(strip.x_of(8300)), _SLOT_TOP + 4)) == ""
    assert "No audio placed" in strip._tooltip(QPoint(round(strip.x_of(12000)), _SLOT_TOP + 4))


def test_a_short_clip_under_the_previous_lines_overflow_stays_visible(qtbot):
    """Line 1 overflows (overlap policy) right across line 2's short clip: line 2 is still drawn in its
    colour, and line 1's overflow shows as a band under it."""
    cues = [Cue(1000, 2000, "a"), Cue(2100, 2600, "b")]
    fitted = assemble(fit_timeline(cues, [tone(3500), tone(300)], FitSettings(trim=False)))
    assert fitted.placements[0].overflow_ms > 1000 and fitted.placements[1].overflow_ms == 0
    widget = TimelineStrip()
    qtbot.addWidget(widget)
    widget.resize(900, 110)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_cues(cues)
    widget.set_placements(fitted.placements)
    widget.set_zoom(200)
    widget.scrollbar.setValue(0)
    image = canvas_image(widget)
    short = fitted.placements[1]
    x = round(widget.x_of(short.placed_ms + short.clip_ms / 2))
    assert close(image.pixelColor(x, _CLIP_TOP + 3), STATE_COLORS["fits"])  # line 2 on top
    assert not close(image.pixelColor(x, _CLIP_TOP + _CLIP_H - 2), STATE_COLORS["fits"])  # line 1's band


def test_update_cues_patches_rows_as_a_full_rebuild_would(qtbot, track):
    """A committed edit patches its rows (no pass over the film); the result matches set_cues."""
    patched, rebuilt = TimelineStrip(), TimelineStrip()
    for strip in (patched, rebuilt):
        qtbot.addWidget(strip)
        strip.set_cues(CUES)
        strip.set_placements(track.placements)
    edited = list(CUES)
    edited[1] = Cue(10_000, 10_400, "b moved after d")  # its span start moves past two rows
    edited[4] = Cue(11_000, 13_000, "e, text only")  # same times: nothing to redo
    patched.update_cues(1, edited[1:2])
    patched.update_cues(4, edited[4:5])
    rebuilt.set_cues(edited)
    assert patched._index.rows == rebuilt._index.rows
    assert patched._index.order == rebuilt._index.order and patched._index.span_starts == rebuilt._index.span_starts
    assert 1 in patched._visible_rows(9_800, 10_600) == rebuilt._visible_rows(9_800, 10_600)
    with pytest.raises(IndexError):
        patched.update_cues(4, edited[3:5])  # past the end: a caller's bug, not a silent no-op


def test_the_tooltip_names_the_rung_of_the_fit_ladder_each_line_used(strip):
    def tip(ms: int) -> str:
        return strip._tooltip(QPoint(round(strip.x_of(ms)), _SLOT_TOP + 4))

    assert "Fit: as rendered" in tip(1200) and "Fit:" not in tip(12000)  # no audio: no rung
    assert "Fit: stretched, pitch kept (the last resort)" in tip(3200) and "Speed ×1.19" in tip(3200)
