"""Figures in GUI sentences follow the interface language: a French user reads "1,08×", never "1.08×"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from studio.gui.kit.number_text import decimal_text, seconds_text, short_number, speed_affixes, speed_text

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
