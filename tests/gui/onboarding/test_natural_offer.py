"""The welcome offers the natural French voice only when its host answers: asked off the GUI thread,
a loopback server that answers (after the welcome is already up) or a closed loopback port."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from studio.gui.kit import settings, tasks
from studio.gui.onboarding import natural_offer
from studio.gui.onboarding.natural_offer import CHECKING, INSTALLED, REACHABLE, UNREACHABLE
from studio.gui.onboarding.welcome import SAMPLE_PAGE, WelcomeDialog
from studio.gui.shell.main_window import MainWindow
from studio.gui.voices import offline_voices
from studio.providers.voice_catalogue import find, suggested_french
from studio.providers.voice_packs import VoiceStore
from tests.emulators.closed_port import closed_port_url
from tests.neural_fixtures import JOE_ID, joe_files, voice_host  # noqa: F401

SHOTS = Path(os.environ.get("VOICE_SHOTS", "/tmp/voice_shots"))


@pytest.fixture
def window(qtbot, backend):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.undo_stack.setClean()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10000)


def open_welcome(qtbot, window, reach: str) -> WelcomeDialog:
    dialog = WelcomeDialog(window, reach=reach)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shot(qtbot, dialog: WelcomeDialog, name: str) -> None:
    """Save the dialog once its layout has made room for the note's wrapped sentence (nothing clipped)."""
    note = dialog.offer.note
    qtbot.waitUntil(lambda: not note.isVisible() or note.height() >= note.heightForWidth(note.width()),
                    timeout=5000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / name))


def test_the_offer_appears_when_the_host_answers_and_the_welcome_never_waits_for_it(qtbot, window, voice_host):
    voice_host.hold = threading.Event()  # the host takes its time: the welcome must be up meanwhile
    try:
        welcome = open_welcome(qtbot, window, voice_host.url)
        offer = welcome.offer
        assert welcome.isVisible() and offer.state == CHECKING
        assert not offer.button.isVisible() and not offer.file_button.isVisible()
        assert offer.note.text() == "Checking whether a natural voice can be downloaded…"
        welcome.next()  # the page works while the question is out: on with the offline voice
        assert welcome.pages.currentIndex() == SAMPLE_PAGE and settings.get(settings.PROVIDER) == "offline"
        welcome.back()
        qtbot.waitUntil(lambda: voice_host.heads == ["/"], timeout=30000)  # asked: a HEAD to the host's root
        assert offer.state == CHECKING
    finally:
        voice_host.hold.set()
    qtbot.waitUntil(lambda: offer.state == REACHABLE, timeout=10000)
    size = round(suggested_french().bytes / 1e6)
    assert offer.button.isVisible() and offer.button.isEnabled()
    assert offer.button.text() == f"&Download a natural French voice (about {size} MB)" and size == 63
    assert not offer.note.isVisible() and not offer.file_button.isVisible()
    shot(qtbot, welcome, "welcome-network.png")


def test_without_a_network_it_says_so_keeps_espeak_and_installs_from_a_file(qtbot, window, monkeypatch):
    with closed_port_url() as closed:
        welcome = open_welcome(qtbot, window, closed)
        offer = welcome.offer
        qtbot.waitUntil(lambda: offer.state == UNREACHABLE, timeout=10000)
    assert not offer.button.isVisible()
    assert offer.note.isVisible() and offer.note.text().startswith(
        "127.0.0.1 cannot be reached, so no natural voice can be downloaded now.")
    assert "espeak-ng" in offer.note.text() and "stays the default" in offer.note.text()
    assert offer.file_button.isVisible() and offer.file_button.text() == "Install from &File…"
    assert welcome.chosen_provider() == "offline" and settings.get(settings.VOICE["offline"]) == "roa/fr"
    shot(qtbot, welcome, "welcome-offline.png")
    monkeypatch.setattr(offline_voices, "ask_voice_file", lambda parent: str(joe_files()[0]))
    with qtbot.waitSignal(offer.box.installed, timeout=60000):
        offer.file_button.click()
    assert offer.state == INSTALLED and not offer.file_button.isEnabled()
    assert settings.get(settings.VOICE["offline"]) == JOE_ID and VoiceStore().get(JOE_ID) is not None
    assert "The sample will render with it." in offer.box.status.text()


def test_an_installed_french_voice_needs_no_network_question(qtbot, window, voice_host, tmp_path):
    model, config = joe_files()
    entry = suggested_french()
    french = tmp_path / f"{entry.key}.onnx"  # joe's model under the offered voice's name
    french.write_bytes(model.read_bytes())
    Path(f"{french}.json").write_bytes(config.read_bytes())
    VoiceStore().install_file(french)
    welcome = open_welcome(qtbot, window, voice_host.url)
    assert welcome.offer.state == INSTALLED and voice_host.heads == []
    assert not welcome.offer.button.isEnabled()
    assert "A natural French voice is installed" in welcome.offer.box.status.text()


def test_closing_the_welcome_while_the_host_is_asked_drops_the_answer(qtbot, window, voice_host, monkeypatch):
    voice_host.hold = threading.Event()
    answers = []
    monkeypatch.setattr(natural_offer.NaturalVoiceOffer, "_on_reach", lambda self, ok: answers.append(ok))
    welcome = open_welcome(qtbot, window, voice_host.url)
    qtbot.waitUntil(lambda: voice_host.heads == ["/"], timeout=30000)
    welcome.reject()
    voice_host.hold.set()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10000)
    assert answers == []


def test_the_default_host_asked_is_the_offered_voices_own(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(natural_offer, "reachable", lambda url: asked.append(url) or False)
    welcome = WelcomeDialog(window)
    qtbot.addWidget(welcome)
    qtbot.waitUntil(lambda: welcome.offer.state == UNREACHABLE, timeout=10000)
    assert asked == [find(suggested_french().key).url]
