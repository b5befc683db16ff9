"""Figures in GUI sentences, written as the interface language writes them: "1,08×" and "2,5 s" in French.

Python's own formatting (f"{x:g}", f"{x:.2f}") always writes a dot; QLocale() follows the language that
studio.gui.shell.i18n set as the default locale. Every decimal figure the window shows goes through here
(money has its own wording in money_text.py, built on the same locale). The CLI and the core keep Python's
formatting: their output is read by programs.

    decimal_text(2.5, 1)  -> "2.5" / "2,5"
    short_number(1.08)    -> "1.08" / "1,08"   (as f"{x:g}": no trailing zeros, 1.0 -> "1")
    speed_text(1.08)      -> "1.08×" / "×1,08"   (the sign where the language puts it)
    seconds_text(2540)    -> "2.5" / "2,5"     (milliseconds as seconds, one decimal)
    whole_text(12345)     -> "12,345" / "12 345"  (a count, ms, bytes: grouped from five digits)
    counted(tr("%n lines", "", n), n)      -> "12,345 lines" / "12 345 lignes"
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QDoubleSpinBox

# f"{x:g}" keeps 6 significant digits; so does this.
_SIGNIFICANT = 6


class NumberText(QObject):
    """The translation context of these texts (as money_text's MoneyText)."""


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def decimal_text(value: float, decimals: int, locale: QLocale | None = None) -> str:
    """value with exactly `decimals` decimals, in the interface language's notation."""
    return _locale(locale).toString(float(value), "f", decimals)


def short_number(value: float, locale: QLocale | None = None) -> str:
    """As f"{value:g}" but in the interface language: 1.0 -> "1", 1.08 -> "1,08" in French."""
    return _locale(locale).toString(float(value), "g", _SIGNIFICANT)


def speed_text(speed: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """A speed factor with its sign: "1,08×"; decimals None drops trailing zeros ("1×", "1,1×")."""
    figure = short_number(speed, locale) if decimals is None else decimal_text(speed, decimals, locale)
    return speed_template().replace("%1", figure)


def speed_template() -> str:
    """"%1×", where the sign goes: French writes "×1,08" (the translations' own convention)."""
    return NumberText.tr("%1×", "a speed factor")


def speed_affixes() -> tuple[str, str]:
    """(prefix, suffix) of a speed spin box, from the same template: ("", "×") or ("×", "")."""
    prefix, _figure, suffix = speed_template().partition("%1")
    return prefix, suffix


def sign_speed_spin(spin: QDoubleSpinBox) -> None:
    """A speed spin box reads as the sentences do: "1.08×" in English, "×1,08" in French."""
    prefix, suffix = speed_affixes()
    spin.setPrefix(prefix)
    spin.setSuffix(suffix)


def seconds_text(ms: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """Milliseconds as seconds, without the unit (the sentence says "s"): 2540 -> "2,5"."""
    return decimal_text(ms / 1000, decimals, locale)


# Four digits read at a glance ("1500 ms"); from five, the language's grouping helps ("12 345 ms").
_GROUP_FROM = 10_000


def whole_text(value: int, locale: QLocale | None = None) -> str:
    """A whole number as the interface language writes it, grouped from 10,000 (French: a narrow no-break
    space, as QLocale gives it), whatever the locale's number options say."""
    loc = QLocale(_locale(locale))
    grouped = abs(value) >= _GROUP_FROM
    loc.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions if grouped
                         else QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(int(value))


def counted(sentence: str, n: int) -> str:
    """A sentence from tr(..., n) with its %n written as whole_text writes it: Qt puts %n in as bare digits
    ("12345 lignes"). Call it on tr's own result, before any other figure goes in: the first run of
    exactly those digits is then the one Qt wrote."""
    if abs(n) < _GROUP_FROM:
        return sentence
    return re.sub(rf"(?<!\d){abs(n)}(?!\d)", whole_text(abs(n)), sentence, count=1)
