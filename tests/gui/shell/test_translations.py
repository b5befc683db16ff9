"""The interface translations: up to date with the code, complete, faithful to their sources, and
actually shown: a French window has nothing left in English, an English one says "1 line" / "3 lines".
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGroupBox, QLabel,
                               QLineEdit, QMenu, QTabWidget, QToolBar, QWidget)

from studio.gui.kit import settings
from studio.gui.shell import i18n
from studio.paths import sample_srt, translations_dir

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "packaging" / "translations.py"
NBSP, NNBSP = "\u00a0", "\u202f"

# Placeholders a translation must keep: Qt's %1 / %n / %L1, Python's %s and {name}, the progress bar's
# %v / %m, file-dialog patterns.
_PLACEHOLDER = re.compile(r"%L?\d+|%L?n|%[smv]|\{[A-Za-z_][^{}]*\}|\*\.\w+|\(\*\)|;;")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# Text that is the same in French: brands, formats, units and the languages named in their own tongue.
NOT_ENGLISH = {"ElevenLabs", "Narakeet", "SRT", "CSV", "MP3", "MP4", "MKV", "WAV", "JSON", "M4A (AAC)", "CPS",
               "LUFS", "Dubbing Studio", "English", "Français", "Accent", "Action", "Audio", "Export", "Format",
               "Pause", "Style", "Version %1"}


def _messages(code: str) -> list[tuple[str, str, bool, list[str], bool]]:
    """(context, source, numerus, translations, finished) of every entry of a .ts."""
    out = []
    root = ET.parse(translations_dir() / f"dubbing_studio_{code}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            texts = forms or [translation.text or ""]
            out.append((name, message.findtext("source") or "", message.get("numerus") == "yes", texts,
                        translation.get("type") is None))
    return out


def _accelerator(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), casefolded."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


# --- the files ------------------------------------------------------------------------------------

def test_translations_are_up_to_date_complete_and_compiled():
    """`packaging/translations.py --check`: run `python packaging/translations.py`, translate what
    `--unfinished` lists, run it again."""
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("code", ["fr", "en"])
def test_every_translation_keeps_placeholders_and_tags(code):
    problems = []
    for context, source, numerus, texts, _finished in _messages(code):
        wanted = set(_PLACEHOLDER.findall(source))
        for index, text in enumerate(texts):
            if not text:
                continue
            found = set(_PLACEHOLDER.findall(text))
            # A singular form may say "a free voice slot" instead of "%n free voice slots".
            expected = wanted - {"%n"} if numerus and index == 0 and "%n" not in found else wanted
            if found != expected:
                problems.append(f"[{context}] {source!r} -> {text!r}: {sorted(found)} != {sorted(expected)}")
            if Counter(_TAG.findall(text)) != Counter(_TAG.findall(source)):
                problems.append(f"[{context}] {source!r} -> {text!r}: rich-text tags differ")
            if (_accelerator(source) is None) != (_accelerator(text) is None):
                problems.append(f"[{context}] {source!r} -> {text!r}: accelerator added or lost")
    assert not problems, "\n".join(problems)


def test_french_typography():
    """A non-breaking space before : ; ! ? and inside « »; no English quotes; … rather than three dots."""
    problems = []
    for context, source, _numerus, texts, _finished in _messages("fr"):
        for text in texts:
            plain = _TAG.sub("", text)
            checks = {
                "space before : ; ! ?": re.search(r" [:;!?]", plain),
                "no space before ; ! ?": re.search(rf"[^ {NBSP}{NNBSP}][;!?](\s|$)", plain),
                "no space before a colon": re.search(r"[^\W\d_]: ", plain),
                "space inside « »": re.search(r"« | »", plain),
                "no space inside « »": re.search(rf"«[^{NBSP}{NNBSP}]|[^{NBSP}{NNBSP}]»", plain),
                "English quotes": re.search(r"[“”]", plain),
                "three dots": "..." in plain,
            }
            problems += [f"[{context}] {text!r}: {what}" for what, bad in checks.items() if bad]
            if source.endswith("…") and not text.endswith("…"):
                problems.append(f"[{context}] {text!r}: the source ends with …")
    assert not problems, "\n".join(problems)


# --- the languages at work ------------------------------------------------------------------------

@pytest.fixture
def french_window(qtbot, translator):
    from studio.gui.shell.main_window import MainWindow

    translator("fr")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.open_file(sample_srt())
    yield window
    window.undo_stack.setClean()


def _menus(window) -> list[QMenu]:
    found, todo = [], [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


def _visible_texts(window) -> list[tuple[str, str]]:
    """(what, text) of the menus, actions, toolbars, headers, docks, labels, buttons, combo items."""
    texts = [("menu", a.text()) for a in window.menuBar().actions()]
    for menu in _menus(window):
        texts += [("action", a.text()) for a in menu.actions() if not a.isSeparator()]
    texts += [("context action", a.text()) for a in window.view.actions() if not a.isSeparator()]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QToolBar):
            texts += [("toolbar", a.iconText()) for a in widget.actions() if not a.isSeparator()]
            texts.append(("toolbar title", widget.windowTitle()))
        elif isinstance(widget, QDockWidget):
            texts.append(("dock", widget.windowTitle()))
        elif isinstance(widget, QLabel):
            texts.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(("group", widget.title()))
        elif isinstance(widget, QLineEdit):
            texts.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            texts += [("combo item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [("column", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount())]
        if isinstance(widget, QWidget) and widget.toolTip():
            texts.append(("tooltip", widget.toolTip()))
    return [(what, text) for what, text in texts if any(c.isalpha() for c in text)]


def test_french_window_has_nothing_left_in_english(french_window):
    english = {source.replace("&", "") for _c, source, _n, _t, _f in _messages("fr")}
    left = sorted({(what, text) for what, text in _visible_texts(french_window)
                   if text.replace("&", "") in english and text.replace("&", "") not in NOT_ENGLISH})
    assert not left, left
    assert french_window.menuBar().actions()[0].text() == "&Fichier"


def test_french_menu_accelerators_are_unique(french_window):
    problems = []
    menus = [("menu bar", french_window.menuBar().actions()),
             ("table context menu", french_window.view.actions())]
    menus += [(menu.title(), menu.actions()) for menu in _menus(french_window)]
    for title, actions in menus:
        letters = Counter(_accelerator(a.text()) for a in actions if not a.isSeparator() and a.isVisible())
        problems += [f"{title}: {letter!r} × {count}" for letter, count in letters.items()
                     if letter is not None and count > 1]
    assert not problems, problems


def test_module_level_texts_follow_the_translator(qapp, translator):
    """Texts of modules without a window (undo texts, money) are looked up in their own context."""
    from datetime import datetime, timedelta, timezone

    from studio.core.document import Document
    from studio.gui.kit import money_text
    from studio.gui.table import commands
    from studio.gui.table.cue_model import CueTableModel
    from studio.core.cues import Cue

    translator("fr")
    model = CueTableModel(Document([Cue(i * 1000, i * 1000 + 900, f"ligne {i}") for i in range(4)]))
    assert commands.delete_rows(model, [0, 2, 3]).text() == "la suppression de 3 sous-titres"
    now = datetime(2026, 11, 1, tzinfo=timezone.utc)
    assert money_text.time_until_text(now + timedelta(days=12), now) == "dans 12 jours"
    assert money_text.amount_text(0, "credits", QLocale.c()) == "0 crédit"
    assert money_text.amount_text(3, "credits", QLocale.c()) == "3 crédits"


def test_english_plurals_come_from_the_english_catalogue(qtbot, translator):
    from studio.core.cost_sheet import Totals
    from studio.gui.money.totals_panel import TotalsPanel

    panel = TotalsPanel()
    qtbot.addWidget(panel)
    panel.show_totals(Totals(lines_to_render=3, lines_cached=1, chars=42), None, "credits")
    assert panel.file_lines.text() == "3 line(s) to render, 1 already rendered — 42 character(s) sent"
    translator("en")
    panel.show_totals(Totals(lines_to_render=1, lines_cached=0, chars=1), None, "credits")
    assert panel.file_lines.text() == "1 line to render, 0 already rendered — 1 character sent"
    panel.show_totals(Totals(lines_to_render=3, lines_cached=1, chars=42), None, "credits")
    assert panel.file_lines.text() == "3 lines to render, 1 already rendered — 42 characters sent"
    assert panel.file_lines.toolTip() == ""
    # 300 cues, 21 different texts: the count says why it is not 300, and the tooltip says how.
    panel.show_totals(Totals(lines_to_render=21, lines_reusing=279, chars=420), None, "credits")
    assert panel.file_lines.text() == ("21 different lines to render; 279 reuse a clip, 0 already rendered"
                                       " — 420 characters sent")
    assert "rendered once" in panel.file_lines.toolTip()
    panel.show_totals(Totals(lines_to_render=1, lines_reusing=1, chars=3), None, "credits")
    assert panel.file_lines.text().startswith("1 different line to render; 1 reuses a clip,")
    translator("fr")
    panel.show_totals(Totals(lines_to_render=21, lines_reusing=279, chars=420), None, "credits")
    assert panel.file_lines.text() == ("21 répliques différentes à générer\u00a0; 279 réutilisent un clip, "
                                       "0 déjà générée — 420 caractères envoyés")


def test_provider_sentences_are_the_providers_own(qapp, translator):
    """provider_text mirrors the providers' stock sentences word for word, and translates them."""
    from studio.gui.kit import provider_text
    from studio.providers.base import DEFAULT_MESSAGES, ErrorKind, ProviderError
    from studio.providers.voice_guard import paid_plan_message, voice_limit_message

    assert provider_text.KIND_MESSAGES == dict(DEFAULT_MESSAGES)
    assert provider_text.PAID_PLAN == paid_plan_message()
    translator("en")
    for used, limit, needed in ((None, None, 1), (3, 10, 1), (10, 10, 2)):
        message = voice_limit_message(used, limit, needed)
        assert provider_text.message_text(message) == message
    assert provider_text.error_text(ProviderError(ErrorKind.NETWORK)) == DEFAULT_MESSAGES[ErrorKind.NETWORK]
    assert provider_text.message_text("Narakeet has no such voice.") == "Narakeet has no such voice."
    translator("fr")
    assert provider_text.error_text(ProviderError(ErrorKind.NETWORK)).startswith("Impossible de joindre")
    assert provider_text.provider_name("offline") == "Hors ligne"
    assert provider_text.provider_name("elevenlabs") == "ElevenLabs"


# --- which language -------------------------------------------------------------------------------

def test_the_override_wins_over_the_system():
    settings.put(settings.LANGUAGE, "fr")
    assert i18n.chosen_language(QLocale("de_DE")) == "fr"
    settings.put(settings.LANGUAGE, "en")
    assert i18n.chosen_language(QLocale("fr_FR")) == "en"


@pytest.mark.parametrize("system,expected", [("fr_CA", "fr"), ("fr_FR", "fr"), ("de_DE", "en"), ("en_GB", "en")])
def test_the_system_language_when_we_ship_it(system, expected):
    settings.put(settings.LANGUAGE, "")
    assert i18n.chosen_language(QLocale(system)) == expected
