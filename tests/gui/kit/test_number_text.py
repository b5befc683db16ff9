"""Figures in GUI sentences follow the interface language: a French user reads "1,08×", never "1.08×"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from studio.gui.kit.number_text import (NumberText, counted, decimal_text, seconds_text, short_number,
                                        speed_affixes, speed_text, whole_text)

FRENCH, ENGLISH = QLocale(QLocale.Language.French, QLocale.Country.France), QLocale(QLocale.Language.English)


@pytest.mark.parametrize("locale, expected", [(FRENCH, ("1,08×", "1×", "1,10×", "2,5", "0,33", "1,5")),
                                              (ENGLISH, ("1.08×", "1×", "1.10×", "2.5", "0.33", "1.5"))])
def test_figures_are_written_as_the_language_writes_them(locale, expected):
    assert (speed_text(1.08, locale=locale), speed_text(1.0, locale=locale), speed_text(1.1, 2, locale=locale),
            seconds_text(2540, locale=locale), decimal_text(1 / 3, 2, locale=locale),
            short_number(1.5, locale=locale)) == expected


def test_short_number_drops_trailing_zeros_as_python_g_does():
    for value in (1.0, 1.08, 0.5, 12.25, 3.0):
        assert short_number(value, ENGLISH) == f"{value:g}"


def test_the_default_is_the_interface_language(translator):
    translator("fr")
    assert speed_text(1.15) == "×1,15" and seconds_text(1200) == "1,2"  # French puts the sign first
    assert speed_affixes() == ("×", "")


@pytest.mark.parametrize("locale, expected", [
    (FRENCH, ("12\u202f345", "1234", "-1\u202f234\u202f567", "0")),
    (ENGLISH, ("12,345", "1234", "-1,234,567", "0"))])
def test_whole_numbers_are_grouped_from_five_digits_as_the_language_groups_them(locale, expected):
    assert tuple(whole_text(n, locale) for n in (12345, 1234, -1234567, 0)) == expected


def test_counted_groups_the_figure_qt_wrote_for_n_and_nothing_else(translator):
    translator("fr")
    sentence = NumberText.tr("%n subtitles 12345 %1", "", 12345)  # no translation: Qt still puts %n in
    assert sentence == "12345 subtitles 12345 %1"
    assert counted(sentence, 12345) == "12\u202f345 subtitles 12345 %1"  # only the first: Qt's own figure
    assert counted("Line 123456 and 9999 lines", 9999) == "Line 123456 and 9999 lines"  # four digits: as is
    assert counted("a 112345 b 12345", 12345) == "a 112345 b 12\u202f345"  # never inside a longer figure
