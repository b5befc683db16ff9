"""The usage plot (period, bars, reset marker, no-data) and the dialog that loads it off-thread."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtGui import QColor, QPalette

from studio.gui.kit import colors
from studio.gui.money.usage_dialog import UsageDialog
from studio.gui.money.usage_plot import (UsagePlot, daily_totals, month_earlier, nice_step, usage_fetch_range,
                                         usage_period)
from studio.providers.base import ErrorKind, ProviderError
from studio.providers.elevenlabs_usage import UsagePoint

UTC = timezone.utc
RESET = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def twenty_days() -> list[UsagePoint]:
    """Daily UTC buckets from 1 Nov to 20 Nov 2026, one of them empty."""
    first = datetime(2026, 11, 1, tzinfo=UTC)
    return [UsagePoint(first + timedelta(days=i), 0.0 if i == 7 else float(100 * (i % 5 + 1)))
            for i in range(20)]


# -- the period ----------------------------------------------------------------------------------
def test_period_is_the_month_before_the_next_reset() -> None:
    assert usage_period(RESET, NOW) == (datetime(2026, 11, 3, 15, 0, tzinfo=UTC), RESET)


@pytest.mark.parametrize(("reset", "start"), [
    (datetime(2026, 3, 31, 9, 0, tzinfo=UTC), datetime(2026, 2, 28, 9, 0, tzinfo=UTC)),
    (datetime(2028, 3, 31, 9, 0, tzinfo=UTC), datetime(2028, 2, 29, 9, 0, tzinfo=UTC)),  # leap year
    (datetime(2027, 1, 15, 9, 0, tzinfo=UTC), datetime(2026, 12, 15, 9, 0, tzinfo=UTC)),
    (datetime(2026, 5, 31, 0, 0, tzinfo=UTC), datetime(2026, 4, 30, 0, 0, tzinfo=UTC)),
])
def test_month_earlier_clamps_the_day(reset, start) -> None:
    assert month_earlier(reset) == start
    assert usage_period(reset, reset - timedelta(days=1)) == (start, reset)


def test_no_reset_means_the_last_30_days() -> None:
    assert usage_period(None, NOW) == (NOW - timedelta(days=30), NOW)


def test_a_reset_in_the_past_or_far_away_means_the_last_30_days() -> None:
    assert usage_period(NOW - timedelta(days=1), NOW) == (NOW - timedelta(days=30), NOW)
    far = NOW + timedelta(days=90)  # a quarterly refill: "the month before" does not contain today
    assert usage_period(far, NOW) == (NOW - timedelta(days=30), NOW)


def test_the_period_start_itself_is_inside() -> None:
    start = month_earlier(RESET)
    assert usage_period(RESET, start) == (start, RESET)


def test_fetch_range_is_whole_utc_days() -> None:
    assert usage_fetch_range(RESET, NOW) == (datetime(2026, 11, 3, tzinfo=UTC),
                                             datetime(2026, 12, 3, 23, 59, 59, tzinfo=UTC))
    midnight = datetime(2026, 12, 3, tzinfo=UTC)  # a reset at 00:00 does not include its own day
    assert usage_fetch_range(midnight, NOW) == (datetime(2026, 11, 3, tzinfo=UTC),
                                                datetime(2026, 12, 2, 23, 59, 59, tzinfo=UTC))


def test_daily_totals_sum_hours_of_one_day() -> None:
    points = [UsagePoint(datetime(2026, 11, 2, h, tzinfo=UTC), 10.0) for h in (0, 5, 23)]
    points.append(UsagePoint(datetime(2026, 11, 3, 0, tzinfo=UTC), 4.0))
    assert daily_totals(points) == {date(2026, 11, 2): 30.0, date(2026, 11, 3): 4.0}


@pytest.mark.parametrize(("span", "step"), [(4800, 2000), (500, 200), (90, 25), (3, 1), (0, 1),
                                            (100_000, 25_000)])
def test_nice_step(span, step) -> None:
    assert nice_step(span) == step


# -- the plot ------------------------------------------------------------------------------------
@pytest.fixture
def plot(qtbot) -> UsagePlot:
    widget = UsagePlot()
    widget.tz = UTC
    qtbot.addWidget(widget)
    widget.resize(560, 260)
    widget.show()
    return widget


def test_bars_cover_the_billing_period_and_the_reset_is_marked(plot) -> None:
    plot.set_usage(twenty_days(), RESET, "credits", now=NOW)
    assert plot.state == "data"
    # Whole UTC days from 1 Nov (the earliest point widens the period) through the reset day.
    assert plot.days[0][0] == datetime(2026, 11, 1, tzinfo=UTC)
    assert plot.days[-1][0] == datetime(2026, 12, 3, tzinfo=UTC)
    assert plot.total == sum(p.credits for p in twenty_days())
    bars = plot.bar_rects()
    assert len(bars) == 19  # the empty day has no bar
    assert all(b.right() <= c.left() + 0.01 for (b, _, _), (c, _, _) in zip(bars, bars[1:]))  # no overlap
    heights = {value: bar.height() for bar, _, value in bars}
    assert heights[500.0] == pytest.approx(5 * heights[100.0], rel=0.01)
    marker = plot.reset_marker_x()
    assert marker is not None and marker > max(bar.right() for bar, _, _ in bars)
    assert marker <= plot.width()
    assert plot.reset_label() == "Reset 3 Dec"


def test_the_painted_image_shows_bars_and_the_reset_line(plot) -> None:
    plot.set_usage(twenty_days(), RESET, "credits", now=NOW)
    image = plot.grab().toImage()
    bar, _, _ = max(plot.bar_rects(), key=lambda item: item[2])
    highlight = plot.palette().color(QPalette.ColorRole.Highlight)
    assert image.pixelColor(round(bar.center().x()), round(bar.center().y())) == highlight
    x = round(plot.reset_marker_x())
    rect = plot._plot_rect()
    column = [image.pixelColor(xx, y) for xx in (x - 1, x, x + 1)
              for y in range(round(rect.top()), round(rect.bottom()))]
    assert any(_near(c, colors.warning_color(plot.palette())) for c in column)


def _near(color: QColor, target: QColor) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(color.getRgb()[:3], target.getRgb()[:3]))


def test_no_data_state(plot) -> None:
    plot.set_usage([], RESET, "credits", now=NOW)
    assert plot.state == "empty" and plot.message == "No usage data for this period."
    assert plot.bar_rects() == [] and plot.reset_marker_x() is None
    plot.grab()  # paints without error


def test_only_zeros_is_nothing_used(plot) -> None:
    plot.set_usage([UsagePoint(NOW - timedelta(days=2), 0.0)], RESET, "credits", now=NOW)
    assert plot.state == "empty" and plot.message == "Nothing used in this period yet."


def test_without_a_reset_the_last_30_days_and_no_marker(plot) -> None:
    plot.set_usage([UsagePoint(NOW - timedelta(days=3), 40.0)], None, "credits", now=NOW)
    assert plot.state == "data" and plot.reset_marker_x() is None
    assert len(plot.days) == 31 and plot.days[-1][0] == datetime(2026, 11, 21, tzinfo=UTC)


def test_a_narrow_plot_still_draws(qtbot) -> None:
    widget = UsagePlot()
    qtbot.addWidget(widget)
    widget.resize(widget.minimumSizeHint())
    widget.set_usage(twenty_days(), RESET, "credits", now=NOW)
    widget.grab()
    assert all(bar.width() >= 1 for bar, _, _ in widget.bar_rects())


# -- the dialog ----------------------------------------------------------------------------------
@pytest.fixture
def dialog(qtbot) -> UsageDialog:
    widget = UsageDialog(resets_at=RESET, now=NOW)
    widget.plot.tz = UTC
    qtbot.addWidget(widget)
    return widget


def test_dialog_loads_off_the_gui_thread(qtbot, dialog) -> None:
    threads = []

    def fetch() -> list[UsagePoint]:
        threads.append(threading.current_thread() is threading.main_thread())
        return twenty_days()

    task = dialog.load(fetch)
    assert dialog.plot.state == "loading"
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert threads == [False]
    assert dialog.plot.state == "data"
    # The points start on 1 Nov, before the period: the total names the first day it counts.
    assert dialog.total_label.text().startswith("5,700 credits used since 1 Nov 2026.")
    assert "Credits reset on 3 Dec 2026 at 15:00" in dialog.total_label.text()
    assert dialog.period_label.text() == "Credits used per day, 3 Nov 2026 – 3 Dec 2026"
    assert dialog.error_label.isHidden() and dialog.retry_button.isHidden()


def test_dialog_shows_a_failed_fetch_and_can_try_again(qtbot, dialog) -> None:
    def failing() -> list[UsagePoint]:
        raise ProviderError(ErrorKind.NETWORK)

    task = dialog.load(failing)
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert dialog.plot.state == "error"
    assert dialog.error_label.text() == "The provider could not be reached: check your internet connection."
    assert not dialog.error_label.isHidden() and not dialog.retry_button.isHidden()
    dialog.grab()

    dialog._fetch = twenty_days  # the network is back
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.plot.state == "data", timeout=30000)
    assert dialog.error_label.isHidden() and dialog.retry_button.isHidden()


def test_an_unexpected_error_shows_no_internals(qtbot, dialog, caplog) -> None:
    def broken() -> list[UsagePoint]:
        raise RuntimeError("boom sk_0123456789abcdef")

    task = dialog.load(broken)
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert dialog.plot.state == "error"
    assert "unexpected error" in dialog.error_label.text()
    assert "sk_0123456789abcdef" not in dialog.error_label.text()


def test_a_closed_dialog_ignores_a_late_answer(qtbot, dialog) -> None:
    release = threading.Event()
    task = dialog.load(lambda: release.wait(5) and twenty_days())
    dialog.reject()
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert task.discarded and dialog.plot.state == "loading"
