"""How money-like figures read on screen: an amount in its unit, and when the credits come back.

    amount_text(82769, "credits")          -> "82,769 credits"
    amount_text(3723, "seconds")           -> "1:02:03"   (Narakeet bills seconds of audio)
    amount_text(None, "none")              -> "free"      (the offline engine)
    reset_sentence(resets_at)              -> "Credits reset on 3 Dec 2026 at 15:00" (local time)

Every sentence goes through `MoneyText.tr("...")`, a literal in the context "MoneyText", so lupdate finds
it; dates and times use QLocale so they follow the interface language, while the time zone is the
computer's (or the one a test pins).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone, tzinfo

from PySide6.QtCore import QDate, QLocale, QObject, QTime


class MoneyText(QObject):
    """The translation context of these texts: `MoneyText.tr("...")`, plurals `MoneyText.tr("...", "", n)`.

    Not QCoreApplication.translate: pyside6-lupdate takes it for a plural only when n is a literal
    number, and a `X.tr` after a QCoreApplication.translate in the same function lands in a context
    named "QCoreApplication.X".
    """


def plural_count(value: float) -> int:
    """The n that picks the plural form for an amount: 2 for a fraction ("0.5 credits", "1.5 credits")."""
    value = float(value)
    return int(value) if value.is_integer() else 2


def number_locale(locale: QLocale | None = None) -> QLocale:
    """The UI locale, with thousands grouped even in the C locale (82,769 reads at a glance)."""
    result = QLocale(locale) if locale is not None else QLocale()
    result.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return result


def format_number(value: float, locale: QLocale | None = None) -> str:
    """82769 -> "82,769"; a fractional amount keeps one decimal (ElevenLabs may bill half credits)."""
    value = float(value)
    decimals = 0 if value.is_integer() else 1
    return number_locale(locale).toString(value, "f", decimals)


def format_audio_time(seconds: float) -> str:
    """Seconds of audio as h:mm:ss: 3723 -> "1:02:03", 300 -> "0:05:00".

    Rounded down: a balance must never promise a second the account does not have.
    """
    sign = "-" if seconds < 0 else ""
    total = math.floor(abs(float(seconds)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}"


def amount_text(value: float | None, unit: str, locale: QLocale | None = None) -> str:
    """An amount in the provider's unit, as the user reads it."""
    if unit == "none":
        return MoneyText.tr("free")
    if value is None:
        return MoneyText.tr("unknown")
    if unit == "seconds":
        return format_audio_time(value)
    number = format_number(value, locale)
    # The singular apart: English reads well without a .qm file. The plural is a plural entry all the same
    # (French says "0 crédit"); %1 rather than %n keeps the number's grouping and decimals.
    if float(value) == 1:
        return MoneyText.tr("%1 credit").replace("%1", number)
    return MoneyText.tr("%1 credits", "", plural_count(value)).replace("%1", number)


def amount_number(value: float | None, unit: str, locale: QLocale | None = None) -> str:
    """Just the figure, for a big label next to a unit caption: "82,769", "1:02:03", "Free"."""
    if unit == "none":
        return MoneyText.tr("Free")
    if value is None:
        return "—"
    return format_audio_time(value) if unit == "seconds" else format_number(value, locale)


def unit_caption(unit: str) -> str:
    """What the figure counts: "credits" or "audio time"."""
    if unit == "seconds":
        return MoneyText.tr("audio time")
    if unit == "none":
        return ""
    return MoneyText.tr("credits")


def _as_utc(moment: datetime) -> datetime:
    # Naive means UTC, as everywhere the providers build times from Unix stamps.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def local_date_time(moment: datetime, tz: tzinfo | None = None,
                    locale: QLocale | None = None) -> tuple[str, str]:
    """("3 Dec 2026", "15:00"): the moment in the local zone (or tz), words and order from QLocale.

    The conversion is Python's astimezone (it knows the zone's DST rules for that very date); QLocale
    only spells the resulting wall-clock date and time in the UI language.
    """
    local = _as_utc(moment).astimezone(tz)
    loc = locale if locale is not None else QLocale()
    date = QDate(local.year, local.month, local.day)
    time = QTime(local.hour, local.minute)
    return loc.toString(date, "d MMM yyyy"), loc.toString(time, QLocale.FormatType.ShortFormat)


def short_date(moment: datetime, tz: tzinfo | None = None, locale: QLocale | None = None) -> str:
    """"3 Dec" in the local zone: for axis ticks and markers, where the year is obvious."""
    local = _as_utc(moment).astimezone(tz)
    loc = locale if locale is not None else QLocale()
    return loc.toString(QDate(local.year, local.month, local.day), "d MMM")


def reset_sentence(resets_at: datetime, unit: str = "credits", tz: tzinfo | None = None,
                   locale: QLocale | None = None) -> str:
    """"Credits reset on 3 Dec 2026 at 15:00", in local time (tz pins the zone, for tests)."""
    date, time = local_date_time(resets_at, tz, locale)
    if unit == "credits":
        text = MoneyText.tr("Credits reset on %1 at %2")
    else:
        text = MoneyText.tr("Balance resets on %1 at %2")
    return text.replace("%1", date).replace("%2", time)


def time_until_text(moment: datetime, now: datetime | None = None) -> str:
    """"in 12 days", "tomorrow", "in 5 hours", "in under an hour"; "" once the moment has passed."""
    now = _as_utc(now) if now is not None else datetime.now(timezone.utc)
    left = _as_utc(moment) - now
    if left <= timedelta(0):
        return ""
    if left < timedelta(hours=1):
        return MoneyText.tr("in under an hour")
    if left < timedelta(days=1):
        hours = int(left.total_seconds() // 3600)
        if hours == 1:
            return MoneyText.tr("in 1 hour")
        return MoneyText.tr("in %n hours", "", hours)
    # Nearest whole day: 11 days and 23 hours reads as "in 12 days", as a calendar would say.
    days = max(1, round(left / timedelta(days=1)))
    if days == 1:
        return MoneyText.tr("in 1 day")
    return MoneyText.tr("in %n days", "", days)


def tier_text(tier: str) -> str:
    """"creator" -> "Creator plan"; "pro_annual" -> "Pro annual plan"."""
    name = tier.replace("_", " ").strip().capitalize()
    return MoneyText.tr("%1 plan").replace("%1", name)
