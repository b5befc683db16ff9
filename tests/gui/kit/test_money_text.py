"""Amounts in their unit and the reset sentence in local time, across zones and DST changes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from studio.gui.kit import money_text

UTC = timezone.utc
GB = QLocale("en_GB")  # 24-hour clock, "3 Dec 2026"


@pytest.mark.parametrize(("seconds", "text"), [
    (3723, "1:02:03"),
    (0, "0:00:00"),
    (59.9, "0:00:59"),        # rounded down: never promise a second the account does not have
    (300, "0:05:00"),
    (36000, "10:00:00"),
    (100 * 3600 + 61, "100:01:01"),
    (-5, "-0:00:05"),
])
def test_audio_time_is_h_mm_ss(seconds, text) -> None:
    assert money_text.format_audio_time(seconds) == text


@pytest.mark.parametrize(("value", "unit", "text"), [
    (82769, "credits", "82,769 credits"),
    (1, "credits", "1 credit"),
    (12.5, "credits", "12.5 credits"),
    (0, "credits", "0 credits"),
    (3723, "seconds", "1:02:03"),
    (None, "none", "free"),
    (500, "none", "free"),
    (None, "credits", "unknown"),
])
def test_amount_text(value, unit, text) -> None:
    assert money_text.amount_text(value, unit, GB) == text


def test_thousands_are_grouped_even_in_the_c_locale() -> None:
    assert money_text.amount_text(82769, "credits", QLocale.c()) == "82,769 credits"
    assert money_text.format_number(1_000_000, QLocale.c()) == "1,000,000"


def test_numbers_follow_the_ui_language() -> None:
    assert money_text.format_number(82769, QLocale("fr_FR")) == "82\u202f769"
    assert money_text.format_number(82769, QLocale("de_DE")) == "82.769"
    assert money_text.amount_number(3723, "seconds") == "1:02:03"
    assert money_text.amount_number(None, "none") == "Free"


@pytest.mark.parametrize(("utc", "zone", "text"), [
    # Paris: UTC+1 in winter, UTC+2 in summer.
    (datetime(2026, 12, 3, 14, 0, tzinfo=UTC), "Europe/Paris", "Credits reset on 3 Dec 2026 at 15:00"),
    (datetime(2026, 7, 3, 14, 0, tzinfo=UTC), "Europe/Paris", "Credits reset on 3 Jul 2026 at 16:00"),
    # New York: EDT (UTC-4) until 1 Nov 2026 06:00 UTC, then EST (UTC-5).
    (datetime(2026, 10, 31, 14, 0, tzinfo=UTC), "America/New_York", "Credits reset on 31 Oct 2026 at 10:00"),
    (datetime(2026, 11, 1, 5, 59, tzinfo=UTC), "America/New_York", "Credits reset on 1 Nov 2026 at 01:59"),
    (datetime(2026, 11, 1, 6, 0, tzinfo=UTC), "America/New_York", "Credits reset on 1 Nov 2026 at 01:00"),
    (datetime(2026, 11, 2, 14, 0, tzinfo=UTC), "America/New_York", "Credits reset on 2 Nov 2026 at 09:00"),
    (datetime(2026, 11, 2, 3, 0, tzinfo=UTC), "America/New_York", "Credits reset on 1 Nov 2026 at 22:00"),
    # Kolkata: a half-hour offset (UTC+5:30), and a reset that is already tomorrow there.
    (datetime(2026, 12, 3, 14, 0, tzinfo=UTC), "Asia/Kolkata", "Credits reset on 3 Dec 2026 at 19:30"),
    (datetime(2026, 12, 3, 20, 0, tzinfo=UTC), "Asia/Kolkata", "Credits reset on 4 Dec 2026 at 01:30"),
    (datetime(2026, 12, 3, 14, 0, tzinfo=UTC), "UTC", "Credits reset on 3 Dec 2026 at 14:00"),
    # New Year's Eve in UTC is already next year in Kolkata.
    (datetime(2026, 12, 31, 20, 0, tzinfo=UTC), "Asia/Kolkata", "Credits reset on 1 Jan 2027 at 01:30"),
])
def test_reset_sentence_in_local_time(utc, zone, text) -> None:
    assert money_text.reset_sentence(utc, tz=ZoneInfo(zone), locale=GB) == text


def test_reset_sentence_accepts_any_aware_datetime() -> None:
    paris_noon = datetime(2026, 12, 3, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert money_text.reset_sentence(paris_noon, tz=ZoneInfo("Asia/Kolkata"), locale=GB) == \
        "Credits reset on 3 Dec 2026 at 16:30"


def test_naive_datetime_is_read_as_utc() -> None:
    naive = datetime(2026, 12, 3, 14, 0)
    assert money_text.reset_sentence(naive, tz=ZoneInfo("Europe/Paris"), locale=GB) == \
        "Credits reset on 3 Dec 2026 at 15:00"


def test_reset_sentence_defaults_to_this_computers_zone() -> None:
    moment = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    local = moment.astimezone()
    assert money_text.reset_sentence(moment, locale=GB).endswith(f"at {local:%H:%M}")


def test_reset_sentence_words_follow_the_locale() -> None:
    moment = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    assert money_text.reset_sentence(moment, tz=UTC, locale=QLocale("fr_FR")) == \
        "Credits reset on 3 déc. 2026 at 14:00"
    us = money_text.reset_sentence(moment, tz=UTC, locale=QLocale("en_US"))
    assert us.startswith("Credits reset on 3 Dec 2026 at 2:00") and us.endswith("PM")


def test_seconds_balance_resets_sentence() -> None:
    moment = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    assert money_text.reset_sentence(moment, "seconds", UTC, GB) == "Balance resets on 3 Dec 2026 at 14:00"


@pytest.mark.parametrize(("left", "text"), [
    (timedelta(days=11, hours=23), "in 12 days"),
    (timedelta(days=12, hours=2), "in 12 days"),
    (timedelta(days=1, hours=3), "in 1 day"),
    (timedelta(hours=5, minutes=10), "in 5 hours"),
    (timedelta(hours=1), "in 1 hour"),
    (timedelta(minutes=20), "in under an hour"),
    (timedelta(0), ""),
    (timedelta(days=-2), ""),
])
def test_time_until(left, text) -> None:
    now = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    assert money_text.time_until_text(now + left, now) == text


def test_tier_text() -> None:
    assert money_text.tier_text("creator") == "Creator plan"
    assert money_text.tier_text("pro_annual") == "Pro annual plan"
